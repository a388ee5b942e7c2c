"""The rapport tab driven with keys and clicks, checked against the database."""

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.rich_text import parse, to_plain
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.rapport.rapport_tab import RapportTab


@pytest.fixture
def tab(qtbot: QtBot, services: Services) -> tuple[RapportTab, int]:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(
        meeting.id, "Working Session 3", "Freedom of the media", rapporteur="A. Rapporteur"
    )
    services.statements.add(session.id, "Speaker", "Norway", Category.DELEGATION)
    for text in ("First.", "Second.", "Third."):
        services.recommendations.add(session.id, "osce", text)
    widget = RapportTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_session(session.id)
    return widget, session.id


def test_the_narrative_is_saved_as_typed_and_previewed(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int]
) -> None:
    widget, session_id = tab
    assert "The narrative is empty." in widget.warnings.text()
    widget.narrative.setFocus()
    qtbot.keyClicks(widget.narrative, "The session examined media freedom.")
    qtbot.waitUntil(
        lambda: services.sessions.get(session_id).narrative == "The session examined media freedom."
    )
    qtbot.waitUntil(lambda: "examined media freedom" in widget.preview.toPlainText())
    assert "No. of statements: 1" in widget.preview.toPlainText()
    assert "The narrative is empty." not in widget.warnings.text()


def test_reorder_by_keyboard_leave_out_and_merge(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int]
) -> None:
    widget, session_id = tab
    view = widget.recommendations
    view.list.setFocus()
    view.list.setCurrentRow(0)
    qtbot.keyClick(view.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    texts = [r.text for r in services.recommendations.of_session(session_id)]
    assert texts == ["Second.", "First.", "Third."]
    # Leave "Third." out of the rapport.
    third = view.list.item(2)
    third.setCheckState(Qt.CheckState.Unchecked)
    assert [r.included for r in services.recommendations.of_session(session_id)] == [
        True, True, False,
    ]  # fmt: skip
    qtbot.waitUntil(lambda: "Third." not in widget.preview.toPlainText())
    # Merge the first two.
    view.list.clearSelection()
    view.list.item(0).setSelected(True)
    view.list.item(1).setSelected(True)
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert [r.text for r in services.recommendations.of_session(session_id)] == [
        "Second. First.",
        "Third.",
    ]


def test_add_a_recommendation_to_another_addressee(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int]
) -> None:
    widget, session_id = tab
    view = widget.recommendations
    view.addressee.setCurrentIndex(view.addressee.findData("participating-states"))
    view.new_text.setFocus()
    qtbot.keyClicks(view.new_text, "Protect journalists.")
    qtbot.keyClick(view.new_text, Qt.Key.Key_Return)
    added = services.recommendations.of_session(session_id)[-1]
    assert (added.addressee, added.text) == ("participating-states", "Protect journalists.")

    def states_first() -> bool:
        text = widget.preview.toPlainText()
        states = text.find("Recommendations to the OSCE participating States:")
        return 0 <= states < text.find("Recommendations to the OSCE:")

    qtbot.waitUntil(states_first)


