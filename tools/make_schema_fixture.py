"""Save a database of the current schema, full of data, as a fixture for the
migration tests: `python tools/make_schema_fixture.py` after a release whose
migrations add a revision. Each saved file is named after its revision and is
kept for ever: the tests upgrade every one of them to head."""

import json
import sqlite3
import sys
import tempfile
from pathlib import Path

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.store.migrate import head_revision

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "reliability" / "fixtures"


def main() -> int:
    revision = head_revision()
    target = FIXTURES / f"schema-{revision}.sqlite3"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fixture.sqlite3"
        services = Services.open(path)
        meeting = add_demo_meeting(services, sessions=3, statements_per_session=12)
        session = services.sessions.of_meeting(meeting.id)[1]
        services.queue.add(
            session.id, "Ms. Queued", "Austria", Category.DELEGATION, cosignatories=["Czechia"]
        )
        services.close()
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
        counts = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for (table,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        connection.close()
        FIXTURES.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    (FIXTURES / f"schema-{revision}.counts.json").write_text(json.dumps(counts, indent=1) + "\n")
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
