"""A real console process, killed with SIGKILL a second after notes were typed,
loses none of them."""

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services

NOTES = "Called for national referral mechanisms.\nПризвал к сотрудничеству — ÆØÅ."


@pytest.mark.timeout(90)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_notes_survive_sigkill(db_path: Path, tmp_path: Path) -> None:
    services = Services.open(db_path)
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    statement = services.statements.add(
        session.id, "Anna", "Austria", Category.DELEGATION, start=datetime.now().time()
    )
    services.close()

    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", RAPPORTEUR_TYPE_NOTES=NOTES)
    with subprocess.Popen(
        [sys.executable, "-m", "rapporteur_app", "--db", str(db_path), "gui",
         "--session", str(session.id)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment, text=True,
    ) as process:  # fmt: skip
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            if line.strip() != "typed":
                process.kill()
                pytest.fail(f"the console did not start: {process.communicate()[1]}")
            time.sleep(1.0)
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == -signal.SIGKILL

    reopened = Services.open(db_path)
    try:
        assert reopened.statements.get(statement.id).notes == NOTES
    finally:
        reopened.close()
