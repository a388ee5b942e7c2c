"""The quick-entry line: type who asked for the floor, Enter queues them.

It completes as you type from the directory (reference lists and everyone
known in the meeting). "Name (Organization)", "Name, Organization" and a bare
organization are understood. An organization never seen before asks for its
category inline, answered with one key (1–5), never with a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from rapporteur_app.domain.floor_request import JOINT_MARK, parse_floor_request
from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category
from rapporteur_app.domain.model import QueueEntry
from rapporteur_app.domain.text import search_key
from rapporteur_app.ui.console.undo_keys import leaves_to_console
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.qt_namespace import Qt
from rapporteur_app.ui.qt_values import CASE_INSENSITIVE, USER_ROLE

if TYPE_CHECKING:
    # Only for the type: the console shows before the store (SQLAlchemy) is imported.
    from rapporteur_app.services.app_services import Services
    from rapporteur_app.services.directory import DirectoryEntry


class Request(NamedTuple):
    # A NamedTuple: made at import, on the first paint's path, at a seventh of a frozen
    # dataclass's cost (docs/performance.md, round 10).
    """Who asked for the floor, as understood from the line."""

    speaker: str
    organization: str
    category: Category | None
    # The queued speaker being corrected, or None for someone new.
    correcting: QueueEntry | None = None
    # A joint statement: the other organizations, each as the resolver names it.
    cosignatories: tuple[str, ...] = ()


def parse_request(text: str) -> tuple[str, str]:
    """'Anna Petrova (Austria)' or 'Anna Petrova, Austria' -> (speaker, organization);
    a bare text is taken as the organization (a delegation usually is). The whole
    syntax, joint statements included, is :func:`parse_floor_request`."""
    read = parse_floor_request(text)
    return read.speaker, read.organization


COMPLETION_ROLE = USER_ROLE + 1


def _joint_parts(text: str) -> tuple[str, str]:
    """('European Union + Albania, ', 'Mon') for 'European Union + Albania, Mon': what
    stays as typed, and the co-signatory being typed; ('', text) for a single speaker."""
    if JOINT_MARK not in text:
        return "", text
    cut = max(text.rfind(JOINT_MARK), text.rfind(","), text.rfind(";")) + 1
    kept = text[:cut]
    typed = text[cut:]
    if ")" in typed:  # "Name (Lead + A, B)": closed, nothing left to complete
        return text, ""
    spaces = len(typed) - len(typed.lstrip())
    return kept + typed[:spaces], typed[spaces:]


class QuickEntry(QLineEdit):
    # Emitted with a request whose category is known.
    submitted = Signal(object)
    # The line waits for a category key (the text of the prompt), or stopped waiting ("").
    prompting = Signal(str)
    # The line asks for a category: the question, and the choices to show (1 … 5).
    asking = Signal(str, list)
    # How a speaker who asked not to be named is described: (speaker id, the text).
    described = Signal(int, str)

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        # Before the services are there: where Enter's request is kept (the console's).
        self.when_open: Callable[[str, Callable[[], object]], None] | None = None
        # Typed after such a request, given back once its category question is answered.
        self._typed_after = ""
        self.meeting_id: int | None = None
        self._entries: list[DirectoryEntry] = []
        self._pending: Request | None = None
        self.setObjectName("quick-entry")
        self.setPlaceholderText(
            self.tr("Who asks for the floor? A delegation, an organization or a name — Enter")
        )
        self.setClearButtonEnabled(True)
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(COMPLETION_ROLE)
        self._completer.setProperty("caseSensitivity", CASE_INSENSITIVE)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        # After the completer's own filter, so this one sees the keys first.
        self._popup().installEventFilter(self)
        self.textEdited.connect(self._complete)
        self.correcting: QueueEntry | None = None
        # (speaker id, name) while the line takes how she is described instead of by name.
        self.describing: tuple[int, str] | None = None

    @property
    def answering(self) -> bool:
        """Whether the line waits for an answer of its own (a category key, how a speaker
        is described, a queued speaker corrected): the keys belong here then."""
        waiting = (self._pending, self.describing, self.correcting)
        return any(value is not None for value in waiting)

    def _popup(self) -> QAbstractItemView:
        popup = self._completer.popup()
        assert popup is not None  # a QCompleter always has one
        return popup

    def take_services(self, services: Services) -> None:
        self._services = services

    def _complete(self, text: str) -> None:
        if self._services is None:
            return  # completions come once the database is open
        if self.meeting_id is None or self._pending is not None or self.describing is not None:
            return
        # A joint statement: complete the co-signatory being typed, after "+" or ",".
        before, typed = _joint_parts(text)
        found = self._services.directory.search(self.meeting_id, typed) if typed.strip() else []
        if before:
            found = [e for e in found if not e.speaker]  # organizations sign, not people
        self._entries = [] if before else found
        self._model.clear()
        for entry in found:
            # Shown: the name, what was matched when it is another spelling
            # ("Austria — Австрия"), and the category it will be queued under.
            shown = entry.display + (f" — {entry.matched}" if entry.matched else "")
            if entry.category is not None and not before:
                shown += f"   · {category_label(entry.category)}"
            item = QStandardItem(shown)
            item.setData(
                before + (entry.organization if before else entry.display), COMPLETION_ROLE
            )
            item.setEditable(False)
            self._model.appendRow(item)
        if self._model.rowCount() == 0:
            self._popup().hide()
        else:
            top = self._model.item(0)
            font = top.font()
            font.setBold(True)  # Enter takes it (see eventFilter)
            top.setFont(font)
            self._completer.complete()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the open list with nothing highlighted takes the best match (shown in
        bold): "strada" queues La Strada International. Esc closes the list; Enter then
        queues the line as typed."""
        popup = self._popup()
        if (
            watched is popup
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and event.key() == Qt.Key.Key_Escape
        ):
            # Esc closes the open list (the line keeps its text), not the console's Esc.
            event.accept()
            return True
        if (
            watched is popup
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not popup.currentIndex().isValid()
            and self._model.rowCount() > 0
        ):
            popup.hide()
            self.setText(str(self._model.index(0, 0).data(COMPLETION_ROLE)))
            self.submit()
            return True
        return super().eventFilter(watched, event)

    def begin_correction(self, entry: QueueEntry) -> None:
        """Put a queued speaker back on the line to be corrected; Enter saves, Esc cancels."""
        self._pending = None
        self.correcting = entry
        self.setText(entry.display)
        self.setFocus()
        self.selectAll()
        self._prompt_again()

    def begin_description(self, speaker_id: int, name: str, current: str) -> None:
        """Take how she is described instead of by name ("a survivor of trafficking"):
        Enter saves it, Esc keeps what she is described as now."""
        self._pending = None
        self.correcting = None
        self.describing = (speaker_id, name)
        self._model.clear()
        self.setText(current)
        self.setFocus()
        self.selectAll()
        self.prompting.emit(
            self.tr(
                "“{0}” will not be named. Type how to describe her instead "
                "(“a survivor of trafficking”): Enter saves, Esc keeps “{1}”."
            ).format(name, current or self.tr("a speaker who asked not to be named"))
        )

    def _entry_for(self, text: str) -> DirectoryEntry | None:
        for entry in self._entries:
            if entry.display == text:
                return entry
        return None

    def submit(self) -> None:
        text = self.text().strip()
        if self.describing is not None:
            speaker_id, _name = self.describing
            self.describing = None
            self.setText("")
            self.prompting.emit("")
            self.described.emit(speaker_id, text)
            return
        if not text or self.meeting_id is None:
            return
        if self._services is None and self.when_open is not None:
            # Read as typed once the database is open; the line is free for the next one.
            correcting = self.correcting
            self.when_open(
                self.tr("queue {0}").format(text), lambda: self._submit_kept(text, correcting)
            )
            self.setText("")
            return
        chosen = self._entry_for(text)
        assert self._services is not None
        directory = self._services.directory
        if chosen is not None and chosen.category is not None:
            request = Request(chosen.speaker, chosen.organization, chosen.category)
        else:
            read = parse_floor_request(text)
            speaker, organization = read.speaker, read.organization
            category = None
            if organization:
                # The one resolver: any spelling, any language, stored or shipped.
                organization, category = directory.resolve(self.meeting_id, organization)
            # Each co-signatory by the name the resolver knows it under.
            others = tuple(
                directory.resolve(self.meeting_id, name)[0] for name in read.cosignatories
            )
            request = Request(speaker, organization, category, cosignatories=others)
        entry = self.correcting
        if entry is not None:
            # A correction keeps the category it had unless the organization changed.
            same = search_key(request.organization) == search_key(entry.on_behalf_of)
            category = request.category
            if category is None and (same or not request.organization):
                category = entry.category
            request = Request(
                request.speaker, request.organization, category, entry, request.cosignatories
            )
        if request.category is None:
            self._ask_category(request)
            return
        self._done(request)

    def _submit_kept(self, text: str, correcting: QueueEntry | None) -> None:
        """Enter pressed on ``text`` while the database was opening, done now."""
        typed_since = self.text()
        self.correcting = correcting
        self.setText(text)
        self.submit()
        if self.text() == "":  # queued: what was typed after it stays in the line
            self.setText(typed_since)
        else:  # its category is asked first: the line comes back once it is answered
            self._typed_after = typed_since

    def _ask_category(self, request: Request) -> None:
        self._pending = request
        who = request.organization or request.speaker
        self.asking.emit(
            self.tr("New: “{0}”. Its category?").format(who),
            [category_label(category) for category in CATEGORY_ORDER],
        )

    def choose_category(self, number: int) -> None:
        """The answer to the category question: 1 … 5, typed or clicked."""
        pending = self._pending
        if pending is None or not 1 <= number <= len(CATEGORY_ORDER):
            return
        category = CATEGORY_ORDER[number - 1]
        self._done(
            Request(
                pending.speaker, pending.organization, category, pending.correcting,
                pending.cosignatories,
            )
        )  # fmt: skip

    def _done(self, request: Request) -> None:
        self._pending = None
        self.correcting = None
        self.prompting.emit("")
        self.setText("")  # and no typing left to undo: Ctrl+Z now undoes the queueing
        if self._typed_after:
            self.setText(self._typed_after)
            self._typed_after = ""
        self._model.clear()
        self.submitted.emit(request)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._pending is None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # With the completion list open, QLineEdit ignores Enter: take the
            # highlighted completion (if any) and queue at once, in one key.
            popup = self._popup()
            if popup.isVisible():
                index = popup.currentIndex()
                if index.isValid():
                    self.setText(str(index.data(COMPLETION_ROLE)))
                popup.hide()
            self.submit()
            return
        if self._pending is not None:
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
                self.choose_category(key - Qt.Key.Key_1 + 1)
                return
            if key == Qt.Key.Key_Escape:
                self._pending = None
                self._prompt_again()
                return
            # Any other key: the rapporteur goes on editing the line.
            self._pending = None
            self._prompt_again()
        elif self.correcting is not None and event.key() == Qt.Key.Key_Escape:
            self.cancel_correction()
            return
        elif self.describing is not None and event.key() == Qt.Key.Key_Escape:
            self.describing = None
            self.cancel_correction()
            return
        super().keyPressEvent(event)

    def cancel_correction(self) -> None:
        self.correcting = None
        self.describing = None
        self.setText("")
        self.prompting.emit("")

    def event(self, event: QEvent) -> bool:
        if leaves_to_console(event, self.isUndoAvailable(), self.isRedoAvailable()):
            return False
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and (
                self._pending is not None
                or self.correcting is not None
                or self._popup().isVisible()
            )
        ):
            # Esc answers the line's own question (back to the line, or the correction
            # cancelled) before it is the console's key back to the notes.
            event.accept()
            return True
        return super().event(event)

    def _prompt_again(self) -> None:
        """Back to the line: still correcting someone, or nothing to say."""
        if self.correcting is None:
            self.prompting.emit("")
            return
        self.prompting.emit(
            self.tr("Correcting “{0}” in the queue: Enter saves, Esc cancels.").format(
                self.correcting.display
            )
        )
