"""Regenerate docs/screenshots/: the console, the projector window and the
main window (rapport tab), taken from the real program on an X screen; then the
console and the main window in Russian and in French, and with the system font
at 150 %; then the search window (Ctrl+Shift+F) with its hits and the hit it
opened. ``make_screenshots.py languages`` takes only the translated ones,
``make_screenshots.py search`` only the search's; ``make_screenshots.py year``
takes only the year view's (docs/year.md), on the demo meeting with a year of
events staged around it; ``make_screenshots.py documents`` only the Document
settings dialog.

Run through `./dev.sh screenshots`, which starts it under Xvfb (installed with
apt-get when run as root). The demo meeting is used, with a live moment staged
on top of it: three speakers queued and one on the floor for 2 min 30 s.
"""

import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.search import SearchKind
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.rapport.rapport_tab import RapportTab
from rapporteur_app.ui.search_window import HIT_ROLE

SHOTS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def settle(app: QApplication, milliseconds: int = 400) -> None:
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(app.quit)
    timer.start(milliseconds)
    app.exec()


def grab(app: QApplication, widget: QWidget, name: str) -> None:
    widget.raise_()
    widget.activateWindow()
    settle(app, 900)
    # The window as Qt painted it on the X screen (Xvfb has no compositor to grab from,
    # so the screen's own pixels of a fresh window read black).
    picture = widget.grab()
    picture.save(str(SHOTS / name))
    print(f"docs/screenshots/{name}")


def set_clock_to_the_demo_afternoon() -> None:
    """Make this process's local time 16:27, whatever the real hour.

    The demo's afternoon session runs from 15:40 to 16:24; the speaker staged on
    the floor (given it "now", 2 min 30 s ago) then starts at 16:25 like the log
    around them, instead of at whatever hour the pictures are taken.
    """
    now = datetime.now(UTC)
    wanted = now.replace(hour=16, minute=27, second=30)
    minutes = round((wanted - now).total_seconds() / 60)
    minutes = (minutes + 12 * 60) % (24 * 60) - 12 * 60
    sign = "-" if minutes >= 0 else "+"  # POSIX TZ: east of UTC is written negative
    hours, rest = divmod(abs(minutes), 60)
    os.environ["TZ"] = f"DEMO{sign}{hours:02d}:{rest:02d}"
    time.tzset()


def stage_live_moment(services: Services, session_id: int) -> None:
    for speaker, organization, category in (
        ("Ms. Hélène Lefèvre", "France", Category.DELEGATION),
        ("", "La Strada International", Category.CIVIL_SOCIETY),
        ("Mr. Jonas Lindqvist", "IOM", Category.INTERNATIONAL_ORGANIZATION),
        ("Ms. Мария Иванова", "Юристы за права человека", Category.CIVIL_SOCIETY),
    ):
        services.queue.add(session_id, speaker, organization, category)
    started = (datetime.now() - timedelta(seconds=150)).time().replace(microsecond=0)
    services.floor.give_floor(session_id, at=started)
    on_floor = services.floor.on_floor(session_id)
    assert on_floor is not None
    services.statements.set_notes(
        on_floor.id,
        "Presented the new national action plan (2025-2028).\n"
        "States should guarantee access to compensation for every trafficked person.\n"
        "Asked ODIHR to update its guidance on national referral mechanisms.",
    )


