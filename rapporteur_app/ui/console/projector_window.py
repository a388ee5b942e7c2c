"""The second window, for a projector or a second screen: who has the floor,
on behalf of whom, a timer readable across the room, who comes next, and the
tally (the seven counts, large), which is what a moderator wants to see.

It never takes the keyboard (the console's keys stay with the console, so no
key meant for a menu ever types into the notes), it closes with the program
(it is a window of the console's, not a window of its own) and by the key that
opened it (Ctrl+P), and it comes back on the screen and at the place where it
was last (QSettings).
"""

from collections.abc import Sequence

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from rapporteur_app.domain.model import (
    QueueEntry,
    Session,
    Statement,
    joint_name,
    name_for_documents,
)
from rapporteur_app.domain.tally import Tally
from rapporteur_app.ui.console.timing import COLOURS, TimerState, timing_since
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.tally_view import tally_labels

GEOMETRY_KEY = "projector/geometry"

NEXT_SHOWN = 4


class ProjectorWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(self.tr("Rapporteur — floor"))
        self.setStyleSheet("background: #10151c; color: #f2f4f7;")
        self.resize(1024, 640)
        self._restored = False
        self.session_title = QLabel(self)
        self.speaker = QLabel(self)
        self.speaker.setObjectName("projector-speaker")
        self.on_behalf = QLabel(self)
        self.timer = QLabel(self)
        self.timer.setObjectName("projector-timer")
        self.remaining = QLabel(self)
        self.next = QLabel(self)
        self.next.setObjectName("projector-next")
        for label in (self.session_title, self.speaker, self.on_behalf, self.timer, self.remaining):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.next.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.session_title)
        layout.addStretch(1)
        layout.addWidget(self.speaker)
        layout.addWidget(self.on_behalf)
        layout.addWidget(self.timer, 3)
        layout.addWidget(self.remaining)
        layout.addStretch(1)
        layout.addWidget(self.next)
        self.counts: dict[str, QLabel] = {}
        self._captions: list[QLabel] = []
        tally = QGridLayout()
        for column, (key, caption_text) in enumerate(tally_labels().items()):
            number = QLabel("0", self)
            number.setObjectName(f"projector-tally-{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(caption_text, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            tally.addWidget(number, 0, column)
            tally.addWidget(caption, 1, column)
            self.counts[key] = number
            self._captions.append(caption)
        layout.addLayout(tally)
        self._statement: Statement | None = None
        self._session: Session | None = None
        self._colour = ""
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        height = max(self.height(), 300)
        for label, share, bold in (
            (self.session_title, 0.035, False),
            (self.speaker, 0.07, True),
            (self.on_behalf, 0.05, False),
            (self.timer, 0.26, True),
            (self.remaining, 0.06, False),
            (self.next, 0.04, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(max(12, int(height * share)))
            font.setBold(bold)
            label.setFont(font)
        for labels, share, bold in (
            (list(self.counts.values()), 0.075, True),
            (self._captions, 0.026, False),
        ):
            for label in labels:
                font = QFont(label.font())
                font.setPixelSize(max(11, int(height * share)))
                font.setBold(bold)
                label.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_fonts()
        super().resizeEvent(event)

    # -- where it was: restored on the first show, saved whenever it is hidden -------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            saved = QSettings().value(GEOMETRY_KEY)
            if saved is not None:
                # restoreGeometry puts it back on its screen, or on one still there.
                self.restoreGeometry(saved)
        super().showEvent(event)

    def save_place(self) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_place()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_place()
        super().closeEvent(event)

    def show_tally(self, tally: Tally) -> None:
        for key, value in tally.as_dict().items():
            self.counts[key].setText(str(value))

    def show_state(
        self, session: Session | None, statement: Statement | None, queue: Sequence[QueueEntry]
    ) -> None:
        self._session, self._statement = session, statement
        self.session_title.setText(session.heading if session else "")
        if statement is None:
            self.speaker.setText(self.tr("The floor is open"))
            self.on_behalf.setText("")
        else:
            name = name_for_documents(statement) if statement.anonymous else statement.speaker
            self.speaker.setText(name or statement.on_behalf_of)
            joint = joint_name(statement.on_behalf_of, statement.cosignatories)
            self.on_behalf.setText(joint if name else "")
        upcoming = [
            f"{number}.  {self._waiting(entry)}"
            for number, entry in enumerate(queue[:NEXT_SHOWN], start=1)
        ]
        more = len(queue) - len(upcoming)
        if more > 0:
            upcoming.append(self.tr("and {0} more").format(more))
        self.next.setText(
            self.tr("Next:") + "\n" + "\n".join(upcoming) if upcoming else self.tr("Queue empty")
        )
        self.tick()

    def _waiting(self, entry: QueueEntry) -> str:
        """A queued speaker as the room may see them: never the name of one who asked
        not to be named."""
        if entry.anonymous:
            return entry.on_behalf_of or self.tr("a speaker who asked not to be named")
        return entry.display

    def tick(self) -> None:
        statement, session = self._statement, self._session
        if statement is None or session is None or statement.start is None:
            state = TimerState.IDLE
            self.timer.setText("–:––")
            self.remaining.setText("")
        else:
            timing = timing_since(statement.start, session.limit_for(statement.kind))
            state = timing.state
            self.timer.setText(timing.elapsed_text)
            self.remaining.setText(
                self.tr("{0} over").format(timing.remaining_text)
                if timing.remaining_s < 0
                else self.tr("{0} left").format(timing.remaining_text)
            )
        # On the dark screen, running green is lighter than the console's; the rest as there.
        colour = COLOURS[state] if state is not TimerState.RUNNING else "#7ee2a0"
        if colour != self._colour:  # a style sheet is costly to apply: only when it changes
            self._colour = colour
            self.timer.setStyleSheet(f"color: {colour};")
            self.remaining.setStyleSheet(f"color: {colour};")
