"""One look in both formats: tables whose text stays inside its columns in every
language, headings never left alone at a page's foot, every font embedded, an
outline; and the secretariat's own template with its header, logo and styles."""

import io
import itertools
import re
from datetime import date
from pathlib import Path

import docx
import pypdf
import pytest
from docx.shared import Cm
from PIL import Image
from reportlab.pdfbase import pdfmetrics

from rapporteur_app.domain.document import Heading, Paragraph
from rapporteur_app.domain.documents.settings import MeetingDocumentSettings
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, SessionKind
from rapporteur_app.export import look
from rapporteur_app.export.table_layout import register_fonts, table_layout
from rapporteur_app.services.app_services import Services

SENTENCE = "Interventions debated the protection of victims and the duties of States. "


@pytest.fixture
def meeting_id(services: Services) -> int:
    meeting = services.meetings.add(
        "Supplementary Human Dimension Meeting", venue="Vienna",
        start=date(2022, 7, 18), end=date(2022, 7, 19),
    )  # fmt: skip
    for number in range(1, 9):
        session = services.sessions.add(
            meeting.id, f"Working Session {number}", f"Заседание {number}: rights of victims",
            rapporteur="Иван Петров",
        )  # fmt: skip
        # Narratives of many lengths, so that headings fall at every height of a page.
        paragraphs = [SENTENCE * (3 + (number * 7 + k * 5) % 11) for k in range(number % 4 + 2)]
        services.sessions.set_narrative(session.id, "\n\n".join(paragraphs))
        for k in range(number * 3):
            services.statements.add(
                session.id, f"Speaker {k}", "Austria" if k % 2 else "La Strada",
                Category.DELEGATION if k % 2 else Category.CIVIL_SOCIETY,
            )  # fmt: skip
        for k in range(number % 3 + 1):
            services.recommendations.add(session.id, "osce", f"Train staff, item {k}.")
            services.recommendations.add(session.id, "participating-states", f"Fund {k}.")
    return meeting.id


def _page_lines(reader: pypdf.PdfReader) -> list[list[str]]:
    pages = []
    for page in reader.pages:
        lines = [line.strip() for line in (page.extract_text() or "").split("\n")]
        pages.append([line for line in lines if line and not re.fullmatch(r"\S+ \d+", line)])
    return pages


@pytest.mark.parametrize("language", ["fr", "ru", "en-ru"])
def test_consolidated_tables_fit_and_headings_keep_with_what_follows(
    services: Services, meeting_id: int, tmp_path: Path, language: str
) -> None:
    pdf_path, docx_path = tmp_path / "c.pdf", tmp_path / "c.docx"
    services.documents.export_meeting(meeting_id, fmt="pdf", out=pdf_path, language=language)
    services.documents.export_meeting(meeting_id, fmt="docx", out=docx_path, language=language)
    value = services.documents.consolidated(meeting_id, language)
    table = value.table()
    reader = pypdf.PdfReader(str(pdf_path))

    # The table's drawn text: each piece inside the column it starts in.
    # The PDF's text is as wide as the DOCX's and starts at the same margin.
    width = (look.PAGE_WIDTH_CM - 2 * look.MARGIN_CM) / 2.54 * 72
    layout = table_layout(table, width)
    left = look.MARGIN_CM / 2.54 * 72 + (width - sum(layout.widths)) / 2
    edges = [left]
    for column in layout.widths:
        edges.append(edges[-1] + column)
    labels = {word for label in table.header for word in label.split() if word.isalpha()}
    drawn: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        text = text.strip()
        if not text or not isinstance(font, dict):
            return
        name = str(font["/BaseFont"]).split("+")[-1]
        if "Bold" not in name or abs(size - layout.header_size) > 0.01:
            return  # the header's labels are what may wrap; the chart's labels are smaller
        registered = register_fonts()["bold" if "Bold" in name else "regular"]
        scale = tm[0] * cm[0] if tm[0] and cm[0] else tm[0] or 1
        x = tm[4] * cm[0] + cm[4]
        drawn.append((x, x + pdfmetrics.stringWidth(text, registered, size * scale), text))

    reader.pages[0].extract_text(visitor_text=visit)
    in_table = [d for d in drawn if any(word in labels for word in d[2].split())]
    assert in_table, "the table's header labels were not found on the first page"
    for start, end, text in in_table:
        column = max(i for i, edge in enumerate(edges[:-1]) if edge <= start + 0.5)
        assert end <= edges[column + 1] + 0.5, f"{text!r} runs out of its column"

    # No heading is the last line of a page.
    headings = {b.text for b in value.document("x").blocks if isinstance(b, Heading)}
    headings |= {b.runs[0].text for b in value.document("x").blocks
                 if isinstance(b, Paragraph) and b.role == "lead-in"}  # fmt: skip
    for number, lines in enumerate(_page_lines(reader)[:-1], start=1):
        assert lines[-1] not in headings, f"page {number} ends with the heading {lines[-1]!r}"

    # The same widths in the DOCX, its header labels not broken inside a word.
    added = docx.Document(str(docx_path)).tables[0]
    widths = [cell.width.pt for cell in added.rows[0].cells]
    docx_width = (look.PAGE_WIDTH_CM - 2 * look.MARGIN_CM) / 2.54 * 72
    assert widths == pytest.approx(list(table_layout(table, docx_width).widths), abs=0.1)
    bold = register_fonts()["bold"]
    for cell, label, column in zip(added.rows[0].cells, table.header, widths, strict=True):
        longest = max(pdfmetrics.stringWidth(w, bold, layout.header_size) for w in label.split())
        assert longest <= column - 6, f"{label!r} breaks inside a word"
        assert cell.text == label


