"""Floor keys taken but not done yet (the database opening, or held by another
program), and the notes typed meanwhile for each speaker.

After an F5 that waits, the notes editor takes the typing for the next speaker;
when a later F5 is pressed before the first is done, what was typed so far is
kept with the earlier key. Each text is handed to its statement once the floor
is given, or stays in the editor for the next F5 when the key is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from rapporteur_app.ui.console.commands import ConsoleCommand, GiveFloor, PanelFloor
from rapporteur_app.ui.console.notes_editor import NotesEditor


@dataclass
class _FloorWait:
    """A floor key taken and not done yet, and the notes typed for its speaker once a
    later floor key was pressed (until then they are in the editor)."""

    command: ConsoleCommand
    text: str = ""


class FloorWaits:
    """The floor keys that wait, in order, with the notes typed for each speaker."""

    def __init__(self, notes: NotesEditor, notes_title: QLabel) -> None:
        self._notes = notes
        self._notes_title = notes_title
        self._waits: list[_FloorWait] = []

    def __bool__(self) -> bool:
        return bool(self._waits)

    def texts(self) -> list[str]:
        """What was typed for the speakers of the keys that wait (the last one's is
        still in the editor)."""
        return [wait.text for wait in self._waits]

    def wait_for(self, command: ConsoleCommand) -> None:
        """F5 was taken but the floor is not given yet: the notes take the typing for
        the next speaker, and hand it to the statement once it is there."""
        notes = self._notes
        if self._waits:  # an earlier F5 waits too: the typing so far is its speaker's
            self._waits[-1].text = notes.waiting_text()
            notes.clear_waiting()
        else:
            notes.wait_for_floor()
        self._waits.append(_FloorWait(command))
        # The console's context: the string was the view's own.
        self._notes_title.setText(
            QCoreApplication.translate("ConsoleView", "Notes — the next speaker")
        )
        notes.setFocus()

    def typed_for(self, command: ConsoleCommand) -> str:
        """The notes typed for the speaker ``command`` gives the floor to, before it was
        done: a later F5's typing stays in the editor for its own speaker."""
        if not isinstance(command, (GiveFloor, PanelFloor)):
            return ""
        waits = self._waits
        at = self._place_of(command)
        if at is not None:
            wait = waits.pop(at)
            if at < len(waits):
                return wait.text
        # The last floor key (or one done at once after a floor key that failed).
        return "" if waits else self._notes.take_waiting()

    def not_given(self, command: ConsoleCommand) -> None:
        """A floor key kept earlier was refused when done (nobody queued): what was typed
        for its speaker stays in the editor, for the next F5."""
        waits = self._waits
        at = self._place_of(command)
        if at is None:
            return
        wait = waits.pop(at)
        if wait.text and at < len(waits):
            waits[at].text = f"{wait.text} {waits[at].text}".strip()
        elif wait.text:
            notes = self._notes
            current = notes.waiting_text()
            notes.clear_waiting()
            notes.insertPlainText(f"{wait.text} {current}".strip())

    def _place_of(self, command: ConsoleCommand) -> int | None:
        return next((n for n, wait in enumerate(self._waits) if wait.command is command), None)
