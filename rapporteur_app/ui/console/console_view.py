"""The live console of one session: the keyboard-first screen used in the room.

Public entry point (the benchmarks and the main window use it):
``ConsoleView(services)`` then ``show_session(session_id)``; ``ready`` is
emitted once the session is shown and the console accepts input. The keys are
in :mod:`rapporteur_app.ui.console.actions` (Help > Console keys lists them).

Every change goes through an undoable command (:mod:`.commands`), done once
before it is pushed; the screen then shows just what changed, and reads the
whole session again only after an undo, a redo or a deletion.
"""

from dataclasses import replace
from functools import partial
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import CATEGORY_ORDER, KNOWN_ADDRESSEES, Category, StatementKind
from rapporteur_app.domain.model import QueueEntry, Session, Statement
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console import layout
from rapporteur_app.ui.console.actions import ConsoleActions, console_keys
from rapporteur_app.ui.console.commands import (
    AddRecommendation,
    ConsoleCommand,
    CountOnly,
    DeleteStatement,
    EditStatement,
    EndFloor,
    GiveFloor,
    QueueAdd,
    QueueEdit,
    QueueMove,
    QueueRemove,
    SetLimits,
)
from rapporteur_app.ui.console.log_model import NOTES
from rapporteur_app.ui.console.projector_window import ProjectorWindow
from rapporteur_app.ui.console.quick_entry import Request
from rapporteur_app.ui.labels import addressee_label, category_label

TICK_MS = 250
# Statements read at once when a session opens; a bigger log comes page by page.
LOG_PAGE = 2000

# (keys, what they do), for whoever lists them (kept for callers of the first version).
CONSOLE_KEYS = tuple((k.keys, k.what) for k in console_keys())