def test_every_font_is_embedded_and_headings_make_an_outline(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "c.pdf"
    services.documents.export_meeting(meeting_id, fmt="pdf", out=out, language="en-ru")
    reader = pypdf.PdfReader(str(out))
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():  # type: ignore[union-attr]
            font = reference.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))

    def flat(items: list[object]) -> list[str]:
        found: list[str] = []
        for item in items:
            found.extend(flat(item) if isinstance(item, list) else [item.title])  # type: ignore[attr-defined]
        return found

    titles = flat(reader.outline)
    assert titles[0] == "Supplementary Human Dimension Meeting"
    assert "Statements by session / Выступления по заседаниям" in titles
    assert any(title.startswith("Working Session 3") for title in titles)


# -- the secretariat's template --------------------------------------------------------------


def _logo(path: Path) -> Path:
    Image.new("RGB", (120, 60), (31, 78, 121)).save(path)
    return path


def _secretariat_template(folder: Path) -> Path:
    template = docx.Document()
    section = template.sections[0]
    section.left_margin = Cm(3)
    header = section.header.paragraphs[0]
    header.add_run().add_picture(str(_logo(folder / "osce-logo.png")), width=Cm(3))
    header.add_run("  Organization for Security and Co-operation in Europe")
    custom = template.styles.add_style("OSCE Reference", 1)
    custom.font.size = docx.shared.Pt(9)
    template.styles["Heading 1"].font.size = docx.shared.Pt(15)
    # A template that lacks a style the program needs: List Number is removed.
    number = template.styles["List Number"].element
    number.getparent().remove(number)
    template.add_paragraph("Body text of the template, to be replaced.")
    path = folder / "osce.dotx"
    buffer = io.BytesIO()
    template.save(buffer)
    # Saved as a Word template (.dotx): its main part says so.
    import zipfile

    out = zipfile.ZipFile(path, "w")
    with zipfile.ZipFile(buffer) as source:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
                )
            out.writestr(item, data)
    out.close()
    return path


