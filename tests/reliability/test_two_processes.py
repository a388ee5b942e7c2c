"""Two copies of the program writing to one database at once: both succeed, in turn."""

import subprocess
from pathlib import Path

import pytest

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from tests.reliability.conftest import PYTHON, child_environment

WRITER = """
import sys
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.domain.kinds import Category
services = Services.open(sys.argv[1])
for i in range(int(sys.argv[3])):
    services.statements.add(int(sys.argv[2]), f"{sys.argv[4]} {i}", "Austria", Category.DELEGATION)
    services.recommendations.add(int(sys.argv[2]), "osce", f"{sys.argv[4]} recommends {i}")
services.close()
print("done", flush=True)
"""


@pytest.mark.timeout(120)
def test_two_processes_write_at_once(db_path: Path) -> None:
    services = Services.open(db_path)
    meeting = services.meetings.add("M")
    session_id = services.sessions.add(meeting.id, "WS 1", "T").id
    count = 150
    processes = [
        subprocess.Popen(
            [PYTHON, "-c", WRITER, str(db_path), str(session_id), str(count), name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_environment(),
            text=True,
        )
        for name in ("first", "second")
    ]
    for process in processes:
        out, err = process.communicate(timeout=100)
        assert process.returncode == 0, err
        assert "locked" not in err and out.strip() == "done"
    statements = services.statements.of_session(session_id)
    assert len(statements) == 2 * count
    assert len(services.recommendations.of_session(session_id)) == 2 * count
    # Positions stayed unique although both wrote at the end of the same list.
    assert len({s.number for s in statements}) == 2 * count
    services.close()


def test_the_other_window_sees_the_change_when_refreshed(db_path: Path) -> None:
    first, second = Services.open(db_path), Services.open(db_path)
    meeting = first.meetings.add("M")
    session_id = first.sessions.add(meeting.id, "WS 1", "T").id
    assert second.statements.of_session(session_id) == []
    first.statements.add(session_id, "A", "Austria", Category.DELEGATION)
    assert len(second.statements.of_session(session_id)) == 1
    first.close()
    second.close()
