"""CI runs the PostgreSQL-beside-SQLite probe at a tiny size: every figure is produced."""

import json
from pathlib import Path

import pytest

from tests.benchmarks.team_probe import main


@pytest.mark.timeout(300)
def test_the_team_probe_produces_every_figure_on_both_engines(tmp_path: Path) -> None:
    assert main(["--smoke", "--out", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "team-smoke-latest.json").read_text())
    names = [f["what"] for f in report["figures"]]
    assert names == [
        f"{what} [{engine}]"
        for engine in ("sqlite", "postgresql")
        for what in (
            "logging a statement", "tally of a session", "consolidated report DOCX",
            "3 writers at once",
        )
    ]  # fmt: skip
    assert all(f["n"] >= 1 and f["median"] > 0 for f in report["figures"])
