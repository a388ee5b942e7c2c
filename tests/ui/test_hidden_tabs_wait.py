"""Opening a session in the window reads what the console shows and nothing for the
tabs behind it: the Rapport tab's recommendation review (fuzzy matching), its
list of every note of the log and its preview are read when the tab is shown;
the document writers are prepared only when an export is asked for (not while
the window opens, nor for a tab merely looked at)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.main_window import MainWindow
from rapporteur_app.ui.rapport import rapport_tab
from rapporteur_app.ui.rapport.rapport_tab import RapportTab


def _counting(calls: list[str], name: str, call: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(name)
        return call(*args, **kwargs)

    return counted


def test_the_rapport_tab_reads_its_session_when_shown(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 2", "Tolerance")
    services.statements.add(session.id, "Speaker", "Norway", Category.DELEGATION)
    services.recommendations.add(session.id, "osce", "Fund the shelters.")
    services.sessions.set_narrative(session.id, "The session examined tolerance.")
    calls: list[str] = []
    review = services.recommendation_review
    monkeypatch.setattr(review, "review", _counting(calls, "review", review.review))
    documents = services.documents
    monkeypatch.setattr(
        documents, "session_document", _counting(calls, "preview", documents.session_document)
    )
    monkeypatch.setattr(rapport_tab, "prepare_writers", lambda: calls.append("writers"))

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_session(session.id)
    window.show_console()
    qtbot.wait(50)  # events processed: nothing deferred runs for the hidden tab either
    assert calls == []

    rapport = window.session_views[2]
    assert isinstance(rapport, RapportTab)
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: rapport.recommendations.list.count() == 1)
    # The writers wait for an export to be asked for (their 30 MiB are not the tab's).
    assert sorted(set(calls)) == ["preview", "review"]
    assert rapport.narrative.toPlainText() == "The session examined tolerance."
    assert "examined tolerance" in rapport.preview.toPlainText()
    # Asked for by an export, as it starts (while a file dialog would be naming it).
    target = tmp_path / "rapport.docx"
    assert rapport.export("docx", target=str(target)) is not None
    assert calls.count("writers") == 1
    qtbot.waitUntil(target.exists, timeout=30_000)


def test_a_draft_asked_for_a_hidden_tab_goes_into_its_own_session(
    qtbot: QtBot, services: Services
) -> None:
    """The menu may insert into the tab before it was ever shown: the session's own
    narrative is read first, so nothing written is replaced by an empty one."""
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 2", "Tolerance")
    services.sessions.set_narrative(session.id, "Written before.")
    tab = RapportTab(services)
    qtbot.addWidget(tab)
    tab.show_session(session.id)  # never shown
    tab.insert_text("Added from the notes.")
    tab.save_now()
    narrative = services.sessions.get(session.id).narrative
    assert "Written before." in narrative
    assert "Added from the notes." in narrative
