"""Whose notes the editor shows, and where the typing goes.

The notes follow the speaker on the floor unless the rapporteur opened another
statement's on purpose (Enter in the log); with nobody on the floor they follow
the row chosen in the log. The focus mark says in words where the next key lands,
and Tab goes round the four places one types in.

The strings keep the translation context of the view they were written in
("ConsoleView"), so the translations stay where they are.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QApplication, QWidget

from rapporteur_app.domain.model import Statement
from rapporteur_app.ui.console.log_model import NOTES
from rapporteur_app.ui.labels import category_label
from rapporteur_app.ui.qt_namespace import Qt

if TYPE_CHECKING:
    from rapporteur_app.ui.console.console_view import ConsoleView


class NotesBinding:
    """The statement the notes editor is bound to, and the words of the focus mark."""

    def __init__(self, view: ConsoleView) -> None:
        self._view = view
        # The statement whose notes the rapporteur opened on purpose (Enter in the log)
        # while another one is on the floor; None: the notes follow the floor.
        self.opened: int | None = None

    def statement(self) -> Statement | None:
        """Whose notes the editor shows: the statement on the floor, unless the
        rapporteur opened another one on purpose; with nobody on the floor, the one
        chosen in the log. Choosing a row (a reply's target, a category to correct)
        or a one-key count never takes the notes away from the speaker."""
        view = self._view
        statements = view.log_model.statements
        if self.opened is not None:
            row = view.log_model.row_of(self.opened)
            if row is not None:
                return statements[row]
            self.opened = None
        if view.on_floor is not None:
            # As the log holds it now (its notes as last saved), not as it was given.
            row = view.log_model.row_of(view.on_floor.id)
            return statements[row] if row is not None else view.on_floor
        return view.chosen_statement()

    def open_notes_of(self, index: QModelIndex) -> None:
        """Enter (or a double-click outside the editable cells) on a row of the log:
        its notes, on purpose, even while someone else has the floor."""
        view = self._view
        statements = view.log_model.statements
        if not 0 <= index.row() < len(statements):
            return
        chosen = statements[index.row()]
        floor_id = view.on_floor.id if view.on_floor is not None else None
        self.opened = None if chosen.id == floor_id else chosen.id
        self.bind()
        view.notes.setFocus()

    def speaking(self) -> bool:
        """Whether someone has the floor (the notes take what is typed)."""
        view = self._view
        if view.notes.waiting_for_floor:  # F5 taken, the floor not given yet
            return True
        return (
            view.on_floor is not None
            and view.notes.isEnabled()
            and view.notes.statement_id is not None
        )

    def typing_place(self) -> QWidget:
        """Where the rapporteur types next: the quick entry while it waits for an answer
        (a category key, a description), the notes while someone has the floor, else the
        quick entry."""
        view = self._view
        if view.quick_entry.answering:
            return view.quick_entry
        if view.notes.waiting_for_floor:
            return view.notes
        if view.on_floor is not None and view.notes.isEnabled():
            return view.notes
        return view.quick_entry

    def bind(self) -> None:
        """The notes editor on the statement whose notes it shows (see :meth:`statement`)."""
        view = self._view
        if view.notes.waiting_for_floor:
            # The typing is the next speaker's until the floor is given (CommandRunner._accepted).
            return
        statement = self.statement()
        if statement is None:
            had_focus = view.notes.hasFocus()
            view.notes.bind(None)
            view.notes_title.setText(QCoreApplication.translate("ConsoleView", "Notes"))
            if had_focus:  # the keys must land somewhere: the quick entry is home
                view.quick_entry.setFocus()
            return
        view.notes.bind(statement.id, statement.notes)
        who = statement.speaker or statement.on_behalf_of or category_label(statement.category)
        if view.on_floor is not None and statement.id == view.on_floor.id:
            title = QCoreApplication.translate("ConsoleView", "Notes — {0}. {1} (on the floor)")
        else:
            title = QCoreApplication.translate("ConsoleView", "Notes — {0}. {1}")
        view.notes_title.setText(title.format(statement.number, who))
        if view.notes.hasFocus():
            self.show_focus_mark(None, view.notes)

    def notes_saved(self, statement_id: int, notes: str) -> None:
        # Only the notes column of that row changes: no reload on the typing path.
        view = self._view
        view.held.notes_saved()
        model = view.log_model
        row = model.row_of(statement_id)
        if row is not None:
            statement = model.statements[row]
            model.statements[row] = replace(statement, notes=notes)
            index = model.index(row, NOTES)
            model.dataChanged.emit(index, index)
        view.tell_others()

    def show_focus_mark(self, _old: QWidget | None = None, now: QWidget | None = None) -> None:
        """Say in words where the typing goes (the place is also framed in blue)."""
        view = self._view
        now = now if now is not None else QApplication.focusWidget()
        if now is None or not view.isAncestorOf(now):
            if now is not None and now.window() is view.window():
                text = QCoreApplication.translate(
                    "ConsoleView",
                    "⌨ Typing goes outside the console — Esc brings it back to the notes",
                )
            else:
                return
        elif now is view.notes:
            text = QCoreApplication.translate("ConsoleView", "⌨ Typing goes to: {0}").format(
                view.notes_title.text()
            )
        elif now is view.quick_entry:
            text = QCoreApplication.translate(
                "ConsoleView", "⌨ Typing goes to: the quick-entry line (Enter queues)"
            )
        elif now is view.queue.list:
            text = QCoreApplication.translate(
                "ConsoleView",
                "⌨ Typing goes to: the queue (Alt+Up/Down move, F2 corrects, Delete removes)",
            )
        elif now is view.log or view.log.isAncestorOf(now):
            text = QCoreApplication.translate(
                "ConsoleView", "⌨ Typing goes to: the log (F2 edits a cell, Enter opens its notes)"
            )
        else:
            text = QCoreApplication.translate("ConsoleView", "⌨ Esc: back to the notes")
        view.focus_mark.setText(text)


def tab_round(chain: list[QWidget], forward: bool) -> bool:
    """Tab and Shift+Tab round the places of ``chain`` that can take the focus; False
    when none can (Qt's own order then)."""
    chain = [w for w in chain if w.isEnabled() and w.isVisible()]
    if not chain:
        return False
    focus = QApplication.focusWidget()
    for index, widget in enumerate(chain):
        if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            here = index
            break
    else:
        here = -1 if forward else 0
    chain[(here + (1 if forward else -1)) % len(chain)].setFocus(
        Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    )
    return True
