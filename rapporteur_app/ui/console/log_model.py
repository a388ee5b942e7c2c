"""The session's statements as a table, editable in place.

Edits are not written here: the model hands them to the console, which turns
each into an undoable command. A value the model cannot read (a time written
wrongly) is said through ``refused`` and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtGui import QFont

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.floor_request import JOINT_MARK, cosignatories_of
from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category, StatementKind
from rapporteur_app.domain.model import Statement, joint_name
from rapporteur_app.domain.replies import by_id, chain_text
from rapporteur_app.domain.text import parse_duration, parse_time
from rapporteur_app.ui.console.timing import clock
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.labels import category_label, kind_label
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.qt_values import (
    ALIGN_RIGHT,
    ALIGN_V_CENTER,
    DISPLAY_ROLE,
    EDIT_ROLE,
    FONT_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOL_TIP_ROLE,
)

Index = QModelIndex | QPersistentModelIndex
# (statement, {field: new value}) -> accepted
EditHandler = Callable[[Statement, dict[str, object]], bool]

NUMBER, TIME, SPEAKER, ON_BEHALF, CATEGORY, KIND, DURATION, NOTES = range(8)
# Marked for translation here, translated in the model ("LogModel").
COLUMNS = (
    str(QT_TRANSLATE_NOOP("LogModel", "No.")),
    str(QT_TRANSLATE_NOOP("LogModel", "Time")),
    str(QT_TRANSLATE_NOOP("LogModel", "Speaker")),
    str(QT_TRANSLATE_NOOP("LogModel", "On behalf of")),
    str(QT_TRANSLATE_NOOP("LogModel", "Category")),
    str(QT_TRANSLATE_NOOP("LogModel", "Kind")),
    str(QT_TRANSLATE_NOOP("LogModel", "Duration")),
    str(QT_TRANSLATE_NOOP("LogModel", "Notes")),
)
EDITABLE = {TIME, SPEAKER, ON_BEHALF, CATEGORY, KIND, DURATION}


class KindChoice(NamedTuple):
    # A NamedTuple: made at import, on the first paint's path, at a seventh of a frozen
    # dataclass's cost (docs/performance.md, round 10).
    """What the kind cell's editor hands back: the kind, and the statement a reply answers."""

    kind: StatementKind
    replying_to: int | None = None


def category_from(text: str) -> Category:
    """A category from what a person may type in the cell: 1 … 5, its code or its label."""
    folded = text.strip().casefold()
    if folded in ("1", "2", "3", "4", "5"):
        return CATEGORY_ORDER[int(folded) - 1]
    for category in CATEGORY_ORDER:
        if folded in (category.value, category_label(category).casefold()):
            return category
    # The choices as the cell takes them, in the user's words, not the codes.
    choices = ", ".join(
        f"{number} ({category_label(category)})"
        for number, category in enumerate(CATEGORY_ORDER, start=1)
    )
    raise InvalidInput.coded("unknown-category", text=repr(text), choices=choices)


def kind_from(text: str) -> KindChoice:
    folded = text.strip().casefold()
    if folded in ("r", "reply", kind_label(StatementKind.RIGHT_OF_REPLY).casefold()):
        return KindChoice(StatementKind.RIGHT_OF_REPLY)
    if folded in ("s", kind_label(StatementKind.STATEMENT).casefold()):
        return KindChoice(StatementKind.STATEMENT)
    try:
        return KindChoice(StatementKind.parse(text))
    except InvalidInput:
        choices = ", ".join(
            f"{letter} ({kind_label(kind)})"
            for letter, kind in (
                ("s", StatementKind.STATEMENT),
                ("r", StatementKind.RIGHT_OF_REPLY),
            )
        )
        raise InvalidInput.coded(
            "unknown-statement-kind", text=repr(text), choices=choices
        ) from None


