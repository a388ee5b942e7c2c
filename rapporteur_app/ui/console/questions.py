"""The questions the console asks on its prompt line, answered with one key (1 … n)
or one click on the answer: which of the panel's speakers gets the floor (Ctrl+F5),
and whom a recommendation taken from the notes is addressed to.

The strings keep the translation context of the view they were written in
("ConsoleView"), so the translations stay where they are.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import KNOWN_ADDRESSEES
from rapporteur_app.ui.console.commands import AddRecommendation, PanelFloor
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.labels import addressee_label
from rapporteur_app.ui.qt_namespace import Qt

if TYPE_CHECKING:
    from rapporteur_app.ui.console.console_view import ConsoleView


@cache
def _modifier_keys() -> tuple[Qt.Key, ...]:
    # At the first key, not at import (the Qt namespace comes after the first paint).
    return (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


class ConsoleQuestions:
    """The question the console waits an answer to, if any, and its answers."""

    def __init__(self, view: ConsoleView) -> None:
        self._view = view
        # The recommendation's text while the console asks whom it is to.
        self._addressee_for: str | None = None
        # The panel's speakers while the console asks which one gets the floor.
        self._panel: tuple[str, ...] = ()

    def let_go(self) -> None:
        """Esc (back to the floor): whatever was asked is let go."""
        self._addressee_for = None
        self._panel = ()
        self._view.show_prompt("")

    # -- the floor to the panel ------------------------------------------------------

    def start_panel_floor(self) -> None:
        """Ctrl+F5: which of the panel's speakers gets the floor (1 … 9)?"""
        view = self._view
        try:
            speakers = view.services.panel.speakers(view.session_id) if view.session_id else ()
        except RapporteurError as error:
            view.show_prompt(describe(error))
            return
        if not speakers:
            view.show_prompt(
                QCoreApplication.translate(
                    "ConsoleView", "The agenda names no moderator or introducer for this session."
                )
            )
            return
        self._addressee_for = None
        self._panel = tuple(s.display for s in speakers[:9])
        view.show_prompt(
            QCoreApplication.translate("ConsoleView", "The floor to the panel:"), list(self._panel)
        )
        if not (view.notes.hasFocus() or view.quick_entry.hasFocus()):
            view.focus_entry()

    def _choose_panel_speaker(self, number: int) -> None:
        speakers, self._panel = self._panel, ()
        self._view.show_prompt("")
        if not 1 <= number <= len(speakers):
            return
        self._view.take_floor(PanelFloor(self._view, number - 1))

    # -- recommendations ---------------------------------------------------------------

    def start_recommendation(self) -> None:
        view = self._view
        text = view.notes.current_line_or_selection()
        if not text:
            view.show_prompt(
                QCoreApplication.translate(
                    "ConsoleView", "Put the cursor on a line of the notes (or select text) first."
                )
            )
            return
        self._addressee_for = text
        view.show_prompt(
            QCoreApplication.translate("ConsoleView", "Recommendation to?"),
            [addressee_label(code) for code in KNOWN_ADDRESSEES],
        )
        view.notes.setFocus()

    def _choose_addressee(self, number: int) -> None:
        view = self._view
        text, self._addressee_for = self._addressee_for, None
        if text is None or not 1 <= number <= len(KNOWN_ADDRESSEES):
            return
        addressee = KNOWN_ADDRESSEES[number - 1]
        if view.execute(AddRecommendation(view, addressee, text, view.notes.statement_id)):
            view.show_prompt(
                QCoreApplication.translate(
                    "ConsoleView", "Recommendation to {0} added (Ctrl+Z takes it back)."
                ).format(addressee_label(addressee))
            )
        view.notes.setFocus()

    # -- the answers -------------------------------------------------------------------

    def choose(self, link: str) -> None:
        """A click on an answer of the prompt line (``choice:N``)."""
        number = int(link.removeprefix("choice:"))
        if self._panel:
            self._choose_panel_speaker(number)
        elif self._addressee_for is not None:
            self._choose_addressee(number)
        else:
            self._view.quick_entry.choose_category(number)
            self._view.quick_entry.setFocus()

    def key_pressed(self, watched: QObject, event: QEvent) -> bool:
        """A key in the notes or the quick entry while a question waits: True when it
        was the answer (or Esc), taken here."""
        view = self._view
        if (
            watched in (view.notes, view.quick_entry)
            and self._panel
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self._choose_panel_speaker(key - Qt.Key.Key_1 + 1)
                return True
            if key not in _modifier_keys():  # any other key: the question is let go
                self._panel = ()
                view.show_prompt("")
        if (
            watched is view.notes
            and self._addressee_for is not None
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
                self._choose_addressee(key - Qt.Key.Key_1 + 1)
                return True
            if key == Qt.Key.Key_Escape:
                self._addressee_for = None
                view.show_prompt("")
                return True
        return False
