"""The log of the session's statements: a table edited in place.

F2 or a double-click edits a cell. Category and kind are chosen from a list
(the kind's list also offers "right of reply to" each earlier statement);
time, duration, speaker and delegation are typed. A right-click offers what
the keys do.
"""

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from rapporteur_app.domain.kinds import CATEGORY_ORDER, StatementKind
from rapporteur_app.ui.console.first_paint_rows import FirstPaintRows, column_titles
from rapporteur_app.ui.console.log_model import (
    CATEGORY,
    COLUMNS,
    DURATION,
    KIND,
    NOTES,
    NUMBER,
    ON_BEHALF,
    SPEAKER,
    TIME,
    KindChoice,
    LogModel,
)
from rapporteur_app.ui.key_sequences import give_standard_key
from rapporteur_app.ui.labels import category_label, kind_label
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.qt_values import (
    CUSTOM_CONTEXT_MENU,
    SCROLL_BAR_ALWAYS_OFF,
    WIDGET_SHORTCUT,
)

Index = QModelIndex | QPersistentModelIndex

# Short columns, in average characters; the rest share what is left of the width,
# the notes most (their first line is what the rapporteur scans for). The number's
# column is wider when the session's numbers need it (see _number_width).
_FIXED = {NUMBER: 4, TIME: 6, KIND: 11, DURATION: 10}
# Room beside a column's text: the cell's margins and the header's sort mark.
_PADDING = 14
_SHARES = {SPEAKER: 0.24, ON_BEHALF: 0.24, CATEGORY: 0.16, NOTES: 0.36}
_LEAST = {SPEAKER: 10, ON_BEHALF: 10, CATEGORY: 9, NOTES: 12}
# At most this many earlier statements are offered as what a reply answers.
_ANSWERABLE_SHOWN = 200


