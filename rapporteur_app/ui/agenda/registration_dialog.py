"""The registration import: what the file holds, row by row, before anything is added.

Nothing is written until *Import* is pressed, and *Import* stays disabled while
the file has an error: the user corrects the file and reads it again. The file is
read in a worker (a registration desk's list of thousands takes a while): the
dialog says it is reading, and the window goes on answering.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rapporteur_app.services.app_services import Services
from rapporteur_app.services.registration import (
    RegistrationPreview,
    RegistrationResult,
    RowAction,
)
from rapporteur_app.ui import settings
from rapporteur_app.ui.accessible import name_controls
from rapporteur_app.ui.agenda.registration_model import (
    ACTION_ROLE,
    RegistrationModel,
    row_note,
    status_label,
)
from rapporteur_app.ui.background import Job
from rapporteur_app.ui.translation_marks import QT_TRANSLATE_NOOP

FILE_FILTER = QT_TRANSLATE_NOOP(
    "RegistrationDialog", "Registration lists (*.csv *.xlsx *.txt *.tsv)"
)


class RegistrationDialog(QDialog):
    def __init__(
        self,
        services: Services,
        meeting_id: int,
        path: str | Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.meeting_id = meeting_id
        self.path: Path | None = Path(path) if path else None
        self.preview: RegistrationPreview | None = None
        self.result_: RegistrationResult | None = None
        self.job: Job | None = None
        self.reading: Job | None = None
        self.setWindowTitle(self.tr("Import the registration list"))
        self.resize(1150, 640)
        top = self._top_row()
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.model = RegistrationModel()
        self.rows = QSortFilterProxyModel(self)
        self.rows.setSourceModel(self.model)
        self.rows.setFilterRole(ACTION_ROLE)
        self.rows.setFilterKeyColumn(0)
        self.table = QTableView(self)
        self.table.setObjectName("preview")
        self.table.setAccessibleName(self.tr("The registration list as read"))
        self.table.setModel(self.rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        settings.keep_geometry(self, "registration-dialog")
        name_controls(self)
        self.read()

    def _top_row(self) -> QHBoxLayout:
        self.file_label = QLabel(self)
        self.file_label.setObjectName("file")
        self.choose_button = QPushButton(self.tr("Choose a file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.reread_button = QPushButton(self.tr("Read it again"), self)
        self.reread_button.setToolTip(self.tr("After correcting the file, read it again"))
        self.reread_button.clicked.connect(self.read)
        self.show_only = QComboBox(self)
        self.show_only.setObjectName("show-only")
        self.show_only.addItem(self.tr("All rows"), "")
        for action in (RowAction.ERROR, RowAction.ADD, RowAction.EXISTING, RowAction.DUPLICATE):
            self.show_only.addItem(status_label(action), action.value)
        self.show_only.currentIndexChanged.connect(self._filter)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        top.addWidget(self.reread_button)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.show_only)
        return top

    @property
    def added(self) -> int | None:
        return self.result_.added if self.result_ is not None else None

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Registration list"), str(self.path.parent) if self.path else "",
            QCoreApplication.translate("RegistrationDialog", FILE_FILTER),
        )  # fmt: skip
        if path:
            self.path = Path(path)
            self.read()

    def read(self) -> Job | None:
        """Read the file (again) in a worker and show what importing it would do."""
        self.preview = None
        self.model.set_preview(None)
        self.import_button.setEnabled(False)
        if self.path is None:
            self.reread_button.setEnabled(False)
            self.file_label.setText(self.tr("No file chosen."))
            self.summary.setText(self.tr("Choose a CSV or Excel (.xlsx) registration list."))
            return None
        self.file_label.setText(str(self.path))
        self.summary.setText(self.tr("Reading the file…"))
        # One read at a time: the buttons that start another wait for this one.
        self.reread_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        registration, meeting_id, path = self._services.registration, self.meeting_id, self.path
        job = Job(
            self,
            self.tr("Import the registration list"),
            [self.tr("Reading the registration list…")],
            lambda _report: registration.preview(meeting_id, path),
            tell=False,
        )
        job.done.connect(self._read)
        job.failed.connect(self._unreadable)
        self.reading = job
        return job

    def _read_over(self) -> None:
        self.reading = None
        self.reread_button.setEnabled(True)
        self.choose_button.setEnabled(True)

    def _unreadable(self, message: str) -> None:
        self._read_over()
        self.summary.setText(f"⚠ {message}")

    def _read(self, preview: object) -> None:
        assert isinstance(preview, RegistrationPreview)
        self._read_over()
        self.preview = preview
        self.model.set_preview(preview)
        # Sized from the rows in view, not all of them: Qt's default (1000 rows) takes
        # a second of the GUI thread for a list of ten thousand; these take 25 ms.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.resizeColumnsToContents()
        for column in range(2, 8):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self._say(preview)

    def _say(self, preview: RegistrationPreview) -> None:
        text = self.tr(
            "{0} to add, {1} already registered, {2} repeated in the file, {3} with errors."
        ).format(
            preview.count(RowAction.ADD),
            preview.count(RowAction.EXISTING),
            preview.count(RowAction.DUPLICATE),
            len(preview.errors),
        )
        if preview.ignored_columns:
            ignored = ", ".join(preview.ignored_columns)
            text += " " + self.tr("Columns not used: {0}.").format(ignored)
        if preview.mis_encoded:
            # "MÃ¼ller": the file mixes encodings. Said before Import, as the command
            # line says it; the list is still imported as written.
            words = ", ".join(f"“{word}”" for word in preview.mis_encoded)
            text += "\n⚠ " + self.tr(
                "Some text looks garbled ({0}): the file mixes encodings. It is imported "
                "as written; correct the file and read it again to fix it."
            ).format(words)
        if preview.errors:
            advice = self.tr(
                "Nothing can be imported while the file has errors: correct it and read it again."
            )
            text = f"⚠ {row_note(preview.errors[0])}\n{text} {advice}"
            self.show_only.setCurrentIndex(self.show_only.findData(RowAction.ERROR.value))
        elif not preview.rows:
            text = self.tr("The file names its columns but lists nobody.")
        wanted = preview.count(RowAction.ADD) + sum(bool(r.completes) for r in preview.rows)
        self.import_button.setEnabled(not preview.errors and wanted > 0)
        self.summary.setText(text)

    def _filter(self) -> None:
        wanted = self.show_only.currentData()
        self.rows.setFilterRegularExpression(f"^{wanted}$" if wanted else "")

    def confirm(self) -> Job | None:
        """Import in a worker (ten thousand rows take a while); the dialog closes when
        it is done, or says in place what went wrong."""
        if self.preview is None or not self.import_button.isEnabled():
            return None
        preview = self.preview
        registration = self._services.registration
        self.buttons.setEnabled(False)
        job = Job(
            self,
            self.tr("Import the registration list"),
            [self.tr("Importing the registration list…")],
            lambda _report: registration.apply(preview),
            tell=False,
        )
        job.done.connect(self._imported)
        job.failed.connect(self._refused)
        self.job = job
        return job

    def _imported(self, result: object) -> None:
        assert isinstance(result, RegistrationResult)
        self.result_ = result
        self.accept()

    def _refused(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self.summary.setText(f"⚠ {message}")
