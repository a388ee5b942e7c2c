"""The notes of one statement, saved as they are typed.

A save is one small UPDATE, made 0.6 s after the last key or, while the
rapporteur types without a pause, at most 0.8 s after the first key not yet
saved (a debounce alone never fires under steady typing); and at once when the
editor loses focus, is bound to another statement (the floor changed), is
hidden (another tab) and when the window closes: if the program is killed, at
most the last second of typing is lost.
"""

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QHideEvent
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.undo_keys import leaves_to_console

SAVE_DELAY_MS = 600
# The longest a typed key waits for its save while the typing goes on.
MAX_WAIT_MS = 800


class NotesEditor(QPlainTextEdit):
    saved = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
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

    def _changed(self) -> None:
        if self._loading or self.statement_id is None:
            return
        self._dirty = True
        self._timer.start()  # restarted by every key: the pause
        if not self._max_wait.isActive():  # not restarted: the maximum wait
            self._max_wait.start()

    def save_now(self) -> None:
        self._timer.stop()
        self._max_wait.stop()
        if not self._dirty or self.statement_id is None:
            return
        self._dirty = False
        try:
            self._services.statements.set_notes(self.statement_id, self.toPlainText())
        except RapporteurError as error:
            self._dirty = True
            QMessageBox.warning(self, self.tr("Rapporteur"), str(error))
            return
        self.saved.emit(self.statement_id)

    def seal(self) -> None:
        """A console action was just done: what was typed before it is no longer the
        editor's to undo, so Ctrl+Z here undoes that action first, as everywhere else."""
        self.document().clearUndoRedoStacks()

    def event(self, event: QEvent) -> bool:
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