class LogModel(QAbstractTableModel):
    refused = Signal(str)
    # The largest number in the log gained (or lost) a digit: the "No." column is
    # fitted again (log_view.py), once per digit, never per key.
    number_digits_changed = Signal()

    def __init__(self, on_edit: EditHandler, parent: Any = None) -> None:
        super().__init__(parent)
        self.statements: list[Statement] = []
        self._on_edit = on_edit
        self._row_of: dict[int, int] = {}
        self._flags: dict[int, Qt.ItemFlag] = {}  # a valid cell's flags, by column
        self.largest_number = 0  # of the statements in the log (its pages as they come)
        self._headers = [QCoreApplication.translate("LogModel", c) for c in COLUMNS]
        self._not_named = QCoreApplication.translate("LogModel", "not to be named")
        self._on_floor = QCoreApplication.translate("LogModel", "speaking")
        self._reply_short = QCoreApplication.translate("LogModel", "Reply")
        self._bold = QFont()  # the statement on the floor stands out in the log
        self._bold.setBold(True)

    # -- keeping the rows ----------------------------------------------------------

    def set_statements(self, statements: Sequence[Statement]) -> None:
        self.beginResetModel()
        self.statements = list(statements)
        self._row_of = {s.id: row for row, s in enumerate(self.statements)}
        self.endResetModel()
        self._note_largest(max((s.number for s in self.statements), default=0), reset=True)

    def append(self, statement: Statement) -> None:
        row = len(self.statements)
        self.beginInsertRows(QModelIndex(), row, row)
        self.statements.append(statement)
        self._row_of[statement.id] = row
        self.endInsertRows()
        self._note_largest(statement.number)

    def extend(self, statements: Sequence[Statement]) -> None:
        """Rows at the end, in one insertion (a page of a big log)."""
        if not statements:
            return
        first = len(self.statements)
        self.beginInsertRows(QModelIndex(), first, first + len(statements) - 1)
        for offset, statement in enumerate(statements):
            self._row_of[statement.id] = first + offset
        self.statements.extend(statements)
        self.endInsertRows()
        self._note_largest(max(s.number for s in statements))

    def _note_largest(self, number: int, reset: bool = False) -> None:
        """Keep :attr:`largest_number` (what was added, not the whole log: a key's cost
        stays the same at any size); say when its count of digits changes."""
        before = self.largest_number
        self.largest_number = number if reset else max(before, number)
        if len(str(self.largest_number)) != len(str(before)):
            self.number_digits_changed.emit()

    def replace(self, row: int, statement: Statement) -> None:
        self.statements[row] = statement
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, statement_id: int) -> int | None:
        return self._row_of.get(statement_id)

    def number_of(self, statement_id: int) -> int | None:
        row = self._row_of.get(statement_id)
        return self.statements[row].number if row is not None else None

    # -- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.statements)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def column_titles(self) -> list[str]:
        """The columns' titles, in the user's language."""
        return list(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY_ROLE:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked for every cell at every repaint: worked out once per column.
        if not index.isValid():
            return super().flags(index)
        column = index.column()
        flags = self._flags.get(column)
        if flags is None:
            flags = super().flags(index)
            if column in EDITABLE:
                flags |= Qt.ItemFlag.ItemIsEditable
            self._flags[column] = flags
        return flags

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # A repaint asks every cell for a dozen roles: answer the unused ones first.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        statement = self.statements[index.row()]
        column = index.column()
        # The roles as numbers: the first paint asks before the Qt namespace is built
        # (ui/qt_namespace.py).
        if role == EDIT_ROLE:
            return self._edit_text(statement, column)
        if role == TOOL_TIP_ROLE:
            if column == NOTES:
                return statement.notes or None
            if column == KIND and statement.replying_to_id is not None:
                # The whole chain: "Right of reply → 3. Ukraine → 1. Russian Federation".
                chain = chain_text(statement, by_id(self.statements))
                label = kind_label(StatementKind.RIGHT_OF_REPLY)
                return f"{label} → {chain}" if chain else label
            return None
        if role == FONT_ROLE and statement.on_the_floor:
            return self._bold
        if role == TEXT_ALIGNMENT_ROLE and column in (NUMBER, TIME, DURATION):
            return ALIGN_RIGHT | ALIGN_V_CENTER
        if role != DISPLAY_ROLE:
            return None
        if column == NUMBER:
            return statement.number
        if column == TIME:
            return f"{statement.start:%H:%M}" if statement.start else ""
        if column == SPEAKER:
            name = statement.speaker
            return f"{name} ({self._not_named})" if statement.anonymous else name
        if column == ON_BEHALF:
            # A joint statement: "European Union + Albania, Montenegro".
            return joint_name(statement.on_behalf_of, statement.cosignatories)
        if column == CATEGORY:
            return category_label(statement.category)
        if column == KIND:
            if statement.kind is StatementKind.RIGHT_OF_REPLY:
                return self._reply_text(statement, long=False)
            return kind_label(statement.kind)
        if column == DURATION:
            if statement.on_the_floor:
                return self._on_floor
            duration = statement.duration
            return clock(int(duration.total_seconds())) if duration is not None else ""
        return statement.notes.strip().split("\n", 1)[0][:160]

    def _reply_text(self, statement: Statement, long: bool) -> str:
        answered = self.number_of(statement.replying_to_id or -1)
        label = kind_label(StatementKind.RIGHT_OF_REPLY) if long else self._reply_short
        return f"{label} → {answered}" if answered else label

    def _edit_text(self, statement: Statement, column: int) -> str | None:
        if column == TIME:
            return f"{statement.start:%H:%M:%S}" if statement.start else ""
        if column == DURATION:
            duration = statement.duration
            return clock(int(duration.total_seconds())) if duration is not None else ""
        return {
            SPEAKER: statement.speaker,
            ON_BEHALF: joint_name(statement.on_behalf_of, statement.cosignatories),
            CATEGORY: category_label(statement.category),
            KIND: kind_label(statement.kind),
        }.get(column)

    def setData(self, index: Index, value: Any, role: int = EDIT_ROLE) -> bool:
        if role != EDIT_ROLE or index.column() not in EDITABLE:
            return False
        statement = self.statements[index.row()]
        try:
            changes = self._changes(statement, index.column(), value)
        except InvalidInput as error:
            self.refused.emit(describe(error))
            return False
        if all(getattr(statement, _ATTRIBUTE.get(k, k)) == v for k, v in changes.items()):
            return False
        return self._on_edit(statement, changes)

    def _changes(self, statement: Statement, column: int, value: Any) -> dict[str, object]:
        text = value if isinstance(value, str) else ""
        if column == SPEAKER:
            return {"speaker": text}
        if column == ON_BEHALF:
            # "European Union + Albania, Montenegro": the lead, then its co-signatories.
            lead, _, others = text.partition(JOINT_MARK)
            joined = cosignatories_of(others)
            return {"on_behalf_of": lead.strip(), "cosignatories": joined}
        if column == CATEGORY:
            category = value if isinstance(value, Category) else category_from(text)
            return {"category": category}
        if column == KIND:
            choice = value if isinstance(value, KindChoice) else kind_from(text)
            changes: dict[str, object] = {"kind": choice.kind}
            if choice.kind is StatementKind.RIGHT_OF_REPLY:
                changes["replying_to"] = choice.replying_to
            return changes
        if column == TIME:
            start = parse_time(text, "time", seconds=True) if text.strip() else None
            return {"start": start}
        # The duration: the end follows from the start.
        if statement.start is None:
            raise InvalidInput(
                QCoreApplication.translate(
                    "LogModel", "Give the statement's time first: its duration counts from it."
                )
            )
        seconds = parse_duration(text)
        began = datetime.combine(date(2000, 1, 1), statement.start)
        ended = began + timedelta(seconds=seconds)
        if ended.date() != began.date():
            raise InvalidInput(
                QCoreApplication.translate("LogModel", "A statement cannot run past midnight.")
            )
        return {"end": ended.time()}


_ATTRIBUTE = {"replying_to": "replying_to_id"}
_ROLES_ANSWERED = frozenset(
    int(role)
    for role in (
        DISPLAY_ROLE,
        EDIT_ROLE,
        TOOL_TIP_ROLE,
        FONT_ROLE,
        TEXT_ALIGNMENT_ROLE,
    )
)
