"""All the notes of a session on one page: in speaking order, or by category and
organization; searchable; each line one key away from the rapport.

Enter (or "To recommendation") makes the selected line a recommendation, drawn
from its statement, addressed as its words propose (else to the participating
States: the rapporteur changes it in the list above). Ctrl+Enter (or "Into the
narrative") puts the line into the narrative where its cursor is. A speaker who
asked not to be named appears only under the description the rapporteur chose.
"""

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.draft.addressee_proposal import propose_addressee
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import CATEGORY_ORDER, PARTICIPATING_STATES, StatementKind
from rapporteur_app.domain.model import Statement, name_for_documents
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.labels import category_label, kind_label
from rapporteur_app.ui.qt_namespace import Qt

_STATEMENT = Qt.ItemDataRole.UserRole
SPEAKING_ORDER = "order"
BY_CATEGORY = "category"


@dataclass(frozen=True, slots=True)
class NoteLine:
    statement_id: int
    who: str
    notes: str

    @property
    def text(self) -> str:
        return f"{self.who}: {self.notes}"


def _who(statement: Statement) -> str:
    """The floor by its delegation or organization, the panel by name; a speaker who
    asked not to be named only by the chosen description."""
    if statement.anonymous:
        return name_for_documents(statement)
    if statement.kind is StatementKind.PRESENTATION and statement.speaker:
        return statement.speaker
    return statement.on_behalf_of or statement.speaker or "—"


class NotesView(QWidget):
    """The session's notes; emits ``insert_requested`` with a line for the narrative."""

    insert_requested = Signal(str)
    recommendation_added = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id: int | None = None
        self._statements: list[Statement] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("notes-search")
        self.search.setPlaceholderText(self.tr("Search the notes (any words, any order)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.order = QComboBox(self)
        self.order.setObjectName("notes-order")
        self.order.addItem(self.tr("In speaking order"), SPEAKING_ORDER)
        self.order.addItem(self.tr("By category and organization"), BY_CATEGORY)
        self.order.currentIndexChanged.connect(self._fill)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("The notes of the session"))
        self.list.setObjectName("notes")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.count = QLabel(self)
        self.to_recommendation = QPushButton(self.tr("To &recommendation (Enter)"), self)
        self.to_recommendation.clicked.connect(self.make_recommendation)
        self.to_narrative = QPushButton(self.tr("Into the &narrative (Ctrl+Enter)"), self)
        self.to_narrative.clicked.connect(self.insert_into_narrative)
        for keys, action in (
            ("Return", self.make_recommendation),
            ("Enter", self.make_recommendation),
            ("Ctrl+Return", self.insert_into_narrative),
            ("Ctrl+Enter", self.insert_into_narrative),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(action)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.order)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.to_recommendation)
        buttons.addWidget(self.to_narrative)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def show_session(self, session_id: int) -> None:
        self._session_id = session_id
        self.reload()

    def reload(self) -> None:
        if self._session_id is None:
            return
        try:
            statements = self._services.statements.of_session(self._session_id)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        self._statements = [s for s in statements if s.notes.strip()]
        self._fill()

    def lines(self) -> list[NoteLine]:
        """The lines shown, in the order shown (headings left out)."""
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            statement_id = item.data(_STATEMENT)
            if statement_id is not None:
                found.append(self._line(int(statement_id)))
        return found

    def _line(self, statement_id: int) -> NoteLine:
        statement = next(s for s in self._statements if s.id == statement_id)
        return NoteLine(statement.id, _who(statement), " ".join(statement.notes.split()))

    def _matches(self, statement: Statement) -> bool:
        words = search_key(self.search.text()).split()
        haystack = search_key(f"{_who(statement)} {statement.notes}")
        return all(word in haystack for word in words)

    def _fill(self, *_args: object) -> None:
        shown = [s for s in self._statements if self._matches(s)]
        self.list.clear()
        if self.order.currentData() == BY_CATEGORY:
            self._fill_by_category(shown)
        else:
            for statement in shown:
                self._add_line(statement, self._prefix(statement))
        self.count.setText(
            self.tr("%1 of %2 notes").replace("%1", str(len(shown)))
            .replace("%2", str(len(self._statements)))
        )  # fmt: skip
        if self.list.count():
            first = next(
                (r for r in range(self.list.count()) if self.list.item(r).data(_STATEMENT)), 0
            )
            self.list.setCurrentRow(first)

    def _prefix(self, statement: Statement) -> str:
        clock = f"{statement.start:%H:%M} " if statement.start is not None else ""
        if statement.kind is StatementKind.STATEMENT:
            return f"{statement.number}. {clock}"
        return f"{statement.number}. {clock}[{kind_label(statement.kind)}] "

    def _fill_by_category(self, shown: list[Statement]) -> None:
        # The floor's groups count as the tally does: the panel and the rights of reply
        # apart from the five categories.
        panel = [s for s in shown if s.kind is StatementKind.PRESENTATION]
        replies = [s for s in shown if s.kind is StatementKind.RIGHT_OF_REPLY]
        groups = [(kind_label(StatementKind.PRESENTATION), panel)] if panel else []
        for category in CATEGORY_ORDER:
            of_category = [
                s for s in shown if s.category is category and s.kind is StatementKind.STATEMENT
            ]
            if of_category:
                groups.append((category_label(category), of_category))
        if replies:
            groups.append((kind_label(StatementKind.RIGHT_OF_REPLY), replies))
        for heading, statements in groups:
            title = QListWidgetItem(f"{heading} ({len(statements)})")
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(title)
            for statement in sorted(statements, key=lambda s: (search_key(_who(s)), s.number)):
                self._add_line(statement, "")

    def _add_line(self, statement: Statement, prefix: str) -> None:
        line = self._line(statement.id)
        item = QListWidgetItem(f"{prefix}{line.text}")
        item.setData(_STATEMENT, statement.id)
        self.list.addItem(item)

    def _current(self) -> NoteLine | None:
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None or item.data(_STATEMENT) is None:
            return None
        return self._line(int(item.data(_STATEMENT)))

    def make_recommendation(self) -> None:
        line = self._current()
        if line is None or self._session_id is None:
            return
        proposal = propose_addressee(line.notes)
        addressee = proposal.addressee if proposal is not None else PARTICIPATING_STATES
        try:
            self._services.recommendations.add(
                self._session_id, addressee, line.notes, statement_id=line.statement_id
            )
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return
        self.recommendation_added.emit()

    def insert_into_narrative(self) -> None:
        line = self._current()
        if line is not None:
            self.insert_requested.emit(line.text)
