"""A real console process, killed with SIGKILL, loses at most the last second of the
notes typed into it: after a burst typed at once, and while someone types steadily
(a key every 200 ms for 10 s, never pausing long enough for a debounce to fire)."""

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
# Longer than 10 s of typing at 5 keys a second, so the process is still typing when killed.
STEADY = (
    "The delegation called for national referral mechanisms in every participating "
    "State, и для защиты жертв торговли людьми."
)
PACE_MS = 200
TYPING_S = 10.0
LOST_AT_MOST_S = 1.0


def _session_with_statement(db_path: Path) -> tuple[int, int]:
    services = Services.open(db_path)
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    statement = services.statements.add(
        session.id, "Anna", "Austria", Category.DELEGATION, start=datetime.now().time()
    )
    services.close()
    return session.id, statement.id


def _console(db_path: Path, session_id: int, **variables: str) -> "subprocess.Popen[str]":
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **variables)
    return subprocess.Popen(
        [sys.executable, "-m", "rapporteur_app", "--db", str(db_path), "gui",
         "--session", str(session_id)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment, text=True,
    )  # fmt: skip


def _saved_notes(db_path: Path, statement_id: int) -> str:
    reopened = Services.open(db_path)
    try:
        return reopened.statements.get(statement_id).notes
    finally:
        reopened.close()


@pytest.mark.timeout(90)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_notes_survive_sigkill(db_path: Path) -> None:
    session_id, statement_id = _session_with_statement(db_path)
    with _console(db_path, session_id, RAPPORTEUR_TYPE_NOTES=NOTES) as process:
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
    assert _saved_notes(db_path, statement_id) == NOTES


@pytest.mark.timeout(120)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal")
def test_steady_typing_survives_sigkill(db_path: Path) -> None:
    """Was lost whole with a save 0.6 s after the last key only (the pause never came)."""
    session_id, statement_id = _session_with_statement(db_path)
    handled_at: list[float] = []  # when each key was reported handled
    with _console(
        db_path, session_id, RAPPORTEUR_TYPE_NOTES=STEADY, RAPPORTEUR_TYPE_EVERY_MS=str(PACE_MS)
    ) as process:
        try:
            assert process.stdout is not None
            started: float | None = None
            while True:
                line = process.stdout.readline()
                if not line.startswith("key "):
                    process.kill()
                    pytest.fail(f"the console stopped typing: {line!r} {process.communicate()}")
                handled_at.append(time.monotonic())
                started = started or handled_at[0]
                if handled_at[-1] - started >= TYPING_S:
                    break
            process.send_signal(signal.SIGKILL)
            killed_at = time.monotonic()
            process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == -signal.SIGKILL
    assert len(handled_at) < len(STEADY), "the text ran out before the kill"
    saved = _saved_notes(db_path, statement_id)
    must_have = sum(1 for at in handled_at if at <= killed_at - LOST_AT_MOST_S)
    assert STEADY.startswith(saved)
    assert len(saved) >= must_have, (
        f"{len(handled_at)} keys typed, {len(saved)} saved; "
        f"all but the last second ({must_have}) should have been"
    )
