"""The rapport tab driven with keys and clicks, checked against the database."""

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category
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
    saved: list[str] = []
    monkeypatch.setattr(
        "rapporteur_app.ui.background.show_saved", lambda _parent, path: saved.append(str(path))
    )
    job = widget.export("docx", str(tmp_path / "rapport.docx"))
    assert job is not None
    with qtbot.waitSignal(job.done) as done:
        pass
    written = done.args[0]
    assert saved == [str(tmp_path / "rapport.docx")]
    assert docx.Document(str(written)).paragraphs[1].text.startswith("Berichterstattung:")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    job = widget.export("pdf", str(tmp_path / "missing" / "rapport.pdf"))
    assert job is not None
    with qtbot.waitSignal(job.failed):
        pass
    assert shown and "does not exist" in shown[0]
    assert not (tmp_path / "missing").exists()


def test_meeting_export_dialog_writes_and_says_what_is_wrong_in_place(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    from rapporteur_app.ui.rapport.meeting_export_dialog import MeetingExportDialog

    meeting = services.meetings.add("Human Dimension Meeting")
    services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    dialog = MeetingExportDialog(services, meeting.id, document="agenda")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing" / "agenda.pdf"))
    with qtbot.waitSignal(dialog.export().failed):
        pass
    assert not dialog.error.isHidden() and "does not exist" in dialog.error.text()
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.path.setText(str(tmp_path / "agenda.docx"))
    with qtbot.waitSignal(dialog.export().done):
        pass
    assert dialog.written == tmp_path / "agenda.docx"
    assert "ANNOTATED AGENDA" in [p.text for p in docx.Document(str(dialog.written)).paragraphs]
