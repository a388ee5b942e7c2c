"""CI runs the benchmark at a tiny size: every figure is produced (not timed pass/fail)."""

import json
from pathlib import Path

import pytest

from tests.benchmarks.run import main

EXPECTED = {
    "start-up", "ready", "session rapport DOCX", "session rapport PDF",
    "consolidated report DOCX", "consolidated report PDF", "logging a statement, direct call",
    "consolidated report DOCX, many sessions", "consolidated report PDF, many sessions",
    "bare sqlite3 insert + commit", "tally of a session", "tally of a meeting",
    "consolidated PDF, whole process", "memory", "longest gap between keys while typing notes",
}  # fmt: skip
# Figures named after their sizes: at least one of each.
EXPECTED_AT_SIZES = (
    "first meaningful paint, ", "opening, ", "tally of a meeting, ", "tally of a session of ",
    "key -> durable, ", "key -> repainted, ", "same cost, ", "tally --session on ",
    "dump of ", "load of ",
)  # fmt: skip
EXPECTED_ONCE = {
    "load, per statement",
    "rapporteur-app --help",
    "bare sqlite3 commit beside the keys",
}


@pytest.mark.timeout(240)
def test_the_benchmark_produces_every_figure(tmp_path: Path, qapp: object) -> None:
    assert main(["--smoke", "--out", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "smoke-latest.json").read_text())
    figures = {f["what"]: f for f in report["figures"]}
    named = {what for what in figures if what.startswith(EXPECTED_AT_SIZES)}
    assert set(figures) - named == EXPECTED | EXPECTED_ONCE
    for prefix in EXPECTED_AT_SIZES:
        assert any(what.startswith(prefix) for what in named), prefix
    for figure in figures.values():
        assert figure["skipped"] or (figure["n"] >= 1 and figure["median"] > 0), figure
    for what, figure in figures.items():
        if what.startswith("key -> durable, ") and not figure["skipped"]:
            # Durable is the key's COMMIT returning, inside its handler: never after it.
            returned = float(figure["beside"]["until the handler returned, p99 ms"])
            assert float(figure["beside"]["p99 ms"]) <= returned, what
    assert report["machine"]["python"]
