"""A final rapport in the window: every edit through the console, the Rapport tab and
its recommendations is refused with one message and changes nothing; re-opened and
marked final again it is version 2; version 1 is exported again from the versions
dialog as it was sent, and the two are compared there. The session file goes out
from the Session menu's action and comes in through the meeting's import."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.rapport.handoff_actions import HandoffActions
from rapporteur_app.ui.rapport.rapport_tab import RapportTab
from rapporteur_app.ui.rapport.versions_dialog import VersionsDialog
from tests.ui.console_driver import CTRL, key


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The messages the window shows (warnings and information), in order."""
    messages: list[str] = []
    for name in ("warning", "information"):
        monkeypatch.setattr(
            QMessageBox, name, lambda *args, **_kw: messages.append(str(args[2])) or 0
        )
    return messages


def _session(services: Services) -> int:
    meeting = services.meetings.add("SHDM on Freedom of Expression")
    session = services.sessions.add(meeting.id, "Working Session 1", "Media freedom",
                                    rapporteur="Anna Kowalska, OSCE")  # fmt: skip
    services.statements.add(session.id, "Ms. A", "Austria", Category.DELEGATION)
    for text in ("First.", "Second."):
        services.recommendations.add(session.id, "osce", text)
    services.sessions.set_narrative(session.id, "The session opened.")
    return session.id


def _locked_message(shown: list[str]) -> list[str]:
    return [m for m in shown if "is final (version 1" in m]


def test_the_window_refuses_every_edit_of_a_final_rapport(
    qtbot: QtBot, services: Services, shown: list[str], tmp_path: Path
) -> None:
    session_id = _session(services)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = HandoffActions(services, parent)
    assert actions.mark_final(session_id, author="Anna Kowalska")
    assert "version 1" in shown[-1]
    sent = tmp_path / "sent.json"
    job = actions.export_session(session_id, target=str(sent))
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=20_000):
        pass
    sent_text = sent.read_text("utf-8")
    before = services.exchange.dump_session(session_id)["meeting"]

    # The Rapport tab: typing in the narrative, moving a recommendation.
    tab = RapportTab(services)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_session(session_id)
    shown.clear()
    tab.narrative.setFocus()
    qtbot.keyClicks(tab.narrative, " More.")
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert len(_locked_message(shown)) == 1
    assert tab.narrative.markup() == "The session opened."  # what is kept shows again
    shown.clear()
    tab.recommendations.list.setFocus()
    tab.recommendations.list.setCurrentRow(0)
    qtbot.keyClick(tab.recommendations.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert len(_locked_message(shown)) == 1

    # The console: a key that counts a delegation, and one that gives the floor; a live
    # session is never stopped by a dialog: the console says it on its prompt line.
    console = ConsoleView(services)
    qtbot.addWidget(console)
    console.resize(1280, 800)
    console.show()
    with qtbot.waitActive(console):
        console.activateWindow()
    with qtbot.waitSignal(console.ready):
        console.show_session(session_id)
    shown.clear()
    services.queue.add(session_id, "Ms. Queued", "Czechia", Category.DELEGATION)
    for k, modifiers in ((Qt.Key.Key_1, CTRL), (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)):
        console.prompt.setText("")
        key(qtbot, k, modifiers)
        qtbot.waitUntil(lambda: "is final (version 1" in console.prompt.text())
    assert shown == []
    assert services.exchange.dump_session(session_id)["meeting"] == before

    # Re-opened, changed, final again: version 2; version 1 again exactly as sent.
    assert actions.reopen(session_id, ask=False)
    services.sessions.set_narrative(session_id, "The session opened late.")
    assert actions.mark_final(session_id, author="Anna Kowalska")
    dialog = VersionsDialog(services, session_id, actions, parent)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and "version 2" in dialog.state_label.text()
    dialog.table.selectRow(0)
    again = tmp_path / "again.json"
    job = dialog.export_version(target=str(again))
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=20_000):
        pass
    assert again.read_text("utf-8") == sent_text
    dialog.first.setCurrentIndex(0)
    dialog.second.setCurrentIndex(1)
    assert dialog.compare() is not None
    text = dialog.comparison.toPlainText()
    assert "-The session opened." in text and "+The session opened late." in text


def test_a_session_file_comes_in_through_the_meeting_import(
    qtbot: QtBot, services: Services, shown: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    session_id = _session(services)
    laptop = Services.open(tmp_path / "laptop.sqlite3")
    try:
        meeting = services.meetings.all()[0]
        copy = laptop.exchange.load(services.exchange.dump(meeting.id))
        theirs = laptop.sessions.of_meeting(copy.id)[0].id
        laptop.statements.add(theirs, "Mr. B", "Article 19", Category.CIVIL_SOCIETY)
        path = tmp_path / "handed.json"
        from rapporteur_app.services import exchange

        exchange.write_file(laptop.handoff.export_text(theirs), path)
    finally:
        laptop.close()
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = HandoffActions(services, parent)
    asked: list[str] = []

    def confirm(text: str, *, forced: bool) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(actions, "confirm", confirm)
    with qtbot.waitSignal(actions.changed, timeout=20_000):
        actions.import_session(meeting.id, source=str(path))
    assert "statements: 1 → 2" in asked[0]
    assert len(services.sessions.of_meeting(meeting.id)) == 1
    assert len(services.statements.of_session(session_id)) == 2
    job: Any = actions.import_session(meeting.id, source=str(path))
    qtbot.waitUntil(lambda: any("nothing was changed" in m for m in shown), timeout=20_000)
    assert job is not None and len(asked) == 1
