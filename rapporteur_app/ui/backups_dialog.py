"""File > Backups: the database's automatic backups, and putting one back.

A restore runs in a worker (a large database takes seconds to copy and check):
a progress bar shows after half a second, the window goes on repainting, and the
dialog cannot be closed before the database is open again.
"""

from pathlib import Path

from PySide6.QtGui import QCloseEvent
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
from rapporteur_app.ui.background import Job, Report
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.qt_namespace import Qt


class BackupsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.restored = False
        self.restoring: Job | None = None
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
        self.take_button = take
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"), self)
        # Through a lambda: clicked's "checked" (False) must not answer "confirm".
        self.restore_button.clicked.connect(lambda _checked=False: self.restore_selected())
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
            self.message.setText(describe(error))
            return
        self.message.setText(self.tr("Backed up as {0}.").format(copy.name))
        self.reload()

    def restore_selected(self, confirm: bool = True) -> Job | None:
        """Put the chosen backup in place, in a worker; the job is returned (None when
        nothing was chosen or the user said no)."""
        item = self.list.currentItem()
        if item is None:  # Qt gives None with nothing chosen, whatever its stubs say
            return None  # type: ignore[unreachable]
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
                return None
        name = str(item.data(Qt.ItemDataRole.UserRole))
        db, backups = self._services.db, self.backups

        def work(report: Report) -> Path | None:
            db.close()
            try:
                _, kept = backups.restore(name)
            finally:
                report(1)
                db.reopen()  # checked and upgraded: a backup of an older version opens too
            return kept

        self.take_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.message.setText(self.tr("Restoring {0}…").format(name))
        job = Job(
            self,
            self.tr("Restore"),
            [self.tr("Putting the backup in place…"), self.tr("Opening the restored database…")],
            work,
            tell=False,
        )
        job.done.connect(self._restored)
        job.failed.connect(self._refused)
        self.restoring = job
        return job

    def _restored(self, kept: object) -> None:
        self.restoring = None
        self.restored = True
        self.take_button.setEnabled(True)
        self.message.setText(
            self.tr("Restored. The database as it was is kept as {0}.").format(
                kept.name if isinstance(kept, Path) else "-"
            )
        )
        self.reload()

    def _refused(self, message: str) -> None:
        self.restoring = None
        self.take_button.setEnabled(True)
        self.message.setText(message)
        self.reload()

    def reject(self) -> None:
        # Not while a restore runs: the database is being put back in place.
        if self.restoring is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.restoring is not None:
            event.ignore()
            return
        super().closeEvent(event)
