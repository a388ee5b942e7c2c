"""CI runs the search probe at a tiny size: every figure is produced (not timed pass/fail)."""

import json
from pathlib import Path

import pytest

from tests.benchmarks.search_probe import main


@pytest.mark.timeout(240)
def test_the_search_probe_produces_every_figure(tmp_path: Path) -> None:
    assert main(["--smoke", "--out", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "search-smoke-latest.json").read_text())
    names = [f["what"] for f in report["figures"]]
    assert names == [
        "search, common word (2,000 statements, 4 meetings)",
        "search, rare word (2,000 statements, 4 meetings)",
        "search, common word, one year (2,000 statements, 4 meetings)",
        "search, two Russian words, no accents (2,000 statements, 4 meetings)",
        "building the index on an old database (migration 0019)",
        "database size with and without the index",
    ]
    assert all(f["n"] >= 1 and f["median"] > 0 for f in report["figures"])
    common, rare = report["figures"][0], report["figures"][1]
    assert "[100, 100, 100]" in common["beside"]["hits shown"]
    assert rare["beside"]["hits shown"] != "[0, 0, 0]"
