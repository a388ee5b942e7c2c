"""Several copies of the program writing to one database at once (issue 18, item 16).

Real processes, started together, on SQLite and on the test run's PostgreSQL
server: numbering stays right (no position given twice), new organizations and
speakers met by several writers at once are made once, copies started together
on an empty database all open it, and no write ends in an internal error.
"""

import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from rapporteur_app.services.app_services import Services
from rapporteur_app.store.location import resolve_url
from rapporteur_app.store.models import OrganizationRow, RecommendationRow, StatementRow
from tests.reliability.conftest import PYTHON, child_environment

pytestmark = pytest.mark.both_engines

WRITERS = 4
EACH = 12

# Each writer waits for the go file, so that all start writing at the same moment.
WRITER = """
import sys, time
from pathlib import Path
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
location, session_id, name, go = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
services = Services.open(location)
while not go.exists():
    time.sleep(0.01)
for i in range(int(sys.argv[5])):
    # An organization nobody has logged yet, met by every writer at once.
    services.statements.add(session_id, f"{name} {i}", f"Newland {i}", Category.DELEGATION)
    services.recommendations.add(session_id, "osce", f"{name} recommends {i}")
services.close()
print("done", flush=True)
"""


def _start(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PYTHON, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_environment(),
        text=True,
    )


@pytest.mark.timeout(180)
def test_four_writers_at_once_number_every_row_once(db_location: str, tmp_path: Path) -> None:
    services = Services.open(db_location)
    meeting = services.meetings.add("Human Dimension Conference")
    session_id = services.sessions.add(meeting.id, "WS 1", "Tolerance").id
    services.close()
    go = tmp_path / "go"
    writers = [
        _start(WRITER, db_location, str(session_id), f"writer{n}", str(go), str(EACH))
        for n in range(WRITERS)
    ]
    go.touch()
    results = [writer.communicate(timeout=150) for writer in writers]
    for writer, (out, err) in zip(writers, results, strict=True):
        assert writer.returncode == 0, err[-2000:]
        assert out.strip() == "done"
        assert "Traceback" not in err

    engine = create_engine(resolve_url(db_location))
    try:
        with engine.connect() as connection:
            for row in (StatementRow, RecommendationRow):
                positions = connection.scalars(
                    select(row.position).where(row.session_id == session_id)
                ).all()
                assert sorted(positions) == list(range(1, WRITERS * EACH + 1)), row.__tablename__
            organizations = connection.execute(
                select(OrganizationRow.name, func.count())
                .where(OrganizationRow.name.like("Newland %"))
                .group_by(OrganizationRow.name)
            ).all()
            assert len(organizations) == EACH
            assert all(count == 1 for _, count in organizations)
    finally:
        engine.dispose()


OPENER = """
import sys, time
from pathlib import Path
from rapporteur_app.services.app_services import Services
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.005)
services = Services.open(sys.argv[1])
meeting = services.meetings.add(sys.argv[3])
services.close()
print(meeting.id, flush=True)
"""


@pytest.mark.timeout(180)
def test_copies_started_together_on_an_empty_database_all_open_it(
    db_engine: str, db_path: Path, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    # An empty database: a new file, or a server database without a table.
    location = str(db_path) if db_engine == "sqlite" else request.getfixturevalue("postgres_url")
    go = tmp_path / "go"
    copies = [_start(OPENER, location, str(go), f"Meeting {n}") for n in range(WRITERS)]
    go.touch()
    results = [copy.communicate(timeout=150) for copy in copies]
    for copy, (_, err) in zip(copies, results, strict=True):
        assert copy.returncode == 0, err[-2000:]
    ids = sorted(int(out) for out, _ in results)
    assert len(set(ids)) == WRITERS
    services = Services.open(location)
    try:
        assert sorted(m.title for m in services.meetings.all()) == [
            f"Meeting {n}" for n in range(WRITERS)
        ]
    finally:
        services.close()
