"""Armenian and Georgian letters in a PDF: drawn in the fallback face (DejaVu Serif),
everything else in Liberation Serif, read back from the file (each piece of text
with the font that draws it), and the fallback loaded only by a document that has
such letters."""

import subprocess
import sys
from datetime import date
from itertools import pairwise
from pathlib import Path

import pypdf
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.document import (
    BarChart,
    Bullets,
    Document,
    Heading,
    Paragraph,
    Run,
    Table,
    Title,
)
from rapporteur_app.export.fonts import FALLBACK_LETTERS, script_pieces
from rapporteur_app.export.page_header import PageHeader
from rapporteur_app.export.pdf_writer import write_pdf
from rapporteur_app.services.app_services import Services
from tests.export.conftest import assert_in_order, pdf_text

ARMENIAN = "Հայաստան"
GEORGIAN = "საქართველო"


def _drawn(path: Path) -> list[tuple[str, str]]:
    """(text, font's name) of every piece of text the pages draw."""
    pieces: list[tuple[str, str]] = []

    def visit(text: str, _cm: object, _tm: object, font: object, _size: object) -> None:
        if text.strip() and isinstance(font, dict):
            pieces.append((text, str(font.get("/BaseFont", ""))))

    for page in pypdf.PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return pieces


def _fonts(path: Path) -> set[str]:
    return {
        str(font["/BaseFont"]).split("+")[-1]
        for page in pypdf.PdfReader(str(path)).pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }


def _document() -> Document:
    return Document(
        f"Report from {ARMENIAN}",
        "Rapporteur",
        "en",
        (
            Title((f"Meeting in Երևան and {GEORGIAN}",)),
            Heading(f"Statements by {ARMENIAN}", 1),
            Paragraph((Run(f"Armenia ({ARMENIAN}) spoke, then Georgia ({GEORGIAN}), Россия."),)),
            Paragraph(
                (
                    Run(f"Bold {ARMENIAN} ", bold=True),
                    Run(f"italic {GEORGIAN} ", italic=True),
                    Run("both Երևան", bold=True, italic=True),
                    Run(" see თბილისი", link="https://example.org/"),
                )
            ),
            Bullets(((Run("Աննա Հակոբյան & co"),), (Run("ნინო ბერიძე\nsecond line"),))),
            Table(("Session", "Count"), ((f"{GEORGIAN} session", "3"), ("Latin only", "4"))),
            BarChart("Statements", (ARMENIAN, "Latin"), (3, 4)),
        ),
    )


def test_armenian_and_georgian_are_drawn_in_the_fallback_face(tmp_path: Path) -> None:
    out = tmp_path / "scripts.pdf"
    write_pdf(_document(), out, PageHeader("", f"OSCE/{ARMENIAN}", "", ""))
    text = pdf_text(out)
    assert_in_order(
        text,
        [
            f"OSCE/{ARMENIAN}",
            f"Meeting in Երևան and {GEORGIAN}",
            f"Statements by {ARMENIAN}",
            f"Armenia ({ARMENIAN}) spoke, then Georgia ({GEORGIAN}), Россия.",
            f"Bold {ARMENIAN} italic {GEORGIAN} both Երևան see თბილისი",
            "Աննա Հակոբյան & co",
            "ნინო ბერიძე",
            "second line",
            f"{GEORGIAN} session",
        ],
    )
    drawn = _drawn(out)
    for piece, font in drawn:
        if FALLBACK_LETTERS.search(piece):
            assert "DejaVuSerif" in font, f"{piece!r} drawn in {font}"
    # The weight and the slant of each run are the fallback's too.
    fonts = _fonts(out)
    assert {"DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"} <= fonts
    assert "DejaVuSerif-BoldItalic" in fonts
    # The rest of a paragraph stays in the document's face.
    assert any(f == p for f in fonts for p in ("LiberationSerif", "LiberationSerif-Bold"))
    latin = [font for piece, font in drawn if "spoke, then Georgia" in piece]
    assert latin and all("LiberationSerif" in font for font in latin)


def test_the_fallback_is_loaded_only_for_such_letters(tmp_path: Path) -> None:
    """A fresh process: the Latin and Cyrillic documents do not register the fallback
    faces (its fonts are parsed only when needed); one Armenian word does."""
    script = (
        "import sys\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "from rapporteur_app.domain.document import Document, Paragraph, Run\n"
        "from rapporteur_app.export.pdf_writer import write_pdf\n"
        "words = sys.argv[1]\n"
        "write_pdf(Document('t', 'a', 'en', (Paragraph((Run(words),)),)), sys.argv[2])\n"
        "print(sorted(n for n in pdfmetrics.getRegisteredFontNames() if 'DejaVu' in n))\n"
    )
    for words, loaded in (("Vienna, Вена, Viyana", False), (f"Vienna, {ARMENIAN}", True)):
        out = tmp_path / f"{loaded}.pdf"
        done = subprocess.run(
            [sys.executable, "-c", script, words, str(out)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert ("DejaVuSerif-regular" in done.stdout) is loaded, done.stdout
        assert any("DejaVu" in font for font in _fonts(out)) is loaded


def test_a_participant_in_armenian_reaches_the_consolidated_report(
    services: Services, tmp_path: Path
) -> None:
    """Through the whole export: a session held in Georgian's name, an Armenian
    delegation's words in the narrative."""
    meeting = services.meetings.add("Regional meeting", start=date(2026, 3, 2))
    session = services.sessions.add(meeting.id, "Working Session 1", f"Dialogue in {GEORGIAN}")
    services.sessions.set_narrative(session.id, f"The delegation of {ARMENIAN} spoke first.")
    out = tmp_path / "report.pdf"
    services.documents.export_meeting(meeting.id, fmt="pdf", out=out)
    text = pdf_text(out)
    assert_in_order(text, [f"Dialogue in {GEORGIAN}", f"The delegation of {ARMENIAN} spoke first."])
    for piece, font in _drawn(out):
        if FALLBACK_LETTERS.search(piece):
            assert "DejaVuSerif" in font, f"{piece!r} drawn in {font}"


@given(st.text(alphabet=st.sampled_from("aЖ Հայქართ\u10ff\u0530\u2d00.\n")))
def test_script_pieces_cut_a_text_without_losing_a_letter(text: str) -> None:
    pieces = script_pieces(text)
    assert "".join(piece for piece, _ in pieces) == text
    for piece, other in pieces:
        assert piece
        assert bool(FALLBACK_LETTERS.fullmatch(piece)) is other
    # Neighbours differ: a stretch is one piece.
    assert all(a[1] != b[1] for a, b in pairwise(pieces))