def test_export_writes_the_file_and_refusals_are_shown(
    qtbot: QtBot, tab: tuple[RapportTab, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    widget, _ = tab
    widget.language.setCurrentIndex(widget.language.findData("de"))
    written = widget.export("docx", str(tmp_path / "rapport.docx"))
    assert written is not None
    assert docx.Document(str(written)).paragraphs[1].text.startswith("Berichterstattung:")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert widget.export("pdf", str(tmp_path / "missing" / "rapport.pdf")) is None
    assert shown and "does not exist" in shown[0]


def test_meeting_export_dialog_writes_and_says_what_is_wrong_in_place(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from rapporteur_app.ui.rapport.meeting_export_dialog import MeetingExportDialog

    meeting = services.meetings.add("Human Dimension Meeting")
    services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    dialog = MeetingExportDialog(services, meeting.id, document="agenda")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing" / "agenda.pdf"))
    dialog.export()
    assert not dialog.error.isHidden() and "does not exist" in dialog.error.text()
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.path.setText(str(tmp_path / "agenda.docx"))
    dialog.export()
    assert dialog.written == tmp_path / "agenda.docx"
    assert "ANNOTATED AGENDA" in [p.text for p in docx.Document(str(dialog.written)).paragraphs]


def _log_for_draft(services: Services, session_id: int) -> None:
    services.sessions.update(session_id, moderator="Teresa Ribeiro, OSCE RFoM")
    opening, _ = services.panel.give_floor(session_id, 0)
    services.statements.set_notes(opening.id, "Recalled the safety of journalists.")
    services.floor.end_floor(session_id)


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_draft_from_the_log_fills_an_empty_narrative_as_one_undoable_step(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int]
) -> None:
    widget, session_id = tab
    _log_for_draft(services, session_id)
    assert widget.narrative.toPlainText() == ""
    with qtbot.waitSignal(widget.draft_inserted, timeout=60_000):
        qtbot.mouseClick(widget.draft_button, Qt.MouseButton.LeftButton)
        # Made off the GUI thread: the button says so meanwhile and cannot start another.
        assert not widget.draft_button.isEnabled()
        assert not widget.insert_draft()
    assert widget.draft_button.isEnabled()
    text = widget.narrative.toPlainText()
    draft = services.drafts.draft(session_id, "en")
    # Shown formatted: the floor's lines a bulleted list, stored as the draft's markup.
    assert parse(widget.narrative.markup()) == parse(draft.markup)
    assert text.startswith("This session examined “Freedom of the media”.")
    assert "Moderator Teresa Ribeiro, the OSCE RFoM, recalled the safety of journalists." in text
    assert "Delegations (1):" in text
    qtbot.waitUntil(
        lambda: parse(services.sessions.get(session_id).narrative) == parse(draft.markup)
    )
    assert _lines(to_plain(services.sessions.get(session_id).narrative)) == [
        line.removeprefix("– ") for line in _lines(draft.text)
    ]
    widget.narrative.setFocus()
    qtbot.keyClick(widget.narrative, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert widget.narrative.toPlainText() == ""
    qtbot.waitUntil(lambda: services.sessions.get(session_id).narrative == "")


def test_draft_from_the_log_goes_in_at_the_cursor_and_keeps_every_word_written(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int]
) -> None:
    widget, session_id = tab
    _log_for_draft(services, session_id)
    mine = "My opening words.\n\nMy closing words."
    widget.narrative.setMarkup(mine)
    cursor = widget.narrative.textCursor()
    cursor.setPosition(len("My opening words."))
    # A selection is never replaced: the draft goes after it.
    cursor.setPosition(0, cursor.MoveMode.KeepAnchor)
    widget.narrative.setTextCursor(cursor)
    widget.language.setCurrentIndex(widget.language.findData("ru"))
    with qtbot.waitSignal(widget.draft_inserted, timeout=60_000):
        assert widget.insert_draft()
    draft = services.drafts.draft(session_id, "ru").markup
    assert parse(widget.narrative.markup()) == parse(
        f"My opening words.\n\n{draft}\n\nMy closing words."
    )
    assert "Модератор Teresa Ribeiro" in widget.narrative.toPlainText()
    widget.narrative.undo()
    assert widget.narrative.markup() == mine


def test_proposed_addressee_and_duplicates_are_accepted_with_one_click(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int]
) -> None:
    widget, session_id = tab
    austria = services.statements.add(session_id, "A", "Austria", Category.DELEGATION).id
    malta = services.statements.add(session_id, "M", "Malta", Category.DELEGATION).id
    text = "ODIHR should publish guidance on the safety of journalists."
    first = services.recommendations.add(session_id, "osce", text, austria)
    second = services.recommendations.add(session_id, "odihr", text.rstrip(".").lower(), malta)
    view = widget.recommendations
    view.reload(first.id)
    assert "Made by: Austria" in view.details.text()
    assert "Its words address ODIHR" in view.details.text()
    assert view.accept_button.isEnabled() and view.duplicates_button.isEnabled()
    marked = view.list.item(3)
    assert not marked.icon().isNull() and view.list.item(0).icon().isNull()
    assert "Its words address ODIHR." in marked.toolTip()
    assert "Said the same as another of the list." in marked.toolTip()
    # Nothing changed by showing it.
    assert [r.addressee for r in services.recommendations.of_session(session_id)][3:] == [
        "osce", "odihr",
    ]  # fmt: skip
    qtbot.mouseClick(view.accept_button, Qt.MouseButton.LeftButton)
    stored = {r.id: r for r in services.recommendations.of_session(session_id)}
    assert stored[first.id].addressee == "odihr"
    assert not view.accept_button.isEnabled()
    qtbot.mouseClick(view.duplicates_button, Qt.MouseButton.LeftButton)
    stored = {r.id: r for r in services.recommendations.of_session(session_id)}
    assert second.id not in stored and stored[first.id].text == text
    assert "Made by: Austria, Malta" in view.details.text()
    assert not view.duplicates_button.isEnabled()


def test_all_the_notes_on_one_page_searchable_one_key_from_the_rapport(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int]
) -> None:
    widget, session_id = tab
    services.sessions.update(session_id, moderator="Teresa Ribeiro, OSCE RFoM")
    opening, _ = services.panel.give_floor(session_id, 0)
    services.statements.set_notes(opening.id, "Opened the session.")
    services.floor.end_floor(session_id)
    ids = {}
    for org, category, notes, anonymous in (
        ("Malta", Category.DELEGATION, "ODIHR should monitor attacks on journalists.", False),
        ("Austria", Category.DELEGATION, "Described a new media law.", False),
        ("IFJ", Category.CIVIL_SOCIETY, "Spoke of threats online.", True),
    ):
        ids[org] = services.statements.add(
            session_id, "Olga Sidorova" if anonymous else "X", org, category, notes=notes,
            anonymous=anonymous, anonymous_description="a journalist",
        ).id  # fmt: skip
    widget.show_session(session_id)
    widget.lower_tabs.setCurrentWidget(widget.notes)
    notes = widget.notes
    texts = [line.text for line in notes.lines()]
    assert texts == [
        "Teresa Ribeiro: Opened the session.",
        "Malta: ODIHR should monitor attacks on journalists.",
        "Austria: Described a new media law.",
        "a journalist: Spoke of threats online.",
    ]
    assert all("Sidorova" not in notes.list.item(r).text() for r in range(notes.list.count()))
    notes.order.setCurrentIndex(notes.order.findData("category"))
    assert [line.who for line in notes.lines()] == [
        "Teresa Ribeiro", "Austria", "Malta", "a journalist",
    ]  # fmt: skip
    headings = [notes.list.item(r).text() for r in range(notes.list.count())]
    assert "Delegation (2)" in headings and "Civil society (1)" in headings
    # Search: any words, any order, accents and case ignored.
    qtbot.keyClicks(notes.search, "JOURNALISTS odihr")
    assert [line.who for line in notes.lines()] == ["Malta"]
    assert notes.count.text() == "1 of 4 notes"
    # Enter: a recommendation from that statement, addressed as its words propose.
    notes.list.setFocus()
    qtbot.keyClick(notes.list, Qt.Key.Key_Return)
    added = services.recommendations.of_session(session_id)[-1]
    assert (added.text, added.addressee, added.statement_id) == (
        "ODIHR should monitor attacks on journalists.", "odihr", ids["Malta"],
    )  # fmt: skip
    assert widget.recommendations.list.count() == 4
    # Ctrl+Enter: into the narrative at its cursor, as one undoable step.
    widget.narrative.setMarkup("Opening.")
    widget.narrative.moveCursor(widget.narrative.textCursor().MoveOperation.End)
    qtbot.keyClick(notes.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert widget.narrative.markup() == (
        "Opening.\n\nMalta: ODIHR should monitor attacks on journalists."
    )
    widget.narrative.undo()
    assert widget.narrative.markup() == "Opening."


def test_a_draft_for_a_session_no_longer_shown_is_not_put_anywhere(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int]
) -> None:
    widget, session_id = tab
    other = services.sessions.add(services.sessions.get(session_id).meeting_id, "WS 4", "Other")
    job_done = []
    assert widget.insert_draft()
    job = widget._draft_job
    assert job is not None
    job.finished.connect(lambda *_: job_done.append(True))
    widget.show_session(other.id)
    qtbot.waitUntil(lambda: bool(job_done), timeout=60_000)
    assert widget.narrative.toPlainText() == ""
    assert services.sessions.get(other.id).narrative == ""
    assert widget.draft_button.isEnabled()
