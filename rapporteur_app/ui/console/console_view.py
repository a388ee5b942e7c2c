"""The live console of one session: the keyboard-first screen used in the room.

Keys (also listed in Help > Console keys): Ctrl+L quick entry; Enter queue;
F5 give the floor to the next and write their notes; F6 end the statement;
Ctrl+Z / Ctrl+Shift+Z undo / redo; Alt+1…5 set the category of the statement
on the floor or chosen; Ctrl+1…5 count a statement of a category without a
name; Ctrl+M turn the notes' line or selection into a recommendation (then
1…5 for its addressee); Ctrl+Shift+R queue the next as a right of reply to the
chosen statement; Ctrl+P the projector window.
"""

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import CATEGORY_ORDER, KNOWN_ADDRESSEES, Category, StatementKind
from rapporteur_app.domain.model import Session, Statement
from rapporteur_app.domain.tally import Tally
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.commands import (
    AddRecommendation,
    ConsoleCommand,
    CountOnly,
    DeleteStatement,
    EditStatement,
    EndFloor,
    GiveFloor,
    QueueAdd,
    QueueMove,
    QueueRemove,
)
from rapporteur_app.ui.console.floor_panel import FloorPanel
from rapporteur_app.ui.console.log_model import LogModel
from rapporteur_app.ui.console.notes_editor import NotesEditor
from rapporteur_app.ui.console.projector_window import ProjectorWindow
from rapporteur_app.ui.console.queue_view import QueueView
from rapporteur_app.ui.console.quick_entry import QuickEntry, Request
from rapporteur_app.ui.labels import addressee_label, category_label
from rapporteur_app.ui.tally_view import TallyView

TICK_MS = 250

# (keys, what they do): shown in the Help menu and in docs/console.md.
CONSOLE_KEYS = (
    ("Ctrl+L", "Go to the quick-entry line"),
    ("Enter", "Queue who was typed in the quick-entry line"),
    ("1 … 5", "After Enter on a new organization: its category"),
    ("F5", "Give the floor to the next in the queue; write their notes"),
    ("F6", "End the statement on the floor"),
    ("Ctrl+Z", "Undo"),
    ("Ctrl+Shift+Z", "Redo"),
    ("Alt+1 … Alt+5", "Category of the statement on the floor or chosen: 1 delegation, "
     "2 civil society, 3 OSCE institution, 4 international organization, 5 media"),
    ("Ctrl+1 … Ctrl+5", "Count a statement of that category, without a name"),
    ("Ctrl+M, then 1 … 5", "Notes' line or selection as a recommendation to: 1 participating "
     "States, 2 the OSCE, 3 ODIHR, 4 civil society, 5 the Partners"),
    ("Ctrl+Shift+R", "Queue the next speaker as a right of reply to the chosen statement"),
    ("Alt+Up / Alt+Down", "Move the chosen speaker in the queue"),
    ("Delete", "Remove the chosen speaker from the queue, or the chosen statement"),
    ("Ctrl+P", "Show the projector window"),
)  # fmt: skip