class ConsoleView(QWidget):
    """Public entry point: ``ConsoleView(services)`` then ``show_session(id)``;
    ``ready`` is emitted when the session is shown and accepts input."""

    ready = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console")
        self.services = services
        self.session_id = 0
        self.session: Session | None = None
        self._log_cursor: tuple[int, int] | None = None  # where the next page of the log starts
        self._fill_round = 0
        self.on_floor: Statement | None = None
        self.projector: ProjectorWindow | None = None
        self.undo_stack = QUndoStack(self)
        self._awaiting_addressee: str | None = None
        self._answer_ids: list[int] = []
        self.console_actions = ConsoleActions(self, self.undo_stack)
        self.console_actions.add_category_actions(
            [category_label(c) for c in CATEGORY_ORDER],
            lambda n: self.set_category(CATEGORY_ORDER[n - 1]),
            lambda n: self.count_only(CATEGORY_ORDER[n - 1]),
        )
        layout.build(self)
        self._connect()
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def _connect(self) -> None:
        self.quick_entry.submitted.connect(self._queue_request)
        self.quick_entry.prompting.connect(self._show_prompt)
        self.quick_entry.asking.connect(self._show_prompt)
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
        self.log.delete_action.triggered.connect(self.delete_statement)
        actions = self.console_actions
        self.log.context_actions = [
            actions.reply, actions.not_named, None, *actions.categories, None,
        ]  # fmt: skip
        self.log_model.refused.connect(self._show_prompt)
        self.notes.saved.connect(self._notes_saved)
        self.notes.installEventFilter(self)

    # -- loading ---------------------------------------------------------------

    def show_session(self, session_id: int) -> None:
        self.notes.save_now()
        try:
            self.session = self.services.sessions.get(session_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
            return
        if session_id != self.session_id:
            self.undo_stack.clear()
            self.quick_entry.cancel_correction()
        self.session_id = session_id
        self.quick_entry.meeting_id = self.session.meeting_id
        self.data_changed()
        self.ready.emit()

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
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
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
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
            return
        chosen = self._chosen_statement()
        self.log_model.extend(page)
        self._log_cursor = cursor
        if cursor is not None:
            QTimer.singleShot(0, partial(self._next_page, fill_round))
            return
        # The whole log is there: what waited for it.
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

    def show_changes(self, changed: list[Statement], queue_changed: bool) -> None:
        """Show statements just logged or changed without reading the whole log again:
        the cost of a key is the same in the 10th and the 100,000th statement."""
        for statement in changed:
            row = self.log_model.row_of(statement.id)
            if row is not None:
                self.log_model.replace(row, statement)
            elif self._log_cursor is None:  # else its page will bring it
                self.log_model.append(statement)
        if queue_changed:
            try:
                queue = self.services.queue.of_session(self.session_id)
            except RapporteurError as error:
                QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
                return
            # A new organization or speaker may have come with it: complete it next time.
            if self.session is not None:
                self.services.directory.forget(self.session.meeting_id)
            self.queue.set_entries(queue, self._numbers_answered(queue))
        self._follow_floor(changed)
        self._show_floor_and_tally(self._kept_tally())
        if changed:
            self._select_statement(changed[-1].id)
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
        self.tally.show_tally(tally)
        self.floor.show_floor(self.on_floor, self.session)
        if self.projector is not None:
            self.projector.show_state(self.session, self.on_floor, self.queue.entries)

    def history_broken(self, message: str) -> None:
        self._show_prompt(message + " " + self.tr("The undo history was cleared."))
        # Not from inside the stack's own undo(): clear it once that has returned.
        QTimer.singleShot(0, self.undo_stack.clear)

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
        answerable = [
            s for s in reversed(self.log_model.statements) if s.kind is StatementKind.STATEMENT
        ]
        self._answer_ids = [s.id for s in answerable]
        self.answered.clear()
        # One addItems call: fast, and it never hands Qt a None item data.
        self.answered.addItems(
            [
                f"{s.number}. {s.on_behalf_of or s.speaker or category_label(s.category)}"
                for s in answerable
            ]
        )
        index = self._answer_ids.index(current) if current in self._answer_ids else 0
        self.answered.setCurrentIndex(index)

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

    def _bind_notes(self) -> None:
        statement = self._chosen_statement() or self.on_floor
        if statement is None:
            had_focus = self.notes.hasFocus()
            self.notes.bind(None)
            self.notes_title.setText(self.tr("Notes"))
            if had_focus:  # the keys must land somewhere: the quick entry is home
                self.quick_entry.setFocus()
            return
        self.notes.bind(statement.id, statement.notes)
        who = statement.speaker or statement.on_behalf_of or category_label(statement.category)
        self.notes_title.setText(self.tr("Notes — {0}. {1}").format(statement.number, who))

    def _notes_saved(self, statement_id: int) -> None:
        # Only the notes column of that row changes: no reload on the typing path.
        row = self.log_model.row_of(statement_id)
        if row is not None:
            statement = self.log_model.statements[row]
            self.log_model.statements[row] = replace(statement, notes=self.notes.toPlainText())
            index = self.log_model.index(row, NOTES)
            self.log_model.dataChanged.emit(index, index)

    # -- actions ---------------------------------------------------------------

    def before_change(self) -> None:
        """Save what was typed before a command (or its undo) changes the log."""
        self.notes.save_now()

    def execute(self, command: ConsoleCommand) -> bool:
        """Do it once; only a command the services accepted goes on the undo stack."""
        self.notes.save_now()
        try:
            command.apply()
        except RapporteurError as error:
            self._show_prompt(str(error))
            return False
        self._show_prompt("")
        self.undo_stack.push(command)
        self.notes.seal()
        return True

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
                )
            )  # fmt: skip
            return
        kind, replying_to = StatementKind.STATEMENT, None
        if self.reply.isChecked():
            kind, replying_to = StatementKind.RIGHT_OF_REPLY, self.answered_id()
            self.reply.setChecked(False)
        self.execute(
            QueueAdd(
                self, request.speaker, request.organization, request.category, kind, replying_to
            )
        )

    def give_floor(self) -> None:
        if self.execute(GiveFloor(self)) and self.on_floor is not None:
            self._select_statement(self.on_floor.id)
            self._bind_notes()
            self.notes.setFocus()

    def end_floor(self) -> None:
        if self.on_floor is None:
            self._show_prompt(self.tr("Nobody has the floor."))
            return
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
        """The chosen speaker (queued, or in the log) asked not to be named, or may be."""
        if self.queue.list.hasFocus():
            entry = self.queue.list.current_entry()
            if entry is not None:
                self.execute(QueueEdit(self, entry, anonymous=not entry.anonymous))
            return
        statement = self._chosen_statement() or self.on_floor
        if statement is None:
            self._show_prompt(self.tr("Choose a statement in the log first."))
            return
        self.execute(EditStatement(self, statement, {"anonymous": not statement.anonymous}))

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
            self.projector = ProjectorWindow()
        self.projector.show_state(self.session, self.on_floor, self.queue.entries)
        self.projector.show()
        self.projector.raise_()

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
        if self._awaiting_addressee is not None:
            self._choose_addressee(number)
        else:
            self.quick_entry.choose_category(number)
            self.quick_entry.setFocus()

    def _tick(self) -> None:
        if self.isVisible():
            self.floor.tick()
        if self.projector is not None and self.projector.isVisible():
            self.projector.tick()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.notes.save_now()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.notes.save_now()
        super().hideEvent(event)
