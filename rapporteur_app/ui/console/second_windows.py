"""The console's windows beside the main one: the projector (Ctrl+P) and the key
list (F1), the clock that ticks the floor's timers in both, and their closing with
the program.

The strings keep the translation context of the view they were written in
("ConsoleView"), so the translations stay where they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# QMessageBox is imported in the functions that show a message: making its class
# costs the window's first paint 2.5 ms (docs/architecture.md, "Qt").
from PySide6.QtCore import QCoreApplication, QTimer

from rapporteur_app.ui.console.key_list import KeyListWindow
from rapporteur_app.ui.console.projector_window import ProjectorWindow

if TYPE_CHECKING:
    from rapporteur_app.ui.console.console_view import ConsoleView

TICK_MS = 250


class SecondWindows:
    """The projector and the key list, made when first asked for, and the clock."""

    def __init__(self, view: ConsoleView) -> None:
        self._view = view
        self.projector: ProjectorWindow | None = None
        self.key_list: KeyListWindow | None = None
        self._ticker = QTimer(view, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def show_projector(self) -> None:
        view = self._view
        if self.projector is None:
            # A window of the console's: it closes with the program.
            self.projector = ProjectorWindow(view)
        self.show_state()
        self.projector.show()
        self.projector.raise_()
        view.keys_home.watch_window(self.projector)

    def toggle_projector(self) -> None:
        """Ctrl+P: open the projector window, or close it when it is open."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
        else:
            self.show_projector()

    def show_state(self) -> None:
        """The floor, the queue and the counts, as the console shows them."""
        if self.projector is None:
            return
        view = self._view
        self.projector.show_state(view.session, view.on_floor, view.queue.entries)
        self.projector.show_tally(view.shown_tally)

    def show_key_list(self) -> None:
        """F1: the keys, in a window beside the console (which stays usable)."""
        view = self._view
        if self.key_list is None:
            self.key_list = KeyListWindow(view)
        self.key_list.show_beside(view)
        view.keys_home.watch_window(self.key_list)

    def close_windows(self) -> None:
        """The program is closing: the projector and the key list close with it.

        What waits for a held database is done first, waiting as long as any command
        does; whatever still cannot be written is shown, so not a word is lost."""
        from PySide6.QtWidgets import QMessageBox

        view = self._view
        view.notes.save_now(patient=True)
        not_done = view.held.finish(view.runner.apply_patiently)
        unsaved = view.notes.unsaved()
        if not_done or unsaved:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("ConsoleView", "Rapporteur"),
                "",
                parent=view,
            )
            box.setText(
                QCoreApplication.translate(
                    "ConsoleView",
                    "The database is still held by another program: these were not saved. "
                    "Copy the notes below before closing.",
                )
            )
            lines = [
                QCoreApplication.translate("ConsoleView", "Not done: {0}").format(text)
                for text in not_done
            ]
            lines += [
                QCoreApplication.translate("ConsoleView", "Notes: {0}").format(text)
                for text in unsaved.values()
            ]
            box.setDetailedText("\n\n".join(lines))
            box.exec()
        for window in (self.projector, self.key_list):
            if window is not None:
                window.close()

    def _tick(self) -> None:
        if self._view.isVisible():
            self._view.floor.tick()
        if self.projector is not None and self.projector.isVisible():
            self.projector.tick()
