"""The tabs shown for the chosen session, in order.

A tab is a QWidget that takes ``(services, parent)`` and has
``show_session(session_id: int) -> None``; :class:`MainWindow` calls it when
the user picks a session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QTabWidget, QWidget

from rapporteur_app.ui.key_sequences import shortcut
from rapporteur_app.ui.qt_values import WINDOW_SHORTCUT
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


# Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDown / Ctrl+PgUp: the next and the previous tab.
TAB_ROUND = (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1),
             ("Ctrl+Shift+Backtab", -1), ("Ctrl+PgUp", -1))  # fmt: skip


def go_round_the_tabs(window: QWidget, tabs: QTabWidget) -> None:
    """The tab keys from wherever the focus is in ``window``. QTabWidget hears them only
    when the focused widget lets them through, and a table keeps Ctrl+Shift+Tab for
    itself: on the Statements tab the rapporteur could not get back to the console.
    Back on the console, the keys are where she types next (the notes during a speech)."""

    def step(by: int) -> None:
        count = tabs.count()
        if not count:
            return
        tabs.setCurrentIndex((tabs.currentIndex() + by) % count)
        land = getattr(getattr(tabs.currentWidget(), "keys_home", None), "land", None)
        if callable(land):
            land()

    for keys, by in TAB_ROUND:
        tab_key = shortcut(keys, window)
        tab_key.setProperty("context", WINDOW_SHORTCUT)  # ui/qt_values.py
        tab_key.activated.connect(lambda by=by: step(by))
