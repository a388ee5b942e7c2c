"""The main window: meetings and their sessions on the left, the chosen session's tabs on the right.

Each session tab is a widget with ``show_session(session_id)``; the list of tabs
is in :mod:`rapporteur_app.ui.session_tabs`, so a new view is one line there.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app import __version__
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.model import Meeting, Session
from rapporteur_app.ui import settings
from rapporteur_app.ui.accessible import name_controls
from rapporteur_app.ui.error_text import describe, said_text
from rapporteur_app.ui.tree_items import children, top_items

if TYPE_CHECKING:
    # Only for the type: the window shows before the store (SQLAlchemy) is imported.
    from rapporteur_app.domain.first_fill import FirstFill
    from rapporteur_app.services.app_services import Services
    from rapporteur_app.services.backups import BackgroundBackup
    from rapporteur_app.ui.console.console_view import ConsoleView

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1
# While the program runs, the database is backed up this often if it changed.
BACKUP_EVERY_MS = 5 * 60 * 1000
MEETING_ROLE = Qt.ItemDataRole.UserRole + 2
# Opens the year view from anywhere in the main window.
YEAR_VIEW_KEY = "Ctrl+Shift+Y"
# File > Search all meetings, from anywhere (the search window itself is made when asked).
SEARCH_KEYS = "Ctrl+Shift+F"


class MainWindow(QMainWindow):
    """The main window. It can be shown before the database is open (``services``
    None): the program then shows itself at once and :meth:`attach` fills it in
    when the data is there."""

    def __init__(self, services: Services | None = None, demo: bool = False) -> None:
        super().__init__()
        self.session_id: int | None = None
        self._demo = demo
        # The console shown from the first fill, before the services (see show_first_fill).
        self._early_console: ConsoleView | None = None
        self._close_when_open = False
        self.setWindowTitle(self.tr("Rapporteur"))
        self.resize(1100, 700)

        self.meetings = QTreeWidget(self)
        self.meetings.setObjectName("meetings")
        self.meetings.setAccessibleName(self.tr("Meetings and sessions"))
        self.meetings.setHeaderLabels([self.tr("Meetings and sessions")])
        self.meetings.currentItemChanged.connect(self._on_current_item)

        self.heading = QLabel(self.tr("Choose a session on the left."), self)
        self.heading.setObjectName("session_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("session_tabs")
        self.session_views: list[QWidget] = []

        # Said where the rapporteur sees it when backups cannot be taken (a full disk).
        self.backup_warning = QLabel(self)
        self.backup_warning.setObjectName("backup_warning")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.hide()

        right = QWidget(self)
        layout = QVBoxLayout(right)
        layout.addWidget(self.backup_warning)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)

        splitter = QSplitter(self)
        splitter.addWidget(self.meetings)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        # In characters, not pixels: a larger system font widens the list with its text.
        letter = self.fontMetrics().averageCharWidth()
        self.meetings.setMinimumWidth(16 * letter)
        splitter.setSizes([40 * letter, 100 * letter])
        self.setCentralWidget(splitter)
        settings.keep_splitter(splitter, "main-window")
        settings.keep_geometry(self, "main-window")
        self._build_menus()
        if services is None:
            self.heading.setText(self.tr("Opening the database…"))
            self.menuBar().setEnabled(False)
        else:
            self.attach(services)

    def session_to_reopen(self, path: str) -> int | None:
        """The session the rapporteur was on last time in this database (settings)."""
        if self._demo or settings.text(settings.LAST_DATABASE) != path:
            return None
        return settings.number(settings.LAST_SESSION)

    def show_first_fill(self, fill: FirstFill) -> None:
        """The meetings and the chosen session's console as the sqlite3 module read them
        alone, before the services (store/first_fill.py): the rapporteur sees her
        session at once and may type; :meth:`attach` reads it all again through the
        services, and :meth:`forget_first_fill` takes it away if they refuse the file."""
        from rapporteur_app.ui.console.console_view import ConsoleView

        # The title names the database once it is open (attach): the menus work then.
        chosen: QTreeWidgetItem | None = None
        self.meetings.blockSignals(True)  # no session is shown through the services yet
        try:
            self.meetings.clear()
            for outline in fill.meetings:
                item = self._meeting_item(outline.meeting)
                for session in outline.sessions:
                    child = self._session_item(session, outline.meeting.id)
                    item.addChild(child)
                    if fill.session is not None and session.id == fill.session.id:
                        chosen = child
                item.setExpanded(True)
            if chosen is not None:
                self.meetings.setCurrentItem(chosen)
        finally:
            self.meetings.blockSignals(False)
        if fill.session is None:
            return
        console = ConsoleView(None, self.tabs)
        self._early_console = console
        self.session_views.append(console)
        self.tabs.addTab(console, QCoreApplication.translate("SessionTabs", "Console"))
        console.show_first_fill(fill)
        self.session_id = fill.session.id
        self.heading.setText(fill.session.heading)
        console.focus_entry()

    def forget_first_fill(self) -> None:
        """The full open refused the file the first fill was read from: nothing read
        from it stays on the screen, and whatever was typed meanwhile is shown, to be
        copied (it could not be saved)."""
        console = self._early_console
        if console is None and self.meetings.topLevelItemCount() == 0:
            return
        self._early_console = None
        lost = console.not_done() if console is not None else []
        self.meetings.blockSignals(True)
        self.meetings.clear()
        self.meetings.blockSignals(False)
        self.tabs.clear()
        self.session_views.clear()
        self.session_id = None
        self.setWindowTitle(self.tr("Rapporteur"))
        self.heading.setText(
            self.tr("This database could not be opened: what was shown from it is taken away.")
        )
        if console is not None:
            console.deleteLater()
        if lost:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rapporteur"), "", parent=self)
            box.setText(
                self.tr(
                    "The database could not be opened, so what you typed meanwhile was not "
                    "saved. Copy it from below before closing."
                )
            )
            box.setDetailedText("\n\n".join(lost))
            box.exec()

    def attach(self, services: Services) -> None:
        """The database is open: build the session tabs and show the meetings."""
        from rapporteur_app.ui.session_tabs import session_tabs

        self._services = services
        where = self.tr("demo meeting") if self._demo else services.db.describe()
        self.setWindowTitle(f"{self.tr('Rapporteur')} — {where}")
        from rapporteur_app.services.changes import change_source_for
        from rapporteur_app.ui.change_hub import ChangeHub

        # One change signal for the whole database: every view follows it.
        self.changes = ChangeHub(change_source_for(services.db), self)
        self.changes.changed.connect(self._changed_elsewhere)
        early = self._early_console
        for index, (title, factory) in enumerate(session_tabs()):
            if index == 0 and early is not None:
                # The console of the first fill, already shown: it takes the services.
                view: QWidget = early
                early.take_services(services)
            else:
                view = factory(services, self.tabs)
                self.session_views.append(view)
                self.tabs.addTab(view, QCoreApplication.translate("SessionTabs", title))
            follow = getattr(view, "follow_changes", None)
            if callable(follow):
                follow(self.changes)
        from rapporteur_app.ui.rapport.handoff_actions import HandoffActions

        self.handoff = HandoffActions(services, self)
        self.handoff.changed.connect(self._handed_off)
        self._add_console_menu()
        self._fill_session_menu()
        self._backups_action.setEnabled(services.db.path is not None)
        self._watch_open_backup(services)
        self.menuBar().setEnabled(True)
        self.heading.setText(self.tr("Choose a session on the left."))
        name_controls(self)
        self.refresh()
        if not self._demo:
            self._reopen_last_session()
        if early is not None:
            self._early_console = None
            # The session is read again through the services: now what was typed.
            early.do_what_waited()
            if self._close_when_open:
                QTimer.singleShot(0, self.close)
        self._backup_timer = QTimer(self, interval=BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self._periodic_backup)
        self._backup_timer.start()
        self._watch_kept_writes(services)

    def _watch_kept_writes(self, services: Services) -> None:
        """On a server: say in one line when typed work waits on this computer for it."""
        if services.db.path is None:
            from rapporteur_app.ui.kept_line import KeptWritesLine

            self.kept_line = KeptWritesLine(self, services, self.changes)

    def _build_menus(self) -> None:
        # Menus other views extend: File, Meeting, Session, Help (in this order).
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu = file_menu
        refresh = QAction(self.tr("&Refresh"), self)
        # Not F5: the live console gives the floor with F5.
        refresh.setShortcut(QKeySequence("Ctrl+R"))
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        file_menu.addAction(self._search_action())
        backups = QAction(self.tr("&Backups…"), self)
        backups.triggered.connect(self._backups)
        self._backups_action = backups
        file_menu.addAction(backups)
        file_menu.addMenu(self._language_menu())
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.meeting_menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self.session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        for text, keys, slot in (
            (self.tr("&New meeting…"), "Ctrl+N", self._new_meeting),
            (self.tr("Edit the &agenda…"), "Ctrl+G", self._edit_agenda),
            (self.tr("&Import the registration list…"), "Ctrl+I", self._import_registration),
            (self.tr("&Participants and organizations…"), "", self._participants),
        ):
            action = QAction(text, self)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.meeting_menu.addAction(action)
        take = QAction(self.tr("Import a &session file…"), self)
        take.triggered.connect(self._import_handoff)
        self.meeting_menu.addAction(take)
        load = QAction(self.tr("&Load a meeting from a file…"), self)
        load.setObjectName("load_meeting_action")
        load.triggered.connect(self.load_meeting_file)
        self.meeting_menu.addAction(load)
        self.meeting_menu.addAction(self._year_action())
        export = QAction(self.tr("&Export report, highlights or agenda…"), self)
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self._export_meeting)
        self.meeting_menu.addAction(export)
        document_settings = QAction(self.tr("&Document settings…"), self)
        document_settings.triggered.connect(self._document_settings)
        self.meeting_menu.addAction(document_settings)
        # F1 itself is the console's key (in its tab); the menu entry shows it from anywhere.
        key_list = QAction(self.tr("&Console keys") + "\tF1", self)
        key_list.triggered.connect(self._console_keys)
        self.help_menu.addAction(key_list)
        about = QAction(self.tr("&About Rapporteur"), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def _search_action(self) -> QAction:
        search = QAction(self.tr("&Search all meetings…"), self)
        search.setObjectName("search_action")
        search.setShortcut(QKeySequence(SEARCH_KEYS))
        # Whichever widget has the focus (the console's line too), and in the search
        # window itself (its field chosen again, its filters read again).
        search.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        search.triggered.connect(self.open_search)
        self.addAction(search)
        return search

    def _year_action(self) -> QAction:
        # The year across meetings; not a console key (ui/console/keys.py has no Ctrl+Shift+Y).
        year = QAction(self.tr("The &year: events, statistics, follow-up, annual report…"), self)
        year.setObjectName("year-view-action")
        year.setShortcut(QKeySequence(YEAR_VIEW_KEY))
        year.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        year.triggered.connect(self.show_year)
        self.addAction(year)
        return year

    def _language_menu(self) -> QMenu:
        from rapporteur_app.ui.language import TRANSLATED

        menu = QMenu(self.tr("&Language"), self)
        menu.setObjectName("language-menu")
        group = QActionGroup(menu)
        chosen = settings.text(settings.LANGUAGE)
        for code, name in [("", self.tr("Follow the system")), *TRANSLATED.items()]:
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            menu.addAction(action)
        group.triggered.connect(self._choose_language)
        return menu

    def _choose_language(self, action: QAction) -> None:
        settings.put(settings.LANGUAGE, str(action.data()))
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("Rapporteur will speak this language the next time it starts."),
        )

    def _fill_session_menu(self) -> None:
        """What one does with the chosen session: its three tabs, its rapport's exports,
        the projector; enabled once a session is chosen."""
        menu = self.session_menu
        self._session_actions: list[QAction] = []
        for index, text in enumerate(
            (self.tr("Live &console"), self.tr("&Statements"), self.tr("&Rapport"))
        ):
            if index < self.tabs.count():
                action = menu.addAction(text)
                action.triggered.connect(lambda _c=False, i=index: self.tabs.setCurrentIndex(i))
                self._session_actions.append(action)
        menu.addSeparator()
        rapport = self.session_views[2] if len(self.session_views) > 2 else None
        export = getattr(rapport, "export", None)
        if callable(export):
            for text, fmt in (
                (self.tr("Export the rapport as &DOCX…"), "docx"),
                (self.tr("Export the rapport as &PDF…"), "pdf"),
            ):
                action = menu.addAction(text)
                action.triggered.connect(lambda _c=False, f=fmt: export(f))
                self._session_actions.append(action)
        # Hand-off and final versions (docs/team.md).
        menu.addSeparator()
        for text, slot in (
            (self.tr("&Export the session for the secretariat…"), self._export_handoff),
            (self.tr("Mark the rapport &final…"), self._mark_final),
            (self.tr("Re-&open the final rapport…"), self._reopen_rapport),
            (self.tr("Rapport &versions…"), self._rapport_versions),
        ):
            action = menu.addAction(text)
            action.triggered.connect(slot)
            self._session_actions.append(action)
        show_projector = getattr(self.session_views[0], "show_projector", None)
        if callable(show_projector):
            menu.addSeparator()
            action = menu.addAction(self.tr("Pro&jector window"))
            action.triggered.connect(lambda _c=False: show_projector())
            self._session_actions.append(action)
        self._enable_session_actions()

    def _export_handoff(self) -> None:
        if self.session_id is not None:
            self.handoff.export_session(self.session_id)

    def _import_handoff(self) -> None:
        meeting_id = self._chosen_meeting()
        if meeting_id is not None:
            self.handoff.import_session(meeting_id)

    def load_meeting_file(self, path: Path | None = None) -> object:
        """An exchange file added as a new meeting, off the GUI thread (ui/load_meeting.py);
        the job, for whoever waits on it (None if no file was chosen)."""
        from rapporteur_app.ui.load_meeting import LoadMeetingJob, choose_and_load

        if path is None:
            job = choose_and_load(self._services, self)
        else:
            job = LoadMeetingJob(self._services, path, self)
        if job is None:
            return None

        def ended(how: str) -> None:
            if how == "loaded" and job.meeting_id is not None:
                self.refresh()
                self.select_meeting(job.meeting_id)
            if how != "refused":
                self.statusBar().showMessage(job.message, 8000)

        job.finished.connect(ended)
        return job

    def _mark_final(self) -> None:
        if self.session_id is not None:
            self.handoff.mark_final(self.session_id)

    def _reopen_rapport(self) -> None:
        if self.session_id is not None:
            self.handoff.reopen(self.session_id)

    def _rapport_versions(self) -> None:
        if self.session_id is not None:
            self.handoff.show_versions(self.session_id)

    def _handed_off(self, session_id: int) -> None:
        """A session was imported, marked final or re-opened here: the list, the
        heading and every view (here and in other windows) read it again."""
        self.refresh()
        if session_id:
            self.changes.notify(session_id, self.handoff)
        if self.session_id is not None:
            self._show_session(self.session_id)

    def _heading(self, session_id: int, heading: str) -> str:
        """The session's heading, with its rapport's state when final."""
        try:
            state = self._services.rapports.state(session_id)
        except RapporteurError:
            return heading
        if state.final_version is None:
            return heading
        kept = next(v for v in state.versions if v.version == state.final_version)
        return self.tr("{0} — rapport final, version {1} ({2}, {3}): locked").format(
            heading, kept.version, f"{kept.finalized_at:%Y-%m-%d %H:%M}", kept.author
        )

    def _enable_session_actions(self) -> None:
        for action in getattr(self, "_session_actions", []):
            action.setEnabled(self.session_id is not None)

    def _changed_elsewhere(self, session_id: int, origin: object) -> None:
        """Another program changed the database: a meeting or session it added or
        renamed shows in the list on the left (the tabs follow on their own)."""
        if session_id or origin is not None:
            return
        shown = self._tree_outline()
        try:
            now = [
                (
                    m.id,
                    m.title,
                    [(s.id, s.heading) for s in self._services.sessions.of_meeting(m.id)],
                )
                for m in self._services.meetings.all()
            ]
        except RapporteurError:
            return
        if now != shown:
            self.refresh()

    def _tree_outline(self) -> list[tuple[int, str, list[tuple[int, str]]]]:
        outline = []
        for i in range(self.meetings.topLevelItemCount()):
            meeting = self.meetings.topLevelItem(i)
            if meeting is None:
                continue
            sessions = []
            for j in range(meeting.childCount()):
                child = meeting.child(j)
                if child is not None:
                    sessions.append((int(child.data(0, SESSION_ROLE)), child.text(0)))
            outline.append((int(meeting.data(0, MEETING_ROLE)), meeting.text(0), sessions))
        return outline

    def closeEvent(self, event: QCloseEvent) -> None:
        early = self._early_console
        if early is not None and early.not_done():
            # Typed before the database was open: saved first, then the window goes.
            self._close_when_open = True
            self.heading.setText(
                self.tr("Closing once the database is open: what you typed is saved first.")
            )
            event.ignore()
            return
        # What is typed is saved as the window goes (the views save when hidden), and
        # the projector and the key list, windows of the console's, go with it.
        for view in self.session_views:
            close_windows = getattr(view, "close_windows", None)
            if callable(close_windows):
                close_windows()
        changes = getattr(self, "changes", None)
        if changes is not None:
            changes.close()
        super().closeEvent(event)

    def _backups(self) -> None:
        from rapporteur_app.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self._services, self)
        dialog.exec()
        if dialog.restored:
            from rapporteur_app.services.changes import change_source_for

            # A new engine on the restored file: the change source follows it.
            self.changes.replace_source(change_source_for(self._services.db))
            self.session_id = None
            self.refresh()

    def _periodic_backup(self) -> None:
        from rapporteur_app.services.backups import BackupService

        path = self._services.db.path
        running = getattr(self, "_backing_up", None)
        if path is None or (running is not None and running.is_alive()):
            return
        try:
            # Copied in a thread: the window never waits for the copy (nor its full check).
            self._backing_up = BackupService(str(path)).periodic_in_background()
        except (RapporteurError, OSError) as error:
            # Never in the rapporteur's way (the next tick tries again), but said
            # where she sees it: her backups have stopped.
            logging.getLogger(__name__).warning("periodic backup failed: %s", error)
            shown = describe(error) if isinstance(error, RapporteurError) else str(error)
            self.show_backup_problem(shown)
            return
        self._watch_periodic_backup(self._backing_up)

    def _watch_periodic_backup(self, backup: BackgroundBackup) -> None:
        if backup.is_alive():
            QTimer.singleShot(500, lambda: self._watch_periodic_backup(backup))
        elif backup.problem:
            self.show_backup_problem(backup.problem)
        else:
            self.backup_warning.hide()

    def _watch_open_backup(self, services: Services) -> None:
        """The backup on open is copied in a thread: say so when it could not be taken."""
        if services.db.backup_problem:
            self.show_backup_problem(services.db.backup_problem)
        elif services.db.backup_running:
            QTimer.singleShot(500, lambda: self._watch_open_backup(services))

    def show_backup_problem(self, detail: str) -> None:
        # The core's line (coded) in the user's words; cut short, it still fits the bar.
        shown = said_text(detail)
        self.backup_warning.setText(self.tr("⚠ Backups have stopped: {0}").format(shown[:300]))
        self.backup_warning.show()

    def _add_console_menu(self) -> None:
        """The console's actions, with their keys, in a menu of their own (before Help)."""
        actions = getattr(self.session_views[0], "console_actions", None)
        if actions is None:
            return
        # A console action chosen from the menu acts on the console: show it first.
        menu = actions.build_menu(self, lambda: self.tabs.setCurrentIndex(0))
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        self.console_menu = menu

    def _console_keys(self) -> None:
        """Help > Console keys: the console's key list, beside the window."""
        self.tabs.setCurrentIndex(0)
        show = getattr(self.session_views[0], "show_key_list", None)
        if callable(show):
            show()

    def show_console(self) -> None:
        """Bring the live console of the chosen session to the front."""
        self.tabs.setCurrentIndex(0)
        console = self.session_views[0]
        focus = getattr(console, "focus_entry", None)
        if callable(focus):
            focus()

    def first_working_session(self) -> int | None:
        """The first session with statements in the first meeting (the demo opens there)."""
        try:
            for meeting in self._services.meetings.all():
                for session in self._services.sessions.of_meeting(meeting.id):
                    if self._services.tally.for_session(session.id).statements:
                        return session.id
        except RapporteurError:
            return None
        return None

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rapporteur"),
            self.tr(
                "Rapporteur {0}: log the statements of a meeting and write its rapport."
            ).format(__version__),
        )

    def current_meeting_id(self) -> int | None:
        item = self.meetings.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None and self.meetings.topLevelItemCount() == 1:
            item = self.meetings.topLevelItem(0)
        meeting_id = item.data(0, MEETING_ROLE) if item is not None else None
        return meeting_id if isinstance(meeting_id, int) else None

    def _export_meeting(self) -> None:
        from rapporteur_app.ui.rapport.meeting_export_dialog import MeetingExportDialog

        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            QMessageBox.information(
                self, self.tr("Rapporteur"), self.tr("Choose a meeting on the left first.")
            )
            return
        MeetingExportDialog(self._services, meeting_id, parent=self).exec()

    def _document_settings(self) -> None:
        from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog

        meeting_id = self._chosen_meeting()
        if meeting_id is not None:
            DocumentSettingsDialog(self._services, meeting_id, self.session_id, self).exec()

    def _chosen_meeting(self) -> int | None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            QMessageBox.information(
                self, self.tr("Rapporteur"), self.tr("Choose a meeting on the left first.")
            )
        return meeting_id

    def _new_meeting(self) -> None:
        from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor

        meeting = self._services.meetings.add(self.tr("New meeting"))
        editor = AgendaEditor(self._services, meeting.id, self)
        # A new meeting is named first: the cursor on its title, the placeholder chosen.
        title = editor.meeting_form.title
        QTimer.singleShot(0, title.setFocus)
        QTimer.singleShot(0, title.selectAll)
        editor.exec()
        self.refresh()

    def _edit_agenda(self) -> None:
        from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor

        meeting_id = self._chosen_meeting()
        if meeting_id is not None:
            AgendaEditor(self._services, meeting_id, self).exec()
            self.refresh()

    def _import_registration(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from rapporteur_app.ui.agenda.registration_dialog import FILE_FILTER, RegistrationDialog

        meeting_id = self._chosen_meeting()
        if meeting_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Registration list"),
            "",
            QCoreApplication.translate("RegistrationDialog", FILE_FILTER),
        )
        if path:
            RegistrationDialog(self._services, meeting_id, path, self).exec()

    def _participants(self) -> None:
        meeting_id = self._chosen_meeting()
        if meeting_id is not None:
            self.show_participants(meeting_id)

    def show_participants(
        self, meeting_id: int, *, person_id: int | None = None, organizations: bool = False
    ) -> None:
        """The meeting's participants and organizations (a person or the organizations
        tab chosen, for a search result), then the meetings list read again."""
        from rapporteur_app.ui.participants.participants_view import ParticipantsView

        view = ParticipantsView(self._services, meeting_id, self)
        if person_id is not None:
            view.people.select_person(person_id)
        if organizations:
            view.tabs.setCurrentWidget(view.organizations)
        view.exec()
        self.refresh()

    def open_search(self) -> None:
        """File > Search all meetings (Ctrl+Shift+F): one search window, kept."""
        from rapporteur_app.ui.search_navigation import go_to_hit
        from rapporteur_app.ui.search_window import SearchWindow

        if getattr(self, "_services", None) is None:
            return
        window = getattr(self, "search_window", None)
        if window is None:
            window = SearchWindow(self._services, self)
            window.open_hit.connect(lambda hit: go_to_hit(self, hit))
            self.search_window = window
        else:
            window.refresh_choices()
        window.show()
        window.raise_()
        window.activateWindow()
        window.focus_field()

    def select_meeting(self, meeting_id: int) -> None:
        for item in top_items(self.meetings):
            if item.data(0, MEETING_ROLE) == meeting_id:
                self.meetings.setCurrentItem(item)
                return

    def refresh(self) -> None:
        """Reload meetings and sessions (another window may have changed them)."""
        keep = self.session_id
        keep_meeting = self.current_meeting_id()
        self.meetings.clear()
        try:
            for meeting in self._services.meetings.all():
                item = self._meeting_item(meeting)
                for session in self._services.sessions.of_meeting(meeting.id):
                    item.addChild(self._session_item(session, meeting.id))
                item.setExpanded(True)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
        if keep is not None and self._has_session_item(keep):
            self.open_session(keep)
        elif keep_meeting is not None:
            # The chosen meeting stays chosen (its session may have been deleted meanwhile).
            if keep is not None:
                self.session_id = None
                self._enable_session_actions()
                self.heading.setText(self.tr("Choose a session on the left."))
            for meeting_item in top_items(self.meetings):
                if meeting_item.data(0, MEETING_ROLE) == keep_meeting:
                    self.meetings.setCurrentItem(meeting_item)
        elif keep is not None:
            self.open_session(keep)

    def _meeting_item(self, meeting: Meeting) -> QTreeWidgetItem:
        item = QTreeWidgetItem([meeting.title])
        item.setData(0, MEETING_ROLE, meeting.id)
        # Every row holds both roles (0: none), so Qt never hands back a None.
        item.setData(0, SESSION_ROLE, 0)
        item.setToolTip(0, f"{meeting.title}\n{meeting.venue} {meeting.dates_text}")
        self.meetings.addTopLevelItem(item)
        return item

    @staticmethod
    def _session_item(session: Session, meeting_id: int) -> QTreeWidgetItem:
        child = QTreeWidgetItem([session.heading])
        child.setData(0, SESSION_ROLE, session.id)
        child.setData(0, MEETING_ROLE, meeting_id)
        return child

    def _reopen_last_session(self) -> None:
        """Open the session the rapporteur was on last time in this database (if it is
        still there): the program starts where they left it."""
        if self.session_id is not None:
            return
        if settings.text(settings.LAST_DATABASE) != self._services.db.describe():
            return
        last = settings.number(settings.LAST_SESSION)
        if last is not None and self._has_session_item(last):
            self.open_session(last)

    def _has_session_item(self, session_id: int) -> bool:
        return any(
            child.data(0, SESSION_ROLE) == session_id
            for meeting in top_items(self.meetings)
            for child in children(meeting)
        )

    def open_session(self, session_id: int) -> None:
        """Select a session and show its statements and tally."""
        for meeting in top_items(self.meetings):
            for child in children(meeting):
                if child.data(0, SESSION_ROLE) == session_id:
                    self.meetings.setCurrentItem(child)
                    return
        self._show_session(session_id)

    def _on_current_item(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        session_id = item.data(0, SESSION_ROLE) if item is not None else 0
        if isinstance(session_id, int) and session_id > 0:
            self._show_session(session_id)
        elif item is not None and item.childCount() == 0:
            # An event without sessions (a country visit, a workshop): nothing to choose.
            self.heading.setText(
                self.tr(
                    "{title} has no sessions: a visit or a workshop needs none;"
                    " a meeting gets them in the agenda editor (Ctrl+G)."
                )
                .format(title=item.text(0))
            )  # fmt: skip

    def show_year(self) -> None:
        """The year view; a meeting chosen there is shown here."""
        from rapporteur_app.ui.year.year_view import YearView

        view = YearView(self._services, self, self.changes)
        view.open_meeting.connect(self.show_meeting)
        view.exec()
        view.deleteLater()  # it listens to the change hub: gone with its window
        self.refresh()

    def show_meeting(self, meeting_id: int) -> None:
        """Choose the meeting in the list, and its first session if it has one."""
        self.refresh()
        for meeting in top_items(self.meetings):
            if meeting.data(0, MEETING_ROLE) == meeting_id:
                sessions = children(meeting)
                self.meetings.setCurrentItem(sessions[0] if sessions else meeting)
                return

    def _show_session(self, session_id: int) -> None:
        try:
            session = self._services.sessions.get(session_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        self.session_id = session_id
        if not self._demo:
            settings.put(settings.LAST_DATABASE, self._services.db.describe())
            settings.put(settings.LAST_SESSION, session_id)
        self._enable_session_actions()
        self.heading.setText(self._heading(session_id, session.heading))
        for view in self.session_views:
            view.show_session(session_id)  # type: ignore[attr-defined]
