"""How the fixed vocabularies read on screen (translatable; documents have their own tables).

The labels are cached: the live console asks for them for every row of the log
after every change, and the program's language does not change while it runs.
"""

from functools import cache

from PySide6.QtCore import QCoreApplication

from rapporteur_app.domain.kinds import (
    CIVIL_SOCIETY,
    ODIHR,
    OSCE,
    PARTICIPATING_STATES,
    PARTNERS,
    Category,
    StatementKind,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


@cache
def category_label(category: Category) -> str:
    return {
        Category.DELEGATION: _t("Delegation"),
        Category.CIVIL_SOCIETY: _t("Civil society"),
        Category.OSCE_INSTITUTION: _t("OSCE institution"),
        Category.INTERNATIONAL_ORGANIZATION: _t("International organization"),
        Category.MEDIA: _t("Media"),
    }[category]


@cache
def kind_label(kind: StatementKind) -> str:
    return {
        StatementKind.STATEMENT: _t("Statement"),
        StatementKind.RIGHT_OF_REPLY: _t("Right of reply"),
        # The panel's own speaker: the screen says at once that it is not counted.
        StatementKind.PRESENTATION: _t("Panel (not counted)"),
    }[kind]


def addressee_label(addressee: str) -> str:
    """A fixed addressee's name on screen; any other addressee as the rapporteur wrote it."""
    return {
        PARTICIPATING_STATES: _t("OSCE participating States"),
        OSCE: _t("OSCE"),
        ODIHR: _t("ODIHR"),
        CIVIL_SOCIETY: _t("Civil society"),
        PARTNERS: _t("Partners for Co-operation"),
    }.get(addressee, addressee)