class LogDelegate(QStyledItemDelegate):
    """Lists for category and kind; the plain line editor for the rest."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Esc in a cell being edited cancels the edit (Qt's delegate does that on the
        # key press) rather than being the console's window-wide Esc, whose move of
        # the focus would save the half-typed cell instead.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().eventFilter(editor, event)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == CATEGORY:
            combo = QComboBox(parent)
            combo.addItems(
                [f"{n}  {category_label(c)}" for n, c in enumerate(CATEGORY_ORDER, start=1)]
            )
            return combo
        if index.column() == KIND:
            return self._kind_editor(parent, index)
        return super().createEditor(parent, option, index)

    def _kind_editor(self, parent: QWidget, index: Index) -> QComboBox:
        model = index.model()
        assert isinstance(model, LogModel)
        combo = QComboBox(parent)
        choices = [KindChoice(StatementKind.STATEMENT), KindChoice(StatementKind.RIGHT_OF_REPLY)]
        texts = [kind_label(StatementKind.STATEMENT), kind_label(StatementKind.RIGHT_OF_REPLY)]
        # Any earlier statement, a reply included: replies answer replies.
        earlier = model.statements[: index.row()][-_ANSWERABLE_SHOWN:]
        for statement in reversed(earlier):
            who = statement.on_behalf_of or statement.speaker or category_label(statement.category)
            choices.append(KindChoice(StatementKind.RIGHT_OF_REPLY, statement.id))
            texts.append(self.tr("Right of reply to {0}. {1}").format(statement.number, who))
        combo.addItems(texts)
        combo.setProperty("choices", choices)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        model = index.model()
        assert isinstance(model, LogModel)
        statement = model.statements[index.row()]
        if index.column() == CATEGORY:
            editor.setCurrentIndex(CATEGORY_ORDER.index(statement.category))
            return
        choices: list[KindChoice] = editor.property("choices")
        current = KindChoice(statement.kind, statement.replying_to_id)
        editor.setCurrentIndex(choices.index(current) if current in choices else 0)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        row = editor.currentIndex()
        if index.column() == CATEGORY:
            model.setData(index, CATEGORY_ORDER[row])
            return
        choices: list[KindChoice] = editor.property("choices")
        model.setData(index, choices[row])


class LogView(QTableView):
    """The log. ``first_paint``: shown before the database is open, the window's first
    paint shows it through :class:`FirstPaintRows` until :meth:`make_editable`."""

    # The current row moved (whichever model the log shows: see make_editable).
    current_row_changed = Signal()

    def __init__(
        self, model: LogModel, parent: QWidget | None = None, first_paint: bool = False
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Log of the statements"))
        self.setObjectName("log")
        self._log_model = model
        if first_paint:
            self.setModel(FirstPaintRows(model, self))
            self.horizontalHeader().setModel(column_titles(model, self))
        else:
            self.setModel(model)
        self.setItemDelegate(LogDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        # Tab leaves the log for the notes, never walks from cell to cell.
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        # By name, not the Qt namespace, before the first paint (ui/qt_values.py).
        self.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        assert len(COLUMNS) == NOTES + 1
        self.delete_action = QAction(self.tr("Delete the statement"), parent=self)
        give_standard_key(self.delete_action, QKeySequence.StandardKey.Delete)
        self.delete_action.setProperty("shortcutContext", WIDGET_SHORTCUT)
        self.addAction(self.delete_action)
        self.context_actions: list[QAction | None] = []
        self.setProperty("contextMenuPolicy", CUSTOM_CONTEXT_MENU)
        self.customContextMenuRequested.connect(self._context_menu)
        model.number_digits_changed.connect(self.fit_columns)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        selection = self.selectionModel()
        if selection is not None:
            selection.currentRowChanged.connect(lambda *_: self.current_row_changed.emit())

    def make_editable(self) -> None:
        """Right after the first paint (or once the services are there): the log's own
        model in place of the first paint's rows, the current row and the scrolling kept."""
        shown = self.model()
        if shown is self._log_model:
            return
        current = self.currentIndex()
        scrolled = self.verticalScrollBar().value()
        titles = self.horizontalHeader().model()
        self.setModel(self._log_model)  # the header takes its titles from it again
        for made in (shown, titles):
            if made is not None and made is not self._log_model:
                made.deleteLater()
        self.fit_columns()
        if current.isValid():
            self.setCurrentIndex(self._log_model.index(current.row(), current.column()))
        self.verticalScrollBar().setValue(scrolled)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Every column in view, none scrolled sideways (unless the window is narrower
        than the columns' titles): the short ones at their size, the others sharing the
        rest."""
        header = self.horizontalHeader()
        character = self.fontMetrics().averageCharWidth()
        # Each column at least as wide as its title, in whatever language it is written.
        fixed = {
            column: max(
                width * character + _PADDING, header.sectionSizeFromContents(column).width()
            )
            for column, width in _FIXED.items()
        }
        fixed[NUMBER] = max(fixed[NUMBER], self._number_width())
        # The header spans the viewport (QTableView lays it out so): asking the
        # viewport itself would make PySide work out its Python type, which builds the
        # enums of every widget class it might be (some 40, 13 ms) before the paint.
        rest = max(0, header.width() - sum(fixed.values()))
        for column, width in fixed.items():
            header.resizeSection(column, width)
        for column, share in _SHARES.items():
            if column != NOTES:  # the last section stretches into what is left
                least = max(
                    _LEAST[column] * character, header.sectionSizeFromContents(column).width()
                )
                header.resizeSection(column, max(least, int(rest * share)))

    def _number_width(self) -> int:
        """Wide enough for the log's largest number (a session past 99,999 has six
        digits), in bold as the statement on the floor is shown: the widest digit
        times the digits, so any number of that many digits fits."""
        bold = self.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        digit = max(metrics.horizontalAdvance(d) for d in "0123456789")
        return digit * len(str(self._log_model.largest_number)) + _PADDING

    def _context_menu(self, where: QPoint) -> None:
        index = self.indexAt(where)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        menu = QMenu(self)
        edit = menu.addAction(self.tr("Edit this cell  (F2)"), lambda: self.edit(index))
        edit.setEnabled(bool(self.model().flags(index) & Qt.ItemFlag.ItemIsEditable))
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.addAction(self.delete_action)
        menu.popup(self.viewport().mapToGlobal(where))
