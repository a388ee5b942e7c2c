"""What the console shows of its session: the log, the queue, the floor and the
counts, read whole (the log in pages), or just what a key changed.

A session of 100,000 statements opens without freezing the window: the log comes
in pages of LOG_PAGE, the first at once, the rest between events (keys work
meanwhile; what they log is read with the page it falls in). After a key, only
the statements it changed are shown again, so its cost is the same in the 10th
and the 100,000th statement.

The strings keep the translation context of the view they were written in
("ConsoleView"), so the translations stay where they are.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

# QMessageBox is imported in the functions that show a message: making its class
# costs the window's first paint 2.5 ms (docs/architecture.md, "Qt").
from PySide6.QtCore import QCoreApplication, QTimer

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.model import QueueEntry, Statement
from rapporteur_app.domain.tally import Tally
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.heap import give_back, set_aside

if TYPE_CHECKING:
    from rapporteur_app.domain.first_fill import FirstFill
    from rapporteur_app.ui.console.console_view import ConsoleView

# Statements read at once when a session opens; a bigger log comes page by page.
LOG_PAGE = 2000


class SessionFill:
    """Reads the console's session and shows it (the log page by page)."""

    def __init__(self, view: ConsoleView) -> None:
        self._view = view
        self._cursor: tuple[int, int] | None = None  # where the next page of the log starts
        self._settle_when_complete = False  # a session just shown: see _settle_if_complete
        self._round = 0

    @property
    def complete(self) -> bool:
        """Whether the whole log is read (a big session's comes in pages)."""
        return self._cursor is None

    def _warn(self, error: RapporteurError) -> None:
        from PySide6.QtWidgets import QMessageBox

        view = self._view
        QMessageBox.warning(
            view, QCoreApplication.translate("ConsoleView", "Rapporteur"), describe(error)
        )

    def show_first_fill(self, fill: FirstFill) -> None:
        """The session as the sqlite3 module read it alone, before the services: the
        first page of its log, its queue, its tally as the store keeps it."""
        view = self._view
        session = fill.session
        if session is None:
            return
        view.session = session
        view.session_id = session.id
        view.quick_entry.meeting_id = session.meeting_id
        view.log_model.set_statements(list(fill.statements))
        # The rest of the log comes in pages once the services are there.
        self._cursor = fill.cursor
        view.queue.set_entries(list(fill.queue), {s.id: s.number for s in fill.statements})
        view.on_floor = fill.on_floor
        self.show_floor_and_tally(fill.tally)
        if view.on_floor is not None:
            view.select_statement(view.on_floor.id)
        view.notes_binding.bind()

    def show_session(self, session_id: int) -> None:
        view = self._view
        view.notes.save_now()
        if session_id != view.session_id and view.held.waiting:
            # Actions kept for a held database belong to the session they were typed
            # in: they are done (waiting as any command does) before the console
            # leaves it, never afterwards in the session chosen next.
            not_done = view.held.finish(view.runner.apply_patiently)
            if not_done:
                view.show_prompt(
                    QCoreApplication.translate("ConsoleView", "Not done: {0}").format(
                        "; ".join(not_done)
                    )
                )
        try:
            view.session = view.services.sessions.get(session_id)
        except RapporteurError as error:
            self._warn(error)
            return
        if session_id != view.session_id:
            view.undo_stack.clear()
            view.quick_entry.cancel_correction()
            give_back()  # what the session shown before set aside (ui/heap.py)
        view.session_id = session_id
        view.quick_entry.meeting_id = view.session.meeting_id
        self._settle_when_complete = True
        self.data_changed()
        self._settle_if_complete()
        view.ready.emit()

    def _settle_if_complete(self) -> None:
        """Once the session shown is all in memory, what is alive is set aside from the
        garbage collector's full passes (ui/heap.py; instant)."""
        if self._settle_when_complete and self._cursor is None:
            self._settle_when_complete = False
            set_aside()

    def data_changed(self) -> None:
        """Read the session again after a change (ours, or undone, or redone): the
        first page of the log now, the rest between events."""
        view = self._view
        if not view.session_id:
            return
        services = view.services
        try:
            view.session = services.sessions.get(view.session_id)
            statements, cursor = services.statements.page_of_session(
                view.session_id, limit=LOG_PAGE
            )
            queue = services.queue.of_session(view.session_id)
            on_floor = services.floor.on_floor(view.session_id) if cursor else None
        except RapporteurError as error:
            self._warn(error)
            return
        chosen = view.chosen_statement()
        services.directory.forget(view.session.meeting_id)
        view.log_model.set_statements(statements)
        self._cursor = cursor
        self._round += 1
        if cursor is not None:
            QTimer.singleShot(0, partial(self._next_page, self._round))
        view.queue.set_entries(queue, {s.id: s.number for s in statements})
        if view.reply.isChecked():
            view.replies.fill()
        if cursor is None:
            self.show_floor_and_tally()
        else:  # part of the log is still to come: the store knows the rest
            view.on_floor = on_floor
            self.show_floor_and_tally(self._kept_tally())
        keep = chosen.id if chosen is not None else None
        if keep is not None and view.log_model.row_of(keep) is not None:
            view.select_statement(keep)
        elif view.on_floor is not None:
            view.select_statement(view.on_floor.id)
        view.notes_binding.bind()

    def _next_page(self, fill_round: int) -> None:
        view = self._view
        cursor = self._cursor
        if fill_round != self._round or cursor is None or not view.session_id:
            return  # read again meanwhile, or another session shown
        try:
            page, cursor = view.services.statements.page_of_session(
                view.session_id, cursor, LOG_PAGE, len(view.log_model.statements) + 1
            )
        except RapporteurError as error:
            self._cursor = None
            self._warn(error)
            return
        chosen = view.chosen_statement()
        view.log_model.extend(page)
        self._cursor = cursor
        if cursor is not None:
            QTimer.singleShot(0, partial(self._next_page, fill_round))
            return
        # The whole log is there: what waited for it.
        self._settle_if_complete()
        queue = view.queue.entries
        view.queue.set_entries(queue, self._numbers_answered(queue))
        if view.reply.isChecked():
            view.replies.fill()
        if chosen is None and view.on_floor is not None:
            view.select_statement(view.on_floor.id)
            view.notes_binding.bind()

    def show_changes(
        self,
        changed: list[Statement],
        queue_changed: bool,
        tally: Tally | None = None,
        queue: list[QueueEntry] | None = None,
        counts_changed: bool = True,
    ) -> None:
        """Show statements just logged or changed without reading the whole log again
        (see :meth:`ConsoleView.show_changes`)."""
        view = self._view
        model = view.log_model
        for statement in changed:
            row = model.row_of(statement.id)
            if row is not None:
                model.replace(row, statement)
            elif self._cursor is None:  # else its page will bring it
                model.append(statement)
        if queue_changed:
            if queue is None:
                try:
                    queue = view.services.queue.of_session(view.session_id)
                except RapporteurError as error:
                    self._warn(error)
                    return
            # A new organization or speaker may have come with it: complete it next time.
            if view.session is not None:
                view.services.directory.forget(view.session.meeting_id)
            view.queue.set_entries(queue, self._numbers_answered(queue))
        if not changed:  # the queue alone: the floor and the counts are as shown
            view.windows.show_state()
            return
        self._follow_floor(changed)
        if tally is None:
            tally = self._kept_tally() if counts_changed else view.shown_tally
        self.show_floor_and_tally(tally)
        # The notes follow the row chosen (currentRowChanged); bound here only when the
        # row stays the one chosen (its statement changed under it).
        row = view.log.currentIndex().row()
        view.select_statement(changed[-1].id)
        if view.log.currentIndex().row() == row:
            view.notes_binding.bind()

    def _numbers_answered(self, queue: list[QueueEntry]) -> dict[int, int]:
        """The numbers of the statements queued replies answer (not the whole log's)."""
        numbers: dict[int, int] = {}
        for entry in queue:
            if entry.replying_to_id is not None:
                number = self._view.log_model.number_of(entry.replying_to_id)
                if number is not None:
                    numbers[entry.replying_to_id] = number
        return numbers

    def _follow_floor(self, changed: list[Statement]) -> None:
        """Who has the floor after these changes, from them alone (no pass over the log)."""
        view = self._view
        for statement in changed:
            if statement.on_the_floor:
                view.on_floor = statement
            elif view.on_floor is not None and statement.id == view.on_floor.id:
                view.on_floor = None

    def _kept_tally(self) -> Tally | None:
        """The session's tally as the store keeps it (one row read)."""
        view = self._view
        try:
            return view.services.tally.for_session(view.session_id)
        except RapporteurError:
            return None

    def show_floor_and_tally(self, tally: Tally | None = None) -> None:
        view = self._view
        if tally is None:  # after a full read: the log in memory is the session
            statements = view.log_model.statements
            tally = Tally.of((s.kind, s.category) for s in statements)
            view.on_floor = next((s for s in reversed(statements) if s.on_the_floor), None)
        view.shown_tally = tally  # the projector shows the same counts
        view.tally.show_tally(tally)
        view.floor.show_floor(view.on_floor, view.session)
        view.windows.show_state()
