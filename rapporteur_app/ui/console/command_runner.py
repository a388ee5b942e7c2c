"""How the console does a command: once, before it is pushed, so that only what the
services accepted goes on the undo stack.

A database another program holds does not freeze the console: the command is kept
(:mod:`.lock_wait`), behind any that already wait, and done as soon as it is free;
before the database is open it is kept until it is (:mod:`.before_open`). An undo or
a redo that met a held database is put back on the stack once its own undo() has
returned.

The strings keep the translation context of the view they were written in
("ConsoleView"), so the translations stay where they are.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from rapporteur_app.domain.errors import DatabaseLocked, RapporteurError
from rapporteur_app.ui.console.commands import ConsoleCommand, GiveFloor, PanelFloor
from rapporteur_app.ui.console.lock_wait import WAIT_PER_TRY_S
from rapporteur_app.ui.error_text import describe

if TYPE_CHECKING:
    from rapporteur_app.ui.console.console_view import ConsoleView


class CommandRunner:
    """Does the console's commands, or keeps them until they can be done."""

    def __init__(self, view: ConsoleView) -> None:
        self._view = view

    def execute(self, command: ConsoleCommand) -> bool:
        """Do it once; only a command the services accepted goes on the undo stack
        (True: done, or taken to be done later, as the rapporteur sees above the
        console)."""
        view = self._view
        view.notes.save_now()
        if not view.has_services:
            view.before_open.keep(command.text(), partial(self.execute, command))
            return True
        if view.held.waiting:
            view.held.keep(command)
            return True
        try:
            self.apply(command)
        except DatabaseLocked as error:
            view.held.keep(command, error)
            return True
        except RapporteurError as error:
            view.floor_waits.not_given(command)
            view.show_prompt(describe(error))
            return False
        return True

    def apply(self, command: ConsoleCommand) -> None:
        """Done now, or refused at once if another program holds the database."""
        with self._view.services.waiting_at_most(WAIT_PER_TRY_S):
            command.apply()
        self._accepted(command)

    def apply_patiently(self, command: ConsoleCommand) -> None:
        """Done, waiting for the database as long as any command does."""
        command.apply()
        self._accepted(command)

    def _accepted(self, command: ConsoleCommand) -> None:
        view = self._view
        typed = view.floor_waits.typed_for(command)
        view.show_prompt("")
        view.undo_stack.push(command)
        if typed and isinstance(command, (GiveFloor, PanelFloor)) and command.statement:
            view.notes.add_typed(command.statement.id, typed)
        view.notes.seal()
        view.held.accepted()

    def history_broken(self, message: str) -> None:
        view = self._view
        view.show_prompt(
            message
            + " "
            + QCoreApplication.translate("ConsoleView", "The undo history was cleared.")
        )
        # Not from inside the stack's own undo(): clear it once that has returned.
        QTimer.singleShot(0, view.undo_stack.clear)

    def replay_held(self, what: str, holder: str) -> None:
        """An undo or redo met a database another program holds: nothing was done;
        the stack is put back once its own undo() has returned."""
        view = self._view
        if what == "undo":
            QTimer.singleShot(0, view.undo_stack.redo)
            text = QCoreApplication.translate(
                "ConsoleView",
                "Not undone: the database is held by {0}. Press Ctrl+Z again when it is free.",
            )
        else:
            QTimer.singleShot(0, view.undo_stack.undo)
            text = QCoreApplication.translate(
                "ConsoleView",
                "Not redone: the database is held by {0}. Press the key again when it is free.",
            )
        view.show_prompt(text.format(holder))
