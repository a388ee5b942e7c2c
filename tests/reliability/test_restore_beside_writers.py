"""A backup restored while other processes keep writing to the database: every
statement a writer was told is logged is in the database the user has (or, when it
was logged before the restore, in the copy the restore kept of the file it replaced).

Two real writer processes run during the restore: one keeps the database open the
way a window does (one ``Services`` for its whole life, pooled connections), the
other is the command line, a new process per statement. Each statement carries a
token in its notes, and each writer prints the token and the time once it was told
"logged".
"""

import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService
from tests.reliability.conftest import PYTHON, child_environment

WINDOW_WRITER = """
import sys, time
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
services = Services.open(sys.argv[1])
n = 0
while True:
    n += 1
    token = f"window-{n}"
    try:
        services.statements.add(int(sys.argv[2]), "Anna", "Austria", Category.DELEGATION,
                                notes=token)
    except Exception as error:
        print("refused", type(error).__name__, error, flush=True)
        time.sleep(0.05)
        continue
    print("logged", token, time.time(), flush=True)
    time.sleep(0.01)
"""

CLI_WRITER = """
import contextlib, io, sys, time
from rapporteur_app.app import main
n = 0
while True:
    n += 1
    token = f"cli-{n}"
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(["--db", sys.argv[1], "statement", "add", "--session", sys.argv[2],
                     "--speaker", "Anna", "--on-behalf-of", "Austria",
                     "--category", "delegation", "--notes", token])
    if code == 0:
        print("logged", token, time.time(), flush=True)
"""


RESTORE = [PYTHON, "-m", "rapporteur_app", "--db"]


class Writer:
    def __init__(self, script: str, db_path: Path, session_id: int) -> None:
        self.acknowledged: list[tuple[str, float]] = []
        self.process = subprocess.Popen(
            [PYTHON, "-c", script, str(db_path), str(session_id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_environment(),
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            words = line.split()
            if words and words[0] == "logged":
                self.acknowledged.append((words[1], float(words[2])))

    def wait_for(self, count: int) -> None:
        deadline = time.monotonic() + 60
        while len(self.acknowledged) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.acknowledged) >= count, "the writer did not get going"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self._reader.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()


def _tokens(path: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {row[0] for row in connection.execute("SELECT notes FROM statements")}
    finally:
        connection.close()


@pytest.mark.timeout(180)
def test_writes_beside_a_restore_are_never_lost(db_path: Path) -> None:
    services = Services.open(db_path)
    meeting = services.meetings.add("M")
    session_id = services.sessions.add(meeting.id, "WS 1", "T").id
    services.statements.add(session_id, "Before", "Austria", Category.DELEGATION, notes="old")
    services.close()
    backup = BackupService(str(db_path)).take()

    writers = [Writer(WINDOW_WRITER, db_path, session_id), Writer(CLI_WRITER, db_path, session_id)]
    try:
        for writer in writers:
            writer.wait_for(3)
        restores: list[tuple[float, float]] = []
        for _ in range(2):
            started = time.time()
            restored = subprocess.run(  # noqa: PLW1510 - the exit code is the point
                [*RESTORE, str(db_path), "backup", "restore", backup.name],
                env=child_environment(),
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert restored.returncode == 0, restored.stderr
            restores.append((started, time.time()))
            for writer in writers:
                writer.wait_for(len(writer.acknowledged) + 5)
    finally:
        for writer in writers:
            writer.stop()

    final = _tokens(db_path)
    kept = [b.path for b in BackupService(str(db_path)).all() if b.reason == "before-restore"]
    assert len(kept) == 2
    anywhere = final.union(*(_tokens(path) for path in kept))
    last_restore_done = restores[-1][1]
    for writer in writers:
        tokens = [token for token, _ in writer.acknowledged]
        lost = [token for token in tokens if token not in anywhere]
        assert not lost, f"told 'logged' but in no file: {lost[:10]} (of {len(tokens)})"
        after = [token for token, when in writer.acknowledged if when > last_restore_done]
        assert after, "the writer logged nothing after the restore"
        missing = [token for token in after if token not in final]
        assert not missing, f"logged after the restore but not in the database: {missing[:10]}"
    assert "old" in final
