"""Regenerate the screenshots of docs/drafting.md: a working session of the demo
meeting going from its log (the panel logged, not counted) to the draft, the
notes gathered, the recommendations tidied, and the finished rapport's PDF.

Run under an X screen: `xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python
tools/make_draft_screenshots.py` (pdftoppm, from poppler-utils, draws the PDF page).
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_screenshots import SHOTS, grab

from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.rapport.rapport_tab import RapportTab


def stage_recommendations(services: Services, session_id: int) -> None:
    """Two delegations made the same recommendation, filed under the wrong addressee."""
    floor = [s for s in services.statements.of_session(session_id) if not s.is_presentation]
    text = "ODIHR should update its handbook on national referral mechanisms with survivors."
    services.recommendations.add(session_id, "osce", text, floor[0].id)
    services.recommendations.add(
        session_id, "osce", "ODIHR should update its handbook on national referral mechanisms "
        "with survivors", floor[4].id,
    )  # fmt: skip


def finish(services: Services, session_id: int) -> None:
    """What the rapporteur does next, as the guide tells it: the opening and the panel
    kept, the floor's material turned into prose with the draft's numbers, the
    proposed addressee accepted and the duplicates merged."""
    draft = services.drafts.draft(session_id)
    kept = draft.paragraphs[:4]
    themes = {t.phrase: t for t in draft.themes}
    referral = themes["national referral mechanisms"]
    closer = themes["closer co-operation"]
    prose = (
        "Interventions from participating States and civil society organizations debated "
        f"national referral mechanisms and early identification: {referral.statements} of "
        f"the {draft.tally.statements} statements raised them. Several interventions "
        f"({closer.statements}) urged closer co-operation between States and civil society, "
        "and a survivor of trafficking asked that survivors be heard when policies are made.",
        "Two rights of reply were exercised.",
    )
    services.sessions.set_narrative(session_id, "\n\n".join((*kept, *prose)))
    review = services.recommendation_review.review(session_id)
    for item in review.items:
        if item.proposal is not None:
            services.recommendation_review.accept_addressee(item.recommendation.id)
    for keep, *others in review.duplicate_groups:
        services.recommendation_review.merge_duplicates(keep, others)


def main() -> int:
    SHOTS.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder) / "demo.sqlite3")
        try:
            meeting = add_demo_meeting(services)
            session = next(
                s for s in services.sessions.of_meeting(meeting.id)
                if s.label == "Working Session 1"
            )  # fmt: skip
            services.sessions.set_narrative(session.id, "")
            stage_recommendations(services, session.id)
            window = MainWindow(services, demo=True)
            window.resize(1440, 900)
            window.show()
            window.open_session(session.id)
            window.show_console()
            console = window.session_views[0]
            assert isinstance(console, ConsoleView)
            console.log.scrollToTop()
            grab(app, window, "draft-1-log-with-panel.png")
            window.tabs.setCurrentIndex(2)
            rapport = window.session_views[2]
            assert isinstance(rapport, RapportTab)
            rapport.narrative.insertMarkup(services.drafts.draft(session.id).markup)
            rapport.save_now()
            rapport.refresh_preview()
            grab(app, window, "draft-2-draft-from-the-log.png")
            rapport.lower_tabs.setCurrentWidget(rapport.notes)
            rapport.notes.order.setCurrentIndex(rapport.notes.order.findData("category"))
            grab(app, window, "draft-3-all-the-notes.png")
            rapport.lower_tabs.setCurrentWidget(rapport.recommendations)
            last = rapport.recommendations.list.count() - 2
            rapport.recommendations.list.setCurrentRow(last)
            rapport.recommendations.list.scrollToBottom()
            grab(app, window, "draft-4-recommendations-tidied.png")
            finish(services, session.id)
            rapport.show_session(session.id)
            pdf = rapport.export("pdf", str(Path(folder) / "rapport.pdf"))
            assert pdf is not None
            window.close()
            for page in (1,):
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                     "-singlefile", str(pdf), str(SHOTS / f"draft-5-finished-rapport-{page}")],
                    check=True,
                )  # fmt: skip
                print(f"docs/screenshots/draft-5-finished-rapport-{page}.png")
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    if not os.environ.get("DISPLAY"):
        print("make_draft_screenshots: no screen; run it under xvfb-run", file=sys.stderr)
        sys.exit(2)
    sys.exit(main())
