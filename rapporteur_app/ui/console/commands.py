"""Every edit of the console as an undoable command.

A command does its work once in :meth:`apply` before it is pushed (so a
refusal by the services never reaches the undo stack), then :meth:`redo` and
:meth:`undo` replay it. Statements removed by an undo come back under their
old id, so commands further up the stack still name the right statement.
"""

from typing import Protocol

from PySide6.QtGui import QUndoCommand

from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.model import QueueEntry, Recommendation, Statement
from rapporteur_app.services.app_services import Services


class Console(Protocol):
    services: Services
    session_id: int

    def data_changed(self) -> None: ...

    def before_change(self) -> None: ...

    def show_changes(self, changed: list[Statement], queue_changed: bool) -> None: ...


class ConsoleCommand(QUndoCommand):
    def __init__(self, console: Console, text: str) -> None:
        super().__init__(text)
        self.console = console
        self.services = console.services
        self._fresh = True

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

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            changes = self.changes()
            if changes is not None:
                # The hot path of a live session: no reload of the whole log.
                self.console.show_changes(*changes)
                return
        else:
            # Notes typed a moment ago belong to the statement as it is taken away.
            self.console.before_change()
            self.reapply()
        self.console.data_changed()

    def undo(self) -> None:
        self.console.before_change()
        self.revert()
        self.console.data_changed()


class QueueAdd(ConsoleCommand):
    def __init__(
        self,
        console: Console,
        speaker: str,
        organization: str,
        category: Category,
        kind: StatementKind = StatementKind.STATEMENT,
        replying_to: int | None = None,
    ) -> None:
        super().__init__(console, "queue " + (speaker or organization))
        self.args = (speaker, organization, category)
        self.kind, self.replying_to = kind, replying_to
        self.entry: QueueEntry | None = None

    def apply(self) -> None:
        position = self.entry.position if self.entry is not None else None
        self.entry = self.services.queue.add(
            self.console.session_id, *self.args, kind=self.kind,
            replying_to=self.replying_to, position=position,
        )  # fmt: skip

    def revert(self) -> None:
        assert self.entry is not None
        self.services.queue.remove(self.entry.id)


class QueueRemove(ConsoleCommand):
    def __init__(self, console: Console, entry: QueueEntry) -> None:
        super().__init__(console, f"remove {entry.display} from the queue")
        self.entry = entry

    def apply(self) -> None:
        self.services.queue.remove(self.entry.id)

    def revert(self) -> None:
        e = self.entry
        self.entry = self.services.queue.add(
            e.session_id, e.speaker, e.on_behalf_of, e.category, kind=e.kind,
            replying_to=e.replying_to_id, anonymous=e.anonymous, position=e.position,
        )  # fmt: skip


class QueueMove(ConsoleCommand):
    def __init__(self, console: Console, entry: QueueEntry, to: int) -> None:
        super().__init__(console, f"move {entry.display}")
        self.entry_id, self.before, self.after = entry.id, entry.position, to

    def apply(self) -> None:
        self.services.queue.move(self.entry_id, self.after)

    def revert(self) -> None:
        self.services.queue.move(self.entry_id, self.before)


class GiveFloor(ConsoleCommand):
    def __init__(self, console: Console) -> None:
        super().__init__(console, "give the floor")
        self.statement: Statement | None = None
        self.entry: QueueEntry | None = None
        self.ended: Statement | None = None
        self._position = 0
        self._requeued: QueueEntry | None = None

    def apply(self) -> None:
        self.statement, self.entry, self.ended = self.services.floor.give_floor(
            self.console.session_id
        )
        self.setText(f"give the floor to {self.entry.display}")

    def changes(self) -> tuple[list[Statement], bool] | None:
        assert self.statement is not None
        changed = [self.ended, self.statement] if self.ended else [self.statement]
        return changed, True

    def reapply(self) -> None:
        assert self.statement is not None and self._requeued is not None
        self.services.queue.remove(self._requeued.id)
        self.services.statements.restore(self.statement, self._position)
        if self.ended is not None:
            self.services.statements.update(self.ended.id, end=self.ended.end)

    def revert(self) -> None:
        assert self.statement is not None and self.entry is not None
        current = self.services.statements.get(self.statement.id)
        self.statement, self._position = self.services.statements.remove(current.id)
        e = self.entry
        self._requeued = self.services.queue.add(
            e.session_id, e.speaker, e.on_behalf_of, e.category, kind=e.kind,
            replying_to=e.replying_to_id, anonymous=e.anonymous, position=1,
        )  # fmt: skip
        if self.ended is not None:
            self.services.floor.reopen(self.ended.id)


class EndFloor(ConsoleCommand):
    def __init__(self, console: Console) -> None:
        super().__init__(console, "end the statement")
        self.ended: Statement | None = None

    def apply(self) -> None:
        self.ended = self.services.floor.end_floor(self.console.session_id)

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
        super().__init__(console, f"count a statement ({category.value})")
        self.category = category
        self.statement: Statement | None = None
        self._position = 0

    def apply(self) -> None:
        self.statement = self.services.floor.count_only(self.console.session_id, self.category)

    def changes(self) -> tuple[list[Statement], bool] | None:
        assert self.statement is not None
        return [self.statement], False

    def reapply(self) -> None:
        assert self.statement is not None
        self.services.statements.restore(self.statement, self._position)

    def revert(self) -> None:
        assert self.statement is not None
        self.statement, self._position = self.services.statements.remove(self.statement.id)


class EditStatement(ConsoleCommand):
    """Change one field of a logged statement (category, speaker, kind ...)."""

    def __init__(self, console: Console, statement: Statement, field: str, value: object) -> None:
        super().__init__(console, f"change the {field.replace('_', ' ')}")
        self.statement_id, self.field, self.value = statement.id, field, value
        self.before = getattr(statement, _ATTRIBUTE.get(field, field))

    def apply(self) -> None:
        self.services.statements.update(self.statement_id, **{self.field: self.value})

    def revert(self) -> None:
        self.services.statements.update(self.statement_id, **{self.field: self.before})


_ATTRIBUTE = {"replying_to": "replying_to_id"}


class DeleteStatement(ConsoleCommand):
    def __init__(self, console: Console, statement: Statement) -> None:
        super().__init__(console, f"delete statement {statement.number}")
        self.statement = statement
        self._position = 0

    def apply(self) -> None:
        current = self.services.statements.get(self.statement.id)
        self.statement, self._position = self.services.statements.remove(current.id)

    def revert(self) -> None:
        self.services.statements.restore(self.statement, self._position)


class AddRecommendation(ConsoleCommand):
    def __init__(
        self, console: Console, addressee: str, text: str, statement_id: int | None
    ) -> None:
        super().__init__(console, "add a recommendation")
        self.addressee, self.text_, self.statement_id = addressee, text, statement_id
        self.added: Recommendation | None = None

    def apply(self) -> None:
        self.added = self.services.recommendations.add(
            self.console.session_id, self.addressee, self.text_, statement_id=self.statement_id
        )

    def revert(self) -> None:
        assert self.added is not None
        self.services.recommendations.delete(self.added.id)