def translated_and_large(app: QApplication, services: Services, session_id: int) -> None:
    """The console and the Rapport tab in Russian and in French, and the Statements tab
    at 150 % font."""
    from rapporteur_app.ui import labels
    from rapporteur_app.ui.language import install_translators

    for language in ("ru", "fr"):
        install_translators(app, language)
        labels.category_label.cache_clear()
        labels.kind_label.cache_clear()
        window = MainWindow(services, demo=True)
        window.resize(1440, 900)
        window.show()
        window.open_session(session_id)
        window.show_console()
        console = window.session_views[0]
        assert isinstance(console, ConsoleView)
        console.log.scrollToBottom()
        console.notes.setFocus()
        grab(app, window, f"console-{language}.png")
        window.tabs.setCurrentIndex(2)
        rapport = window.session_views[2]
        assert isinstance(rapport, RapportTab)
        rapport.language.setCurrentIndex(rapport.language.findData(language))
        rapport.refresh_preview()
        grab(app, window, f"main-window-{language}.png")
        window.close()
    install_translators(app, "en")
    labels.category_label.cache_clear()
    labels.kind_label.cache_clear()
    normal = app.font()
    large = app.font()
    large.setPointSizeF(normal.pointSizeF() * 1.5)
    app.setFont(large)
    window = MainWindow(services, demo=True)
    window.resize(1440, 900)
    window.show()
    window.open_session(session_id)
    window.tabs.setCurrentIndex(1)
    grab(app, window, "main-window-150-percent.png")
    window.close()
    app.setFont(normal)


def search_shots(app: QApplication, services: Services) -> None:
    """The search window over the demo meeting, and the statement a hit opened."""
    window = MainWindow(services, demo=True)
    window.resize(1440, 900)
    window.show()
    window.open_search()
    search = window.search_window
    search.resize(900, 620)
    search.text.setText("referral")
    search.search_now()
    for _ in range(50):
        if search.results_shown is not None:
            break
        settle(app, 100)
    grab(app, search, "search.png")
    hits = [search.results.item(n).data(HIT_ROLE) for n in range(search.results.count())]
    statement = next(n for n, hit in enumerate(hits) if hit.kind is SearchKind.STATEMENT)
    search.results.setCurrentRow(statement)
    search.open_hit.emit(hits[statement])
    grab(app, window, "search-opened.png")
    search.close()
    window.close()


def stage_year(services: Services, meeting_id: int) -> None:
    """The demo meeting's year: a conference before it with a recommendation the demo
    repeats, a country visit, a workshop, a simulation exercise; follow-ups noted; an
    annual report begun."""
    from datetime import date

    from rapporteur_app.domain.year import EventKind, FollowUpState

    demo = [r for s in services.sessions.of_meeting(meeting_id)
            for r in services.recommendations.of_session(s.id)]  # fmt: skip
    spring = services.meetings.add(
        "Alliance against Trafficking in Persons Conference", "Vienna, Hofburg",
        date(2022, 4, 4), date(2022, 4, 5), kind=EventKind.CONFERENCE,
    )  # fmt: skip
    panel = services.sessions.add(spring.id, "Panel 1", "Trafficking along migration routes")
    for who, org, category in [("A", "Austria", Category.DELEGATION),
                               ("B", "La Strada International", Category.CIVIL_SOCIETY),
                               ("C", "IOM", Category.INTERNATIONAL_ORGANIZATION)]:  # fmt: skip
        services.statements.add(panel.id, who, org, category)
    earlier = services.recommendations.add(
        panel.id, demo[0].addressee, demo[0].text.rstrip(".") + ", as a priority."
    )
    services.follow_up.set_state(earlier.id, FollowUpState.IN_PROGRESS, "THB Unit")
    services.follow_up.add_note(earlier.id, date(2022, 6, 1), "Raised with the Chairmanship")
    for title, place, start, end, kind in (
        ("Country visit to Armenia", "Yerevan", date(2022, 5, 16), date(2022, 5, 19),
         EventKind.COUNTRY_VISIT),
        ("Workshop on government procurement", "London", date(2022, 9, 20), None,
         EventKind.WORKSHOP),
        ("Simulation-based training exercise", "Vicenza", date(2022, 11, 14),
         date(2022, 11, 18), EventKind.SIMULATION_EXERCISE),
    ):  # fmt: skip
        services.meetings.add(title, place, start, end, kind=kind)
    services.follow_up.set_state(demo[1].id, FollowUpState.IMPLEMENTED, "ODIHR")
    services.annual_reports.set_settings(
        2022, author="Ambassador A. Example", place="Vienna", issued=date(2022, 12, 15),
        function="OSCE Special Representative and Co-ordinator\n"
                 "for Combating Trafficking in Human Beings",
        sections=[{"heading": "", "text": "In 2022 my Office continued to assist participating"
                   " States in the **prevention** of trafficking.^[Responses were received"
                   " from 52 participating States.]\n\n- Prevention;\n- Prosecution;"
                   "\n- Protection of victims' rights;\n- *Partnership*."}],
        statistics_tables=True, chart=True, follow_up_table=True,
    )  # fmt: skip


