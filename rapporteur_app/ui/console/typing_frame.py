"""The blue frame round the place where the typing goes (the quick entry, the queue, the
log or the notes): one small widget, a ring two pixels wide, that follows the focus.

Until round 10 it was a style sheet on each of the four widgets (``:focus``). A style
sheet makes Qt draw the widget and all it holds through its style-sheet style, and on
the log's table that cost most of a console's repaint: 18.8 ms a repaint against 4.7
without the four sheets (measured on the window of the first paint, 30 repaints),
paid twice on the way to the first paint and again whenever a key repaints the log.
"""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QColor, QPalette, QRegion
from PySide6.QtWidgets import QWidget

WIDTH = 2
BLUE = "#2f6fd6"


class TypingFrame(QWidget):
    """Drawn over the edge of whichever of ``framed`` has the focus, hidden otherwise."""

    def __init__(self, owner: QWidget, framed: Sequence[QWidget]) -> None:
        super().__init__(owner)
        self.setObjectName("typing-frame")
        # A ring of one colour: its background, filled by Qt (no style sheet, no painting
        # of its own).
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor.fromString(BLUE))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self._owner = owner
        self._framed = tuple(framed)
        self.around: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()

    def follow(self, focused: QWidget | None) -> None:
        """The focus moved to ``focused`` (None: out of the window)."""
        target = focused if focused in self._framed else None
        if target is not self.around:
            for watched in self._watched:
                watched.removeEventFilter(self)
            self._watched = []
            self.around = target
            if target is not None:
                # The widget and what holds it inside the console: a splitter moved, the
                # window resized, the frame goes along.
                holder: QWidget | None = target
                while holder is not None and holder is not self._owner:
                    holder.installEventFilter(self)
                    self._watched.append(holder)
                    holder = holder.parentWidget()
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOVED:
            self._place()
        return False

    def _place(self) -> None:
        target = self.around
        if target is None or not target.isVisible():
            self.hide()
            return
        size = target.size()
        corner = target.mapTo(self._owner, QPoint(0, 0))
        self.setGeometry(corner.x(), corner.y(), size.width(), size.height())
        outer = QRegion(0, 0, size.width(), size.height())
        inner = QRegion(WIDTH, WIDTH, size.width() - 2 * WIDTH, size.height() - 2 * WIDTH)
        self.setMask(outer.subtracted(inner))
        self.raise_()
        self.show()


_MOVED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)
