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
