"""The Document settings dialog: every setting of a meeting's documents and of its
sessions set through the GUI, as the secretariat would, then found in the
exported DOCX and PDF read back; a refused file changes nothing."""

import io
from datetime import date, time
from pathlib import Path

import docx
import pypdf
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.kinds import SessionKind, SessionList
from rapporteur_app.domain.model import Introducer
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog
from rapporteur_app.ui.rich_text_edit import RichTextEdit
from tests.export.seed_files import Element, docx_elements, pdf_reading

CTRL = Qt.KeyboardModifier.ControlModifier


def _logo(path: Path) -> Path:
    Image.new("RGB", (90, 40), (31, 78, 121)).save(path)
    return path


def _template(path: Path) -> Path:
    """A secretariat's template: a style of its own, a wider left margin."""
    template = docx.Document()
    template.styles.add_style("OSCE Reference", 1)
    template.sections[0].left_margin = docx.shared.Cm(3.1)
    buffer = io.BytesIO()
    template.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _meeting(services: Services) -> tuple[int, int, int]:
    meeting = services.meetings.add(
        "Supplementary Human Dimension Meeting",
        "Vienna",
        date(2022, 7, 18),
        date(2022, 7, 19),
        background="The meeting looks at *trafficking*.",
    )
    panel = services.sessions.add(
        meeting.id, "Panel 1", "State Responsibility", SessionKind.PANEL,
        day=date(2022, 7, 18), start=time(10), end=time(13), moderator="Ms Moderator, Chair",
    )  # fmt: skip
    services.sessions.set_introducers(
        panel.id, [Introducer(name="Mr Speaker", function="Adviser", organization="ODIHR")]
    )
    services.sessions.set_narrative(panel.id, "**Mr Speaker** opened the panel.")
    services.sessions.set_list(panel.id, SessionList.FINDINGS, ["States must act"])
    group = services.sessions.add(
        meeting.id, "Working Group II", "Victims' rights", SessionKind.WORKING_GROUP,
        day=date(2022, 7, 19), start=time(9), end=time(12),
    )  # fmt: skip
    services.sessions.set_narrative(group.id, "The group met.")
    return meeting.id, panel.id, group.id


def _type(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit | RichTextEdit, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _bold(qtbot: QtBot, edit: RichTextEdit, text: str) -> None:
    """Type ``text`` in bold with Ctrl+B before and after, as a person does."""
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_B, CTRL)


def _find(dialog: DocumentSettingsDialog, kind: type, name: str):  # type: ignore[no-untyped-def]
    """The named control, its page shown first (as a person turns to it)."""
    found = dialog.findChild(kind, name)
    assert found is not None, name
    for index in range(dialog.pages.count()):
        if dialog.pages.widget(index).isAncestorOf(found):
            dialog.pages.setCurrentIndex(index)
    return found


def _export(services: Services, tmp_path: Path, **target: int | str) -> tuple[Path, Path]:
    paths = []
    for fmt in ("docx", "pdf"):
        out = tmp_path / f"{target['document']}.{fmt}"
        if "session" in target:
            services.documents.export_session(
                int(target["session"]), fmt=fmt, out=out, document=str(target["document"])
            )
        else:
            services.documents.export_meeting(
                int(target["meeting"]), fmt=fmt, out=out, document=str(target["document"])
            )
        paths.append(out)
    return paths[0], paths[1]


def _first_page(pdf: Path) -> tuple[str, int]:
    page = pypdf.PdfReader(str(pdf)).pages[0]
    objects = page["/Resources"].get("/XObject") or {}  # type: ignore[union-attr]
    images = [x for x in objects.values() if x.get_object()["/Subtype"] == "/Image"]
    return page.extract_text(), len(images)


def _texts(elements: list[Element]) -> list[str]:
    return [e.text for e in elements]


