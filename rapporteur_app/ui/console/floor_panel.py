"""Who has the floor, for how long, and how much time is left."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from rapporteur_app.domain.model import Session, Statement, name_for_documents
from rapporteur_app.ui.console.timing import COLOURS, TimerState, timing_since
from rapporteur_app.ui.labels import category_label, kind_label


class FloorPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floor")
        self.speaker = QLabel(self)
        self.speaker.setObjectName("floor-speaker")
        self.speaker.setWordWrap(True)
        font = self.speaker.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.speaker.setFont(font)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("floor-elapsed")
        self.remaining = QLabel(self)
        self.remaining.setObjectName("floor-remaining")
        self.remaining.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        big = self.elapsed.font()
        big.setPointSizeF(big.pointSizeF() * 2.6)
        big.setBold(True)
        self.elapsed.setFont(big)
        self.remaining.setFont(big)
        layout = QGridLayout(self)
        layout.addWidget(self.speaker, 0, 0, 1, 2)
        layout.addWidget(self.detail, 1, 0, 1, 2)
        layout.addWidget(self.elapsed, 2, 0)
        layout.addWidget(self.remaining, 2, 1)
        self.state = TimerState.IDLE
        self.show_floor(None, None)

    def show_floor(self, statement: Statement | None, session: Session | None) -> None:
        self._statement, self._session = statement, session
        if statement is None or session is None:
            self.speaker.setText(self.tr("Nobody has the floor"))
            self.detail.setText(self.tr("F5 gives the floor to the next in the queue."))
        else:
            who = name_for_documents(statement) if statement.anonymous else statement.speaker
            self.speaker.setText(who or statement.on_behalf_of or self.tr("(no name)"))
            parts = [statement.on_behalf_of if who else "", category_label(statement.category)]
            parts.append(kind_label(statement.kind))
            self.detail.setText(" · ".join(p for p in parts if p))
        self.tick()

    def tick(self) -> None:
        statement, session = self._statement, self._session
        if statement is None or session is None or statement.start is None:
            self.state = TimerState.IDLE
            self.elapsed.setText("–:––")
            self.remaining.setText("")
        else:
            timing = timing_since(statement.start, session.limit_for(statement.kind))
            self.state = timing.state
            self.elapsed.setText(timing.elapsed_text)
            over = timing.remaining_s < 0
            self.remaining.setText(
                self.tr("{0} over").format(timing.remaining_text)
                if over
                else self.tr("{0} left").format(timing.remaining_text)
            )
        colour = COLOURS[self.state]
        self.elapsed.setStyleSheet(f"color: {colour};")
        self.remaining.setStyleSheet(f"color: {colour};")
