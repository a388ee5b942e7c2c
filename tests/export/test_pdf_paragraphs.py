"""The PDF's quick ways are the same document as reportlab's own ones, byte for byte:
a paragraph that needs no markup is given the fragment reportlab's parser would make
of it, a list's items go into the story as reportlab's list lays them out, and a
paragraph's lines are broken once per width."""

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab import rl_config
from reportlab.platypus import KeepTogether, ListFlowable, ListItem
from reportlab.platypus import Paragraph as PdfParagraph

from rapporteur_app.domain.document import (
    BarChart,
    Bullets,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    Table,
    Title,
)
from rapporteur_app.export import look, pdf_paragraphs, pdf_writer
from rapporteur_app.export.page_header import PageHeader
from rapporteur_app.export.pdf_paragraphs import markup, paragraph_arguments

# White space of several kinds, letters of the region's scripts, what markup escapes.
_LETTERS = "Aa Éé Ωω Жж ß  \u00a0\t\u2009.,;:-–«»'\"&<>\n"
texts = st.text(alphabet=st.sampled_from(_LETTERS) | st.characters(), max_size=40)
runs = st.lists(
    st.builds(
        Run, texts, st.booleans(), st.booleans(), st.sampled_from(["", "", "#", "https://x"])
    ),
    max_size=4,
).map(tuple)


def _parsed(text: str, style: object) -> list[dict[str, object]]:
    return [vars(frag) for frag in PdfParagraph(text, style).frags]


@given(runs, st.sampled_from(sorted(pdf_writer._styles())), st.booleans())
def test_a_paragraph_built_directly_has_the_parsers_fragments(
    written: tuple[Run, ...], style_name: str, bold: bool
) -> None:
    style = pdf_writer._styles()[style_name]
    text, frags = paragraph_arguments(written, style, bold)
    if frags is None:
        assert text == markup(written, bold)
        return
    assert [vars(f) for f in frags] == _parsed(markup(written, bold), style)


def test_text_that_needs_markup_goes_through_the_parser() -> None:
    style = pdf_writer._styles()["body"]
    for written in [
        (Run("Fish & chips"),),
        (Run("two\nlines"),),
        (Run("see "), Run("this", link="https://www.osce.org")),
        (Run("plain "), Run("bold", bold=True)),
    ]:
        assert paragraph_arguments(written, style)[1] is None
    assert paragraph_arguments((Run("  a   plain\tone "),), style)[0] == "a plain one"


def _document() -> Document:
    long = " ".join(f"Sentence {n} of a very long narrative paragraph." for n in range(180))
    lead_in = Paragraph((Run("Recommendations include:"),), role="lead-in")
    items = tuple((Run(f"Item {n}: fund the shelters of region {n}."),) for n in range(40))
    blocks = (
        Title(("Consolidated report", "Vienna, Hofburg"), main=1),
        Heading("Statements by session", 1),
        Table(("Session", "No. of statements"), (("WS 1", "12"), ("Total", "12")), True),
        BarChart("Statements by category", ("Delegations", "Civil society"), (8, 4)),
        PageBreak(),
        Heading("Working Session 1: «Доступ к правосудию»", 2),
        Paragraph((Run("Plain text with\u00a0a non-breaking space and  two spaces."),)),
        Paragraph((Run("Bold "), Run("and", bold=True), Run(" italic", italic=True))),
        Paragraph((Run("A link to the "), Run("handbook", link="https://www.osce.org"))),
        Paragraph((Run("Fish & chips < 3 > 2\nsecond line"),)),
        Paragraph((Run("Wholly bold", bold=True),)),
        Paragraph((Run(long),)),
        lead_in,
        Bullets(items),
        Heading("Participating States", 3),
        Bullets(items[:1], numbered=True, start=4),
        Heading("OSCE", 3),
        Bullets(items[:7], numbered=True, start=1),
        Paragraph((Run("Last words."),)),
    )
    return Document("Report", "ODIHR", "en", blocks)


def _pdf(document: Document) -> bytes:
    out = io.BytesIO()
    pdf_writer._render_into(document, out, PageHeader("", "PC.SHDM.GAL/3/22", "", "ENGLISH only"))
    return out.getvalue()


def _whole_list(block: Bullets) -> ListFlowable:
    styles = pdf_writer._styles()
    items = [
        ListItem(PdfParagraph(markup(item), styles["bullet"]), leftIndent=look.BULLET_INDENT_PT)
        for item in block.items
    ]
    kind = dict(bulletType="1", start=str(block.start), bulletFormat="%s.") if block.numbered else (
        dict(bulletType="bullet", start="•")
    )  # fmt: skip
    return ListFlowable(
        items, leftIndent=look.BULLET_INDENT_PT, bulletFontName=pdf_writer._regular(),
        bulletFontSize=look.BODY_PT, **kind,
    )  # fmt: skip


def _as_whole_lists(story: list[object], block: Bullets) -> list[object]:
    """Lists as reportlab's list flowables, the way the PDF was written before: a
    heading or lead-in kept with a list of the first item, then a list of the rest."""
    previous = story[-1] if story else None
    if previous is None or not getattr(getattr(previous, "style", None), "keepWithNext", 0):
        return [_whole_list(block)]
    story.pop()
    if len(block.items) == 1:
        return [KeepTogether([previous, _whole_list(block)])]
    first = Bullets(block.items[:1], block.numbered, block.start)
    rest = Bullets(block.items[1:], block.numbered, block.start + 1)
    return [KeepTogether([previous, _whole_list(first)]), _whole_list(rest)]


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    # No creation date nor random document id: two renderings compare byte for byte.
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.mark.usefixtures("invariant")
def test_the_quick_paragraphs_make_the_same_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    document = _document()
    quick = _pdf(document)
    monkeypatch.setattr(pdf_paragraphs, "_plain", lambda runs, bold: None)
    assert _pdf(document) == quick


@pytest.mark.usefixtures("invariant")
def test_list_items_in_the_story_make_the_same_pdf_as_whole_lists(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = _document()
    items = _pdf(document)
    monkeypatch.setattr(pdf_paragraphs, "_plain", lambda runs, bold: None)
    monkeypatch.setattr(pdf_writer, "_bullets_after", _as_whole_lists)
    assert _pdf(document) == items


@pytest.mark.usefixtures("invariant")
def test_lines_broken_once_per_width_make_the_same_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    document = _document()
    once = _pdf(document)
    monkeypatch.setattr(pdf_paragraphs.WrappedOnce, "wrap", PdfParagraph.wrap)
    assert _pdf(document) == once


@given(st.text(alphabet=st.sampled_from("a&<>\"'\n\r\tЖ ") | st.characters(), max_size=30))
def test_escaping_is_the_standard_librarys(text: str) -> None:
    """Markup is escaped as xml.sax.saxutils escapes it (not imported by the PDF's
    modules: it brings urllib.request, http.client and ssl)."""
    from xml.sax import saxutils

    assert pdf_paragraphs.escape(text) == saxutils.escape(text)
    assert pdf_paragraphs.quoteattr(text) == saxutils.quoteattr(text)


def test_a_slanted_run_with_a_space_at_its_end_is_parsed_as_reportlab_does() -> None:
    # Found by the property above: "<i>0 </i>" keeps its space inside the tag.
    style = pdf_writer._styles()["body"]
    written = (Run("0 ", False, True, ""),)
    text, frags = paragraph_arguments(written, style, False)
    parsed = _parsed(markup(written, False), style)
    if frags is None:
        assert text == markup(written, False)
        assert parsed[0]["text"] == "0 "
    else:
        assert [vars(f) for f in frags] == parsed
