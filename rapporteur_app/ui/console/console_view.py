"""The live console of one session: the keyboard-first screen used in the room.

Public entry point (the benchmarks and the main window use it):
``ConsoleView(services)`` then ``show_session(session_id)``; ``ready`` is
emitted once the session is shown and the console accepts input. The keys are
in :mod:`rapporteur_app.ui.console.actions` (Help > Console keys lists them).

Every change goes through an undoable command (:mod:`.commands`), done once
before it is pushed; the screen then shows just what changed, and reads the
whole session again only after an undo, a redo or a deletion
(:mod:`.session_fill`).

The console can be shown before the database is open (``ConsoleView(None)``,
then :meth:`show_first_fill` with what the sqlite3 module read alone, then
:meth:`take_services`): what is typed meanwhile is never lost. Text goes into
the quick entry and the notes as always; an action (Enter in the quick entry, F5,
a one-key count …) is kept, in order, shown above the console, and done as soon
as the services are there (:mod:`.before_open`); the notes are saved then.

The view owns small helpers, each in a module of its own: the floor keys that wait
(:mod:`.floor_waits`), the right of reply (:mod:`.reply_choice`), the questions of
the prompt line (:mod:`.questions`), whose notes the editor shows and where the
typing goes (:mod:`.notes_binding`), and the projector, the key list and the clock
(:mod:`.second_windows`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QWidget

from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category, StatementKind
from rapporteur_app.domain.model import QueueEntry, Session, Statement
from rapporteur_app.domain.tally import Tally
from rapporteur_app.ui.change_hub import ChangeHub, Follower
from rapporteur_app.ui.console import layout
from rapporteur_app.ui.console.actions import ConsoleActions
from rapporteur_app.ui.console.before_open import BeforeOpen
from rapporteur_app.ui.console.command_runner import CommandRunner
from rapporteur_app.ui.console.commands import (
    ConsoleCommand,
    CountOnly,
    DeleteStatement,
    EndFloor,
    GiveFloor,
    PanelFloor,
    QueueAdd,
    QueueEdit,
    QueueMove,
    QueueRemove,
    SetLimits,
)
from rapporteur_app.ui.console.floor_panel import FloorPanel
from rapporteur_app.ui.console.floor_waits import FloorWaits
from rapporteur_app.ui.console.key_home import KeyHome
from rapporteur_app.ui.console.key_list import KeyListWindow
from rapporteur_app.ui.console.lock_wait import HeldActions
from rapporteur_app.ui.console.log_model import LogModel
from rapporteur_app.ui.console.log_view import LogView
from rapporteur_app.ui.console.notes_binding import NotesBinding, tab_round
from rapporteur_app.ui.console.notes_editor import NotesEditor
from rapporteur_app.ui.console.projector_window import ProjectorWindow
from rapporteur_app.ui.console.questions import ConsoleQuestions
from rapporteur_app.ui.console.queue_view import QueueView
from rapporteur_app.ui.console.quick_entry import QuickEntry, Request
from rapporteur_app.ui.console.reply_choice import ReplyChoice
from rapporteur_app.ui.console.second_windows import SecondWindows
from rapporteur_app.ui.console.session_fill import LOG_PAGE, SessionFill
from rapporteur_app.ui.console.statement_edits import StatementEdits
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.qt_values import CLICK_FOCUS
from rapporteur_app.ui.tally_view import TallyView

if TYPE_CHECKING:
    # Only for the type: the console can show before the store (SQLAlchemy) is imported.
    from rapporteur_app.domain.first_fill import FirstFill
    from rapporteur_app.services.app_services import Services

# LOG_PAGE: the first fill (app.py) reads as many statements as the console's first page.
__all__ = ["LOG_PAGE", "ConsoleView"]


class ConsoleView(QWidget):
    """Public entry point: ``ConsoleView(services)`` then ``show_session(id)``;
    ``ready`` is emitted when the session is shown and accepts input."""

    ready = Signal()

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self._services = services
        # What was asked for before the services were there, in order (see the module).
        self.before_open = BeforeOpen(
            lambda: self._services is not None,
            lambda what: self.held.show_opening(what),  # noqa: PLW0108 - built after the widgets
        )
        if services is not None:
            # The log's checkpoints at idle moments, not inside a key's commit.
            services.db.checkpoint_when_idle()
        self.session_id = 0
        self.session: Session | None = None
        self.on_floor: Statement | None = None
        # The counts shown (the tally panel and the projector show the same).
        self.shown_tally = Tally()
        self.undo_stack = QUndoStack(self)
        self.runner = CommandRunner(self)
        self.fill = SessionFill(self)
        self.notes_binding = NotesBinding(self)
        self.questions = ConsoleQuestions(self)
        self.edits = StatementEdits(self)
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
                "end_floor": self.before_open.once_open(self.tr("end the floor"), self.end_floor),
                "panel_floor": self.before_open.once_open(
                    self.tr("the floor to the panel"), self.start_panel_floor
                ),
                "back_to_floor": self.back_to_floor,
                "recommend": self.start_recommendation,
                "not_named": self.before_open.once_open(
                    self.tr("not to be named"), self.toggle_not_named
                ),
                "delete_statement": self.before_open.once_open(
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
        ui.quick_entry.when_open = self.before_open.keep
        self.quick_entry: QuickEntry = ui.quick_entry
        self.reply: QCheckBox = ui.reply
        self.answered: QComboBox = ui.answered
        self.prompt: QLabel = ui.prompt
        self.focus_mark: QLabel = ui.focus_mark
        self.typing_frame = ui.typing_frame
        self.floor: FloorPanel = ui.floor
        self.queue: QueueView = ui.queue
        self.log_model: LogModel = ui.log_model
        self.log: LogView = ui.log
        self.notes: NotesEditor = ui.notes
        self.notes_title: QLabel = ui.notes_title
        self.tally: TallyView = ui.tally
        self.held: HeldActions[ConsoleCommand] = HeldActions(
            ui.wait_mark, self.runner.apply, self.show_prompt
        )
        # Floor keys taken but not done yet (the database opening, or held), in order,
        # with the notes typed for each speaker when a later one was pressed.
        self.floor_waits = FloorWaits(self.notes, self.notes_title)
        self.replies = ReplyChoice(
            self.reply, self.answered, self.log_model, self.chosen_statement, self.focus_entry
        )
        self._hub: ChangeHub | None = None
        self._connect()
        self._tab_chain: list[QWidget] = [self.quick_entry, self.queue.list, self.log, self.notes]
        self.keys_home = KeyHome(
            self, self._tab_chain, self.typing_place, self.speaking, self.console_actions.all
        )
        # The limits are changed by a click (or Ctrl+L, Tab … never): a stray digit on
        # the way to the notes must not change them.
        for edit in (self.floor.statement_limit, self.floor.reply_limit):
            edit.setProperty("focusPolicy", CLICK_FOCUS)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focus_mark)
        self.windows = SecondWindows(self)

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
        self.log.make_editable()  # if the window's first paint has not done it already
        self.quick_entry.take_services(services)
        self.notes.take_services(services)

    def do_what_waited(self) -> None:
        """What was typed before the services were there, done now, in order."""
        waiting = self.before_open.take()
        self.held.opened()
        for action in waiting:
            action()

    def not_done(self) -> list[str]:
        """Before the services: what waits for them (actions, then notes typed)."""
        if self._services is not None:
            return []
        self.notes.save_now()
        lines = [self.tr("Not done: {0}").format(what) for what in self.before_open.what()]
        lines += [self.tr("Notes: {0}").format(text) for text in self.notes.unsaved().values()]
        typed = [*self.floor_waits.texts(), self.notes.waiting_text()]
        lines += [self.tr("Notes: {0}").format(text) for text in typed if text]
        return lines

    def show_first_fill(self, fill: FirstFill) -> None:
        """The session as the sqlite3 module read it alone, before the services: the
        first page of its log, its queue, its tally as the store keeps it."""
        self.fill.show_first_fill(fill)

    def follow_changes(self, hub: ChangeHub) -> None:
        """Listen to the session's one change signal, and speak on it: whatever the
        console changes (an action, its undo or redo, notes saved) the other views
        hear at once; what others change (another tab, another program) the console
        reads again."""
        self._hub = hub
        self._follower = Follower(self, hub, lambda: self.session_id, self.data_changed)
        self.undo_stack.indexChanged.connect(lambda _index: self.tell_others())

    def tell_others(self) -> None:
        if self._hub is not None and self.session_id:
            self._hub.notify(self.session_id, self)

    def _connect(self) -> None:
        self.quick_entry.submitted.connect(self._queue_request)
        self.quick_entry.prompting.connect(self.show_prompt)
        self.quick_entry.asking.connect(self.show_prompt)
        self.quick_entry.described.connect(self.edits.describe_person)
        self.prompt.linkActivated.connect(self.questions.choose)
        queue = self.queue.list
        queue.move_requested.connect(lambda e, to: self.execute(QueueMove(self, e, to)))
        queue.remove_requested.connect(lambda e: self.execute(QueueRemove(self, e)))
        queue.edit_requested.connect(self.quick_entry.begin_correction)
        queue.not_named_requested.connect(
            lambda e: self.execute(QueueEdit(self, e, anonymous=not e.anonymous))
        )
        self.floor.limits_edited.connect(self._limits_edited)
        self.log.current_row_changed.connect(self.notes_binding.bind)
        self.log.activated.connect(self.notes_binding.open_notes_of)
        self.log.delete_action.triggered.connect(self.delete_statement)
        actions = self.console_actions
        # Not being named is the person's for the meeting (Ctrl+Shift+N); one statement
        # can still differ.
        self.not_named_here = QAction(
            self.tr("Not to be named in this statement only"), parent=self
        )
        self.not_named_here.triggered.connect(self.toggle_not_named_here)
        self.log.context_actions = [
            actions.reply, actions.not_named, self.not_named_here, None, *actions.categories, None,
        ]  # fmt: skip
        self.log_model.refused.connect(self.show_prompt)
        self.notes.saved.connect(self.notes_binding.notes_saved)
        self.notes.held.connect(self.held.notes_held)
        self.notes.installEventFilter(self)
        self.quick_entry.installEventFilter(self)

    # -- the session shown (session_fill.py) -------------------------------------------

    def show_session(self, session_id: int) -> None:
        self.fill.show_session(session_id)

    def data_changed(self) -> None:
        """Read the session again after a change (ours, or undone, or redone).

        The log comes in pages of LOG_PAGE: the first now, the rest between events,
        so a session of 100,000 statements opens without freezing the window (keys
        work meanwhile; what they log is read with the page it falls in).
        """
        self.fill.data_changed()

    @property
    def log_complete(self) -> bool:
        """Whether the whole log is read (a big session's comes in pages)."""
        return self.fill.complete

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
        self.fill.show_changes(changed, queue_changed, tally, queue, counts_changed)

    def history_broken(self, message: str) -> None:
        self.runner.history_broken(message)

    def replay_held(self, what: str, holder: str) -> None:
        """An undo or redo met a database another program holds (see CommandRunner)."""
        self.runner.replay_held(what, holder)

    # -- the right of reply (reply_choice.py) ----------------------------------------

    def answered_id(self) -> int | None:
        """The statement a right of reply would answer."""
        return self.replies.answered_id()

    def toggle_reply(self) -> None:
        """Ctrl+Shift+R: the next speaker queued answers the chosen statement."""
        self.replies.toggle()

    # -- the log and the notes (notes_binding.py) --------------------------------------

    def chosen_statement(self) -> Statement | None:
        row = self.log.currentIndex().row()
        statements = self.log_model.statements
        return statements[row] if 0 <= row < len(statements) else None

    def select_statement(self, statement_id: int) -> None:
        row = self.log_model.row_of(statement_id)
        if row is not None:
            # The model the log shows (the first paint's rows, at first: log_view.py).
            index = self.log.model().index(row, 0)
            self.log.setCurrentIndex(index)
            self.log.scrollTo(index)

    def speaking(self) -> bool:
        """Whether someone has the floor (the notes take what is typed)."""
        return self.notes_binding.speaking()

    def typing_place(self) -> QWidget:
        """Where the rapporteur types next (see :meth:`NotesBinding.typing_place`)."""
        return self.notes_binding.typing_place()

    def back_to_floor(self) -> None:
        """Esc: back to the notes of the statement on the floor, or to the quick entry
        when nobody speaks; whatever was opened or asked on the way is let go."""
        self.questions.let_go()
        self.notes_binding.opened = None
        if self.on_floor is not None:
            self.select_statement(self.on_floor.id)
            self.notes_binding.bind()
            self.notes.setFocus()
        else:
            self.focus_entry()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the four places one types in (quick entry, queue,
        log, notes) and never leave the console."""
        return tab_round(self._tab_chain, next) or super().focusNextPrevChild(next)

    def _show_focus_mark(self, old: QWidget | None = None, now: QWidget | None = None) -> None:
        # A slot of the view's (not of its helper): Qt lets it go with the view.
        self.notes_binding.show_focus_mark(old, now)
        self.typing_frame.follow(now if now is not None else QApplication.focusWidget())

    # -- actions ---------------------------------------------------------------

    def before_change(self) -> None:
        """Save what was typed before a command (or its undo) changes the log."""
        self.notes.save_now()

    def execute(self, command: ConsoleCommand) -> bool:
        """Do it once; only a command the services accepted goes on the undo stack.

        A database another program holds does not freeze the console: the action is
        kept, behind any that already wait, and done as soon as it is free (True: it
        is taken, as the rapporteur sees above the console)."""
        return self.runner.execute(command)

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
        self.take_floor(GiveFloor(self))

    def take_floor(self, command: GiveFloor | PanelFloor) -> None:
        """F5, or a speaker of the panel chosen: the floor given now, or taken and given
        once the database answers (the notes typed meanwhile are the new speaker's)."""
        self.notes_binding.opened = None  # the new speaker's notes, whatever was open before
        if not self.execute(command):
            return
        if command.statement is None:  # taken, done once the database answers
            self.floor_waits.wait_for(command)
        elif self.on_floor is not None:
            self.select_statement(self.on_floor.id)
            self.notes_binding.bind()
            self.notes.setFocus()

    def start_panel_floor(self) -> None:
        """Ctrl+F5: which of the panel's speakers gets the floor (1 … 9)?"""
        self.questions.start_panel_floor()

    def end_floor(self) -> None:
        if self.on_floor is None and not self.floor_waits:
            self.show_prompt(self.tr("Nobody has the floor."))
            return
        # The notes stay with the statement just ended (its last words come after F6);
        # from astray, the focus comes home as after any key (KeyHome.after_key).
        self.execute(EndFloor(self))

    def count_only(self, category: Category) -> None:
        self.execute(CountOnly(self, category))

    # -- edits of the statement chosen (statement_edits.py) ---------------------------

    def set_category(self, category: Category) -> None:
        self.edits.set_category(category)

    def edit_statement(self, statement: Statement, changes: dict[str, object]) -> bool:
        """An edit made in a cell of the log."""
        return self.edits.edit(statement, changes)

    def toggle_not_named(self) -> None:
        """The chosen speaker asked not to be named, or may be (for the whole meeting)."""
        self.edits.toggle_not_named()

    def toggle_not_named_here(self) -> None:
        """Not to be named in the chosen statement only (or named in it after all)."""
        self.edits.toggle_not_named_here()

    def delete_statement(self) -> None:
        statement = self.chosen_statement()
        if statement is None:
            self.show_prompt(self.tr("Choose a statement in the log first."))
            return
        self.notes.save_now()
        self.notes.bind(None)
        self.execute(DeleteStatement(self, statement))

    def _limits_edited(self, statement_s: int, reply_s: int) -> None:
        if self.session is None:
            return
        before = (self.session.statement_limit_s, self.session.reply_limit_s)
        self.execute(SetLimits(self, before, (statement_s, reply_s)))

    # -- the questions of the prompt line (questions.py) -------------------------------

    def start_recommendation(self) -> None:
        self.questions.start_recommendation()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.questions.key_pressed(watched, event):
            return True
        return super().eventFilter(watched, event)

    def show_prompt(self, text: str, choices: list[str] | None = None) -> None:
        """A line above the console: a message, or a question answered with one key
        (1 … n) or one click on the answer."""
        from html import escape  # here: html.entities' table is not needed to paint

        html = escape(text)
        if choices:
            links = "&nbsp;&nbsp; ".join(
                f'<a href="choice:{number}"><b>{number}</b>&nbsp;{escape(choice)}</a>'
                for number, choice in enumerate(choices, start=1)
            )
            html += f"&nbsp;&nbsp; {links} &nbsp;&nbsp; " + escape(self.tr("(Esc: back)"))
        self.prompt.setText(html)
        self.prompt.setVisible(bool(text))

    # -- the second windows and the clock (second_windows.py) ----------------------------

    @property
    def projector(self) -> ProjectorWindow | None:
        return self.windows.projector

    @property
    def key_list(self) -> KeyListWindow | None:
        return self.windows.key_list

    def show_projector(self) -> None:
        self.windows.show_projector()

    def toggle_projector(self) -> None:
        """Ctrl+P: open the projector window, or close it when it is open."""
        self.windows.toggle_projector()

    def show_key_list(self) -> None:
        """F1: the keys, in a window beside the console (which stays usable)."""
        self.windows.show_key_list()

    def close_windows(self) -> None:
        """The program is closing: what waits is done, and the windows close with it."""
        self.windows.close_windows()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_windows()
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keys_home.watch_window(self.window())

    def hideEvent(self, event: QHideEvent) -> None:
        self.notes.save_now()
        super().hideEvent(event)
