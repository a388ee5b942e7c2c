"""CI runs the draft probe at a tiny size: every figure is produced (not timed pass/fail)."""

import json
from pathlib import Path

import pytest

from tests.benchmarks.draft_probe import main


@pytest.mark.timeout(240)
def test_the_draft_probe_produces_every_figure(tmp_path: Path) -> None:
    assert main(["--smoke", "--out", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "draft-smoke-latest.json").read_text())
    names = [f["what"] for f in report["figures"]]
    assert names == [
        "draft of a 10-statement session", "themes per statement (10 statements)",
        "first draft in a new process (10 statements)",
        "draft of a 30-statement session", "themes per statement (30 statements)",
    ]  # fmt: skip
    assert all(f["n"] >= 1 and f["median"] > 0 for f in report["figures"])
