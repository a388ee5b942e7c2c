"""The main window: meetings and their sessions on the left, the chosen session's tabs on the right.

Each session tab is a widget with ``show_session(session_id)``; the list of tabs
is in :mod:`rapporteur_app.ui.session_tabs`, so a new view is one line there.

The window's menus are built in :mod:`rapporteur_app.ui.main_menus`, its backups
taken and watched by :mod:`rapporteur_app.ui.window_backups`, and what it shows
before the database is open in :mod:`rapporteur_app.ui.early_console`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# QMessageBox is imported in the functions that show a message: making its class
# costs the window's first paint 2.5 ms (docs/architecture.md, "Qt").
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app import __version__
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.model import Meeting
from rapporteur_app.ui import settings
from rapporteur_app.ui.early_console import EarlyConsole
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.main_menus import build_menus, console_menu, menu_titles, session_actions
from rapporteur_app.ui.meeting_dialogs import MeetingDialogs
from rapporteur_app.ui.qt_values import USER_ROLE
from rapporteur_app.ui.session_tabs import go_round_the_tabs
from rapporteur_app.ui.tree_items import children, top_items
from rapporteur_app.ui.window_backups import WindowBackups

if TYPE_CHECKING:
    # Only for the type: the window shows before the store (SQLAlchemy) is imported.
    from PySide6.QtGui import QAction

    from rapporteur_app.domain.first_fill import FirstFill
    from rapporteur_app.services.app_services import Services

SESSION_ROLE = USER_ROLE + 1
MEETING_ROLE = USER_ROLE + 2


class MainWindow(QMainWindow):
    """The main window. It can be shown before the database is open (``services``
    None): the program then shows itself at once and :meth:`attach` fills it in
    when the data is there."""

    def __init__(self, services: Services | None = None, demo: bool = False) -> None:
        super().__init__()
        self.session_id: int | None = None
        self._demo = demo
        # The console shown from the first fill, before the services (see show_first_fill).
        self.early = EarlyConsole(self)
        self.backups = WindowBackups(self)
        self.dialogs = MeetingDialogs(self)
        self.setWindowTitle(self.tr("Rapporteur"))
        self.resize(1100, 700)

        self.meetings = QTreeWidget(self)
        self.meetings.setObjectName("meetings")
        self.meetings.setAccessibleName(self.tr("Meetings and sessions"))
        self.meetings.setHeaderLabels([self.tr("Meetings and sessions")])
        # One line each: the tree lays out a long list of sessions without asking every
        # item its height (a year's meetings are hundreds of rows at the first paint).
        self.meetings.setUniformRowHeights(True)
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
        go_round_the_tabs(self, self.tabs)
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

        # parent= by name: a widget given by position makes PySide weigh the overload
        # taking a Qt.Orientation first, which builds the Qt namespace (ui/qt_namespace.py).
        splitter = QSplitter(parent=self)
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
        self._add_menus()
        if services is None:
            self.heading.setText(self.tr("Opening the database…"))
            self._menus_work(False)
        else:
            self.attach(services)

    def _add_menus(self) -> None:
        # Menus other views extend: File, Meeting, Session, Help (in this order); their
        # entries come with fill_menus, just after the first paint.
        self._titles = menu_titles(self)
        self.file_menu, self.meeting_menu, self.session_menu, self.help_menu = self._titles
        self._backups_action: QAction | None = None
        self._window_wide: tuple[QAction, ...] = ()

    def fill_menus(self) -> None:
        """The menus' entries and the window's own keys: just after the first paint
        (EarlyConsole.after_first_paint) or when the database is open, whichever comes
        first; once."""
        if self._backups_action is not None:
            return
        menus = build_menus(self, self._titles)
        self._backups_action = menus.backups
        self._window_wide = menus.window_wide
        self._menus_work(self.menuBar().isEnabled())

    def _menus_work(self, enabled: bool) -> None:
        """The menus and the window's own keys (the year view's, the search's, which
        act wherever the focus is) work once the database is open, not before."""
        self.menuBar().setEnabled(enabled)
        for action in self._window_wide:
            action.setEnabled(enabled)

    @property
    def services(self) -> Services:
        """The services, once :meth:`attach` was given them."""
        return self._services

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
        self.early.show_first_fill(fill)

    def forget_first_fill(self) -> None:
        """The full open refused the file the first fill was read from: nothing read
        from it stays on the screen, and whatever was typed meanwhile is shown, to be
        copied (it could not be saved)."""
        self.early.forget()

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
        early = self.early.console
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
        menu = console_menu(self)
        if menu is not None:
            self.console_menu = menu
        self._session_actions = session_actions(self)
        self.session_chosen_or_not()
        self.fill_menus()
        assert self._backups_action is not None
        self._backups_action.setEnabled(services.db.path is not None)
        self.backups.watch_open_backup(services)
        self._menus_work(True)
        self.heading.setText(self.tr("Choose a session on the left."))
        from rapporteur_app.ui.accessible import name_controls  # after the first paint

        name_controls(self)
        self.refresh()
        if not self._demo:
            self._reopen_last_session()
        # The session is read again through the services: now what was typed.
        self.early.opened()
        self.backups.start_periodic()
        self._watch_kept_writes(services)

    def _watch_kept_writes(self, services: Services) -> None:
        """On a server: say in one line when typed work waits on this computer for it."""
        if services.db.path is None:
            from rapporteur_app.ui.kept_line import KeptWritesLine

            self.kept_line = KeptWritesLine(self, services, self.changes)

    def _export_handoff(self) -> None:
        if self.session_id is not None:
            self.handoff.export_session(self.session_id)

    def _import_handoff(self) -> None:
        meeting_id = self.dialogs.chosen_meeting()
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

    def session_chosen_or_not(self) -> None:
        """The Session menu's entries and the tabs follow whether a session is chosen."""
        chosen = self.session_id is not None
        for action in getattr(self, "_session_actions", []):
            action.setEnabled(chosen)
        # No session chosen: the tabs take no key (Enter, F5 would go nowhere) and
        # the heading says to choose one.
        self.tabs.setEnabled(chosen)

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
        if self.early.keeps_the_window():
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

    def show_backup_problem(self, detail: str) -> None:
        self.backups.show_problem(detail)

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
        from PySide6.QtWidgets import QMessageBox

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

    def _new_meeting(self) -> None:
        self.dialogs.new_meeting()

    def show_participants(
        self, meeting_id: int, *, person_id: int | None = None, organizations: bool = False
    ) -> None:
        """The meeting's participants and organizations (a person or the organizations
        tab chosen, for a search result), then the meetings list read again."""
        self.dialogs.show_participants(meeting_id, person_id=person_id, organizations=organizations)

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
                item = self.meeting_item(meeting)
                item.addChildren(
                    [
                        self.session_item(session.id, session.heading, meeting.id)
                        for session in self._services.sessions.of_meeting(meeting.id)
                    ]
                )
                item.setExpanded(True)
        except RapporteurError as error:
            self._warn(error)
        if keep is not None and self._has_session_item(keep):
            self.open_session(keep)
        elif keep_meeting is not None:
            # The chosen meeting stays chosen (its session may have been deleted meanwhile).
            if keep is not None:
                self.session_id = None
                self.session_chosen_or_not()
                self.heading.setText(self.tr("Choose a session on the left."))
            for meeting_item in top_items(self.meetings):
                if meeting_item.data(0, MEETING_ROLE) == keep_meeting:
                    self.meetings.setCurrentItem(meeting_item)
        elif keep is not None:
            self.open_session(keep)

    def meeting_item(self, meeting: Meeting) -> QTreeWidgetItem:
        item = QTreeWidgetItem([meeting.title])
        item.setData(0, MEETING_ROLE, meeting.id)
        # Every row holds both roles (0: none), so Qt never hands back a None.
        item.setData(0, SESSION_ROLE, 0)
        item.setToolTip(0, f"{meeting.title}\n{meeting.venue} {meeting.dates_text}")
        self.meetings.addTopLevelItem(item)
        return item

    @staticmethod
    def session_item(session_id: int, heading: str, meeting_id: int) -> QTreeWidgetItem:
        child = QTreeWidgetItem([heading])
        child.setData(0, SESSION_ROLE, session_id)
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

    def _warn(self, error: RapporteurError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))

    def _show_session(self, session_id: int) -> None:
        try:
            session = self._services.sessions.get(session_id)
        except RapporteurError as error:
            self._warn(error)
            return
        self.session_id = session_id
        if not self._demo:
            settings.put(settings.LAST_DATABASE, self._services.db.describe())
            settings.put(settings.LAST_SESSION, session_id)
        self.session_chosen_or_not()
        self.heading.setText(self._heading(session_id, session.heading))
        for view in self.session_views:
            view.show_session(session_id)  # type: ignore[attr-defined]
