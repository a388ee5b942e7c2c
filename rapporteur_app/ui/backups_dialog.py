"""File > Backups: the database's automatic backups, and putting one back."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.backups import BackupService
from rapporteur_app.ui import settings
from rapporteur_app.ui.accessible import name_controls


class BackupsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.restored = False
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        self.backups = BackupService(str(services.db.path))
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        self.list.setAccessibleName(self.tr("Backups"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        take = QPushButton(self.tr("Back up &now"), self)
        take.clicked.connect(self.take)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(take)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Backups are taken when the database is opened and every few minutes while "
                    "it changes, and kept in {0}."
                ).format(str(self.backups.all()[0].path.parent) if self.backups.all() else "-"),
                self,
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        settings.keep_geometry(self, "backups-dialog")
        name_controls(self)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for backup in self.backups.all():
            item = QListWidgetItem(f"{backup.taken:%Y-%m-%d %H:%M:%S} UTC — {backup.reason}")
            item.setData(Qt.ItemDataRole.UserRole, backup.name)
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)

    def take(self) -> None:
        try:
            copy = self.backups.take()
        except RapporteurError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Backed up as {0}.").format(copy.name))
        self.reload()

    def restore_selected(self, confirm: bool = True) -> None:
        item = self.list.currentItem()
        if item is None:  # Qt gives None with nothing chosen, whatever its stubs say
            return  # type: ignore[unreachable]
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore"),
                self.tr(
                    "Put this backup in place of the current database? The current one is "
                    "kept as a backup first."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db = self._services.db
        db.close()
        try:
            _, kept = self.backups.restore(str(item.data(Qt.ItemDataRole.UserRole)))
        except RapporteurError as error:
            self.message.setText(str(error))
            return
        finally:
            db.reopen()
        self.restored = True
        self.message.setText(
            self.tr("Restored. The database as it was is kept as {0}.").format(
                kept.name if kept else "-"
            )
        )
        self.reload()
