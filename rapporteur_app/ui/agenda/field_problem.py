"""A field with its problems written beside it, in place of a modal error."""

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from rapporteur_app.ui.colours import problem_style
from rapporteur_app.ui.qt_namespace import Qt


class ProblemLabel(QLabel):
    """Red text beside a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(problem_style())
        self.setWordWrap(True)
        self.setMaximumWidth(280)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.hide()

    def show_problems(self, problems: Sequence[str]) -> None:
        self.setText("\n".join(f"⚠ {p}" for p in problems))
        self.setVisible(bool(problems))

    def problems(self) -> list[str]:
        return [line.removeprefix("⚠ ") for line in self.text().split("\n") if line]


def beside(editor: QWidget, problem: ProblemLabel, parent: QWidget) -> QWidget:
    """The editor, stretched, with its problem label to its right."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(editor, 1)
    layout.addWidget(problem, 0, Qt.AlignmentFlag.AlignTop)
    return row
