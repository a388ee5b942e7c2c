"""The fixed vocabularies: categories, session kinds, statement kinds, addressees.

Each enum's value is the word used on the command line, in the exchange format
and in the database, so that one spelling serves everywhere.
"""

from enum import StrEnum
from typing import TypeVar

from rapporteur_app.domain.errors import InvalidInput


class Category(StrEnum):
    """Who a statement was delivered for; each statement falls in exactly one."""

    DELEGATION = "delegation"
    CIVIL_SOCIETY = "civil-society"
    OSCE_INSTITUTION = "osce-institution"
    INTERNATIONAL_ORGANIZATION = "international-organization"
    MEDIA = "media"

    @classmethod
    def parse(cls, text: str) -> "Category":
        return _parse(cls, text, "unknown-category")


class SessionKind(StrEnum):
    OPENING = "opening"
    WORKING_SESSION = "working-session"
    PANEL = "panel"
    WORKING_GROUP = "working-group"
    SIDE_EVENT = "side-event"
    CLOSING = "closing"
    # A line of the agenda that is neither a session nor a rapport ("Closing of
    # the meeting"): no rapport, no row in the consolidated report.
    ITEM = "item"

    @classmethod
    def parse(cls, text: str) -> "SessionKind":
        return _parse(cls, text, "unknown-session-kind")


class StatementKind(StrEnum):
    STATEMENT = "statement"
    RIGHT_OF_REPLY = "right-of-reply"
    # The moderator's opening or an introducer's, panellist's or keynote's presentation:
    # logged and timed like a statement, never a statement from the floor, never counted.
    PRESENTATION = "presentation"

    @classmethod
    def parse(cls, text: str) -> "StatementKind":
        return _parse(cls, text, "unknown-statement-kind")


class IntroducerRole(StrEnum):
    INTRODUCER = "introducer"
    PANELLIST = "panellist"
    KEYNOTE = "keynote"

    @classmethod
    def parse(cls, text: str) -> "IntroducerRole":
        return _parse(cls, text, "unknown-role")


class SessionList(StrEnum):
    """The bulleted lists a session can hold besides its statements."""

    QUESTIONS_FOR_DISCUSSION = "questions-for-discussion"
    QUESTIONS_RAISED = "questions-raised"
    PRIORITIES = "priorities"
    FINDINGS = "findings"


_E = TypeVar("_E", bound=StrEnum)


def _parse(enum: type[_E], text: str, refusal: str) -> _E:
    """The member written ``text`` (any case, "_" or " " for "-"); else the coded
    ``refusal``, which lists the choices."""
    key = text.strip().lower().replace("_", "-").replace(" ", "-")
    for member in enum:
        if member.value == key:
            return member
    choices = ", ".join(m.value for m in enum)
    raise InvalidInput.coded(refusal, text=repr(text), choices=choices)


# The tally's order and the category each alt-key sets in the live console.
CATEGORY_ORDER: tuple[Category, ...] = (
    Category.DELEGATION,
    Category.CIVIL_SOCIETY,
    Category.OSCE_INSTITUTION,
    Category.INTERNATIONAL_ORGANIZATION,
    Category.MEDIA,
)

# Addressees with a fixed meaning (and translated headings); any other text is
# an addressee too, shown as written.
PARTICIPATING_STATES = "participating-states"
OSCE = "osce"
ODIHR = "odihr"
CIVIL_SOCIETY = "civil-society"
PARTNERS = "partners"
KNOWN_ADDRESSEES: tuple[str, ...] = (PARTICIPATING_STATES, OSCE, ODIHR, CIVIL_SOCIETY, PARTNERS)
