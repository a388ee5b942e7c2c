"""The notes of one statement, saved as they are typed.

A save is one small UPDATE, made 0.6 s after the last key or, while the
rapporteur types without a pause, at most 0.8 s after the first key not yet
saved (a debounce alone never fires under steady typing); and at once when the
editor loses focus, is bound to another statement (the floor changed), is
hidden (another tab) and when the window closes: if the program is killed, at
most the last second of typing is lost.

When another program holds the database, a save waits a moment only: the text is
kept (for every statement whose notes could not be saved yet), the console is told
(``held``) so it can say so, and the editor tries again every 0.4 s; typing goes
on meanwhile, and nothing typed is dropped when the floor changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# QMessageBox is imported in the functions that show a message: making its class
# costs the window's first paint 2.5 ms (docs/architecture.md, "Qt").
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from rapporteur_app.domain.errors import DatabaseLocked, RapporteurError
from rapporteur_app.ui.console.lock_wait import RETRY_MS, WAIT_PER_TRY_S
from rapporteur_app.ui.console.undo_keys import leaves_to_console
from rapporteur_app.ui.error_text import describe

if TYPE_CHECKING:
    # Only for the type: the notes show before the store (SQLAlchemy) is imported.
    from rapporteur_app.services.app_services import Services

SAVE_DELAY_MS = 600
# The longest a typed key waits for its save while the typing goes on.
MAX_WAIT_MS = 800


class NotesEditor(QPlainTextEdit):
    saved = Signal(int, str)  # the statement, and its notes as saved
    held = Signal(str)  # who holds the database: the notes wait (kept)

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes")
        self._services = services
        self.statement_id: int | None = None
        self._dirty = False
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._max_wait = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._max_wait.timeout.connect(self.save_now)
        # Notes not saved yet because the database was held: statement -> text.
        self._unsaved: dict[int, str] = {}
        # F5 pressed, the floor not given yet (the database is opening, or another
        # program holds it): what is typed meanwhile is the next speaker's, kept here
        # until the console hands it to the statement the floor gives (add_typed).
        self.waiting_for_floor = False
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._flush)
        self.textChanged.connect(self._changed)
        self.setPlaceholderText(
            self.tr("Notes of the statement on the floor (or chosen in the log).")
        )
        self.setEnabled(False)
        self.setTabChangesFocus(True)  # Tab goes round the console's places, as everywhere
        font = self.font()  # read at a glance while listening
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)

    def bind(self, statement_id: int | None, notes: str = "") -> None:
        """Show another statement's notes (after saving this one's)."""
        if statement_id == self.statement_id:
            return
        self.save_now()
        self.statement_id = statement_id
        self._loading = True
        try:
            self.setPlainText(notes)
        finally:
            self._loading = False
        self.setEnabled(statement_id is not None)
        self.moveCursor(self.textCursor().MoveOperation.End)

    def wait_for_floor(self) -> None:
        """The next speaker's notes, before the statement is there: the editor is
        emptied (this statement's notes saved first) and takes the typing."""
        self.save_now()
        self.statement_id = None
        self.clear_waiting()
        self.waiting_for_floor = True
        self.setEnabled(True)

    def waiting_text(self) -> str:
        return self.toPlainText() if self.waiting_for_floor else ""

    def clear_waiting(self) -> None:
        self._loading = True
        try:
            self.setPlainText("")
        finally:
            self._loading = False

    def take_waiting(self) -> str:
        """What was typed while the floor was being given; the editor no longer waits."""
        text = self.waiting_text()
        self.waiting_for_floor = False
        return text

    def add_typed(self, statement_id: int, typed: str) -> None:
        """Notes typed for ``statement_id`` (one the floor was just given to) before it
        was there: after its own notes, saved now, in the editor when it shows that
        statement, else straight to the store."""
        typed = typed.lstrip()
        if not typed:
            return
        if statement_id != self.statement_id:
            self._unsaved[statement_id] = typed
            self._flush()
            return
        before = self.toPlainText().rstrip()
        self.setPlainText(f"{before} {typed}" if before else typed)  # marks it to save
        self.moveCursor(self.textCursor().MoveOperation.End)
        self.save_now()

    def _changed(self) -> None:
        if self._loading or self.statement_id is None:
            return
        self._dirty = True
        self._timer.start()  # restarted by every key: the pause
        if not self._max_wait.isActive():  # not restarted: the maximum wait
            self._max_wait.start()

    @property
    def waiting(self) -> bool:
        """Whether notes wait for a database another program holds."""
        return bool(self._unsaved)

    def save_now(self, *, patient: bool = False) -> None:
        """Save what was typed; ``patient``: the window is closing, so wait for a
        held database as long as any command does instead of trying again later."""
        self._timer.stop()
        self._max_wait.stop()
        if self._dirty and self.statement_id is not None:
            self._unsaved[self.statement_id] = self.toPlainText()
            self._dirty = False
        self._flush(patient=patient)

    def unsaved(self) -> dict[int, str]:
        """The notes not saved yet (the database is held), by statement."""
        return dict(self._unsaved)

    def take_services(self, services: Services) -> None:
        """The database is open: what was typed before is saved now."""
        self._services = services
        self.save_now()

    def _flush(self, *, patient: bool = False) -> None:
        if self._services is None:
            return  # kept in _unsaved: saved by take_services
        for statement_id, text in list(self._unsaved.items()):
            try:
                if patient:
                    self._services.statements.set_notes(statement_id, text)
                else:
                    with self._services.waiting_at_most(WAIT_PER_TRY_S):
                        self._services.statements.set_notes(statement_id, text)
            except DatabaseLocked as error:
                self._retry.start()
                self.held.emit(error.holder)
                return
            except RapporteurError as error:
                from PySide6.QtWidgets import QMessageBox

                del self._unsaved[statement_id]
                if statement_id == self.statement_id:
                    self._dirty = True  # kept in the editor: saved with the next key
                QMessageBox.warning(self, self.tr("Rapporteur"), describe(error))
                continue
            del self._unsaved[statement_id]
            self.saved.emit(statement_id, text)
        self._retry.stop()

    def seal(self) -> None:
        """A console action was just done: what was typed before it is no longer the
        editor's to undo, so Ctrl+Z here undoes that action first, as everywhere else."""
        self.document().clearUndoRedoStacks()

    def event(self, event: QEvent) -> bool:
        # The document only for a key's shortcut check: not for every paint and polish
        # (its class is made the first time it is asked for, before the first paint).
        if event.type() == QEvent.Type.ShortcutOverride:
            document = self.document()
            if leaves_to_console(event, document.isUndoAvailable(), document.isRedoAvailable()):
                return False
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.save_now()
        super().focusOutEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Another tab, or the window closing: the typing so far is saved first.
        self.save_now()
        super().hideEvent(event)

    def current_line_or_selection(self) -> str:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return cursor.selectedText().replace("\u2029", " ").strip()
        return cursor.block().text().strip()
