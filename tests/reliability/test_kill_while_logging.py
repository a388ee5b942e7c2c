"""SIGKILL a process that is logging statements, at twenty random moments: every
statement whose logging had been reported is in the database, and it is sound."""

import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from rapporteur_app.services.app_services import Services
from tests.reliability.conftest import PYTHON, child_environment

KILLS = 20
# Logs statements through the command line's own entry point, one command after
# another, and says "logged <id>" each time a command has reported success.
CLI_LOOP = """
import contextlib, io, sys
from rapporteur_app.app import main
while True:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--db", sys.argv[1], "statement", "add", "--session", sys.argv[2],
                     "--speaker", "Анна", "--on-behalf-of", "Austria", "--category", "delegation"])
    if code == 0:
        print("logged", out.getvalue().strip(), flush=True)
"""


def _session(db_path: Path) -> int:
    services = Services.open(db_path)
    meeting = services.meetings.add("M")
    session_id = services.sessions.add(meeting.id, "WS 1", "T").id
    services.close()
    return session_id


def _kill_at_random(
    command: list[str], environment: dict[str, str], rng: random.Random
) -> list[int]:
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment, text=True
    ) as process:
        assert process.stdout is not None
        first = process.stdout.readline()  # it is up and has logged one
        time.sleep(rng.uniform(0.0, 0.4))
        process.send_signal(signal.SIGKILL)
        rest, _ = process.communicate(timeout=30)
    return [
        int(line.split()[1]) for line in (first + rest).splitlines() if line.startswith("logged")
    ]


def _check(db_path: Path, reported: list[int]) -> None:
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {row[0] for row in connection.execute("SELECT id FROM statements")}
    finally:
        connection.close()
    missing = set(reported) - stored
    assert not missing, f"reported as logged but lost: {sorted(missing)}"


@pytest.mark.timeout(240)
def test_kill_the_command_line_while_it_logs(db_path: Path) -> None:
    session_id = _session(db_path)
    rng = random.Random(20261124)
    reported: list[int] = []
    for _ in range(KILLS):
        reported += _kill_at_random(
            [PYTHON, "-c", CLI_LOOP, str(db_path), str(session_id)], child_environment(), rng
        )
        _check(db_path, reported)
    assert len(reported) >= KILLS


@pytest.mark.timeout(300)
def test_kill_the_console_while_it_logs(db_path: Path) -> None:
    session_id = _session(db_path)
    rng = random.Random(2026)
    reported: list[int] = []
    environment = child_environment(RAPPORTEUR_LOG_STATEMENTS="100000")
    for _ in range(KILLS):
        reported += _kill_at_random(
            [
                PYTHON,
                "-m",
                "rapporteur_app",
                "--db",
                str(db_path),
                "gui",
                "--session",
                str(session_id),
            ],
            environment,
            rng,
        )
        _check(db_path, reported)
    assert len(reported) >= KILLS
