"""The DOCX template of every meeting, set once for the whole program (kept in the
database): from the services, the command line and the Document settings dialog;
a meeting's own template wins over it; a template lacking a style gets it added;
a file that is no usable template is refused in one message, nothing changed."""

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Cm
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui.rapport.document_settings_dialog import DocumentSettingsDialog


def _template(path: Path, style: str, margin_cm: float) -> Path:
    """A secretariat's template with a style of its own and without List Number."""
    template = docx.Document()
    template.styles.add_style(style, 1)
    template.sections[0].left_margin = Cm(margin_cm)
    number = template.styles["List Number"].element
    number.getparent().remove(number)
    buffer = io.BytesIO()
    template.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _as_macro_package(package: bytes, path: Path) -> None:
    """The same document labelled as Word's macro-enabled kind (.docm)."""
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    b"application/vnd.ms-word.document.macroEnabled",
                )
            out.writestr(item, data)


def _rapport(services: Services, tmp_path: Path) -> tuple[int, int]:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    services.sessions.set_narrative(session.id, "It found:\n\n1. one\n2. two")
    return meeting.id, session.id


def _exported(services: Services, session_id: int, out: Path) -> docx.document.Document:
    services.documents.export_session(session_id, fmt="docx", out=out)
    return docx.Document(str(out))


def test_the_program_template_dresses_every_meeting_without_its_own(
    services: Services, tmp_path: Path
) -> None:
    meeting_id, session_id = _rapport(services, tmp_path)
    program = _template(tmp_path / "program.docx", "Program Style", 3.2)
    own = _template(tmp_path / "meeting.docx", "Meeting Style", 2.1)
    assert services.documents.program_template() == ""
    assert services.documents.set_program_template(str(program)) == str(program)
    assert services.documents.program_template() == str(program)

    written = _exported(services, session_id, tmp_path / "a.docx")
    names = {style.name for style in written.styles}
    assert "Program Style" in names and "List Number" in names  # the lacking style added
    assert abs(written.sections[0].left_margin - Cm(3.2)) < Cm(0.01)
    assert [p.text for p in written.paragraphs if p.style.name == "List Number"] == ["one", "two"]

    services.meetings.set_document_settings(meeting_id, template=str(own))
    written = _exported(services, session_id, tmp_path / "b.docx")
    names = {style.name for style in written.styles}
    assert "Meeting Style" in names and "Program Style" not in names  # the meeting's wins

    services.meetings.set_document_settings(meeting_id, template="")
    assert services.documents.set_program_template("") == ""
    written = _exported(services, session_id, tmp_path / "c.docx")
    assert "Program Style" not in {style.name for style in written.styles}


def test_a_file_that_is_no_template_is_refused_and_the_old_one_stays(
    services: Services, tmp_path: Path
) -> None:
    program = _template(tmp_path / "program.docx", "Program Style", 3.2)
    services.documents.set_program_template(str(program))
    fake = tmp_path / "letterhead.dotx"
    fake.write_bytes(b"PK\x03\x04 not really a package")
    with pytest.raises(InvalidInput, match=r"letterhead.dotx cannot be used: it is not a Word"):
        services.documents.set_program_template(str(fake))
    macros = tmp_path / "macros.docm"
    with io.BytesIO() as buffer:
        docx.Document().save(buffer)
        package = buffer.getvalue()
    _as_macro_package(package, macros)
    with pytest.raises(InvalidInput, match=r"macros\.docm cannot be used"):
        services.documents.set_program_template(str(macros))
    with pytest.raises(InvalidInput, match="there is no such file"):
        services.documents.set_program_template(str(tmp_path / "gone.docx"))
    assert services.documents.program_template() == str(program)


def test_the_command_line_sets_shows_and_removes_it(
    cli, services: Services, tmp_path: Path, snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    program = _template(tmp_path / "program.docx", "Program Style", 3.2)
    result = cli("document", "template")
    assert (result.code, result.out) == (0, "\n")
    result = cli("document", "template", "--set", str(program))
    assert (result.code, result.out) == (0, f"{program}\n"), result.err
    assert cli("document", "template").out == f"{program}\n"
    before = snapshot()
    (tmp_path / "notes.docx").write_text("notes")
    result = cli("document", "template", "--set", str(tmp_path / "notes.docx"))
    assert result.code == 2 and result.err.count("\n") == 1, result.err
    assert "notes.docx cannot be used" in result.err
    assert snapshot() == before
    # A path given from the folder one is in is kept whole.
    monkeypatch.chdir(tmp_path)
    result = cli("document", "template", "--set", "program.docx")
    assert (result.code, result.out) == (0, f"{program}\n"), result.err
    result = cli("document", "template", "--clear")
    assert (result.code, result.out) == (0, "\n")
    assert services.documents.program_template() == ""


def test_the_dialog_chooses_it_and_says_a_refusal_in_place(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id, _session_id = _rapport(services, tmp_path)
    program = _template(tmp_path / "program.docx", "Program Style", 3.2)
    fake = tmp_path / "letterhead.docx"
    fake.write_text("not a Word file")
    dialog = DocumentSettingsDialog(services, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.program_template
    assert not row.remove_button.isEnabled()
    for chosen in (program, fake):
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", lambda *_a, c=chosen, **_k: (str(c), "")
        )
        qtbot.mouseClick(row.choose_button, Qt.MouseButton.LeftButton)
    assert "letterhead.docx cannot be used" in row.problem.text() and row.problem.isVisible()
    assert services.documents.program_template() == str(program)  # the old one stays
    assert row.path.text() == str(program)
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert services.documents.program_template() == "" and not row.problem.isVisible()
