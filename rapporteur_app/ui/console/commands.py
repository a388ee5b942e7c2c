"""Every edit of the console as an undoable command.

A command does its work once in :meth:`apply` before it is pushed (so a
refusal by the services never reaches the undo stack), then :meth:`redo` and
:meth:`undo` replay it. Statements removed by an undo come back under their
old id, so commands further up the stack still name the right statement.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from rapporteur_app.domain.errors import DatabaseLocked, RapporteurError
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import QueueEntry, Statement
from rapporteur_app.domain.tally import Tally
from rapporteur_app.ui.console.lock_wait import WAIT_PER_TRY_S
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.labels import category_label

if TYPE_CHECKING:
    # Only for the type: the console is built before the store (SQLAlchemy) is imported.
    from rapporteur_app.domain.model import Naming, Recommendation, RemovedStatement
    from rapporteur_app.services.app_services import Services

# What the Undo and Redo entries say ("Undo queue Austria") is read by the user: each
# text is a literal inside QCoreApplication.translate("ConsoleCommand", ...).


def now() -> time:
    """The time of a key, to the second (as services/floor.py's ``now``)."""
    return datetime.now().time().replace(microsecond=0)


class Console(Protocol):
    @property
    def services(self) -> Services: ...

    session_id: int

    def data_changed(self) -> None: ...

    def before_change(self) -> None: ...

    def show_changes(
        self,
        changed: list[Statement],
        queue_changed: bool,
        tally: Tally | None = None,
        queue: list[QueueEntry] | None = None,
        counts_changed: bool = True,
    ) -> None: ...

    def history_broken(self, message: str) -> None: ...

    def replay_held(self, what: str, holder: str) -> None: ...


class ConsoleCommand(QUndoCommand):
    def __init__(self, console: Console, text: str) -> None:
        super().__init__(text)
        self.console = console
        self._fresh = True
        # An undo (or redo) the held database refused: the stack has moved, so its
        # next redo (or undo), which puts the stack back, must do nothing.
        self._skip_once = False

    @property
    def services(self) -> Services:
        # Read when the command runs: the console may take its services after the
        # command was made (keys typed while the database was opening).
        return self.console.services

    def apply(self) -> None:
        raise NotImplementedError

    def reapply(self) -> None:
        self.apply()

    def revert(self) -> None:
        raise NotImplementedError

    def changes(self) -> tuple[list[Statement], bool] | None:
        """What the first apply changed (statements, and whether the queue did), when
        the console can show just that; None: read the whole session again."""
        return None

    def kept_tally(self) -> Tally | None:
        """The session's tally as the first apply's own unit of work left it, when it
        read it (the console then reads nothing more); None: the console reads it."""
        return None

    def kept_queue(self) -> list[QueueEntry] | None:
        """The session's queue as the first apply's own unit of work left it, when it
        read it; None: the console reads it (when the queue changed)."""
        return None

    # Whether the first apply may change the session's counts (ending a statement,
    # say, does not: the console then shows the tally it shows, and reads nothing).
    changes_counts = True

    def redo(self) -> None:
        if self._skip_once:
            self._skip_once = False
            return
        if self._fresh:
            self._fresh = False
            changes = self.changes()
            if changes is not None:
                # The hot path of a live session: no reload of the whole log.
                self.console.show_changes(
                    *changes, tally=self.kept_tally(), queue=self.kept_queue(),
                    counts_changed=self.changes_counts,
                )  # fmt: skip
                return
        else:
            # Notes typed a moment ago belong to the statement as it is taken away.
            self.console.before_change()
            if not self._replay(self.reapply, "redo"):
                return
        self.console.data_changed()

    def undo(self) -> None:
        if self._skip_once:
            self._skip_once = False
            return
        self.console.before_change()
        if self._replay(self.revert, "undo"):
            self.console.data_changed()

    def _replay(self, step: Callable[[], None], what: str) -> bool:
        """An undo or redo the database refuses (another window changed the same
        statement meanwhile): say so, and drop the history rather than replay the
        rest of it on data it no longer describes. A database another program holds
        refuses nothing for good: the step is not done, the stack is put back, and
        the rapporteur presses the key again when it is free (False: nothing done)."""
        try:
            with self.services.waiting_at_most(WAIT_PER_TRY_S):
                step()
        except DatabaseLocked as error:
            self._skip_once = True
            self.console.replay_held(what, error.holder)
            return False
        except RapporteurError as error:
            message = (
                QCoreApplication.translate("ConsoleCommand", "Cannot undo “{0}”: {1}")
                if what == "undo"
                else QCoreApplication.translate("ConsoleCommand", "Cannot redo “{0}”: {1}")
            )
            self.console.history_broken(message.format(self.text(), describe(error)))
        return True


class QueueAdd(ConsoleCommand):
    def __init__(
        self,
        console: Console,
        speaker: str,
        organization: str,
        category: Category,
        kind: StatementKind = StatementKind.STATEMENT,
        replying_to: int | None = None,
        cosignatories: tuple[str, ...] = (),
    ) -> None:
        super().__init__(
            console,
            QCoreApplication.translate("ConsoleCommand", "queue {0}").format(
                speaker or organization
            ),
        )
        self.args = (speaker, organization, category)
        self.kind, self.replying_to = kind, replying_to
        self.cosignatories = cosignatories
        self.entry: QueueEntry | None = None
        self._queue: list[QueueEntry] | None = None

    def apply(self) -> None:
        self.entry, self._queue = self.services.queue.add_listed(
            self.console.session_id, *self.args, kind=self.kind, replying_to=self.replying_to,
            cosignatories=self.cosignatories,
        )  # fmt: skip

    def kept_queue(self) -> list[QueueEntry] | None:
        return self._queue

    def reapply(self) -> None:
        assert self.entry is not None
        self.services.queue.restore(self.entry)

    def changes(self) -> tuple[list[Statement], bool] | None:
        return [], True

    def revert(self) -> None:
        assert self.entry is not None
        self.services.queue.remove(self.entry.id)


class QueueRemove(ConsoleCommand):
    def __init__(self, console: Console, entry: QueueEntry) -> None:
        super().__init__(
            console,
            QCoreApplication.translate("ConsoleCommand", "remove {0} from the queue").format(
                entry.display
            ),
        )
        self.entry = entry

    def apply(self) -> None:
        self.services.queue.remove(self.entry.id)

    def changes(self) -> tuple[list[Statement], bool] | None:
        return [], True

    def revert(self) -> None:
        self.services.queue.restore(self.entry)


class QueueMove(ConsoleCommand):
    def __init__(self, console: Console, entry: QueueEntry, to: int) -> None:
        super().__init__(
            console, QCoreApplication.translate("ConsoleCommand", "move {0}").format(entry.display)
        )
        self.entry_id, self.before, self.after = entry.id, entry.position, to

    def apply(self) -> None:
        self.services.queue.move(self.entry_id, self.after)

    def changes(self) -> tuple[list[Statement], bool] | None:
        return [], True

    def revert(self) -> None:
        self.services.queue.move(self.entry_id, self.before)


class GiveFloor(ConsoleCommand):
    def __init__(self, console: Console) -> None:
        super().__init__(console, QCoreApplication.translate("ConsoleCommand", "give the floor"))
        # The time of the key, not of the write: an action kept while another program
        # held the database is logged at the moment the rapporteur pressed it.
        self.at = now()
        self.statement: Statement | None = None
        self.entry: QueueEntry | None = None
        self.ended: Statement | None = None
        self._removed: RemovedStatement | None = None
        self._tally: Tally | None = None
        self._queue: list[QueueEntry] | None = None

    def apply(self) -> None:
        given, self._tally, self._queue = self.services.floor.give_floor_shown(
            self.console.session_id, at=self.at
        )
        self.statement, self.entry, self.ended = given
        self.setText(
            QCoreApplication.translate("ConsoleCommand", "give the floor to {0}").format(
                self.entry.display
            )
        )

    def changes(self) -> tuple[list[Statement], bool] | None:
        assert self.statement is not None
        changed = [self.ended, self.statement] if self.ended else [self.statement]
        return changed, True

    def kept_tally(self) -> Tally | None:
        return self._tally

    def kept_queue(self) -> list[QueueEntry] | None:
        return self._queue

    # One user action, one unit of work: F5 is one transaction, and so are its undo
    # and its redo (the floor service does each in one).
    def reapply(self) -> None:
        assert self._removed is not None and self.entry is not None
        self.services.floor.give_back(self._removed, self.entry, self.ended)

    def revert(self) -> None:
        assert self.statement is not None and self.entry is not None
        # Back at the head of the queue under its own id: older moves still name it.
        self._removed = self.services.floor.take_back(
            self.statement.id, self.entry, self.ended.id if self.ended else None
        )


class PanelFloor(ConsoleCommand):
    """The floor to a speaker of the panel (moderator, introducer): a presentation,
    logged and timed, never counted; one transaction, undone as one."""

    def __init__(self, console: Console, index: int) -> None:
        super().__init__(console, QCoreApplication.translate("ConsoleCommand", "give the floor"))
        self.index = index
        self.at = now()  # the time of the key (see GiveFloor)
        self.statement: Statement | None = None
        self.ended: Statement | None = None

    def apply(self) -> None:
        self.statement, self.ended = self.services.panel.give_floor(
            self.console.session_id, self.index, at=self.at
        )
        self.setText(
            QCoreApplication.translate("ConsoleCommand", "give the floor to {0}").format(
                self.statement.speaker
            )
        )

    def reapply(self) -> None:
        # Given again at the time it was first given (a new row: the panel service
        # takes a presentation back by deleting it).
        assert self.statement is not None
        self.statement, self.ended = self.services.panel.give_floor(
            self.console.session_id, self.index, at=self.statement.start
        )

    def changes(self) -> tuple[list[Statement], bool] | None:
        assert self.statement is not None
        return ([self.ended, self.statement] if self.ended else [self.statement]), False

    def revert(self) -> None:
        assert self.statement is not None
        self.services.panel.take_back(self.statement.id, self.ended.id if self.ended else None)


class EndFloor(ConsoleCommand):
    changes_counts = False  # an end time counts for nothing in the tally

    def __init__(self, console: Console) -> None:
        super().__init__(console, QCoreApplication.translate("ConsoleCommand", "end the statement"))
        self.at = now()  # the time of the key (see GiveFloor)
        self.ended: Statement | None = None

    def apply(self) -> None:
        self.ended = self.services.floor.end_floor(self.console.session_id, at=self.at)

    def changes(self) -> tuple[list[Statement], bool] | None:
        return ([self.ended] if self.ended else []), False

    def reapply(self) -> None:
        if self.ended is not None:
            self.services.statements.update(self.ended.id, end=self.ended.end)

    def revert(self) -> None:
        if self.ended is not None:
            self.services.floor.reopen(self.ended.id)


class CountOnly(ConsoleCommand):
    def __init__(self, console: Console, category: Category) -> None:
        super().__init__(
            console,
            QCoreApplication.translate("ConsoleCommand", "count a statement ({0})").format(
                category_label(category)
            ),
        )
        self.category = category
        self.statement: Statement | None = None
        self._tally: Tally | None = None
        self._removed: RemovedStatement | None = None

    def apply(self) -> None:
        self.statement, self._tally = self.services.floor.count_only_tallied(
            self.console.session_id, self.category
        )

    def changes(self) -> tuple[list[Statement], bool] | None:
        assert self.statement is not None
        return [self.statement], False

    def kept_tally(self) -> Tally | None:
        return self._tally

    def reapply(self) -> None:
        assert self._removed is not None
        self.services.statements.restore(self._removed)

    def revert(self) -> None:
        assert self.statement is not None
        self._removed = self.services.statements.remove(self.statement.id)


class EditStatement(ConsoleCommand):
    """Change fields of a logged statement (category, speaker, kind and what it answers ...)
    in one unit of work; the undo puts the old values back."""

    def __init__(self, console: Console, statement: Statement, changes: dict[str, object]) -> None:
        super().__init__(
            console,
            QCoreApplication.translate("ConsoleCommand", "change statement {0}").format(
                statement.number
            ),
        )
        self.statement_id, self.after = statement.id, dict(changes)
        self.before = {name: getattr(statement, _ATTRIBUTE.get(name, name)) for name in changes}
        self.updated: Statement | None = None

    def apply(self) -> None:
        self.updated = self.services.statements.update(self.statement_id, **self.after)

    def changes(self) -> tuple[list[Statement], bool] | None:
        assert self.updated is not None
        return [self.updated], False

    def revert(self) -> None:
        self.services.statements.update(self.statement_id, **self.before)


_ATTRIBUTE = {"replying_to": "replying_to_id"}


class DeleteStatement(ConsoleCommand):
    def __init__(self, console: Console, statement: Statement) -> None:
        super().__init__(
            console,
            QCoreApplication.translate("ConsoleCommand", "delete statement {0}").format(
                statement.number
            ),
        )
        self.statement_id = statement.id
        self._removed: RemovedStatement | None = None

    def apply(self) -> None:
        self._removed = self.services.statements.remove(self.statement_id)

    def revert(self) -> None:
        assert self._removed is not None
        self.services.statements.restore(self._removed)


class AddRecommendation(ConsoleCommand):
    def __init__(
        self, console: Console, addressee: str, text: str, statement_id: int | None
    ) -> None:
        super().__init__(
            console, QCoreApplication.translate("ConsoleCommand", "add a recommendation")
        )
        self.addressee, self.text_, self.statement_id = addressee, text, statement_id
        self.added: Recommendation | None = None

    def apply(self) -> None:
        self.added = self.services.recommendations.add(
            self.console.session_id, self.addressee, self.text_, statement_id=self.statement_id
        )

    def revert(self) -> None:
        assert self.added is not None
        self.services.recommendations.delete(self.added.id)


class QueueEdit(ConsoleCommand):
    """Correct a queued speaker: name, organization, category, not to be named."""

    def __init__(self, console: Console, entry: QueueEntry, **changes: object) -> None:
        super().__init__(
            console,
            QCoreApplication.translate("ConsoleCommand", "correct {0} in the queue").format(
                entry.display
            ),
        )
        self.entry_id, self.after = entry.id, changes
        self.before = {name: getattr(entry, name) for name in changes}

    def apply(self) -> None:
        self.services.queue.update(self.entry_id, **self.after)  # type: ignore[arg-type]

    def changes(self) -> tuple[list[Statement], bool] | None:
        return [], True

    def revert(self) -> None:
        self.services.queue.update(self.entry_id, **self.before)


class SetLimits(ConsoleCommand):
    """The session's speaking-time limits (a statement, a right of reply), in seconds."""

    def __init__(self, console: Console, before: tuple[int, int], after: tuple[int, int]) -> None:
        super().__init__(
            console, QCoreApplication.translate("ConsoleCommand", "change the speaking-time limits")
        )
        self.before, self.after = before, after

    def _set(self, limits: tuple[int, int]) -> None:
        statement_s, reply_s = limits
        self.services.sessions.update(
            self.console.session_id, statement_limit_s=statement_s, reply_limit_s=reply_s
        )

    def apply(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)


class MarkPerson(ConsoleCommand):
    """She asked not to be named (or may be named): for the whole meeting, in every
    statement she made and makes and in the queue; ``description`` says how she is
    described instead (None keeps it)."""

    def __init__(
        self, console: Console, speaker_id: int, name: str, not_named: bool,
        description: str | None = None,
    ) -> None:  # fmt: skip
        text = (
            QCoreApplication.translate("ConsoleCommand", "not to name {0}")
            if not_named
            else QCoreApplication.translate("ConsoleCommand", "name {0} again")
        )
        super().__init__(console, text.format(name))
        self.speaker_id, self.not_named, self.description = speaker_id, not_named, description
        self.before: Naming | None = None

    def apply(self) -> None:
        self.before = self.services.participants.set_not_named(
            self.speaker_id, self.not_named, self.description
        )

    def revert(self) -> None:
        if self.before is not None:
            self.services.participants.restore_naming(self.before)
