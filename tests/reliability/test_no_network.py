"""The program makes no network connection at all: a child process with every
socket call that could reach out turned into a recorded failure runs the
command line, opens the GUI with the demo meeting, and exports every document."""

import subprocess
from pathlib import Path

import pytest

from tests.reliability.conftest import PYTHON, child_environment

GUARDED_RUN = r"""
import socket, sys
attempts = []

def refuse(name):
    def blocked(*args, **kwargs):
        attempts.append((name, repr(args)[:80]))
        raise OSError("network use is forbidden in this test")
    return blocked

for name in ("connect", "connect_ex", "sendto", "bind"):
    setattr(socket.socket, name, refuse(name))
socket.create_connection = refuse("create_connection")
socket.getaddrinfo = refuse("getaddrinfo")

from rapporteur_app.app import main
db, out = sys.argv[1], sys.argv[2]
codes = [
    main(["--db", db, "meeting", "add", "--title", "M"]),
    main(["--db", db, "organizations", "list", "--json"]),
]
from PySide6.QtWidgets import QApplication
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.ui.main_window import MainWindow
app = QApplication([])
services = Services.open(db)
meeting = add_demo_meeting(services)
window = MainWindow(services, demo=True)
window.show()
session = window.first_working_session()
window.open_session(session)
window.show_console()
app.processEvents()
for fmt in ("docx", "pdf"):
    services.documents.export_meeting(meeting.id, fmt=fmt, out=f"{out}/report.{fmt}")
    services.documents.export_session(session, fmt=fmt, out=f"{out}/rapport.{fmt}")
window.close()
services.close()
print("codes", codes, "attempts", attempts)
"""


@pytest.mark.timeout(120)
def test_no_network_connection(tmp_path: Path) -> None:
    done = subprocess.run(
        [PYTHON, "-c", GUARDED_RUN, str(tmp_path / "db.sqlite3"), str(tmp_path)],
        capture_output=True,
        text=True,
        env=child_environment(),
        timeout=100,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert last == "codes [0, 0] attempts []", last
    assert (tmp_path / "report.pdf").stat().st_size > 0
