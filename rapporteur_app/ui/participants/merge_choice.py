"""Which of two spellings stays when they are merged: the user says, by name."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_which_to_keep(parent: QWidget, first: str, second: str) -> int | None:
    """0 to keep ``first``, 1 to keep ``second``, None when the user thinks again."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MergeChoice", "Merge two spellings"))
    box.setText(
        QCoreApplication.translate(
            "MergeChoice",
            "“{0}” and “{1}” become one. Which spelling stays? Everything recorded under "
            "the other moves to it.",
        ).format(first, second)
    )
    keep_first = box.addButton(
        QCoreApplication.translate("MergeChoice", "Keep “{0}”").format(first),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep_second = box.addButton(
        QCoreApplication.translate("MergeChoice", "Keep “{0}”").format(second),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep_first:
        return 0
    if clicked is keep_second:
        return 1
    return None
