"""Twenty rapporteurs logging at once into their own sessions of one meeting, while
the secretariat reads the tallies; some writers killed at random moments, and (on
PostgreSQL) the server restarted once under them (issue 15).

Every statement a writer was told was logged is in the database, exactly once; a
writer that was refused while the server was away says so in one line and carries
on when it is back; the secretariat's reads never fail for long.
"""

import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from rapporteur_app.services.app_services import Services
from rapporteur_app.store.location import resolve_url
from rapporteur_app.store.models import StatementRow
from tests.reliability.conftest import PYTHON, child_environment

pytestmark = [pytest.mark.both_engines, pytest.mark.slow]

WRITERS = 20
KILLED = 4

# Prints "ok NAME" only once the statement is committed; a refusal is one line, and
# the writer goes on with its next statement as a rapporteur would.
WRITER = """
import sys, time
from pathlib import Path
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import Category
from rapporteur_app.app import setup_logging
from rapporteur_app.services.app_services import Services
setup_logging()  # as the program does: details go to the log file, not to the screen
location, session_id, tag, stop = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
services = Services.open(location)
print("ready", flush=True)
i = 0
while not stop.exists():
    name = f"{tag}-{i}"
    i += 1
    try:
        services.statements.add(session_id, name, "Austria", Category.DELEGATION)
    except RapporteurError as error:
        print("refused", str(error).splitlines()[0][:200], flush=True)
        time.sleep(0.1)
        continue
    print("ok", name, flush=True)
    time.sleep(0.02)
services.close()
print("done", flush=True)
"""


def _writer(location: str, session_id: int, tag: str, stop: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PYTHON, "-c", WRITER, location, str(session_id), tag, str(stop)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_environment(),
        text=True,
    )


@pytest.mark.timeout(280)
def test_twenty_writers_keep_every_acknowledged_statement_once(
    db_engine: str, db_location: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    services = Services.open(db_location)
    meeting = services.meetings.add("Human Dimension Conference")
    sessions = [services.sessions.add(meeting.id, f"WS {n}", "Session").id for n in range(WRITERS)]
    stop = tmp_path / "stop"
    writers = [_writer(db_location, session, f"w{n}", stop) for n, session in enumerate(sessions)]
    for writer in writers:
        assert writer.stdout is not None
        line = writer.stdout.readline().strip()
        assert line == "ready", writer.stderr.read() if writer.stderr else line
    rng = random.Random(15)
    doomed = set(rng.sample(range(WRITERS), KILLED))
    deadline = time.monotonic() + 8
    restarted = False
    reads = 0
    while time.monotonic() < deadline:
        # The secretariat reads while they write: a read may be refused while the
        # server is away, never with a traceback.
        try:
            services.tally.for_meeting(meeting.id)
            reads += 1
        except Exception as error:  # only our own one-line errors are allowed
            assert type(error).__module__.startswith("rapporteur_app"), repr(error)
        for n in list(doomed):
            if rng.random() < 0.05:
                writers[n].send_signal(signal.SIGKILL)
                doomed.discard(n)
        if db_engine == "postgresql" and not restarted and time.monotonic() > deadline - 5:
            request.getfixturevalue("postgres_server").restart(mode="immediate")
            restarted = True
        time.sleep(0.05)
    for n in doomed:
        writers[n].send_signal(signal.SIGKILL)
    time.sleep(1.5)  # the survivors log a little more once the server is back
    stop.touch()
    acknowledged: list[str] = []
    for n, writer in enumerate(writers):
        out, err = writer.communicate(timeout=120)
        assert "Traceback" not in err, err[-2000:]
        lines = out.splitlines()
        acknowledged += [line.split()[1] for line in lines if line.startswith("ok ")]
        if writer.returncode == 0:  # a survivor
            assert lines[-1] == "done"
            refused = [line for line in lines if line.startswith("refused")]
            # One line in the user's words (the server away, or busy), never a driver's text.
            assert all(line.startswith("refused The database") for line in refused), refused
            if refused:
                # After its refusals it logged again: it carried on when the server was back.
                last_refused = max(i for i, line in enumerate(lines) if line.startswith("refused"))
                assert any(line.startswith("ok ") for line in lines[last_refused:]), n
    services.close()
    assert reads > 0

    engine = create_engine(resolve_url(db_location))
    try:
        with engine.connect() as connection:
            counts = dict(
                connection.execute(
                    select(StatementRow.speaker_name, func.count()).group_by(
                        StatementRow.speaker_name
                    )
                ).all()
            )
    finally:
        engine.dispose()
    assert len(acknowledged) > WRITERS
    missing = [name for name in acknowledged if counts.get(name, 0) != 1]
    assert missing == []
    assert all(count == 1 for count in counts.values())
