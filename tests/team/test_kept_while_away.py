"""A writer whose server is away keeps what is typed on the laptop until it can be written
(issue 15): notes and statements typed meanwhile go to a journal on the disk, and are
written in the order typed once the server is back, by the same program or, when it
was killed meanwhile, by the next one to open the database."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable

import pytest

from rapporteur_app.domain.errors import KeptLocally
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from tests.postgres_server import PostgresServer

pytestmark = pytest.mark.timeout(240)


def _until(condition: Callable[[], bool], timeout_s: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def _meeting(services: Services) -> tuple[int, int]:
    meeting = services.meetings.add("Human Dimension Conference")
    session_id = services.sessions.add(meeting.id, "WS 1", "Tolerance").id
    first = services.statements.add(session_id, "Before", "Austria", Category.DELEGATION)
    return session_id, first.id


def test_what_is_typed_while_the_server_is_away_is_written_when_it_is_back(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    services = Services.open(postgres_url)
    try:
        session_id, first_id = _meeting(services)
        postgres_server.stop(mode="immediate")
        try:
            services.statements.set_notes(first_id, "Typed while the server was away.")
            with pytest.raises(KeptLocally) as kept:
                services.statements.add(session_id, "Meanwhile", "Norway", Category.DELEGATION)
            services.statements.set_notes(first_id, "Typed while the server was away, more.")
            assert services.kept_waiting == 3
        finally:
            postgres_server.start()
        message = str(kept.value)
        assert "\n" not in message and "kept on this computer" in message
        assert "2 changes waiting" in message
        assert _until(lambda: services.kept_waiting == 0)
        statements = services.statements.of_session(session_id)
        assert [s.speaker for s in statements] == ["Before", "Meanwhile"]
        assert statements[0].notes == "Typed while the server was away, more."
        # Back to writing straight to the server.
        services.statements.set_notes(first_id, "After.")
        assert services.kept_waiting == 0
        assert services.statements.get(first_id).notes == "After."
    finally:
        services.close()


_WRITER = """
import sys, time
from rapporteur_app.services.app_services import Services
services = Services.open(sys.argv[1])
services.statements.set_notes(int(sys.argv[2]), "Typed, then the program was killed.")
print("kept", services.kept_waiting, flush=True)
time.sleep(600)
"""


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rapporteur_app", "--db", url, *args],
        check=False, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_writer_killed_after_keeping_its_notes_loses_nothing(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    services = Services.open(postgres_url)
    session_id, first_id = _meeting(services)
    services.close()
    writer_code = _WRITER.replace(
        "services = Services.open(sys.argv[1])\n",
        "services = Services.open(sys.argv[1])\nprint('open', flush=True)\nsys.stdin.readline()\n",
    )
    with subprocess.Popen(
        [sys.executable, "-c", writer_code, postgres_url, str(first_id)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as writer:  # fmt: skip
        assert writer.stdin is not None and writer.stdout is not None
        try:
            assert writer.stdout.readline().strip() == "open"
            postgres_server.stop(mode="immediate")
            try:
                writer.stdin.write("go\n")
                writer.stdin.flush()
                assert writer.stdout.readline().split() == ["kept", "1"]
                os.kill(writer.pid, signal.SIGKILL)  # killed before the server came back
                writer.wait(timeout=30)
            finally:
                postgres_server.start()
        finally:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
    # The next program to open the database writes what the killed one kept.
    listed = _cli(postgres_url, "statement", "list", "--session", str(session_id))
    assert listed.returncode == 0, listed.stderr
    again = Services.open(postgres_url)
    try:
        assert again.kept_waiting == 0
        assert again.statements.get(first_id).notes == "Typed, then the program was killed."
        assert [s.speaker for s in again.statements.of_session(session_id)] == ["Before"]
    finally:
        again.close()
