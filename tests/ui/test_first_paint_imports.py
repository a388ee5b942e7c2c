"""What the window imports before it shows its first session: the live console's
services and widgets, not the document writers, the exchange format's schema, the
numeric library behind the fuzzy duplicate finder, or the services only a later
action needs (they are made when first asked for)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services

ROOT = Path(__file__).resolve().parents[2]

# Imported by the first paint before this round (the writers warmed by the hidden
# Rapport tab, the review's numpy) or by Services.open (the document values).
NOT_BEFORE_THE_FIRST_PAINT = (
    "docx",
    "reportlab",
    "numpy",
    "openpyxl",
    "jsonschema",
    "rapporteur_app.export.docx_writer",
    "rapporteur_app.export.pdf_writer",
    "rapporteur_app.services.documents",
    "rapporteur_app.services.exchange",
    # The exchange file's parts, since exchange.py was split (round 5).
    "rapporteur_app.services.exchange_check",
    "rapporteur_app.services.exchange_document",
    "rapporteur_app.services.exchange_document_load",
    "rapporteur_app.services.exchange_load",
    "rapporteur_app.services.exchange_load_sqlite",
    "rapporteur_app.services.registration",
)
NOT_BY_OPENING_THE_SERVICES = (
    *NOT_BEFORE_THE_FIRST_PAINT,
    "babel",
    "rapporteur_app.services.document_builder",
    "rapporteur_app.services.recommendation_review",
    "rapporteur_app.domain.documents.agenda",
)

_PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from rapporteur_app.services.app_services import Services
services = Services.open(sys.argv[1], backup=False)
opened = sorted(sys.modules)
app = QApplication([])
from rapporteur_app.ui.main_window import MainWindow
window = MainWindow(services)
window.show()
window.open_session(int(sys.argv[2]))
window.show_console()
for _ in range(20):
    app.processEvents()
painted = sorted(sys.modules)
window.tabs.setCurrentIndex(2)  # the Rapport tab: its review of the recommendations
for _ in range(20):
    app.processEvents()
print(json.dumps({"opened": opened, "painted": painted, "rapport": sorted(sys.modules)}))
"""


def test_the_first_session_is_shown_without_the_writers(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        meeting = services.meetings.add("Human Dimension Meeting")
        session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
        services.statements.add(session.id, "Speaker", "Norway", Category.DELEGATION)
        services.recommendations.add(session.id, "osce", "Fund the shelters.")
    finally:
        services.close()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(db_path), str(session.id)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=120,
    )
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    opened, painted = set(modules["opened"]), set(modules["painted"])
    assert "rapporteur_app.ui.console.console_view" in painted  # the probe did show it
    assert sorted(opened & set(NOT_BY_OPENING_THE_SERVICES)) == []
    assert sorted(painted & set(NOT_BEFORE_THE_FIRST_PAINT)) == []
    # The duplicate finder compares pair by pair: no numpy (15 MiB) for a list of tens.
    rapport = set(modules["rapport"])
    assert "rapporteur_app.domain.draft.duplicates" in rapport
    assert "numpy" not in rapport


