"""CI runs the benchmark at a tiny size: every figure is produced (not timed pass/fail)."""

import json
from pathlib import Path

import pytest

from tests.benchmarks.run import main

EXPECTED = {
    "start-up", "ready", "session rapport DOCX", "session rapport PDF",
    "consolidated report DOCX", "consolidated report PDF", "logging a statement",
    "bare sqlite3 insert + commit", "tally of a session", "tally of a meeting",
    "consolidated PDF, whole process", "memory", "longest gap between keys while typing notes",
}  # fmt: skip


@pytest.mark.timeout(240)
def test_the_benchmark_produces_every_figure(tmp_path: Path, qapp: object) -> None:
    assert main(["--smoke", "--out", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "smoke-latest.json").read_text())
    figures = {f["what"]: f for f in report["figures"]}
    assert set(figures) == EXPECTED
    for figure in figures.values():
        assert figure["skipped"] or (figure["n"] >= 1 and figure["median"] > 0), figure
    assert report["machine"]["python"]
