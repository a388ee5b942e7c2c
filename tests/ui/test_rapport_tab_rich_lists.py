"""The Rapport tab's list fields take emphasis as the narrative does: a finding and
a recommendation typed with Ctrl+B and Ctrl+I are stored as markup and come out
bold and italic in the exported DOCX and PDF."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import Category, SessionKind, SessionList
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.rapport.rapport_tab import RapportTab
from rapporteur_app.ui.rich_text_edit import RichTextEdit
from tests.export.seed_files import docx_elements, pdf_reading

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def tab(qtbot: QtBot, services: Services) -> tuple[RapportTab, int, int]:
    meeting = services.meetings.add("Alliance against Trafficking in Persons Conference")
    session = services.sessions.add(
        meeting.id, "Panel 1", "State Responsibility", SessionKind.PANEL, rapporteur="A. R."
    )
    services.statements.add(session.id, "Speaker", "Norway", Category.DELEGATION)
    services.recommendations.add(session.id, "osce", "First.")
    widget = RapportTab(services)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    with qtbot.waitActive(widget):
        widget.activateWindow()
    widget.show_session(session.id)
    return widget, session.id, meeting.id


def _styled(qtbot: QtBot, edit: RichTextEdit, key: Qt.Key, text: str) -> None:
    qtbot.keyClick(edit, key, CTRL)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, key, CTRL)


def test_a_finding_typed_with_ctrl_b_is_bold_in_both_formats(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int, int], tmp_path: Path
) -> None:
    widget, session_id, meeting_id = tab
    widget.list_choice.setCurrentIndex(widget.list_choice.findData(SessionList.FINDINGS.value))
    field = widget.list_text
    field.setFocus()
    qtbot.keyClicks(field, "States must ")
    _styled(qtbot, field, Qt.Key.Key_B, "protect")
    qtbot.keyClicks(field, " victims")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, "Second finding")
    widget.save_now()
    assert services.sessions.get_list(session_id, SessionList.FINDINGS) == [
        "States must **protect** victims",
        "Second finding",
    ]
    # Shown again formatted, one bullet each, when the list is chosen anew.
    widget.list_choice.setCurrentIndex(widget.list_choice.findData(SessionList.PRIORITIES.value))
    assert field.items() == []
    widget.list_choice.setCurrentIndex(widget.list_choice.findData(SessionList.FINDINGS.value))
    assert field.items() == ["States must **protect** victims", "Second finding"]
    assert field.document().begin().textList() is not None

    for fmt in ("docx", "pdf"):
        services.documents.export_meeting(
            meeting_id, fmt=fmt, out=tmp_path / f"h.{fmt}", document="highlights"
        )
    finding = next(e for e in docx_elements(tmp_path / "h.docx") if e.text.startswith("States"))
    assert finding.text == "States must protect victims" and finding.kind == "bullet"
    assert finding.bold == ("protect",)
    reading = pdf_reading(tmp_path / "h.pdf")
    assert "States must protect victims" in reading.text and "protect" in reading.bold


def test_a_recommendation_typed_or_edited_with_emphasis_reaches_the_export(
    qtbot: QtBot, services: Services, tab: tuple[RapportTab, int, int], tmp_path: Path
) -> None:
    widget, session_id, _meeting_id = tab
    view = widget.recommendations
    view.new_text.setFocus()
    _styled(qtbot, view.new_text, Qt.Key.Key_B, "Protect")
    qtbot.keyClicks(view.new_text, " journalists.")
    qtbot.keyClick(view.new_text, Qt.Key.Key_Return)
    texts = [r.text for r in services.recommendations.of_session(session_id)]
    assert texts == ["First.", "**Protect** journalists."]
    assert view.list.item(1).text() == "Protect journalists."  # the list shows it as read
    assert view.new_text.text() == ""
    # The first one edited in the field below the list: Ctrl+I, then Enter saves.
    view.list.setCurrentRow(0)
    assert view.edit_text.text() == "First."
    view.edit_text.setFocus()
    view.edit_text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(view.edit_text, " See ")
    _styled(qtbot, view.edit_text, Qt.Key.Key_I, "the Action Plan")
    qtbot.keyClick(view.edit_text, Qt.Key.Key_Return)
    texts = [r.text for r in services.recommendations.of_session(session_id)]
    assert texts == ["First. See *the Action Plan*", "**Protect** journalists."]
    # Typed, then another one chosen: the words go to the one they were typed for.
    qtbot.keyClicks(view.edit_text, "!")
    view.list.setCurrentRow(1)
    texts = [r.text for r in services.recommendations.of_session(session_id)]
    assert texts == ["First. See *the Action Plan*!", "**Protect** journalists."]
    assert view.edit_text.text() == "**Protect** journalists."

    job = widget.export("docx", str(tmp_path / "r.docx"))
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    services.documents.export_session(session_id, fmt="pdf", out=tmp_path / "r.pdf")
    elements = {e.text: e for e in docx_elements(tmp_path / "r.docx")}
    assert elements["Protect journalists."].bold == ("Protect",)
    assert elements["First. See the Action Plan!"].italic == ("the Action Plan",)
    reading = pdf_reading(tmp_path / "r.pdf")
    assert "Protect" in reading.bold and "the Action Plan" in reading.italic


def test_the_rapport_tab_opens_this_sessions_document_settings(
    qtbot: QtBot,
    services: Services,
    tab: tuple[RapportTab, int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    widget, session_id, _meeting_id = tab
    from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog

    def type_a_lead_in(dialog: DocumentSettingsDialog) -> int:
        assert dialog.pages.currentIndex() == dialog.pages.count() - 1  # the Sessions page
        assert dialog.session_choice.currentData() == session_id
        lead_in = dialog.findChild(RichTextEdit, "findings_lead_in")
        assert lead_in is not None
        lead_in.setMarkup("Concrete findings of the panel included:")
        assert dialog.save()
        return 1

    monkeypatch.setattr(DocumentSettingsDialog, "exec", type_a_lead_in)
    qtbot.mouseClick(widget.settings_button, Qt.MouseButton.LeftButton)
    settings = services.sessions.document_settings(session_id)
    assert settings.findings_lead_in == "Concrete findings of the panel included:"