def test_a_secretariat_template_dresses_both_formats(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    template = _secretariat_template(tmp_path)
    session = services.sessions.of_meeting(meeting_id)[0]
    services.sessions.set_narrative(session.id, "Findings:\n\n3. first\n4. second")
    services.meetings.set_document_settings(
        meeting_id, template=str(template), logo=str(_logo(tmp_path / "logo.png")),
        symbol="PC.SHDM.GAL/3/22", distribution="ENGLISH only", issued="19 July 2022",
    )  # fmt: skip
    docx_path, pdf_path = tmp_path / "r.docx", tmp_path / "r.pdf"
    services.documents.export_session(session.id, fmt="docx", out=docx_path)
    services.documents.export_session(session.id, fmt="pdf", out=pdf_path)

    written = docx.Document(str(docx_path))
    header = written.sections[0].header
    header_xml = "".join(p._p.xml for p in header.paragraphs)
    assert "graphic" in header_xml  # the template's logo, not a second one
    assert header_xml.count("<pic:pic") == 1
    header_text = "\n".join(p.text for p in header.paragraphs)
    assert "Organization for Security and Co-operation in Europe" in header_text
    assert "PC.SHDM.GAL/3/22" in header_text and "ENGLISH only" in header_text
    names = {style.name for style in written.styles}
    assert {"OSCE Reference", "List Number", "List Bullet", "Hyperlink"} <= names
    assert written.styles["Heading 1"].font.size.pt == 15  # the template's own look
    assert abs(written.sections[0].left_margin - Cm(3)) < Cm(0.01)
    texts = [p.text for p in written.paragraphs]
    assert "Body text of the template, to be replaced." not in texts
    assert texts[0].startswith("Working Session 1")
    numbered = [p for p in written.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == ["first", "second"]

    first_page = pypdf.PdfReader(str(pdf_path)).pages[0]
    text = first_page.extract_text()
    assert "PC.SHDM.GAL/3/22" in text and "ENGLISH only" in text and "19 July 2022" in text
    images = [
        x
        for x in first_page["/Resources"]["/XObject"].values()  # type: ignore[union-attr]
        if x.get_object()["/Subtype"] == "/Image"
    ]
    assert len(images) == 1


def test_a_file_that_is_not_a_template_gets_one_clear_message(
    services: Services, meeting_id: int, tmp_path: Path
) -> None:
    session = services.sessions.of_meeting(meeting_id)[0]
    fake = tmp_path / "letterhead.docx"
    fake.write_text("this is not a Word file")
    # Refused when it is chosen: one message naming it, nothing changed.
    with pytest.raises(InvalidInput, match=r"The template .*letterhead.docx cannot be used: it is"
                       r" not a Word document"):  # fmt: skip
        services.meetings.set_document_settings(meeting_id, template=str(fake), symbol="X/1")
    assert services.meetings.document_settings(meeting_id) == MeetingDocumentSettings()
    with pytest.raises(InvalidInput, match="there is no such file"):
        services.meetings.set_document_settings(meeting_id, template=str(tmp_path / "no.docx"))
    # A template that was good when chosen and was spoilt since: refused at the export,
    # the old file left as it was.
    good = _secretariat_template(tmp_path)
    services.meetings.set_document_settings(meeting_id, template=str(good))
    good.write_text("spoilt")
    out = tmp_path / "r.docx"
    out.write_bytes(b"previous")
    with pytest.raises(InvalidInput, match=r"osce.dotx cannot be used: it is not a Word document"):
        services.documents.export_session(session.id, fmt="docx", out=out)
    assert out.read_bytes() == b"previous"
    good.unlink()
    with pytest.raises(InvalidInput, match="there is no such file"):
        services.documents.export_session(session.id, fmt="docx", out=out)


def test_side_events_and_agenda_items_get_no_rapport_page(
    services: Services, meeting_id: int
) -> None:
    event = services.sessions.add(meeting_id, "Side event", "Children", kind=SessionKind.SIDE_EVENT)
    services.sessions.set_narrative(event.id, "offered a platform to discuss prevention.")
    item = services.sessions.add(meeting_id, "Closing of the meeting", "Closing of the meeting",
                                 kind=SessionKind.ITEM)  # fmt: skip
    services.sessions.set_narrative(item.id, "The meeting closed at 17.30.")
    report = services.documents.consolidated(meeting_id)
    names = [name for name, _ in report.tallies]
    assert "Side event" not in names and "Closing of the meeting" not in names
    assert len(report.rapports) == len(names) == 8
    services.statements.add(event.id, "A. B.", "Austria", Category.DELEGATION)
    assert "Side event" in [name for name, _ in services.documents.consolidated(meeting_id).tallies]


def test_the_pdf_sets_its_lines_where_word_sets_them(tmp_path: Path) -> None:
    """Line height as Word's "multiple 1.15" of the font's own line, the text at the
    DOCX's left margin and as wide: so that both paginate alike."""
    from rapporteur_app.domain.document import Document, Run
    from rapporteur_app.export.pdf_writer import write_pdf

    words = " ".join(f"word{n}" for n in range(300))
    out = write_pdf(Document("t", "a", "en", (Paragraph((Run(words),)),)), tmp_path / "lines.pdf")
    lines: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip().startswith("word"):
            lines.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    pypdf.PdfReader(str(out)).pages[0].extract_text(visitor_text=visit)
    assert len(lines) > 5
    margin = look.MARGIN_CM / 2.54 * 72
    assert all(abs(x - margin) < 0.5 for x, _ in lines)
    steps = {round(a[1] - b[1], 1) for a, b in itertools.pairwise(lines)}
    assert steps == {round(12 * 1.15 * (1825 + 443) / 2048, 1)}
