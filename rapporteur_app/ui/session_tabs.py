"""The tabs shown for the chosen session, in order.

A tab is a QWidget that takes ``(services, parent)`` and has
``show_session(session_id: int) -> None``; :class:`MainWindow` calls it when
the user picks a session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from rapporteur_app.ui.translation_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from rapporteur_app.services.app_services import Services


class SessionTab(Protocol):
    def show_session(self, session_id: int) -> None: ...


class SessionTabFactory(Protocol):
    def __call__(self, services: Services, parent: QWidget | None = None) -> QWidget: ...


def session_tabs() -> list[tuple[str, SessionTabFactory]]:
    """(title, factory) of each tab; titles are translated by the caller."""
    from rapporteur_app.ui.console.console_view import ConsoleView
    from rapporteur_app.ui.rapport.rapport_tab import RapportTab
    from rapporteur_app.ui.statements_tab import StatementsTab

    return [
        (QT_TRANSLATE_NOOP("SessionTabs", "Console"), ConsoleView),
        (QT_TRANSLATE_NOOP("SessionTabs", "Statements"), StatementsTab),
        (QT_TRANSLATE_NOOP("SessionTabs", "Rapport"), RapportTab),
    ]
