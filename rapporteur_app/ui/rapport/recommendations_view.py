"""The session's recommendations: edit, reorder (drag or Alt+Up/Down), merge
two, leave one out of the rapport, change the addressee, add, delete.

Below the list, the selected recommendation's sources ("made by") and, when its
own words address someone else than its addressee ("ODIHR should …"), that
addressee to accept with one click; near-duplicates heard from several
statements are marked and merged into the selected one with one click, keeping
every source statement. Nothing changes until the rapporteur clicks.

Every change is saved at once through the services; the list then reloads,
so what is shown is what is stored.
"""

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.draft.review import RecommendationReview, ReviewedRecommendation
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import KNOWN_ADDRESSEES
from rapporteur_app.domain.rich_text import to_plain
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.labels import addressee_label
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.rich_text_edit import RichLineEdit

_ID = Qt.ItemDataRole.UserRole
# The recommendation's stored words (markup); the list shows them as read.
_MARKUP = Qt.ItemDataRole.UserRole + 2
_TEXT_PAUSE_MS = 600
_P = ParamSpec("_P")
_R = TypeVar("_R")


class RecommendationsView(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id: int | None = None
        self._loading = False
        self._review = RecommendationReview((), ())
        self.list = QListWidget(self)
        self.list.setObjectName("recommendations")
        self.list.setAccessibleName(self.tr("Recommendations"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.model().rowsMoved.connect(self._save_order)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._show_addressee)
        self.addressee = QComboBox(self)
        self.addressee.setObjectName("addressee")
        self.addressee.setEditable(True)
        self.addressee.setToolTip(self.tr("Addressee of the selected recommendation"))
        for code in KNOWN_ADDRESSEES:
            self.addressee.addItem(addressee_label(code), code)
        self.addressee.activated.connect(self._set_addressee)
        line = self.addressee.lineEdit()
        assert line is not None  # the combo box is editable
        line.editingFinished.connect(self._set_addressee)
        # The selected recommendation's words, edited formatted (Ctrl+B, Ctrl+I, Ctrl+K):
        # saved on Enter, when the focus leaves, and after a pause in the typing.
        self.edit_text = RichLineEdit(self)
        self.edit_text.setObjectName("recommendation-text")
        self.edit_text.setPlaceholderText(
            self.tr("The selected recommendation: edit it here (Ctrl+B bold, Ctrl+I italic)")
        )
        self._text_timer = QTimer(self, singleShot=True, interval=_TEXT_PAUSE_MS)
        self._text_timer.timeout.connect(self._save_text)
        self.edit_text.returnPressed.connect(self._save_text)
        self.edit_text.markupEdited.connect(self._text_timer.start)
        self.edit_text.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda *_: self.edit_text.setFocus())
        self.new_text = RichLineEdit(self, lines=1)
        self.new_text.setObjectName("new-recommendation")
        self.new_text.setPlaceholderText(self.tr("New recommendation: type it and press Enter"))
        self.new_text.returnPressed.connect(self._add)
        self.merge_button = QPushButton(self.tr("Mer&ge two"), self)
        self.merge_button.clicked.connect(self._merge)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.clicked.connect(self._delete)
        self.details, self.accept_button, self.duplicates_button = self._proposal_widgets()
        up = QPushButton(self.tr("Up"), self)
        up.setToolTip(self.tr("Move up (Alt+Up)"))
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Down"), self)
        down.setToolTip(self.tr("Move down (Alt+Down)"))
        down.clicked.connect(lambda: self._move(1))
        self._lay_out(up, down)

    def _lay_out(self, up: QPushButton, down: QPushButton) -> None:
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self._move(step))
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete)
        buttons = QHBoxLayout()
        for widget in (self.addressee, up, down, self.merge_button, self.delete_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        proposals = QHBoxLayout()
        proposals.addWidget(self.details, 1)
        proposals.addWidget(self.accept_button)
        proposals.addWidget(self.duplicates_button)
        layout.addLayout(proposals)
        layout.addWidget(self.edit_text)
        layout.addWidget(self.new_text)

    def _proposal_widgets(self) -> tuple[QLabel, QPushButton, QPushButton]:
        details = QLabel(self)
        details.setObjectName("recommendation-details")
        details.setWordWrap(True)
        accept = QPushButton(self.tr("Accept the proposed &addressee"), self)
        accept.setObjectName("accept-addressee")
        accept.clicked.connect(self._accept_addressee)
        duplicates = QPushButton(self.tr("Merge its d&uplicates into it"), self)
        duplicates.setObjectName("merge-duplicates")
        duplicates.setToolTip(
            self.tr("Keep this wording; the duplicates go, every statement they came from stays")
        )
        duplicates.clicked.connect(self._merge_duplicates)
        return details, accept, duplicates

    def show_session(self, session_id: int) -> None:
        self._session_id = session_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        if self._session_id is None:
            return
        current = select_id if select_id is not None else self._current_id()
        review = self._call(self._services.recommendation_review.review, self._session_id)
        if review is None:
            return
        self._review = review
        self._loading = True
        try:
            self.list.clear()
            for reviewed in review.items:
                self.list.addItem(self._item(reviewed))
                if reviewed.recommendation.id == current:
                    self.list.setCurrentRow(self.list.count() - 1)
        finally:
            self._loading = False
        self._show_addressee()

    def _item(self, reviewed: ReviewedRecommendation) -> QListWidgetItem:
        recommendation = reviewed.recommendation
        # Shown as read; its words are edited formatted in the field below the list.
        item = QListWidgetItem(to_plain(recommendation.text))
        item.setData(_ID, recommendation.id)
        item.setData(_MARKUP, recommendation.text)
        tip = addressee_label(recommendation.addressee)
        if reviewed.made_by:
            tip += "\n" + self.tr("Made by: %1").replace("%1", reviewed.made_by)
        # A mark on the line where there is something to accept, said in its tooltip.
        duplicated = any(recommendation.id in g for g in self._review.duplicate_groups)
        if reviewed.proposal is not None:
            tip += "\n" + self.tr("Its words address %1.").replace(
                "%1", addressee_label(reviewed.proposal.addressee)
            )
        if duplicated:
            tip += "\n" + self.tr("Said the same as another of the list.")
        if reviewed.proposal is not None or duplicated:
            mark = QStyle.StandardPixmap.SP_MessageBoxInformation
            item.setIcon(self.style().standardIcon(mark))
        item.setData(Qt.ItemDataRole.ToolTipRole, tip)
        item.setData(Qt.ItemDataRole.UserRole + 1, recommendation.addressee)
        item.setFlags(
            item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
        )
        included = Qt.CheckState.Checked if recommendation.included else Qt.CheckState.Unchecked
        item.setCheckState(included)
        return item

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(_ID)) if item is not None else None

    def _call(self, action: Callable[_P, _R], *args: _P.args, **kwargs: _P.kwargs) -> _R | None:
        """Run a service call; a refusal is shown, and the list shows the stored state."""
        try:
            return action(*args, **kwargs)
        except RapporteurError as error:
            QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
            return None

    def _done(self, select_id: int | None = None) -> None:
        self.reload(select_id)
        self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        identifier = int(item.data(_ID))
        included = item.checkState() == Qt.CheckState.Checked
        self._call(self._services.recommendations.update, identifier, included=included)
        self._done(identifier)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit_text and event.type() == QEvent.Type.FocusOut:
            self._save_text()
        return super().eventFilter(watched, event)

    def _show_text(self) -> None:
        """The selected recommendation's words in the editor (left alone when they are
        what it holds already, so a save while typing does not move the cursor)."""
        if self._loading:
            return  # the list is being filled again: shown once it is there
        if self._text_timer.isActive():
            self._save_text()  # what was typed goes to the one it was typed for
        self._text_timer.stop()
        item: QListWidgetItem | None = self.list.currentItem()
        markup = str(item.data(_MARKUP)) if item is not None else ""
        self._editing = int(item.data(_ID)) if item is not None else None
        self.edit_text.setEnabled(item is not None)
        if self.edit_text.text() != markup:
            self.edit_text.setText(markup)

    def _save_text(self) -> None:
        """Save the edited words of the recommendation they belong to."""
        self._text_timer.stop()
        identifier = getattr(self, "_editing", None)
        if identifier is None or self._loading:
            return
        typed = self.edit_text.text()
        stored = next(
            (
                r.recommendation.text
                for r in self._review.items
                if r.recommendation.id == identifier
            ),
            None,
        )
        if stored is None or typed == stored or not typed.strip():
            return
        self._call(self._services.recommendations.update, identifier, text=typed)
        self._done(self._current_id())

    def _reviewed(self) -> ReviewedRecommendation | None:
        identifier = self._current_id()
        for reviewed in self._review.items:
            if reviewed.recommendation.id == identifier:
                return reviewed
        return None

    def _duplicates(self) -> tuple[int, ...]:
        identifier = self._current_id()
        for group in self._review.duplicate_groups:
            if identifier in group:
                return tuple(other for other in group if other != identifier)
        return ()

    def _show_details(self) -> None:
        reviewed = self._reviewed()
        proposal = reviewed.proposal if reviewed is not None else None
        duplicates = self._duplicates()
        lines: list[str] = []
        if reviewed is not None and reviewed.made_by:
            lines.append(self.tr("Made by: %1").replace("%1", reviewed.made_by))
        if proposal is not None:
            lines.append(
                self.tr("Its words address %1 (“%2”).")
                .replace("%1", addressee_label(proposal.addressee))
                .replace("%2", proposal.because)
            )
        if duplicates:
            lines.append(self.tr("Said the same as %n other(s) of the list.", "", len(duplicates)))
        groups = len(self._review.duplicate_groups)
        proposals = sum(1 for r in self._review.items if r.proposal is not None)
        if groups or proposals:
            lines.append(
                self.tr("In all: %1 proposed addressee(s), %2 group(s) of duplicates.")
                .replace("%1", str(proposals))
                .replace("%2", str(groups))
            )
        self.details.setText("\n".join(lines))
        self.accept_button.setEnabled(proposal is not None)
        self.duplicates_button.setEnabled(bool(duplicates))

    def _accept_addressee(self) -> None:
        identifier = self._current_id()
        if identifier is None:
            return
        self._call(self._services.recommendation_review.accept_addressee, identifier)
        self._done(identifier)

    def _merge_duplicates(self) -> None:
        identifier, duplicates = self._current_id(), self._duplicates()
        if identifier is None or not duplicates:
            return
        self._call(self._services.recommendation_review.merge_duplicates, identifier, duplicates)
        self._done(identifier)

    def _show_addressee(self, *_args: object) -> None:
        self._show_details()
        self._show_text()
        # Typed as never None, but it is when the list is empty.
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            return
        code = str(item.data(Qt.ItemDataRole.UserRole + 1))
        index = self.addressee.findData(code)
        if index >= 0:
            self.addressee.setCurrentIndex(index)
        else:
            self.addressee.setEditText(code)

    def _chosen_addressee(self) -> str:
        text = self.addressee.currentText()
        index = self.addressee.findText(text)
        return str(self.addressee.itemData(index)) if index >= 0 else text

    def _set_addressee(self, *_args: object) -> None:
        identifier = self._current_id()
        if identifier is None or self._loading:
            return
        self._call(
            self._services.recommendations.update, identifier, addressee=self._chosen_addressee()
        )
        self._done(identifier)

    def _add(self) -> None:
        if self._session_id is None:
            return
        added = self._call(
            self._services.recommendations.add,
            self._session_id,
            self._chosen_addressee(),
            self.new_text.text(),
        )
        if added is not None:
            self.new_text.clear()
            self._done(added.id)

    def _ids_in_order(self) -> list[int]:
        return [int(self.list.item(row).data(_ID)) for row in range(self.list.count())]

    def _save_order(self, *_args: object) -> None:
        if self._session_id is None or self._loading:
            return
        self._call(self._services.recommendations.reorder, self._session_id, self._ids_in_order())
        self._done()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if self._session_id is None or row < 0 or not 0 <= target < self.list.count():
            return
        order = self._ids_in_order()
        order[row], order[target] = order[target], order[row]
        self._call(self._services.recommendations.reorder, self._session_id, order)
        self._done(order[target])

    def _merge(self) -> None:
        rows = sorted(self.list.row(item) for item in self.list.selectedItems())
        if len(rows) != 2:
            QMessageBox.information(
                self, self.tr("Rapporteur"), self.tr("Select two recommendations to merge.")
            )
            return
        keep, other = (int(self.list.item(row).data(_ID)) for row in rows)
        self._call(self._services.recommendations.merge, keep, other)
        self._done(keep)

    def _delete(self) -> None:
        for item in self.list.selectedItems():
            self._call(self._services.recommendations.delete, int(item.data(_ID)))
        self._done()
