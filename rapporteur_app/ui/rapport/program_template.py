"""The DOCX template of every meeting: chosen once for the whole program.

Kept in the database (not in this computer's QSettings): the command line reads
the same one, and a secretariat team on one server shares it. A meeting's own
template wins over it. A file that is not a usable template is refused in
place, and the template set before stays.
"""

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.colours import problem_style
from rapporteur_app.ui.error_text import describe


class ProgramTemplateRow(QWidget):
    """The program-wide template's path, with Choose… and Remove beside it. Each
    choice is saved at once (its own transaction): it is no one meeting's."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.path = QLabel(self)
        self.path.setObjectName("program-template")
        self.path.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose…"), self)
        self.choose_button.setObjectName("choose-program-template")
        self.choose_button.setAccessibleName(self.tr("Choose the DOCX template for every meeting"))
        self.choose_button.clicked.connect(self._browse)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("remove-program-template")
        self.remove_button.setAccessibleName(self.tr("Remove the DOCX template for every meeting"))
        self.remove_button.clicked.connect(lambda: self.choose(""))
        self.problem = QLabel(self)
        self.problem.setObjectName("program-template-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(problem_style())
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        self._show(self._read())

    def _read(self) -> str:
        try:
            return self._services.documents.program_template()
        except RapporteurError as error:
            self._say(describe(error))
            return ""

    def _show(self, path: str) -> None:
        self.path.setText(path or self.tr("None: the program's own"))
        self.remove_button.setEnabled(bool(path))

    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("DOCX template for every meeting"),
            self._read(),
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if chosen:
            self.choose(chosen)

    def choose(self, path: str) -> bool:
        """Set (or with "" remove) the program's template; a refusal is said here."""
        try:
            kept = self._services.documents.set_program_template(path)
        except RapporteurError as error:
            self._say(describe(error))
            return False
        self._say("")
        self._show(kept)
        return True
