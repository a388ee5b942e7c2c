"""Going where a search hit was found: its meeting and session chosen on the left,
then the tab that shows it with the hit chosen there (a statement's row in the
Statements tab, a recommendation in the Rapport tab's list, a list item's list
chosen), or the participants of its meeting with the person chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapporteur_app.domain.search import SearchHit, SearchKind

if TYPE_CHECKING:
    from rapporteur_app.ui.main_window import MainWindow

# The main window's tabs, in session_tabs() order.
CONSOLE_TAB, STATEMENTS_TAB, RAPPORT_TAB = 0, 1, 2
_IN_RAPPORT_TAB = {SearchKind.NARRATIVE, SearchKind.ITEM, SearchKind.SESSION}


def go_to_hit(window: MainWindow, hit: SearchHit) -> None:
    if hit.session_id is not None:
        window.open_session(hit.session_id)
    elif hit.meeting_id is not None:
        window.select_meeting(hit.meeting_id)
    window.raise_()
    window.activateWindow()
    views = window.session_views
    if hit.kind is SearchKind.STATEMENT and len(views) > STATEMENTS_TAB:
        window.tabs.setCurrentIndex(STATEMENTS_TAB)
        select = getattr(views[STATEMENTS_TAB], "select_statement", None)
        if callable(select):
            select(hit.row_id)
    elif hit.kind is SearchKind.RECOMMENDATION and len(views) > RAPPORT_TAB:
        window.tabs.setCurrentIndex(RAPPORT_TAB)
        recommendations = getattr(views[RAPPORT_TAB], "recommendations", None)
        reload = getattr(recommendations, "reload", None)
        if callable(reload):
            reload(select_id=hit.row_id)
            recommendations.list.setFocus()  # type: ignore[union-attr]
    elif hit.kind in _IN_RAPPORT_TAB and len(views) > RAPPORT_TAB:
        window.tabs.setCurrentIndex(RAPPORT_TAB)
        rapport = views[RAPPORT_TAB]
        lists = getattr(rapport, "list_choice", None)
        if hit.kind is SearchKind.ITEM and lists is not None:
            # The list the item is in, chosen in the list editor. The focus stays off
            # the editors: an Enter pressed once too often must not write into them.
            lists.setCurrentIndex(max(0, lists.findData(hit.list_name)))
            lists.setFocus()
        else:
            window.tabs.tabBar().setFocus()
    elif hit.kind is SearchKind.PERSON and hit.meeting_id is not None:
        window.show_participants(hit.meeting_id, person_id=hit.row_id)
    elif hit.kind is SearchKind.ORGANIZATION:
        meeting_id = window.current_meeting_id()
        if meeting_id is not None:
            window.show_participants(meeting_id, organizations=True)