class ConsoleView(QWidget):
    """Public entry point: ``ConsoleView(services)`` then ``show_session(id)``;
    ``ready`` is emitted when the session is shown and accepts input."""

    ready = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session_id = 0
        self.session: Session | None = None
        self.on_floor: Statement | None = None
        self.undo_stack = QUndoStack(self)
        self._awaiting_addressee: str | None = None
        self._build()
        self._shortcuts()
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    # -- building --------------------------------------------------------------

    def _build(self) -> None:
        entry_row = self._build_entry_row()
        left = self._build_left()
        right = self._build_right()
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 3)
        body.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(entry_row)
        layout.addWidget(self.prompt)
        layout.addWidget(body, 1)
        layout.addWidget(self.tally)
        layout.addLayout(self._count_buttons())
        self.projector: ProjectorWindow | None = None

    def _build_entry_row(self) -> QHBoxLayout:
        self.quick_entry = QuickEntry(self.services, self)
        self.quick_entry.submitted.connect(self._queue_request)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("prompt")
        self.prompt.setStyleSheet("background: #fff4d6; padding: 4px;")
        self.prompt.hide()
        self.quick_entry.prompting.connect(self._show_prompt)
        self.reply = QCheckBox(self.tr("Right of reply to"), self)
        self.reply.setObjectName("reply")
        self.answered = QComboBox(self)
        self.answered.setObjectName("answered")
        self.answered.setMinimumContentsLength(24)
        self._answer_ids: list[int] = []
        give = QPushButton(self.tr("Give floor (F5)"), self)
        give.setObjectName("give-floor")
        give.clicked.connect(self.give_floor)
        end = QPushButton(self.tr("End (F6)"), self)
        end.setObjectName("end-floor")
        end.clicked.connect(self.end_floor)
        projector = QPushButton(self.tr("Projector (Ctrl+P)"), self)
        projector.clicked.connect(self.show_projector)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.quick_entry, 3)
        entry_row.addWidget(self.reply)
        entry_row.addWidget(self.answered, 1)
        entry_row.addWidget(give)
        entry_row.addWidget(end)
        entry_row.addWidget(projector)
        return entry_row

    def _build_left(self) -> QWidget:
        self.queue = QueueView(self)
        self.queue.move_requested.connect(lambda e, to: self.execute(QueueMove(self, e, to)))
        self.queue.remove_requested.connect(lambda e: self.execute(QueueRemove(self, e)))
        self.floor = FloorPanel(self)
        self.tally = TallyView(self, compact=True)
        self.tally.setObjectName("tally")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.floor)
        left_layout.addWidget(QLabel(self.tr("<b>Queue</b>"), left))
        left_layout.addWidget(self.queue, 1)
        return left

    def _count_buttons(self) -> QHBoxLayout:
        counts = QHBoxLayout()
        for number, category in enumerate(CATEGORY_ORDER, start=1):
            button = QPushButton(f"+ {category_label(category)}", self)
            button.setToolTip(self.tr("Count a statement without a name (Ctrl+{0})").format(number))
            button.setObjectName(f"count-{category.value}")
            button.clicked.connect(lambda _=False, c=category: self.count_only(c))
            counts.addWidget(button)
        return counts

    def _build_right(self) -> QSplitter:
        self.log_model = LogModel(self._edit_statement, self)
        self.log = QTableView(self)
        self.log.setObjectName("log")
        self.log.setModel(self.log_model)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.verticalHeader().hide()
        self.log.setWordWrap(False)
        self.log.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.log.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((44, 56, 170, 170, 130, 110, 80)):
            header.resizeSection(column, width)
        self.log.selectionModel().currentRowChanged.connect(self._log_row_changed)
        self.notes = NotesEditor(self.services, self)
        self.notes.saved.connect(self._notes_saved)
        self.notes.installEventFilter(self)
        make = QPushButton(self.tr("Make a recommendation (Ctrl+M)"), self)
        make.clicked.connect(self.start_recommendation)
        self.notes_title = QLabel(self.tr("<b>Notes</b>"), self)
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_row = QHBoxLayout()
        notes_row.addWidget(self.notes_title, 1)
        notes_row.addWidget(make)
        notes_layout.addLayout(notes_row)
        notes_layout.addWidget(self.notes, 1)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.log)
        right.addWidget(notes_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        return right

    def _shortcuts(self) -> None:
        def bind(keys: str, slot: object) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)  # type: ignore[arg-type]

        bind("Ctrl+L", self.focus_entry)
        bind("F5", self.give_floor)
        bind("F6", self.end_floor)
        bind("Ctrl+M", self.start_recommendation)
        bind("Ctrl+Shift+R", self.toggle_reply)
        bind("Ctrl+P", self.show_projector)
        for number, category in enumerate(CATEGORY_ORDER, start=1):
            bind(f"Alt+{number}", lambda c=category: self.set_category(c))
            bind(f"Ctrl+{number}", lambda c=category: self.count_only(c))
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo
        delete = QAction(self.tr("Delete statement"), self.log)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_statement)
        self.log.addAction(delete)

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
        self.session_id = session_id
        self.quick_entry.meeting_id = self.session.meeting_id
        self.data_changed()
        self.ready.emit()

    def data_changed(self) -> None:
        """Read the session again after a change (ours, or undone, or redone)."""
        if not self.session_id:
            return
        try:
            statements = self.services.statements.of_session(self.session_id)
            queue = self.services.queue.of_session(self.session_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
            return
        # The tally and the floor follow from the log just read: no more queries.
        tally = Tally.of((s.kind, s.category) for s in statements)
        self.on_floor = next((s for s in reversed(statements) if s.on_the_floor), None)
        self.services.directory.forget(self.session.meeting_id if self.session else None)
        chosen = self._chosen_statement()
        self.log_model.set_statements(statements)
        numbers = {s.id: s.number for s in statements}
        self.queue.set_entries(queue, numbers)
        self.tally.show_tally(tally)
        self.floor.show_floor(self.on_floor, self.session)
        self._fill_answered(statements)
        if self.projector is not None:
            self.projector.show_state(self.session, self.on_floor, queue)
        keep = chosen.id if chosen is not None else None
        if keep is not None and keep in numbers:
            self._select_statement(keep)
        elif self.on_floor is not None:
            self._select_statement(self.on_floor.id)
        self._bind_notes()

    def answered_id(self) -> int | None:
        """The statement a right of reply would answer (ids kept beside the combo)."""
        index = self.answered.currentIndex()
        return self._answer_ids[index] if 0 <= index < len(self._answer_ids) else None

    def show_changes(self, changed: list[Statement], queue_changed: bool) -> None:
        """Show statements just logged or changed without reading the whole log again."""
        statements = self.log_model.statements
        where = {s.id: index for index, s in enumerate(statements)}
        for statement in changed:
            if statement.id in where:
                self.log_model.replace(where[statement.id], statement)
            else:
                self.log_model.append(statement)
                if statement.kind is StatementKind.STATEMENT:
                    who = statement.on_behalf_of or statement.speaker
                    self.answered.insertItem(
                        0, f"{statement.number}. {who or category_label(statement.category)}"
                    )
                    self._answer_ids.insert(0, statement.id)
        statements = self.log_model.statements
        self.tally.show_tally(Tally.of((s.kind, s.category) for s in statements))
        self.on_floor = next((s for s in reversed(statements) if s.on_the_floor), None)
        self.floor.show_floor(self.on_floor, self.session)
        queue = self.queue.entries
        if queue_changed:
            try:
                queue = self.services.queue.of_session(self.session_id)
            except RapporteurError as error:
                QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
                return
            self.queue.set_entries(queue, {s.id: s.number for s in statements})
        if self.projector is not None:
            self.projector.show_state(self.session, self.on_floor, queue)
        if changed:
            self._select_statement(changed[-1].id)
        self._bind_notes()

    def _fill_answered(self, statements: list[Statement]) -> None:
        current = self.answered_id()
        answerable = [s for s in reversed(statements) if s.kind is StatementKind.STATEMENT]
        self._answer_ids = [s.id for s in answerable]
        self.answered.clear()
        # One addItems call: QComboBox.addItem(text) passes a default None item
        # data that PySide6 6.12 under-counts on Python 3.11 (a crash after a few
        # thousand items), and one call is faster anyway.
        self.answered.addItems(
            [
                f"{s.number}. {s.on_behalf_of or s.speaker or category_label(s.category)}"
                for s in answerable
            ]
        )
        index = self._answer_ids.index(current) if current in self._answer_ids else 0
        self.answered.setCurrentIndex(index)

    # -- the log and the notes ---------------------------------------------------

    def _chosen_statement(self) -> Statement | None:
        row = self.log.currentIndex().row()
        statements = self.log_model.statements
        return statements[row] if 0 <= row < len(statements) else None

    def _select_statement(self, statement_id: int) -> None:
        for row, statement in enumerate(self.log_model.statements):
            if statement.id == statement_id:
                self.log.setCurrentIndex(self.log_model.index(row, 0))
                self.log.scrollTo(self.log_model.index(row, 0))
                return

    def _log_row_changed(self, *_args: object) -> None:
        self._bind_notes()

    def _bind_notes(self) -> None:
        statement = self._chosen_statement() or self.on_floor
        if statement is None:
            self.notes.bind(None)
            self.notes_title.setText(self.tr("<b>Notes</b>"))
            return
        self.notes.bind(statement.id, statement.notes)
        who = statement.speaker or statement.on_behalf_of or category_label(statement.category)
        self.notes_title.setText(self.tr("<b>Notes</b> — {0}. {1}").format(statement.number, who))

    def _notes_saved(self, statement_id: int) -> None:
        # Only the notes column of that row changes: no reload on the typing path.
        for row, statement in enumerate(self.log_model.statements):
            if statement.id == statement_id:
                self.log_model.statements[row] = replace(statement, notes=self.notes.toPlainText())
                index = self.log_model.index(row, 7)
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
        self.undo_stack.push(command)
        self._show_prompt("")
        return True

    def focus_entry(self) -> None:
        self.quick_entry.setFocus()
        self.quick_entry.selectAll()

    def _queue_request(self, request: Request) -> None:
        assert request.category is not None
        kind, replying_to = StatementKind.STATEMENT, None
        if self.reply.isChecked():
            kind, replying_to = StatementKind.RIGHT_OF_REPLY, self.answered_id()
            self.reply.setChecked(False)
        self.execute(
            QueueAdd(
                self, request.speaker, request.organization, request.category, kind, replying_to
            )
        )

    def toggle_reply(self) -> None:
        chosen = self._chosen_statement()
        if chosen is not None and chosen.id in self._answer_ids:
            self.answered.setCurrentIndex(self._answer_ids.index(chosen.id))
        self.reply.setChecked(not self.reply.isChecked())
        self.focus_entry()

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
            self.execute(EditStatement(self, statement, "category", category))

    def _edit_statement(self, statement: Statement, field: str, value: object) -> bool:
        if getattr(statement, field) == value:
            return False
        return self.execute(EditStatement(self, statement, field, value))

    def delete_statement(self) -> None:
        statement = self._chosen_statement()
        if statement is not None:
            self.notes.bind(None)
            self.execute(DeleteStatement(self, statement))

    def start_recommendation(self) -> None:
        text = self.notes.current_line_or_selection()
        if not text:
            self._show_prompt(
                self.tr("Put the cursor on a line of the notes (or select text) first.")
            )
            return
        self._awaiting_addressee = text
        choices = "  ".join(
            f"{number} {addressee_label(code)}" for number, code in enumerate(KNOWN_ADDRESSEES, 1)
        )
        self._show_prompt(self.tr("Recommendation to? {0}  (Esc: cancel)").format(choices))
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
                addressee = KNOWN_ADDRESSEES[key - Qt.Key.Key_1]
                text, self._awaiting_addressee = self._awaiting_addressee, None
                source = self.notes.statement_id
                self.execute(AddRecommendation(self, addressee, text, source))
                self._show_prompt(
                    self.tr("Recommendation to {0} added.").format(addressee_label(addressee))
                )
                return True
            if key == Qt.Key.Key_Escape:
                self._awaiting_addressee = None
                self._show_prompt("")
                return True
        return super().eventFilter(watched, event)

    def show_projector(self) -> None:
        if self.projector is None:
            self.projector = ProjectorWindow()
        queue = self.queue.entries
        self.projector.show_state(self.session, self.on_floor, queue)
        self.projector.show()
        self.projector.raise_()

    def _show_prompt(self, text: str) -> None:
        self.prompt.setText(text)
        self.prompt.setVisible(bool(text))

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
