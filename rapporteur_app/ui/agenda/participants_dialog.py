"""The people and organizations met so far, to tidy up after a session:
two spellings of one organization or one person are merged into one."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.labels import category_label


class _MergeList(QWidget):
    def __init__(
        self,
        load: Callable[[], list[tuple[int, str]]],
        merge: Callable[[int, int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._merge = load, merge
        self.list = QListWidget(self)
        self.list.setSelectionMode(QListWidget.SelectionMode.MultiSelection)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.merge_button = QPushButton(
            self.tr("Merge the two selected (the first one stays)"), self
        )
        self.merge_button.clicked.connect(self.merge)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for identifier, text in self._load():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, identifier)
            self.list.addItem(item)

    def merge(self) -> None:
        chosen = sorted(self.list.selectedItems(), key=self.list.row)
        if len(chosen) != 2:
            self.message.setText(self.tr("Select exactly two."))
            return
        keep, other = (int(item.data(Qt.ItemDataRole.UserRole)) for item in chosen)
        try:
            self._merge(keep, other)
        except RapporteurError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Merged into “{0}”.").format(chosen[0].text()))
        self.reload()


class ParticipantsDialog(QDialog):
    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participants and organizations"))
        self.resize(760, 560)
        self.people = _MergeList(
            lambda: [
                (p.id, " — ".join(part for part in (p.name, p.function, p.organization) if part))
                for p in services.participants.of_meeting(meeting_id)
            ],
            services.participants.merge,
            self,
        )
        self.organizations = _MergeList(
            lambda: [
                (o.id, f"{o.name} — {category_label(o.category)}")
                for o in services.organizations.stored()
            ],
            services.organizations.merge,
            self,
        )
        tabs = QTabWidget(self)
        tabs.addTab(self.people, self.tr("People"))
        tabs.addTab(self.organizations, self.tr("Organizations"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
