"""Who has the floor, for how long, and how much time is left; the session's limits."""

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QWidget,
)

from rapporteur_app.domain.model import Session, Statement, joint_name, name_for_documents
from rapporteur_app.ui.console.timing import COLOURS, TimerState, clock, timing_since
from rapporteur_app.ui.labels import category_label, kind_label

LONGEST_LIMIT_S = 59 * 60 + 59


def _time_of(seconds: int) -> QTime:
    seconds = max(1, min(seconds, LONGEST_LIMIT_S))
    return QTime(0, seconds // 60, seconds % 60)


def _seconds_of(value: QTime) -> int:
    return value.minute() * 60 + value.second()


class LimitEdit(QTimeEdit):
    """A speaking-time limit as minutes:seconds."""

    def __init__(self, name: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(description)
        self.setAccessibleName(description)
        self.setDisplayFormat("m:ss")
        self.setMinimumTime(QTime(0, 0, 5))
        self.setMaximumTime(_time_of(LONGEST_LIMIT_S))
        self.setCurrentSection(QTimeEdit.Section.MinuteSection)

    def seconds(self) -> int:
        return _seconds_of(self.time())

    def show_seconds(self, seconds: int) -> None:
        self.blockSignals(True)
        self.setTime(_time_of(seconds))
        self.blockSignals(False)


class FloorPanel(QFrame):
    # The rapporteur changed the session's limits: (statement, right of reply) in seconds.
    limits_edited = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
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
        big = self.elapsed.font()
        big.setPointSizeF(big.pointSizeF() * 2.8)
        big.setBold(True)
        self.elapsed.setFont(big)
        middle = self.remaining.font()
        middle.setPointSizeF(middle.pointSizeF() * 1.3)
        middle.setBold(True)
        self.remaining.setFont(middle)
        self.statement_limit = LimitEdit(
            "statement-limit", self.tr("Speaking time of a statement in this session"), self
        )
        self.reply_limit = LimitEdit(
            "reply-limit", self.tr("Speaking time of a right of reply in this session"), self
        )
        for edit in (self.statement_limit, self.reply_limit):
            edit.editingFinished.connect(self._limits_finished)
        limits = QHBoxLayout()
        limits.addWidget(QLabel(self.tr("Limits"), self))
        limits.addWidget(self.statement_limit)
        limits.addWidget(QLabel(self.tr("reply"), self))
        limits.addWidget(self.reply_limit)
        limits.addStretch(1)
        layout = QGridLayout(self)
        layout.addWidget(self.speaker, 0, 0, 1, 2)
        layout.addWidget(self.detail, 1, 0, 1, 2)
        layout.addWidget(self.elapsed, 2, 0)
        layout.addWidget(self.remaining, 2, 1)
        layout.addLayout(limits, 3, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.state = TimerState.IDLE
        self._statement: Statement | None = None
        self._session: Session | None = None
        self._shown_limits = (0, 0)
        self._colour = ""
        self.show_floor(None, None)

    def show_floor(self, statement: Statement | None, session: Session | None) -> None:
        self._statement, self._session = statement, session
        if session is not None:
            self._shown_limits = (session.statement_limit_s, session.reply_limit_s)
            self.statement_limit.show_seconds(session.statement_limit_s)
            self.reply_limit.show_seconds(session.reply_limit_s)
        if statement is None or session is None:
            self.speaker.setText(self.tr("Nobody has the floor"))
            self.detail.setText(self.tr("F5 gives the floor to the next in the queue."))
        else:
            who = name_for_documents(statement) if statement.anonymous else statement.speaker
            self.speaker.setText(who or statement.on_behalf_of or self.tr("(no name)"))
            organization = joint_name(statement.on_behalf_of, statement.cosignatories)
            parts = [organization if who else "", category_label(statement.category)]
            parts.append(kind_label(statement.kind))
            self.detail.setText(" · ".join(p for p in parts if p))
        self.tick()

    def _limits_finished(self) -> None:
        limits = (self.statement_limit.seconds(), self.reply_limit.seconds())
        if self._session is not None and limits != self._shown_limits:
            self._shown_limits = limits
            self.limits_edited.emit(*limits)

    def tick(self) -> None:
        statement, session = self._statement, self._session
        if statement is None or session is None or statement.start is None:
            self.state = TimerState.IDLE
            self.elapsed.setText("–:––")
            self.remaining.setText("")
        else:
            limit = session.limit_for(statement.kind)
            timing = timing_since(statement.start, limit)
            self.state = timing.state
            self.elapsed.setText(timing.elapsed_text)
            self.remaining.setText(
                self.tr("{0} over\nthe {1} limit").format(timing.remaining_text, clock(limit))
                if timing.remaining_s < 0
                else self.tr("{0} left\nof {1}").format(timing.remaining_text, clock(limit))
            )
        colour = COLOURS[self.state]
        if colour != self._colour:  # a style sheet is costly to apply: only when it changes
            self._colour = colour
            self.elapsed.setStyleSheet(f"color: {colour};")
            self.remaining.setStyleSheet(f"color: {colour};")