def test_every_document_setting_set_in_the_dialog_reaches_both_formats(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id, panel_id, group_id = _meeting(services)
    logo, template = _logo(tmp_path / "logo.png"), _template(tmp_path / "osce.docx")
    dialog = DocumentSettingsDialog(services, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()

    # The header page: the issuing office (its second line in bold), symbol, date,
    # distribution line, a logo and the meeting's template through Browse….
    issuer = _find(dialog, RichTextEdit, "issuer")
    _type(qtbot, issuer, "Organization for Security and Co-operation in Europe")
    qtbot.keyClick(issuer, Qt.Key.Key_Return)
    _bold(qtbot, issuer, "Office of the Special Representative")
    _type(qtbot, _find(dialog, QLineEdit, "symbol"), "PC.SHDM.GAL/3/22")
    _type(qtbot, _find(dialog, QLineEdit, "issued"), "19 July 2022")
    _type(qtbot, _find(dialog, QLineEdit, "distribution"), "ENGLISH only")
    for name, chosen in (("logo", logo), ("template", template)):
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *_a, c=chosen, **_k: (str(c), "")
        )
        qtbot.mouseClick(_find(dialog, QPushButton, f"browse-{name}"), Qt.MouseButton.LeftButton)
    # Titles written by hand.
    _type(qtbot, _find(dialog, QPlainTextEdit, "highlights_title"), "Highlights of the SHDM")
    _type(qtbot, _find(dialog, QPlainTextEdit, "agenda_title"), "SHDM on Trafficking")
    _type(qtbot, _find(dialog, QPlainTextEdit, "consolidated_title"), "Consolidated SHDM")
    # The highlights' and the agenda's choices, each the other way from its default.
    for name in ("speaker_lines", "italic_findings", "upper_headings", "day_dates"):
        box = _find(dialog, QCheckBox, name)
        was = box.isChecked()
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        assert box.isChecked() is not was, name
    _type(qtbot, _find(dialog, QLineEdit, "annex_title"), "Annex of relevant OSCE commitments")
    annex = _find(dialog, RichTextEdit, "annex")
    _type(qtbot, annex, "The ")
    qtbot.keyClick(annex, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(annex, "Action Plan")
    qtbot.keyClick(annex, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(annex, " of 2003.")
    # Each session's own: the panel's lead-in, the working group's participants and title.
    dialog.pages.setCurrentIndex(4)
    choice = dialog.session_choice
    choice.setCurrentIndex(choice.findData(panel_id))
    _type(qtbot, _find(dialog, RichTextEdit, "findings_lead_in"), "Concrete findings included:")
    choice.setCurrentIndex(choice.findData(group_id))
    participants = _find(dialog, RichTextEdit, "participants")
    participants.setFocus()
    _bold(qtbot, participants, "Delegations")
    qtbot.keyClicks(participants, " and civil society")
    _type(qtbot, _find(dialog, QLineEdit, "conclusions_title"), "CONCLUSIONS OF WORKING GROUP II")
    # Going back to the panel shows its lead-in as typed (kept while another was shown).
    choice.setCurrentIndex(choice.findData(panel_id))
    lead_in = _find(dialog, RichTextEdit, "findings_lead_in")
    assert lead_in.toPlainText() == "Concrete findings included:"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    settings = services.meetings.document_settings(meeting_id)
    assert settings.issuer == (
        "Organization for Security and Co-operation in Europe\n"
        "**Office of the Special Representative**"
    )
    assert settings.template == str(template) and settings.logo == str(logo)

    # The highlights: issuer, title, no generated speaker lines, the lead-in, plain findings.
    docx_path, pdf_path = _export(services, tmp_path, meeting=meeting_id, document="highlights")
    elements = docx_elements(docx_path)
    texts = _texts(elements)
    assert texts[:3] == [
        "Organization for Security and Co-operation in Europe",
        "Office of the Special Representative",
        "Highlights of the SHDM",
    ]
    assert elements[1].bold == ("Office of the Special Representative",)
    assert not any(t.startswith(("Moderator:", "Speakers:")) for t in texts)
    lead = texts.index("Concrete findings included:")
    assert texts[lead + 1] == "States must act" and elements[lead + 1].italic == ()
    written = docx.Document(str(docx_path))
    assert "OSCE Reference" in {s.name for s in written.styles}  # the meeting's template
    assert abs(written.sections[0].left_margin - docx.shared.Cm(3.1)) < docx.shared.Cm(0.01)
    header = written.sections[0].header
    header_text = "\n".join(p.text for p in header.paragraphs)
    assert {"PC.SHDM.GAL/3/22", "19 July 2022", "ENGLISH only"} <= set(header_text.split("\n"))
    assert "".join(p._p.xml for p in header.paragraphs).count("<pic:pic") == 1  # the logo
    reading = pdf_reading(pdf_path)
    for text in ("Office of the Special Representative", "Highlights of the SHDM",
                 "Concrete findings included: • States must act"):  # fmt: skip
        assert text in reading.text
    assert "Moderator:" not in reading.text and "States must act" not in reading.italic
    assert "Office of the Special Representative" in reading.bold
    first_page, images = _first_page(pdf_path)
    assert "PC.SHDM.GAL/3/22" in first_page and "ENGLISH only" in first_page
    assert "19 July 2022" in first_page and images == 1

    # The agenda: its title, BACKGROUND in capitals, Day 1 without its date, the annex.
    docx_path, pdf_path = _export(services, tmp_path, meeting=meeting_id, document="agenda")
    elements = docx_elements(docx_path)
    texts = _texts(elements)
    assert "SHDM on Trafficking" in texts and "BACKGROUND" in texts
    assert "Day 1" in texts and "Day 2" in texts
    assert texts[-2:] == ["Annex of relevant OSCE commitments", "The Action Plan of 2003."]
    assert services.meetings.document_settings(meeting_id).annex == "The *Action Plan* of 2003."
    assert elements[-1].italic == ("Action Plan",)
    reading = pdf_reading(pdf_path)
    assert "BACKGROUND" in reading.text and "Monday" not in reading.text
    assert "Annex of relevant OSCE commitments The Action Plan of 2003." in reading.text
    assert "Action Plan" in reading.italic

    # The consolidated report's own title.
    docx_path, pdf_path = _export(services, tmp_path, meeting=meeting_id, document="consolidated")
    assert "Consolidated SHDM" in _texts(docx_elements(docx_path))
    assert "Consolidated SHDM" in pdf_reading(pdf_path).text

    # The working group's conclusions: the title as written, the participants line.
    docx_path, pdf_path = _export(services, tmp_path, session=group_id, document="working-group")
    elements = docx_elements(docx_path)
    texts = _texts(elements)
    assert "CONCLUSIONS OF WORKING GROUP II" in texts
    line = next(e for e in elements if e.text.endswith("Delegations and civil society"))
    assert line.bold == ("Participants: Delegations",)  # the label, then the bold word
    reading = pdf_reading(pdf_path)
    assert "CONCLUSIONS OF WORKING GROUP II" in reading.text
    assert "Delegations and civil society" in reading.text and "Delegations" in reading.bold


def test_a_file_that_is_no_template_is_refused_in_place_and_nothing_is_saved(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    meeting_id, _panel, _group = _meeting(services)
    fake = tmp_path / "letterhead.docx"
    fake.write_text("not a Word file")
    dialog = DocumentSettingsDialog(services, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _find(dialog, QLineEdit, "symbol").setText("PC.SHDM.GAL/3/22")
    _find(dialog, QLineEdit, "template").setText(str(fake))
    assert dialog.save() is False
    assert dialog.isVisible() and "letterhead.docx cannot be used" in dialog.error.text()
    assert services.meetings.document_settings(meeting_id).symbol == ""  # nothing saved
    _find(dialog, QLineEdit, "template").setText("")
    assert dialog.save() is True
    assert services.meetings.document_settings(meeting_id).symbol == "PC.SHDM.GAL/3/22"


def test_settings_left_alone_are_not_written_again(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    """Stored text the editor would write another way (a paragraph over two lines)
    stays exactly as stored when the dialog is opened and saved untouched."""
    meeting_id, panel_id, group_id = _meeting(services)
    services.meetings.set_document_settings(meeting_id, annex="The *Plan*\nof 2003.")
    services.sessions.set_document_settings(panel_id, findings_lead_in="It\nfound:")
    dialog = DocumentSettingsDialog(services, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    for session_id in (panel_id, group_id, panel_id):
        dialog.session_choice.setCurrentIndex(dialog.session_choice.findData(session_id))
    assert dialog.changes() == ({}, {})
    assert dialog.save() is True
    assert services.meetings.document_settings(meeting_id).annex == "The *Plan*\nof 2003."
    assert services.sessions.document_settings(panel_id).findings_lead_in == "It\nfound:"