def year_view(app: QApplication, services: Services) -> None:
    from rapporteur_app.ui.year.year_view import YearView

    view = YearView(services)
    view.resize(1300, 760)
    view.year.setCurrentIndex(view.year.findData(2022))
    view.show()
    for index, name in enumerate(("year-events.png", "year-statistics.png",
                                  "year-follow-up.png", "year-annual-report.png")):  # fmt: skip
        # settle() quits the event loop, which closes the windows (Qt 6): show it again,
        # so that the tab is on screen and looks for what it shows only then.
        view.show()
        view.tabs.setCurrentIndex(index)
        grab(app, view, name)
    view.close()


def annual_report_sample(services: Services) -> None:
    """The staged year's annual report as docs/samples/annual-report.{docx,pdf} and the
    pictures of its pages."""
    import shutil
    import subprocess

    samples = SHOTS.parent / "samples"
    for fmt in ("docx", "pdf"):
        services.annual_reports.export(2022, fmt, samples / f"annual-report.{fmt}")
        print(f"docs/samples/annual-report.{fmt}")
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is not None:
        for old in (samples / "png").glob("annual-report-*.png"):
            old.unlink()
        subprocess.run([pdftoppm, "-png", "-r", "60", str(samples / "annual-report.pdf"),
                        str(samples / "png" / "annual-report")], check=True)  # fmt: skip


def document_settings(app: QApplication, services: Services, meeting_id: int) -> None:
    """The Document settings dialog on its Header and Agenda pages."""
    from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog

    dialog = DocumentSettingsDialog(services, meeting_id)
    dialog.resize(860, 560)
    dialog.show()
    for page, name in ((0, "document-settings.png"), (3, "document-settings-agenda.png")):
        dialog.pages.setCurrentIndex(page)
        grab(app, dialog, name)
    dialog.close()


def main() -> int:
    SHOTS.mkdir(parents=True, exist_ok=True)
    set_clock_to_the_demo_afternoon()
    only_languages = sys.argv[1:] == ["languages"]
    only_search = sys.argv[1:] == ["search"]
    only_documents = sys.argv[1:] == ["documents"]
    with tempfile.TemporaryDirectory() as folder:
        # The projector keeps its place in QSettings: not in the user's own settings.
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        app = QApplication(sys.argv[:1])
        services = Services.open(Path(folder) / "demo.sqlite3")
        try:
            meeting = add_demo_meeting(services)
            sessions = services.sessions.of_meeting(meeting.id)
            live = next(s for s in sessions if s.label == "Working Session 2")
            stage_live_moment(services, live.id)
            if only_languages:
                translated_and_large(app, services, live.id)
                return 0
            if only_search:
                search_shots(app, services)
                return 0
            if sys.argv[1:] == ["year"]:
                stage_year(services, meeting.id)
                year_view(app, services)
                annual_report_sample(services)
                return 0
            if only_documents:
                document_settings(app, services, meeting.id)
                return 0
            window = MainWindow(services, demo=True)
            window.resize(1440, 900)
            window.show()
            window.open_session(live.id)
            window.show_console()
            console = window.session_views[0]
            assert isinstance(console, ConsoleView)
            console.log.scrollToBottom()
            console.notes.setFocus()  # as while the speaker speaks: the mark says so
            grab(app, window, "console.png")
            console.show_projector()
            assert console.projector is not None
            console.projector.resize(1280, 720)
            grab(app, console.projector, "projector.png")
            console.projector.close()
            window.tabs.setCurrentIndex(2)
            grab(app, window, "main-window.png")
            window.close()
            document_settings(app, services, meeting.id)
            translated_and_large(app, services, live.id)
            search_shots(app, services)
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("make_screenshots: no screen; run it through ./dev.sh screenshots", file=sys.stderr)
        sys.exit(2)
    sys.exit(main())
