"""The live console of one session: the keyboard-first screen used in the room.

Public entry point (the benchmarks and the main window use it):
``ConsoleView(services)`` then ``show_session(session_id)``; ``ready`` is
emitted once the session is shown and the console accepts input. The keys are
in :mod:`rapporteur_app.ui.console.actions` (Help > Console keys lists them).

Every change goes through an undoable command (:mod:`.commands`), done once
before it is pushed; the screen then shows just what changed, and reads the
whole session again only after an undo, a redo or a deletion.

The console can be shown before the database is open (``ConsoleView(None)``,
then :meth:`show_first_fill` with what the sqlite3 module read alone, then
:meth:`take_services`): what is typed meanwhile is never lost. Text goes into
the quick entry and the notes as always; an action (Enter in the quick entry, F5,
a one-key count …) is kept, in order, shown above the console, and done as soon
as the services are there; the notes are saved then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeyEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QMessageBox, QWidget

from rapporteur_app.domain.errors import DatabaseLocked, RapporteurError
from rapporteur_app.domain.kinds import CATEGORY_ORDER, KNOWN_ADDRESSEES, Category, StatementKind
from rapporteur_app.domain.model import QueueEntry, Session, Statement
from rapporteur_app.domain.tally import Tally
from rapporteur_app.ui.change_hub import ChangeHub, Follower
from rapporteur_app.ui.console import layout
from rapporteur_app.ui.console.actions import ConsoleActions
from rapporteur_app.ui.console.commands import (
    AddRecommendation,
    ConsoleCommand,
    CountOnly,
    DeleteStatement,
    EditStatement,
    EndFloor,
    GiveFloor,
    MarkPerson,
    PanelFloor,
    QueueAdd,
    QueueEdit,
    QueueMove,
    QueueRemove,
    SetLimits,
)
from rapporteur_app.ui.console.floor_panel import FloorPanel
from rapporteur_app.ui.console.key_home import KeyHome
from rapporteur_app.ui.console.key_list import KeyListWindow
from rapporteur_app.ui.console.lock_wait import WAIT_PER_TRY_S, HeldActions
from rapporteur_app.ui.console.log_model import NOTES, LogModel
from rapporteur_app.ui.console.log_view import LogView
from rapporteur_app.ui.console.notes_editor import NotesEditor
from rapporteur_app.ui.console.projector_window import ProjectorWindow
from rapporteur_app.ui.console.queue_view import QueueView
from rapporteur_app.ui.console.quick_entry import QuickEntry, Request
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.heap import give_back, set_aside
from rapporteur_app.ui.labels import addressee_label, category_label
from rapporteur_app.ui.tally_view import TallyView

if TYPE_CHECKING:
    # Only for the type: the console can show before the store (SQLAlchemy) is imported.
    from rapporteur_app.domain.first_fill import FirstFill
    from rapporteur_app.services.app_services import Services

TICK_MS = 250
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)

# Statements read at once when a session opens; a bigger log comes page by page.
LOG_PAGE = 2000


class ConsoleView(QWidget):
    """Public entry point: ``ConsoleView(services)`` then ``show_session(id)``;
    ``ready`` is emitted when the session is shown and accepts input."""

    ready = Signal()

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self._services = services
        # What was asked for before the services were there, in order (see the module).
        self._until_open: list[tuple[str, Callable[[], object]]] = []
        if services is not None:
            # The log's checkpoints at idle moments, not inside a key's commit.
            services.db.checkpoint_when_idle()
        self.session_id = 0
        self.session: Session | None = None
        self._log_cursor: tuple[int, int] | None = None  # where the next page of the log starts
        self._settle_when_complete = False  # a session just shown: see _settle_if_complete
        self._fill_round = 0
        self.on_floor: Statement | None = None
        self.projector: ProjectorWindow | None = None
        self.undo_stack = QUndoStack(self)
        self._awaiting_addressee: str | None = None
        self._answer_ids: list[int] = []
        # The statement whose notes the rapporteur opened on purpose (Enter in the log)
        # while another one is on the floor; None: the notes follow the floor.
        self._opened: int | None = None
        # The panel's speakers while the console asks which one gets the floor.
        self._awaiting_panel: tuple[str, ...] = ()
        # Floor keys taken but not done yet (the database opening, or held), in order,
        # with the notes typed for each speaker when a later one was pressed.
        self._floor_waits: list[_FloorWait] = []
        self.console_actions = ConsoleActions(
            self,
            self.undo_stack,
            {
                "focus_entry": self.focus_entry,
                "queue": lambda: self.quick_entry.submit(),  # noqa: PLW0108 - built after the table
                "reply": self.toggle_reply,
                # Kept by execute() when the services are not there yet: the statement
                # is timed at the key, and the notes typed meanwhile are its speaker's.
                "give_floor": self.give_floor,
                "end_floor": self._once_open(self.tr("end the floor"), self.end_floor),
                "panel_floor": self._once_open(
                    self.tr("the floor to the panel"), self.start_panel_floor
                ),
                "back_to_floor": self.back_to_floor,
                "recommend": self.start_recommendation,
                "not_named": self._once_open(self.tr("not to be named"), self.toggle_not_named),
                "delete_statement": self._once_open(
                    self.tr("delete the statement"), self.delete_statement
                ),
                "projector": self.toggle_projector,
                "key_list": self.show_key_list,
            },
            {
                "category": lambda n: self.set_category(CATEGORY_ORDER[n - 1]),
                "count": lambda n: self.count_only(CATEGORY_ORDER[n - 1]),
            },
            [category_label(c) for c in CATEGORY_ORDER],
            after=lambda: self.keys_home.after_key(),  # noqa: PLW0108 - built after the table
        )
        # The widgets are the console's own, declared here with their types.
        ui = layout.build(self, services, self.console_actions, self.edit_statement)
        ui.quick_entry.when_open = self._keep_until_open
        self.quick_entry: QuickEntry = ui.quick_entry
        self.reply: QCheckBox = ui.reply
        self.answered: QComboBox = ui.answered
        self.prompt: QLabel = ui.prompt
        self.focus_mark: QLabel = ui.focus_mark
        self.floor: FloorPanel = ui.floor
        self.queue: QueueView = ui.queue
        self.log_model: LogModel = ui.log_model
        self.log: LogView = ui.log
        self.notes: NotesEditor = ui.notes
        self.notes_title: QLabel = ui.notes_title
        self.tally: TallyView = ui.tally
        self.held: HeldActions[ConsoleCommand] = HeldActions(
            ui.wait_mark, self._apply, self._show_prompt
        )
        self.key_list: KeyListWindow | None = None
        self._tally = Tally()
        self._hub: ChangeHub | None = None
        self._connect()
        self._tab_chain: list[QWidget] = [self.quick_entry, self.queue.list, self.log, self.notes]
        self.keys_home = KeyHome(
            self, self._tab_chain, self.typing_place, self.speaking, self.console_actions.all
        )
        # The limits are changed by a click (or Ctrl+L, Tab … never): a stray digit on
        # the way to the notes must not change them.
        for edit in (self.floor.statement_limit, self.floor.reply_limit):
            edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focus_mark)
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    @property
    def services(self) -> Services:
        services = self._services
        # Every path that needs them waits for take_services (see _once_open).
        assert services is not None, "the console's services are not there yet"
        return services

    @property
    def has_services(self) -> bool:
        return self._services is not None

    def take_services(self, services: Services) -> None:
        """The database is open (after :meth:`show_first_fill`): the console works on
        it from now on. The caller then shows the session (read again through the
        services) and calls :meth:`do_what_waited`."""
        self._services = services
        services.db.checkpoint_when_idle()
        self.quick_entry.take_services(services)
        self.notes.take_services(services)

    def do_what_waited(self) -> None:
        """What was typed before the services were there, done now, in order."""
        waiting, self._until_open = self._until_open, []
        self.held.opened()
        for _what, action in waiting:
            action()

    def not_done(self) -> list[str]:
        """Before the services: what waits for them (actions, then notes typed)."""
        if self._services is not None:
            return []
        self.notes.save_now()
        lines = [self.tr("Not done: {0}").format(what) for what, _ in self._until_open]
        lines += [self.tr("Notes: {0}").format(text) for text in self.notes.unsaved().values()]
        typed = [wait.text for wait in self._floor_waits] + [self.notes.waiting_text()]
        lines += [self.tr("Notes: {0}").format(text) for text in typed if text]
        return lines

    def _keep_until_open(self, what: str, action: Callable[[], object]) -> None:
        self._until_open.append((what, action))
        self.held.show_opening([text for text, _ in self._until_open])

    def _once_open(self, what: str, action: Callable[[], None]) -> Callable[[], None]:
        """``action`` now, or kept until the services are there (in order)."""

        def run() -> None:
            if self._services is None:
                self._keep_until_open(what, action)
            else:
                action()

        return run

    def show_first_fill(self, fill: FirstFill) -> None:
        """The session as the sqlite3 module read it alone, before the services: the
        first page of its log, its queue, its tally as the store keeps it."""
        session = fill.session
        if session is None:
            return
        self.session = session
        self.session_id = session.id
        self.quick_entry.meeting_id = session.meeting_id
        self.log_model.set_statements(list(fill.statements))
        # The rest of the log comes in pages once the services are there.
        self._log_cursor = fill.cursor
        self.queue.set_entries(list(fill.queue), {s.id: s.number for s in fill.statements})
        self.on_floor = fill.on_floor
        self._show_floor_and_tally(fill.tally)
        if self.on_floor is not None:
            self._select_statement(self.on_floor.id)
        self._bind_notes()

    def follow_changes(self, hub: ChangeHub) -> None:
        """Listen to the session's one change signal, and speak on it: whatever the
        console changes (an action, its undo or redo, notes saved) the other views
        hear at once; what others change (another tab, another program) the console
        reads again."""
        self._hub = hub
        self._follower = Follower(self, hub, lambda: self.session_id, self.data_changed)
        self.undo_stack.indexChanged.connect(lambda _index: self._tell_others())

    def _tell_others(self) -> None:
        if self._hub is not None and self.session_id:
            self._hub.notify(self.session_id, self)

    def _connect(self) -> None:
        self.quick_entry.submitted.connect(self._queue_request)
        self.quick_entry.prompting.connect(self._show_prompt)
        self.quick_entry.asking.connect(self._show_prompt)
        self.quick_entry.described.connect(self._describe_person)
        self.prompt.linkActivated.connect(self._prompt_choice)
        self.reply.toggled.connect(self._reply_toggled)
        queue = self.queue.list
        queue.move_requested.connect(lambda e, to: self.execute(QueueMove(self, e, to)))
        queue.remove_requested.connect(lambda e: self.execute(QueueRemove(self, e)))
        queue.edit_requested.connect(self.quick_entry.begin_correction)
        queue.not_named_requested.connect(
            lambda e: self.execute(QueueEdit(self, e, anonymous=not e.anonymous))
        )
        self.floor.limits_edited.connect(self._limits_edited)
        self.log.selectionModel().currentRowChanged.connect(lambda *_: self._bind_notes())
        self.log.activated.connect(self._open_notes_of)
        self.log.delete_action.triggered.connect(self.delete_statement)
        actions = self.console_actions
        # Not being named is the person's for the meeting (Ctrl+Shift+N); one statement
        # can still differ.
        self.not_named_here = QAction(self.tr("Not to be named in this statement only"), self)
        self.not_named_here.triggered.connect(self.toggle_not_named_here)
        self.log.context_actions = [
            actions.reply, actions.not_named, self.not_named_here, None, *actions.categories, None,
        ]  # fmt: skip
        self.log_model.refused.connect(self._show_prompt)
        self.notes.saved.connect(self._notes_saved)
        self.notes.held.connect(self.held.notes_held)
        self.notes.installEventFilter(self)
        self.quick_entry.installEventFilter(self)

    # -- loading ---------------------------------------------------------------

    def show_session(self, session_id: int) -> None:
        self.notes.save_now()
        if session_id != self.session_id and self.held.waiting:
            # Actions kept for a held database belong to the session they were typed
            # in: they are done (waiting as any command does) before the console
            # leaves it, never afterwards in the session chosen next.
            not_done = self.held.finish(self._apply_patiently)
            if not_done:
                self._show_prompt(self.tr("Not done: {0}").format("; ".join(not_done)))
        try:
            self.session = self.services.sessions.get(session_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        if session_id != self.session_id:
            self.undo_stack.clear()
            self.quick_entry.cancel_correction()
            give_back()  # what the session shown before set aside (ui/heap.py)
        self.session_id = session_id
        self.quick_entry.meeting_id = self.session.meeting_id
        self._settle_when_complete = True
        self.data_changed()
        self._settle_if_complete()
        self.ready.emit()

    def _settle_if_complete(self) -> None:
        """Once the session shown is all in memory, what is alive is set aside from the
        garbage collector's full passes (ui/heap.py; instant)."""
        if self._settle_when_complete and self._log_cursor is None:
            self._settle_when_complete = False
            set_aside()

    def data_changed(self) -> None:
        """Read the session again after a change (ours, or undone, or redone).

        The log comes in pages of LOG_PAGE: the first now, the rest between events,
        so a session of 100,000 statements opens without freezing the window (keys
        work meanwhile; what they log is read with the page it falls in).
        """
        if not self.session_id:
            return
        try:
            self.session = self.services.sessions.get(self.session_id)
            statements, cursor = self.services.statements.page_of_session(
                self.session_id, limit=LOG_PAGE
            )
            queue = self.services.queue.of_session(self.session_id)
            on_floor = self.services.floor.on_floor(self.session_id) if cursor else None
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        chosen = self._chosen_statement()
        self.services.directory.forget(self.session.meeting_id)
        self.log_model.set_statements(statements)
        self._log_cursor = cursor
        self._fill_round += 1
        if cursor is not None:
            QTimer.singleShot(0, partial(self._next_page, self._fill_round))
        self.queue.set_entries(queue, {s.id: s.number for s in statements})
        if self.reply.isChecked():
            self._fill_answered()
        if cursor is None:
            self._show_floor_and_tally()
        else:  # part of the log is still to come: the store knows the rest
            self.on_floor = on_floor
            self._show_floor_and_tally(self._kept_tally())
        keep = chosen.id if chosen is not None else None
        if keep is not None and self.log_model.row_of(keep) is not None:
            self._select_statement(keep)
        elif self.on_floor is not None:
            self._select_statement(self.on_floor.id)
        self._bind_notes()

    def _next_page(self, fill_round: int) -> None:
        cursor = self._log_cursor
        if fill_round != self._fill_round or cursor is None or not self.session_id:
            return  # read again meanwhile, or another session shown
        try:
            page, cursor = self.services.statements.page_of_session(
                self.session_id, cursor, LOG_PAGE, len(self.log_model.statements) + 1
            )
        except RapporteurError as error:
            self._log_cursor = None
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        chosen = self._chosen_statement()
        self.log_model.extend(page)
        self._log_cursor = cursor
        if cursor is not None:
            QTimer.singleShot(0, partial(self._next_page, fill_round))
            return
        # The whole log is there: what waited for it.
        self._settle_if_complete()
        queue = self.queue.entries
        self.queue.set_entries(queue, self._numbers_answered(queue))
        if self.reply.isChecked():
            self._fill_answered()
        if chosen is None and self.on_floor is not None:
            self._select_statement(self.on_floor.id)
            self._bind_notes()

    @property
    def log_complete(self) -> bool:
        """Whether the whole log is read (a big session's comes in pages)."""
        return self._log_cursor is None

    def show_changes(
        self,
        changed: list[Statement],
        queue_changed: bool,
        tally: Tally | None = None,
        queue: list[QueueEntry] | None = None,
        counts_changed: bool = True,
    ) -> None:
        """Show statements just logged or changed without reading the whole log again:
        the cost of a key is the same in the 10th and the 100,000th statement. The
        command that changed them may bring the session's tally and queue from its own
        unit of work (``tally``, ``queue``): then nothing more is read; nor is the
        tally when the change cannot alter it (``counts_changed``)."""
        for statement in changed:
            row = self.log_model.row_of(statement.id)
            if row is not None:
                self.log_model.replace(row, statement)
            elif self._log_cursor is None:  # else its page will bring it
                self.log_model.append(statement)
        if queue_changed:
            if queue is None:
                try:
                    queue = self.services.queue.of_session(self.session_id)
                except RapporteurError as error:
                    QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
                    return
            # A new organization or speaker may have come with it: complete it next time.
            if self.session is not None:
                self.services.directory.forget(self.session.meeting_id)
            self.queue.set_entries(queue, self._numbers_answered(queue))
        if not changed:  # the queue alone: the floor and the counts are as shown
            self._show_on_projector()
            return
        self._follow_floor(changed)
        if tally is None:
            tally = self._kept_tally() if counts_changed else self._tally
        self._show_floor_and_tally(tally)
        # The notes follow the row chosen (currentRowChanged); bound here only when the
        # row stays the one chosen (its statement changed under it).
        row = self.log.currentIndex().row()
        self._select_statement(changed[-1].id)
        if self.log.currentIndex().row() == row:
            self._bind_notes()

    def _numbers_answered(self, queue: list[QueueEntry]) -> dict[int, int]:
        """The numbers of the statements queued replies answer (not the whole log's)."""
        numbers: dict[int, int] = {}
        for entry in queue:
            if entry.replying_to_id is not None:
                number = self.log_model.number_of(entry.replying_to_id)
                if number is not None:
                    numbers[entry.replying_to_id] = number
        return numbers

    def _follow_floor(self, changed: list[Statement]) -> None:
        """Who has the floor after these changes, from them alone (no pass over the log)."""
        for statement in changed:
            if statement.on_the_floor:
                self.on_floor = statement
            elif self.on_floor is not None and statement.id == self.on_floor.id:
                self.on_floor = None

    def _kept_tally(self) -> Tally | None:
        """The session's tally as the store keeps it (one row read)."""
        try:
            return self.services.tally.for_session(self.session_id)
        except RapporteurError:
            return None

    def _show_floor_and_tally(self, tally: Tally | None = None) -> None:
        if tally is None:  # after a full read: the log in memory is the session
            statements = self.log_model.statements
            tally = Tally.of((s.kind, s.category) for s in statements)
            self.on_floor = next((s for s in reversed(statements) if s.on_the_floor), None)
        self._tally = tally  # the projector shows the same counts
        self.tally.show_tally(tally)
        self.floor.show_floor(self.on_floor, self.session)
        self._show_on_projector()

    def history_broken(self, message: str) -> None:
        self._show_prompt(message + " " + self.tr("The undo history was cleared."))
        # Not from inside the stack's own undo(): clear it once that has returned.
        QTimer.singleShot(0, self.undo_stack.clear)

    def replay_held(self, what: str, holder: str) -> None:
        """An undo or redo met a database another program holds: nothing was done;
        the stack is put back once its own undo() has returned."""
        if what == "undo":
            QTimer.singleShot(0, self.undo_stack.redo)
            text = self.tr(
                "Not undone: the database is held by {0}. Press Ctrl+Z again when it is free."
            )
        else:
            QTimer.singleShot(0, self.undo_stack.undo)
            text = self.tr(
                "Not redone: the database is held by {0}. Press the key again when it is free."
            )
        self._show_prompt(text.format(holder))

    # -- the right of reply ------------------------------------------------------

    def answered_id(self) -> int | None:
        """The statement a right of reply would answer (ids kept beside the combo)."""
        index = self.answered.currentIndex()
        return self._answer_ids[index] if 0 <= index < len(self._answer_ids) else None

    def _reply_toggled(self, on: bool) -> None:
        self.answered.setEnabled(on)
        if on:
            self._fill_answered()
        else:
            self.answered.clear()
            self._answer_ids = []

    def _fill_answered(self) -> None:
        """The statements a reply may answer, latest first; the chosen one selected."""
        chosen = self._chosen_statement()
        current = self.answered_id() or (chosen.id if chosen else None)
        # Any statement, a reply included: replies answer replies.
        answerable = list(reversed(self.log_model.statements))
        self._answer_ids = [s.id for s in answerable]
        self.answered.clear()
        # One addItems call: fast, and it never hands Qt a None item data.
        self.answered.addItems([self._answerable_text(s) for s in answerable])
        index = self._answer_ids.index(current) if current in self._answer_ids else 0
        self.answered.setCurrentIndex(index)

    def _answerable_text(self, statement: Statement) -> str:
        text = f"{statement.number}. {statement.on_behalf_of or statement.speaker}"
        if not (statement.on_behalf_of or statement.speaker):
            text += category_label(statement.category)
        if statement.is_right_of_reply:
            answered = self.log_model.number_of(statement.replying_to_id or -1)
            text += " " + (
                self.tr("(reply to {0})").format(answered) if answered else self.tr("(reply)")
            )
        return text

    def toggle_reply(self) -> None:
        """Ctrl+Shift+R: the next speaker queued answers the chosen statement."""
        chosen = self._chosen_statement()
        turning_on = not self.reply.isChecked()
        self.reply.setChecked(turning_on)
        if turning_on and chosen is not None and chosen.id in self._answer_ids:
            self.answered.setCurrentIndex(self._answer_ids.index(chosen.id))
        self.focus_entry()

    # -- the log and the notes ---------------------------------------------------

    def _chosen_statement(self) -> Statement | None:
        row = self.log.currentIndex().row()
        statements = self.log_model.statements
        return statements[row] if 0 <= row < len(statements) else None

    def _select_statement(self, statement_id: int) -> None:
        row = self.log_model.row_of(statement_id)
        if row is not None:
            self.log.setCurrentIndex(self.log_model.index(row, 0))
            self.log.scrollTo(self.log_model.index(row, 0))

    def _notes_statement(self) -> Statement | None:
        """Whose notes the editor shows: the statement on the floor, unless the
        rapporteur opened another one on purpose; with nobody on the floor, the one
        chosen in the log. Choosing a row (a reply's target, a category to correct)
        or a one-key count never takes the notes away from the speaker."""
        statements = self.log_model.statements
        if self._opened is not None:
            row = self.log_model.row_of(self._opened)
            if row is not None:
                return statements[row]
            self._opened = None
        if self.on_floor is not None:
            # As the log holds it now (its notes as last saved), not as it was given.
            row = self.log_model.row_of(self.on_floor.id)
            return statements[row] if row is not None else self.on_floor
        return self._chosen_statement()

    def _open_notes_of(self, index: QModelIndex) -> None:
        """Enter (or a double-click outside the editable cells) on a row of the log:
        its notes, on purpose, even while someone else has the floor."""
        statements = self.log_model.statements
        if not 0 <= index.row() < len(statements):
            return
        chosen = statements[index.row()]
        floor_id = self.on_floor.id if self.on_floor is not None else None
        self._opened = None if chosen.id == floor_id else chosen.id
        self._bind_notes()
        self.notes.setFocus()

    def speaking(self) -> bool:
        """Whether someone has the floor (the notes take what is typed)."""
        if self.notes.waiting_for_floor:  # F5 taken, the floor not given yet
            return True
        return (
            self.on_floor is not None
            and self.notes.isEnabled()
            and self.notes.statement_id is not None
        )

    def typing_place(self) -> QWidget:
        """Where the rapporteur types next: the quick entry while it waits for an answer
        (a category key, a description), the notes while someone has the floor, else the
        quick entry."""
        if self.quick_entry.answering:
            return self.quick_entry
        if self.notes.waiting_for_floor:
            return self.notes
        if self.on_floor is not None and self.notes.isEnabled():
            return self.notes
        return self.quick_entry

    def back_to_floor(self) -> None:
        """Esc: back to the notes of the statement on the floor, or to the quick entry
        when nobody speaks; whatever was opened or asked on the way is let go."""
        self._awaiting_addressee = None
        self._awaiting_panel = ()
        self._show_prompt("")
        self._opened = None
        if self.on_floor is not None:
            self._select_statement(self.on_floor.id)
            self._bind_notes()
            self.notes.setFocus()
        else:
            self.focus_entry()

    def _bind_notes(self) -> None:
        if self.notes.waiting_for_floor:
            # The typing is the next speaker's until the floor is given (_accepted).
            return
        statement = self._notes_statement()
        if statement is None:
            had_focus = self.notes.hasFocus()
            self.notes.bind(None)
            self.notes_title.setText(self.tr("Notes"))
            if had_focus:  # the keys must land somewhere: the quick entry is home
                self.quick_entry.setFocus()
            return
        self.notes.bind(statement.id, statement.notes)
        who = statement.speaker or statement.on_behalf_of or category_label(statement.category)
        if self.on_floor is not None and statement.id == self.on_floor.id:
            title = self.tr("Notes — {0}. {1} (on the floor)")
        else:
            title = self.tr("Notes — {0}. {1}")
        self.notes_title.setText(title.format(statement.number, who))
        if self.notes.hasFocus():
            self._show_focus_mark(None, self.notes)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the four places one types in (quick entry, queue,
        log, notes) and never leave the console."""
        chain = [w for w in self._tab_chain if w.isEnabled() and w.isVisible()]
        focus = QApplication.focusWidget()
        if not chain:
            return super().focusNextPrevChild(next)
        here = next_index = 0
        for index, widget in enumerate(chain):
            if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
                here = index
                break
        else:
            here = -1 if next else 0
        next_index = (here + (1 if next else -1)) % len(chain)
        chain[next_index].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

    def _show_focus_mark(self, _old: QWidget | None = None, now: QWidget | None = None) -> None:
        """Say in words where the typing goes (the place is also framed in blue)."""
        now = now if now is not None else QApplication.focusWidget()
        if now is None or not self.isAncestorOf(now):
            if now is not None and now.window() is self.window():
                text = self.tr(
                    "⌨ Typing goes outside the console — Esc brings it back to the notes"
                )
            else:
                return
        elif now is self.notes:
            text = self.tr("⌨ Typing goes to: {0}").format(self.notes_title.text())
        elif now is self.quick_entry:
            text = self.tr("⌨ Typing goes to: the quick-entry line (Enter queues)")
        elif now is self.queue.list:
            text = self.tr(
                "⌨ Typing goes to: the queue (Alt+Up/Down move, F2 corrects, Delete removes)"
            )
        elif now is self.log or self.log.isAncestorOf(now):
            text = self.tr("⌨ Typing goes to: the log (F2 edits a cell, Enter opens its notes)")
        else:
            text = self.tr("⌨ Esc: back to the notes")
        self.focus_mark.setText(text)

    def _notes_saved(self, statement_id: int, notes: str) -> None:
        # Only the notes column of that row changes: no reload on the typing path.
        self.held.notes_saved()
        row = self.log_model.row_of(statement_id)
        if row is not None:
            statement = self.log_model.statements[row]
            self.log_model.statements[row] = replace(statement, notes=notes)
            index = self.log_model.index(row, NOTES)
            self.log_model.dataChanged.emit(index, index)
        self._tell_others()

    # -- actions ---------------------------------------------------------------

    def before_change(self) -> None:
        """Save what was typed before a command (or its undo) changes the log."""
        self.notes.save_now()

    def execute(self, command: ConsoleCommand) -> bool:
        """Do it once; only a command the services accepted goes on the undo stack.

        A database another program holds does not freeze the console: the action is
        kept, behind any that already wait, and done as soon as it is free (True: it
        is taken, as the rapporteur sees above the console)."""
        self.notes.save_now()
        if self._services is None:
            self._keep_until_open(command.text(), partial(self.execute, command))
            return True
        if self.held.waiting:
            self.held.keep(command)
            return True
        try:
            self._apply(command)
        except DatabaseLocked as error:
            self.held.keep(command, error)
            return True
        except RapporteurError as error:
            self._floor_not_given(command)
            self._show_prompt(describe(error))
            return False
        return True

    def _apply(self, command: ConsoleCommand) -> None:
        with self.services.waiting_at_most(WAIT_PER_TRY_S):
            command.apply()
        self._accepted(command)

    def _apply_patiently(self, command: ConsoleCommand) -> None:
        command.apply()
        self._accepted(command)

    def _accepted(self, command: ConsoleCommand) -> None:
        typed = self._typed_for(command)
        self._show_prompt("")
        self.undo_stack.push(command)
        if typed and isinstance(command, (GiveFloor, PanelFloor)) and command.statement:
            self.notes.add_typed(command.statement.id, typed)
        self.notes.seal()
        self.held.accepted()

    # -- the floor given later than its key -----------------------------------------

    def _wait_for_floor(self, command: ConsoleCommand) -> None:
        """F5 was taken but the floor is not given yet: the notes take the typing for
        the next speaker, and hand it to the statement once it is there."""
        if self._floor_waits:  # an earlier F5 waits too: the typing so far is its speaker's
            self._floor_waits[-1].text = self.notes.waiting_text()
            self.notes.clear_waiting()
        else:
            self.notes.wait_for_floor()
        self._floor_waits.append(_FloorWait(command))
        self.notes_title.setText(self.tr("Notes — the next speaker"))
        self.notes.setFocus()

    def _typed_for(self, command: ConsoleCommand) -> str:
        """The notes typed for the speaker ``command`` gives the floor to, before it was
        done: a later F5's typing stays in the editor for its own speaker."""
        if not isinstance(command, (GiveFloor, PanelFloor)):
            return ""
        waits = self._floor_waits
        at = next((n for n, wait in enumerate(waits) if wait.command is command), None)
        if at is not None:
            wait = waits.pop(at)
            if at < len(waits):
                return wait.text
        # The last floor key (or one done at once after a floor key that failed).
        return "" if waits else self.notes.take_waiting()

    def _floor_not_given(self, command: ConsoleCommand) -> None:
        """A floor key kept earlier was refused when done (nobody queued): what was typed
        for its speaker stays in the editor, for the next F5."""
        waits = self._floor_waits
        at = next((n for n, wait in enumerate(waits) if wait.command is command), None)
        if at is None:
            return
        wait = waits.pop(at)
        if wait.text and at < len(waits):
            waits[at].text = f"{wait.text} {waits[at].text}".strip()
        elif wait.text:
            current = self.notes.waiting_text()
            self.notes.clear_waiting()
            self.notes.insertPlainText(f"{wait.text} {current}".strip())

    def focus_entry(self) -> None:
        self.quick_entry.setFocus()
        self.quick_entry.selectAll()

    def _queue_request(self, request: Request) -> None:
        assert request.category is not None
        if request.correcting is not None:
            entry = request.correcting
            self.execute(
                QueueEdit(
                    self, entry, speaker=request.speaker,
                    on_behalf_of=request.organization, category=request.category,
                    cosignatories=request.cosignatories,
                )
            )  # fmt: skip
            return
        kind, replying_to = StatementKind.STATEMENT, None
        if self.reply.isChecked():
            kind, replying_to = StatementKind.RIGHT_OF_REPLY, self.answered_id()
            self.reply.setChecked(False)
        self.execute(
            QueueAdd(
                self, request.speaker, request.organization, request.category, kind, replying_to,
                request.cosignatories,
            )
        )  # fmt: skip

    def give_floor(self) -> None:
        self._opened = None  # the new speaker's notes, whatever was open before
        command = GiveFloor(self)
        if not self.execute(command):
            return
        if command.statement is None:  # taken, done once the database answers
            self._wait_for_floor(command)
        elif self.on_floor is not None:
            self._select_statement(self.on_floor.id)
            self._bind_notes()
            self.notes.setFocus()

    def start_panel_floor(self) -> None:
        """Ctrl+F5: which of the panel's speakers gets the floor (1 … 9)?"""
        try:
            speakers = self.services.panel.speakers(self.session_id) if self.session_id else ()
        except RapporteurError as error:
            self._show_prompt(describe(error))
            return
        if not speakers:
            self._show_prompt(
                self.tr("The agenda names no moderator or introducer for this session.")
            )
            return
        self._awaiting_addressee = None
        self._awaiting_panel = tuple(s.display for s in speakers[:9])
        self._show_prompt(self.tr("The floor to the panel:"), list(self._awaiting_panel))
        if not (self.notes.hasFocus() or self.quick_entry.hasFocus()):
            self.focus_entry()

    def _choose_panel_speaker(self, number: int) -> None:
        speakers, self._awaiting_panel = self._awaiting_panel, ()
        self._show_prompt("")
        if not 1 <= number <= len(speakers):
            return
        self._opened = None
        command = PanelFloor(self, number - 1)
        if not self.execute(command):
            return
        if command.statement is None:  # taken, done once the database answers
            self._wait_for_floor(command)
        elif self.on_floor is not None:
            self._select_statement(self.on_floor.id)
            self._bind_notes()
            self.notes.setFocus()

    def end_floor(self) -> None:
        if self.on_floor is None and not self._floor_waits:
            self._show_prompt(self.tr("Nobody has the floor."))
            return
        # The notes stay with the statement just ended (its last words come after F6);
        # from astray, the focus comes home as after any key (KeyHome.after_key).
        self.execute(EndFloor(self))

    def count_only(self, category: Category) -> None:
        self.execute(CountOnly(self, category))

    def set_category(self, category: Category) -> None:
        statement = self._chosen_statement() or self.on_floor
        if statement is None:
            self._show_prompt(self.tr("Choose a statement in the log first."))
            return
        if statement.category is not category:
            self.execute(EditStatement(self, statement, {"category": category}))

    def edit_statement(self, statement: Statement, changes: dict[str, object]) -> bool:
        """An edit made in a cell of the log."""
        if self._services is None:
            self._keep_until_open(
                self.tr("edit statement {0}").format(statement.number),
                partial(self.edit_statement, statement, changes),
            )
            return True
        organization = changes.get("on_behalf_of")
        if isinstance(organization, str) and organization.strip() and self.session is not None:
            # A known delegation brings its category with it, in the same edit.
            directory = self.services.directory
            known = directory.category_of(self.session.meeting_id, organization)
            if known is not None:
                changes["on_behalf_of"] = directory.canonical_name(
                    self.session.meeting_id, organization
                )
                if known is not statement.category:
                    changes["category"] = known
        return self.execute(EditStatement(self, statement, changes))

    def toggle_not_named(self) -> None:
        """The chosen speaker (queued, or in the log) asked not to be named, or may be:
        for the whole meeting (see :meth:`_mark_person`)."""
        if self.queue.list.hasFocus():
            entry = self.queue.list.current_entry()
            if entry is None:
                return
            if entry.speaker_id is None:  # nobody to remember it for: this place only
                self.execute(QueueEdit(self, entry, anonymous=not entry.anonymous))
            else:
                self._mark_person(entry.speaker_id, entry.speaker, not entry.anonymous)
            return
        statement = self._chosen_statement() or self.on_floor
        if statement is None:
            self._show_prompt(self.tr("Choose a statement in the log first."))
            return
        if statement.speaker_id is None:
            self.toggle_not_named_here()
        else:
            self._mark_person(statement.speaker_id, statement.speaker, not statement.anonymous)

    def toggle_not_named_here(self) -> None:
        """Not to be named in the chosen statement only (or named in it after all)."""
        statement = self._chosen_statement() or self.on_floor
        if statement is None:
            self._show_prompt(self.tr("Choose a statement in the log first."))
            return
        self.execute(EditStatement(self, statement, {"anonymous": not statement.anonymous}))

    def _mark_person(self, speaker_id: int, name: str, not_named: bool) -> None:
        """Not being named belongs to the person for the meeting: every statement she
        made and makes, and her place in the queue. Then the quick-entry line takes how
        she is described instead."""
        if not self.execute(MarkPerson(self, speaker_id, name, not_named)):
            return
        if not_named:
            current = self.services.participants.get(speaker_id).anonymous_description
            self.quick_entry.begin_description(speaker_id, name, current)

    def _describe_person(self, speaker_id: int, description: str) -> None:
        if self._services is None:
            self._keep_until_open(
                self.tr("describe a speaker"),
                partial(self._describe_person, speaker_id, description),
            )
            return
        name = self.services.participants.get(speaker_id).name
        self.execute(MarkPerson(self, speaker_id, name, True, description))
        self.focus_entry()

    def delete_statement(self) -> None:
        statement = self._chosen_statement()
        if statement is None:
            self._show_prompt(self.tr("Choose a statement in the log first."))
            return
        self.notes.save_now()
        self.notes.bind(None)
        self.execute(DeleteStatement(self, statement))

    def _limits_edited(self, statement_s: int, reply_s: int) -> None:
        if self.session is None:
            return
        before = (self.session.statement_limit_s, self.session.reply_limit_s)
        self.execute(SetLimits(self, before, (statement_s, reply_s)))

    # -- recommendations ---------------------------------------------------------

    def start_recommendation(self) -> None:
        text = self.notes.current_line_or_selection()
        if not text:
            self._show_prompt(
                self.tr("Put the cursor on a line of the notes (or select text) first.")
            )
            return
        self._awaiting_addressee = text
        self._show_prompt(
            self.tr("Recommendation to?"), [addressee_label(code) for code in KNOWN_ADDRESSEES]
        )
        self.notes.setFocus()

    def _choose_addressee(self, number: int) -> None:
        text, self._awaiting_addressee = self._awaiting_addressee, None
        if text is None or not 1 <= number <= len(KNOWN_ADDRESSEES):
            return
        addressee = KNOWN_ADDRESSEES[number - 1]
        if self.execute(AddRecommendation(self, addressee, text, self.notes.statement_id)):
            self._show_prompt(
                self.tr("Recommendation to {0} added (Ctrl+Z takes it back).").format(
                    addressee_label(addressee)
                )
            )
        self.notes.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.notes, self.quick_entry)
            and self._awaiting_panel
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self._choose_panel_speaker(key - Qt.Key.Key_1 + 1)
                return True
            if key not in _MODIFIER_KEYS:  # any other key: the question is let go
                self._awaiting_panel = ()
                self._show_prompt("")
        if (
            watched is self.notes
            and self._awaiting_addressee is not None
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
                self._choose_addressee(key - Qt.Key.Key_1 + 1)
                return True
            if key == Qt.Key.Key_Escape:
                self._awaiting_addressee = None
                self._show_prompt("")
                return True
        return super().eventFilter(watched, event)

    # -- the second window and the clock -------------------------------------------

    def show_projector(self) -> None:
        if self.projector is None:
            # A window of the console's: it closes with the program.
            self.projector = ProjectorWindow(self)
        self._show_on_projector()
        self.projector.show()
        self.projector.raise_()
        self.keys_home.watch_window(self.projector)

    def toggle_projector(self) -> None:
        """Ctrl+P: open the projector window, or close it when it is open."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
        else:
            self.show_projector()

    def _show_on_projector(self) -> None:
        if self.projector is None:
            return
        self.projector.show_state(self.session, self.on_floor, self.queue.entries)
        self.projector.show_tally(self._tally)

    def close_windows(self) -> None:
        """The program is closing: the projector and the key list close with it.

        What waits for a held database is done first, waiting as long as any command
        does; whatever still cannot be written is shown, so not a word is lost."""
        self.notes.save_now(patient=True)
        not_done = self.held.finish(self._apply_patiently)
        unsaved = self.notes.unsaved()
        if not_done or unsaved:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rapporteur"), "", parent=self)
            box.setText(
                self.tr(
                    "The database is still held by another program: these were not saved. "
                    "Copy the notes below before closing."
                )
            )
            lines = [self.tr("Not done: {0}").format(text) for text in not_done]
            lines += [self.tr("Notes: {0}").format(text) for text in unsaved.values()]
            box.setDetailedText("\n\n".join(lines))
            box.exec()
        for window in (self.projector, self.key_list):
            if window is not None:
                window.close()

    def show_key_list(self) -> None:
        """F1: the keys, in a window beside the console (which stays usable)."""
        if self.key_list is None:
            self.key_list = KeyListWindow(self)
        self.key_list.show_beside(self)
        self.keys_home.watch_window(self.key_list)

    def _show_prompt(self, text: str, choices: list[str] | None = None) -> None:
        """A line above the console: a message, or a question answered with one key
        (1 … n) or one click on the answer."""
        html = escape(text)
        if choices:
            links = "&nbsp;&nbsp; ".join(
                f'<a href="choice:{number}"><b>{number}</b>&nbsp;{escape(choice)}</a>'
                for number, choice in enumerate(choices, start=1)
            )
            html += f"&nbsp;&nbsp; {links} &nbsp;&nbsp; " + escape(self.tr("(Esc: back)"))
        self.prompt.setText(html)
        self.prompt.setVisible(bool(text))

    def _prompt_choice(self, link: str) -> None:
        number = int(link.removeprefix("choice:"))
        if self._awaiting_panel:
            self._choose_panel_speaker(number)
        elif self._awaiting_addressee is not None:
            self._choose_addressee(number)
        else:
            self.quick_entry.choose_category(number)
            self.quick_entry.setFocus()

    def _tick(self) -> None:
        if self.isVisible():
            self.floor.tick()
        if self.projector is not None and self.projector.isVisible():
            self.projector.tick()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_windows()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keys_home.watch_window(self.window())

    def hideEvent(self, event: QHideEvent) -> None:
        self.notes.save_now()
        super().hideEvent(event)


@dataclass
class _FloorWait:
    """A floor key taken and not done yet, and the notes typed for its speaker once a
    later floor key was pressed (until then they are in the editor)."""

    command: ConsoleCommand
    text: str = ""
