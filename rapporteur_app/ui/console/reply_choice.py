"""The right of reply: which statement the next speaker queued answers.

The checkbox turns it on; the combo beside it lists the statements a reply may
answer, latest first, with their ids kept beside it (Qt is never handed None
item data, and one ``addItems`` call fills it fast).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox

from rapporteur_app.domain.model import Statement
from rapporteur_app.ui.console.log_model import LogModel
from rapporteur_app.ui.labels import category_label


class ReplyChoice:
    """The reply checkbox and the combo of the statements it may answer."""

    def __init__(
        self,
        reply: QCheckBox,
        answered: QComboBox,
        log_model: LogModel,
        chosen: Callable[[], Statement | None],
        focus_entry: Callable[[], None],
    ) -> None:
        self._reply = reply
        self._answered = answered
        self._log_model = log_model
        self._chosen = chosen
        self._focus_entry = focus_entry
        self._answer_ids: list[int] = []
        reply.toggled.connect(self._toggled)

    def answered_id(self) -> int | None:
        """The statement a right of reply would answer (ids kept beside the combo)."""
        index = self._answered.currentIndex()
        return self._answer_ids[index] if 0 <= index < len(self._answer_ids) else None

    def _toggled(self, on: bool) -> None:
        self._answered.setEnabled(on)
        if on:
            self.fill()
        else:
            self._answered.clear()
            self._answer_ids = []

    def fill(self) -> None:
        """The statements a reply may answer, latest first; the chosen one selected."""
        chosen = self._chosen()
        current = self.answered_id() or (chosen.id if chosen else None)
        # Any statement, a reply included: replies answer replies.
        answerable = list(reversed(self._log_model.statements))
        self._answer_ids = [s.id for s in answerable]
        self._answered.clear()
        # One addItems call: fast, and it never hands Qt a None item data.
        self._answered.addItems([self._answerable_text(s) for s in answerable])
        index = self._answer_ids.index(current) if current in self._answer_ids else 0
        self._answered.setCurrentIndex(index)

    def _answerable_text(self, statement: Statement) -> str:
        text = f"{statement.number}. {statement.on_behalf_of or statement.speaker}"
        if not (statement.on_behalf_of or statement.speaker):
            text += category_label(statement.category)
        if statement.is_right_of_reply:
            answered = self._log_model.number_of(statement.replying_to_id or -1)
            text += " " + (
                QCoreApplication.translate("ConsoleView", "(reply to {0})").format(answered)
                if answered
                else QCoreApplication.translate("ConsoleView", "(reply)")
            )
        return text

    def toggle(self) -> None:
        """Ctrl+Shift+R: the next speaker queued answers the chosen statement."""
        chosen = self._chosen()
        turning_on = not self._reply.isChecked()
        self._reply.setChecked(turning_on)
        if turning_on and chosen is not None and chosen.id in self._answer_ids:
            self._answered.setCurrentIndex(self._answer_ids.index(chosen.id))
        self._focus_entry()
