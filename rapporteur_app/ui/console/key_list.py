"""The list of the console's keys (F1), in a window of its own beside the console.

It is not a dialog: the console stays usable while it is open, and it does not
take the keyboard when it opens, so the rapporteur can keep it beside the
console while she types. Its rows come from the key table.
"""

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from rapporteur_app.ui.console.keys import KEYS, translated
from rapporteur_app.ui.qt_namespace import Qt


def key_rows_html() -> str:
    from html import escape  # here: the key list is not on the first paint's path

    rows = "".join(
        f"<tr><td><b>{escape(translated(row.shown))}</b></td><td>{escape(translated(row.help))}</td></tr>"
        for row in KEYS
    )
    return f"<table cellspacing='5'>{rows}</table>"


class KeyListWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setObjectName("key-list")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowTitle(self.tr("Console keys"))
        self.table = QLabel(key_rows_html(), self)
        self.table.setObjectName("key-list-table")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)
        self.table.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)
        scroll.setWidget(self.table)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(560, 640)

    def show_beside(self, anchor: QWidget) -> None:
        """Show it to the right of ``anchor``'s window (inside the screen), or raise it."""
        if not self.isVisible():
            window = anchor.window().frameGeometry()
            screen = anchor.screen().availableGeometry()
            x = min(window.right() + 8, screen.right() - self.width())
            self.move(max(screen.left(), x), max(screen.top(), window.top()))
        self.show()
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
            self.close()
            return
        super().keyPressEvent(event)
