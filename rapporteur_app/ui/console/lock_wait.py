"""A database another program holds: the console waits visibly, never frozen.

Another program (the command line, a second window, a backup tool) may hold the
database's write lock for a while. The console's writes wait for it at most
:data:`WAIT_PER_TRY_S` each, so the window never sits in the wait; an action that
meets the lock is kept, in order with any typed after it, and done as soon as
the database is free, while a line above the console says who holds it and what
waits. The notes go on being typed meanwhile: the notes editor keeps what it
could not save and tries again itself (see notes_editor.py). Actions still
waiting after :data:`GIVE_UP_S` are given up with a message naming each one, so
the rapporteur knows exactly what to do again; notes are never given up.
"""

import time
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel

from rapporteur_app.domain.errors import DatabaseLocked, RapporteurError
from rapporteur_app.ui.error_text import describe

# The console's commands (commands.py): any undo command, named by its text.
Command = TypeVar("Command", bound=QUndoCommand)

# The longest one try holds the window (SQLite's busy wait, the server's lock_timeout).
WAIT_PER_TRY_S = 0.1
RETRY_MS = 400
# Actions kept longer than this are given up (and named); the notes never are.
GIVE_UP_S = 30.0

WAIT_STYLE = "background: #fff4d6; color: #6b4e00; padding: 4px; border-radius: 3px;"


def _escaped(text: str) -> str:
    from html import escape  # here: html.entities' table is not needed to paint

    return escape(text)


class HeldActions(QObject, Generic[Command]):
    """The console's actions (and notes) waiting for a database another program holds.

    ``apply`` does one action for real (the console's own: apply, push on the undo
    stack); ``failed`` shows a message the services gave instead (an action that
    became impossible while it waited, such as giving the floor to an empty queue).
    """

    def __init__(
        self,
        label: QLabel,
        apply: Callable[[Command], None],
        failed: Callable[[str], None],
    ) -> None:
        super().__init__(label)
        self._label = label
        self._label.setStyleSheet(WAIT_STYLE)
        self._label.setWordWrap(True)
        self._label.hide()
        self._apply = apply
        self._failed = failed
        self._pending: list[Command] = []
        self._since: float | None = None
        self._holder = ""
        self._notes_held = False
        self._given_up = ""
        self._timer = QTimer(self, interval=RETRY_MS)
        self._timer.timeout.connect(self.retry)

    @property
    def waiting(self) -> bool:
        """Whether actions wait: a new one waits behind them (the order is kept)."""
        return bool(self._pending)

    def pending_texts(self) -> list[str]:
        return [command.text() for command in self._pending]

    def keep(self, command: Command, error: DatabaseLocked | None = None) -> None:
        """``command`` met the lock (``error``), or came while others wait."""
        if error is not None:
            self._holder = error.holder
        if self._since is None:
            self._since = time.monotonic()
        self._given_up = ""
        self._pending.append(command)
        self._timer.start()
        self._show()

    def notes_held(self, holder: str) -> None:
        """The notes editor could not save: it keeps the text and tries again."""
        self._holder = holder
        self._notes_held = True
        if self._since is None:
            self._since = time.monotonic()
        self._show()

    def notes_saved(self) -> None:
        if self._notes_held:
            self._notes_held = False
            self._settle()

    def retry(self) -> None:
        """Do what waits, in order, until the database is still held or nothing waits."""
        while self._pending:
            command = self._pending[0]
            try:
                self._apply(command)
            except DatabaseLocked as error:
                self._holder = error.holder
                if self._since is not None and time.monotonic() - self._since > GIVE_UP_S:
                    self._give_up()
                else:
                    self._show()
                return
            except RapporteurError as error:
                self._pending.pop(0)
                self._failed(describe(error))
                continue
            self._pending.pop(0)
        self._settle()

    def finish(self, apply_patiently: Callable[[Command], None]) -> list[str]:
        """The window closes: do what waits, each waiting as long as any command does;
        returns what still could not be done (to be told to the rapporteur)."""
        self._timer.stop()
        not_done: list[str] = []
        while self._pending:
            command = self._pending.pop(0)
            try:
                apply_patiently(command)
            except RapporteurError:
                not_done = [command.text(), *self.pending_texts()]
                self._pending.clear()
        self._settle()
        return not_done

    def _settle(self) -> None:
        if self._pending:
            self._show()
            return
        self._timer.stop()
        if self._notes_held:
            self._show()
            return
        self._since = None
        if self._given_up:  # stays until the next action is done
            self._label.setText(self._given_up)
            self._label.show()
        else:
            self._label.hide()

    def show_opening(self, waiting: list[str]) -> None:
        """The database is still opening (the window was filled before it): what was
        asked for meanwhile, shown until it is done."""
        text = self.tr("Opening the database… waiting to be done as soon as it is open: {0}.")
        self._label.setText(_escaped(text.format("; ".join(waiting))))
        self._label.show()

    def opened(self) -> None:
        self._settle()

    def accepted(self) -> None:
        """An action was done: a message about given-up actions has been read."""
        if self._given_up and not self._pending and not self._notes_held:
            self._given_up = ""
            self._label.hide()

    def _give_up(self) -> None:
        names = "; ".join(self.pending_texts())
        self._pending.clear()
        self._given_up = _escaped(
            self.tr(
                "Not done: {0}. The database was held by {1} for over {2} s; "
                "do these again when it is free."
            ).format(names, self._holder, int(GIVE_UP_S))
        )
        self._settle()

    def _show(self) -> None:
        waited = 0 if self._since is None else int(time.monotonic() - self._since)
        parts = []
        if self._pending:
            parts.append(self.tr("waiting to be done: {0}").format("; ".join(self.pending_texts())))
        if self._notes_held:
            parts.append(self.tr("the notes are kept and saved as soon as it is free"))
        text = self.tr("The database is held by {0} ({1} s): {2}.").format(
            self._holder, waited, self.tr(", and ").join(parts)
        )
        self._label.setText(_escaped(text))
        self._label.show()
