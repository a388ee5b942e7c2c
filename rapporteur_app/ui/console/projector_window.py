"""The second window, for a projector or a second screen: who has the floor,
on behalf of whom, a timer readable across the room, and who comes next."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rapporteur_app.domain.model import (
    QueueEntry,
    Session,
    Statement,
    joint_name,
    name_for_documents,
)
from rapporteur_app.ui.console.timing import COLOURS, TimerState, timing_since

NEXT_SHOWN = 4


class ProjectorWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setWindowTitle(self.tr("Rapporteur — floor"))
        self.setStyleSheet("background: #10151c; color: #f2f4f7;")
        self.resize(1024, 640)
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

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._fit_fonts()
        super().resizeEvent(event)

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
