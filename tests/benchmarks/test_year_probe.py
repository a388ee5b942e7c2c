"""CI runs the year probe at a tiny size: every figure is produced and the database it
builds holds what it says (statistics equal to a plain count of its rows)."""

import json
from pathlib import Path

import pytest

from rapporteur_app.services.app_services import Services
from tests.benchmarks.year_probe import SMOKE, build, main


@pytest.mark.timeout(240)
def test_the_year_probe_produces_every_figure(tmp_path: Path) -> None:
    assert main(["--smoke", "--out", str(tmp_path)]) == 0
    report = json.loads((tmp_path / "year-smoke-latest.json").read_text())
    names = [f["what"].split(" (")[0] for f in report["figures"]]
    assert names == ["statistics of a year", "statistics of all 10 meetings chosen",
                     "the year's events", "the year's follow-up table",
                     "link proposals for a meeting", "database size"]  # fmt: skip
    assert all(f["n"] >= 1 and f["median"] > 0 for f in report["figures"])


def test_the_probe_database_counts_what_it_holds(tmp_path: Path) -> None:
    held = build(tmp_path / "db.sqlite3", SMOKE)
    services = Services.open(tmp_path / "db.sqlite3", backup=False)
    try:
        years = services.year.years()
        assert len(years) == SMOKE["years"]
        stats = [services.year.statistics(y) for y in years]
        logged = sum(s.totals()[0] + s.totals()[-1] for s in stats)
        assert logged == held["statements"]
        assert sum(n for s in stats for _, n in s.addressees) == held["recommendations"]
        kinds = {e.kind.value for y in years for e in services.year.events(y)}
        assert {"workshop", "country-visit", "meeting", "conference"} <= kinds
    finally:
        services.close()
