"""Edits of a statement (or a speaker) chosen in the log or the queue: its category,
a cell edited in the log, and not being named, for the meeting or in one statement
only, with how an unnamed speaker is described instead.

The strings keep the translation context of the view they were written in
("ConsoleView"), so the translations stay where they are.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.model import Statement
from rapporteur_app.ui.console.commands import EditStatement, MarkPerson, QueueEdit

if TYPE_CHECKING:
    from rapporteur_app.ui.console.console_view import ConsoleView


class StatementEdits:
    """The edits the console makes to the statement or the speaker chosen."""

    def __init__(self, view: ConsoleView) -> None:
        self._view = view

    def _chosen(self) -> Statement | None:
        """The statement chosen in the log, else the one on the floor; None said."""
        view = self._view
        statement = view.chosen_statement() or view.on_floor
        if statement is None:
            view.show_prompt(
                QCoreApplication.translate("ConsoleView", "Choose a statement in the log first.")
            )
        return statement

    def set_category(self, category: Category) -> None:
        statement = self._chosen()
        if statement is not None and statement.category is not category:
            self._view.execute(EditStatement(self._view, statement, {"category": category}))

    def edit(self, statement: Statement, changes: dict[str, object]) -> bool:
        """An edit made in a cell of the log."""
        view = self._view
        if not view.has_services:
            view.before_open.keep(
                QCoreApplication.translate("ConsoleView", "edit statement {0}").format(
                    statement.number
                ),
                partial(self.edit, statement, changes),
            )
            return True
        organization = changes.get("on_behalf_of")
        if isinstance(organization, str) and organization.strip() and view.session is not None:
            # A known delegation brings its category with it, in the same edit.
            directory = view.services.directory
            known = directory.category_of(view.session.meeting_id, organization)
            if known is not None:
                changes["on_behalf_of"] = directory.canonical_name(
                    view.session.meeting_id, organization
                )
                if known is not statement.category:
                    changes["category"] = known
        return view.execute(EditStatement(view, statement, changes))

    def toggle_not_named(self) -> None:
        """The chosen speaker (queued, or in the log) asked not to be named, or may be:
        for the whole meeting (see :meth:`_mark_person`)."""
        view = self._view
        if view.queue.list.hasFocus():
            entry = view.queue.list.current_entry()
            if entry is None:
                return
            if entry.speaker_id is None:  # nobody to remember it for: this place only
                view.execute(QueueEdit(view, entry, anonymous=not entry.anonymous))
            else:
                self._mark_person(entry.speaker_id, entry.speaker, not entry.anonymous)
            return
        statement = self._chosen()
        if statement is None:
            return
        if statement.speaker_id is None:
            self.toggle_not_named_here()
        else:
            self._mark_person(statement.speaker_id, statement.speaker, not statement.anonymous)

    def toggle_not_named_here(self) -> None:
        """Not to be named in the chosen statement only (or named in it after all)."""
        statement = self._chosen()
        if statement is not None:
            self._view.execute(
                EditStatement(self._view, statement, {"anonymous": not statement.anonymous})
            )

    def _mark_person(self, speaker_id: int, name: str, not_named: bool) -> None:
        """Not being named belongs to the person for the meeting: every statement she
        made and makes, and her place in the queue. Then the quick-entry line takes how
        she is described instead."""
        view = self._view
        if not view.execute(MarkPerson(view, speaker_id, name, not_named)):
            return
        if not_named:
            current = view.services.participants.get(speaker_id).anonymous_description
            view.quick_entry.begin_description(speaker_id, name, current)

    def describe_person(self, speaker_id: int, description: str) -> None:
        """How a speaker not to be named is described, typed in the quick-entry line."""
        view = self._view
        if not view.has_services:
            view.before_open.keep(
                QCoreApplication.translate("ConsoleView", "describe a speaker"),
                partial(self.describe_person, speaker_id, description),
            )
            return
        name = view.services.participants.get(speaker_id).name
        view.execute(MarkPerson(view, speaker_id, name, True, description))
        view.focus_entry()
