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
        Category.DELEGATION: QCoreApplication.translate("Labels", "Delegation"),
        Category.CIVIL_SOCIETY: QCoreApplication.translate("Labels", "Civil society"),
        Category.OSCE_INSTITUTION: QCoreApplication.translate("Labels", "OSCE institution"),
        Category.INTERNATIONAL_ORGANIZATION: QCoreApplication.translate(
            "Labels", "International organization"
        ),
        Category.MEDIA: QCoreApplication.translate("Labels", "Media"),
    }[category]


@cache
def kind_label(kind: StatementKind) -> str:
    return {
        StatementKind.STATEMENT: QCoreApplication.translate("Labels", "Statement"),
        StatementKind.RIGHT_OF_REPLY: QCoreApplication.translate("Labels", "Right of reply"),
        # The panel's own speaker: the screen says at once that it is not counted.
        StatementKind.PRESENTATION: QCoreApplication.translate("Labels", "Panel (not counted)"),
    }[kind]


def addressee_label(addressee: str) -> str:
    """A fixed addressee's name on screen; any other addressee as the rapporteur wrote it."""
    return {
        PARTICIPATING_STATES: QCoreApplication.translate("Labels", "OSCE participating States"),
        OSCE: QCoreApplication.translate("Labels", "OSCE"),
        ODIHR: QCoreApplication.translate("Labels", "ODIHR"),
        CIVIL_SOCIETY: QCoreApplication.translate("Labels", "Civil society"),
        PARTNERS: QCoreApplication.translate("Labels", "Partners for Co-operation"),
    }.get(addressee, addressee)