def test_the_services_made_later_are_made_once(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        assert services.documents is services.documents
        assert services.participants.__class__.__name__ == "ParticipantService"
        meeting = services.meetings.add("Human Dimension Meeting")
        assert services.exchange.dump(meeting.id)["meeting"]["title"] == "Human Dimension Meeting"
    finally:
        services.close()


# The whole program, as `rapporteur-app --db FILE gui --session ID` starts it, looked
# at when it says its first meaningful paint is done. Any dialog would hang a child
# process: every message box ends it at once instead, saying what it would have shown.
_WHOLE_PROGRAM = """
import dataclasses, faulthandler, gc, json, linecache, os, sys

# A dialog would hang the child: after a minute it ends, printing where it waited. (The
# message box's class is not touched here: the probe looks whether the paint made it.)
faulthandler.dump_traceback_later(60, exit=True)
from rapporteur_app.ui import typing_hook

LATER = json.loads(sys.argv.pop(1))  # modules the first paint must not wait for
real = typing_hook.exit_when_shown
seen = {}

def spy(stage, window=None):
    if stage == "data" and window is not None:
        console = window.session_views[0]
        seen.update(
            sqlalchemy=sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy"),
            later=sorted(m for m in LATER if m in sys.modules),
            log_file=os.path.exists(os.environ["RAPPORTEUR_LOG"]),
            meetings=window.meetings.topLevelItemCount(),
            rows=console.log_model.rowCount(),
            speaker=console.floor.speaker.text(),
            services=console.has_services,
            # PySide's look at each module imported after QtCore reads its bytes: no
            # source of the program's tokenized and kept in linecache for it.
            # (This probe imports Qt before the program: what it imported before
            # main() was looked at PySide's way.)
            sources_read=sorted(set(linecache.cache) - READ_BEFORE_MAIN),
            collector=gc.isenabled(),  # held off until the paint
            # PySide's Qt namespace (its 94 enums), built just after the paint (round 10:
            # ui/qt_namespace.py). The probe itself reaches Qt's classes by name only.
            qt_namespace="Qt" in vars(sys.modules["PySide6.QtCore"]),
            # The menus' titles are there at the paint, their entries just after it.
            menus=[
                len(menu.actions())
                for menu in (window.file_menu, window.meeting_menu, window.session_menu,
                             window.help_menu)
            ],
            # PySide makes a class on the first look at its name (QMessageBox: 2.5 ms).
            message_box="QMessageBox" in vars(sys.modules["PySide6.QtWidgets"]),
            dataclasses=sorted(
                f"{name}.{value.__qualname__}"
                for name, module in list(sys.modules.items())
                if name.startswith("rapporteur_app")
                for value in vars(module).values()
                if isinstance(value, type)
                and dataclasses.is_dataclass(value)
                and value.__module__ == name
            ),
        )
    return real(stage, window)

typing_hook.exit_when_shown = spy
from rapporteur_app.app import main
READ_BEFORE_MAIN = set(linecache.cache)
code = main(sys.argv[1:])
print(json.dumps(seen), flush=True)
sys.exit(code)
"""


# Not imported, read or set up before the first paint (round 5): the year's values (a
# meeting's kind has a module of its own), the accessible names (given once the
# services are there), the migration files (the head is written down), the document
# writers, and the log file (set up after the paint; what is logged before is kept).
AFTER_THE_FIRST_PAINT = (
    "rapporteur_app.domain.year",
    "rapporteur_app.ui.accessible",
    "rapporteur_app.store.revision",
    "rapporteur_app.ui.search_window",
    "rapporteur_app.ui.statements_tab",
    "rapporteur_app.ui.rapport.rapport_tab",
    "rapporteur_app.services.app_services",
    "rapporteur_app.cli.parser",
    "alembic",
    *NOT_BEFORE_THE_FIRST_PAINT,
    # Round 8: the log file's handler module, and what logging.handlers imports (the
    # log file is set up after the paint); the translations' folder, looked up only
    # for a language other than English; the agenda's rules (the error texts name
    # AgendaProblem in a type hint only).
    "rapporteur_app.private_log_file",
    "logging.handlers",
    "socket",
    "selectors",
    "pickle",
    "queue",
    "importlib.resources",
    "rapporteur_app.domain.agenda",
    # The people, organizations and meeting overviews (made when first asked for).
    "rapporteur_app.domain.model_later",
    # Round 10: the HTML entities' table (html.escape is imported where a prompt or the
    # key list is written).
    "html",
    "html.entities",
)


# The dataclasses made before the first paint (round 10): the values the paint shows,
# and two of the console's. A frozen dataclass costs 1–1.5 ms to make on the machines
# the benchmark runs on (its methods compiled from source); a record of the window's
# own is a NamedTuple (a seventh of that), a value the paint does not show is made
# when first asked for (domain/model_later.py).
MADE_BEFORE_THE_FIRST_PAINT = [
    "rapporteur_app.domain.first_fill.FirstFill",
    "rapporteur_app.domain.first_fill.MeetingOutline",
    "rapporteur_app.domain.floor_request.FloorRequest",
    "rapporteur_app.domain.model.Introducer",
    "rapporteur_app.domain.model.Meeting",
    "rapporteur_app.domain.model.QueueEntry",
    "rapporteur_app.domain.model.Session",
    "rapporteur_app.domain.model.Statement",
    "rapporteur_app.domain.tally.Tally",
    "rapporteur_app.ui.console.floor_waits._FloorWait",
]


def test_the_program_paints_its_first_session_before_sqlalchemy(
    db_path: Path, isolated_home: Path
) -> None:
    services = Services.open(db_path)
    try:
        meeting = services.meetings.add("Human Dimension Meeting")
        session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
        services.queue.add(session.id, "", "Norway", Category.DELEGATION)
        services.floor.give_floor(session.id)
    finally:
        services.close()
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        RAPPORTEUR_EXIT_WHEN_SHOWN="data",
        RAPPORTEUR_LOG=str(isolated_home / "rapporteur.log"),
        LC_ALL="C",  # English, whatever the machine's: no translator to load
    )
    done = subprocess.run(
        [sys.executable, "-c", _WHOLE_PROGRAM, json.dumps(AFTER_THE_FIRST_PAINT), "--db",
         str(db_path), "gui", "--session", str(session.id)],
        capture_output=True, text=True, env=environment, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "data"
    seen = json.loads(lines[-1])
    assert seen == {
        "sqlalchemy": [],
        "later": [],
        "log_file": False,
        "meetings": 1,
        "rows": 1,
        "speaker": "Norway",
        "services": False,
        # The check's own module alone, imported before the check is in place.
        "sources_read": [str(ROOT / "rapporteur_app" / "ui" / "pyside_source_check.py")],
        "collector": False,
        "qt_namespace": False,
        "message_box": False,
        "menus": [0, 0, 0, 0],
        "dataclasses": MADE_BEFORE_THE_FIRST_PAINT,
    }
