"""The exported files read back: python-docx for DOCX, pypdf for PDF."""

import os
import stat
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml.ns import qn

from rapporteur_app.domain.errors import CannotWrite
from rapporteur_app.services.app_services import Services
from tests.export.conftest import SECRET_NAME, Sample, assert_in_order, docx_lines, pdf_text

LANGUAGES = ("en", "ru", "fr", "de", "it", "es", "en-ru")


@pytest.mark.parametrize("language", LANGUAGES)
def test_docx_rapport_has_the_exact_lines_and_real_styles(
    services: Services, sample: Sample, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "rapport.docx"
    services.documents.export_session(sample.session_id, fmt="docx", out=out, language=language)
    expected = services.documents.rapport(sample.session_id, language).document("").text_lines()
    assert docx_lines(out) == expected
    document = docx.Document(str(out))
    styles = [p.style.name for p in document.paragraphs if p.text.strip()]
    assert styles[0] == "Heading 1"
    assert styles.count("List Bullet") == 4  # the fifth is left out of the rapport
    assert "Heading 2" in styles
    properties = document.core_properties
    assert properties.title == "Working Session 14: Protecting the rights of trafficked persons"
    assert properties.author == "Иван Петров"
    assert properties.language.startswith(language.split("-", maxsplit=1)[0])
    footer = document.sections[0].footer.paragraphs[0]._p
    assert footer.find(qn("w:fldSimple")).get(qn("w:instr")) == "PAGE"


@pytest.mark.parametrize("language", LANGUAGES)
def test_pdf_rapport_has_the_lines_in_order(
    services: Services, sample: Sample, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "rapport.pdf"
    services.documents.export_session(sample.session_id, fmt="pdf", out=out, language=language)
    expected = services.documents.rapport(sample.session_id, language).document("").text_lines()
    assert_in_order(pdf_text(out), expected)
    reader = pypdf.PdfReader(str(out))
    assert reader.metadata is not None
    assert reader.metadata.title == expected[0]
    assert reader.metadata.author == "Иван Петров"
    assert str(reader.trailer["/Root"]["/Lang"]).startswith(language.split("-", maxsplit=1)[0])
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
    assert any("LiberationSerif" in name for name in fonts)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(
    ("scope", "document"),
    [
        ("session", "working-group"),
        ("meeting", "consolidated"),
        ("meeting", "highlights"),
        ("meeting", "agenda"),
    ],
)
def test_the_other_documents_read_back(
    services: Services, sample: Sample, tmp_path: Path, fmt: str, scope: str, document: str
) -> None:
    out = tmp_path / f"{document}.{fmt}"
    if scope == "session":
        services.documents.export_session(sample.group_id, fmt=fmt, out=out, document=document)
        laid_out = services.documents.session_document(sample.group_id, document)
    else:
        services.documents.export_meeting(sample.meeting_id, fmt=fmt, out=out, document=document)
        laid_out = services.documents.meeting_document(sample.meeting_id, document)
    lines = laid_out.text_lines()
    if fmt == "pdf":
        assert_in_order(pdf_text(out), [line for line in lines if " | " not in line])
        text = pdf_text(out)
    else:
        body = [line for line in lines if " | " not in line]
        # The chart's title is in the picture, not in a paragraph.
        if document == "consolidated":
            body.remove("Statements by category, all sessions")
        assert docx_lines(out) == body
        text = "\n".join(docx_lines(out))
    assert SECRET_NAME not in text


def test_consolidated_docx_has_the_tally_table_and_the_chart(
    services: Services, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "report.docx"
    services.documents.export_meeting(sample.meeting_id, fmt="docx", out=out)
    document = docx.Document(str(out))
    table = document.tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0][:2] == ["Session", "No. of statements"]
    assert rows[-1] == ["Total", "5", "1", "2", "2", "0", "0", "1"]
    assert len(document.inline_shapes) == 1


def test_highlights_names_are_bold_in_docx(
    services: Services, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "highlights.docx"
    services.documents.export_meeting(sample.meeting_id, fmt="docx", out=out, document="highlights")
    bold = {run.text for p in docx.Document(str(out)).paragraphs for run in p.runs if run.bold}
    assert {"Мадина Джарбусынова", "Laura Thompson"} <= bold


def test_a_missing_folder_is_one_clear_message(
    services: Services, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "absent" / "rapport.pdf"
    with pytest.raises(CannotWrite, match="does not exist"):
        services.documents.export_session(sample.session_id, fmt="pdf", out=target)
    assert not target.parent.exists()


def test_a_read_only_target_is_left_as_it_was(
    services: Services, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "rapport.docx"
    target.write_bytes(b"the secretariat's edited copy")
    target.chmod(stat.S_IRUSR)
    if os.access(target, os.W_OK):
        pytest.skip("running as root: file permissions do not bind, nothing to refuse")
    with pytest.raises(CannotWrite, match="read-only"):
        services.documents.export_session(sample.session_id, fmt="docx", out=target)
    assert target.read_bytes() == b"the secretariat's edited copy"


def test_a_failure_half_way_leaves_nothing_behind(
    services: Services, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rapporteur_app.export import pdf_writer

    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"previous version")

    def broken(document: object, path: Path, header: object = None) -> None:
        Path(path).write_bytes(b"%PDF-1.4 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_writer, "render_pdf", broken)
    with pytest.raises(CannotWrite, match="disk is full"):
        services.documents.export_session(sample.session_id, fmt="pdf", out=target)
    assert target.read_bytes() == b"previous version"
    assert not list(tmp_path.glob("*.part"))


def test_a_file_locked_by_another_program_is_left_as_it_was(
    services: Services, sample: Sample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Word holds the file open: on Windows the final rename is refused."""
    target = tmp_path / "rapport.docx"
    target.write_bytes(b"open in Word")

    def refused(self: Path, other: Path) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(Path, "replace", refused)
    with pytest.raises(CannotWrite, match="open in another program"):
        services.documents.export_session(sample.session_id, fmt="docx", out=target)
    monkeypatch.undo()
    assert target.read_bytes() == b"open in Word"
    assert not list(tmp_path.glob("*.part"))
