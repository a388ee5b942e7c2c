"""A document's runs as reportlab paragraphs.

reportlab's Paragraph takes markup and parses it with an HTML parser, character
data, tags and entities one by one: in the consolidated report that parsing was
a fifth of the PDF's layout, though most paragraphs are one plain run. A
paragraph whose text needs no markup (no link, no line break, no character that
markup would escape), all plain or one run in bold or italic, is given the fragment
the parser would make of it, built directly; every other paragraph goes through
the markup. ``tests/export/test_pdf_paragraphs.py`` holds the two ways to the
same fragments.

User text is escaped before it reaches the parser, which reads markup.
"""

import re
from typing import Any

# First: reportlab's paragraph module without its costly pattern (pdf_reportlab.py).
from rapporteur_app.export import pdf_reportlab  # noqa: F401  # isort: skip

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag

from rapporteur_app.domain.document import Inline
from rapporteur_app.domain.text import clean_text
from rapporteur_app.export.fonts import FALLBACK_LETTERS, face_of, script_pieces
from rapporteur_app.export.table_layout import register_fallback_fonts

LINK_COLOUR = "#1F4E79"
# What the markup would escape or turn into a tag: such text goes through the parser
# (and so does a text with letters of the fallback face: see fonts.py).
_NEEDS_MARKUP = re.compile(r"[&<>\n]")


def escape(text: str) -> str:
    """``&``, ``<`` and ``>`` as entities (xml.sax.saxutils' own, which would import
    urllib.request, http.client and ssl with it)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def quoteattr(text: str) -> str:
    """An attribute's value escaped and quoted, as xml.sax.saxutils quotes it."""
    text = escape(text).replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return '"{}"'.format(text.replace('"', "&quot;"))


def markup(runs: Inline, bold: bool = False, style: ParagraphStyle | None = None) -> str:
    """The runs as reportlab's paragraph markup (bold, italic, links, line breaks).
    Armenian and Georgian letters are set in the fallback face of the run's weight
    and slant (``style`` says the paragraph's own)."""
    parts: list[str] = []
    for run in runs:
        text = _faced(clean_text(run.text), run.bold or bold, run.italic, style)
        if not text:
            continue
        if run.bold or bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.link and run.link != "#":
            text = f"<a href={quoteattr(run.link)} color={quoteattr(LINK_COLOUR)}><u>{text}</u></a>"
        elif run.link:
            text = f'<font color="{LINK_COLOUR}"><u>{text}</u></font>'
        parts.append(text)
    return "".join(parts)


def _faced(text: str, bold: bool, italic: bool, style: ParagraphStyle | None) -> str:
    """A run's text escaped, its line breaks tags, its Armenian and Georgian stretches
    inside a font tag naming the fallback face. The tag is the innermost: a font tag
    sets the weight and slant of the face it names, so the face is chosen here (the
    style's own weight and slant and the run's)."""
    if FALLBACK_LETTERS.search(text) is None:
        return escape(text).replace("\n", "<br/>")
    _, style_bold, style_italic = ps2tt(style.fontName) if style else ("", 0, 0)
    faces = register_fallback_fonts()
    face = faces[face_of(bool(bold or style_bold), bool(italic or style_italic))]
    return "".join(
        f'<font face="{face}">{escape(piece)}</font>'
        if other
        else escape(piece).replace("\n", "<br/>")
        for piece, other in script_pieces(text)
    )


def _plain(runs: Inline, bold: bool) -> tuple[str, bool, bool] | None:
    """The runs' text, weight and slant when they need no markup, else None."""
    texts: list[str] = []
    shapes: set[tuple[bool, bool]] = set()
    for run in runs:
        if run.link:
            return None
        text = clean_text(run.text)
        if not text:
            continue
        if _NEEDS_MARKUP.search(text) or FALLBACK_LETTERS.search(text):
            return None
        texts.append(text)
        shapes.add((run.bold or bold, run.italic))
    if len(shapes) != 1:
        return None
    (weight, slant) = shapes.pop()
    if (weight or slant) and len(texts) > 1:
        return None  # each run its own tags: the parser makes a fragment of each
    return "".join(texts), weight, slant


def _fragment(text: str, style: ParagraphStyle, bold: bool, italic: bool) -> ParaFrag:
    """The one fragment reportlab's parser makes of ``<b><i>`` text ``</i></b>`` in
    ``style``: the style's face, size and colour, the weight and slant asked for."""
    frag = ParaFrag()
    frag.rise = 0
    frag.greek = 0
    frag.link = []
    family, style_bold, style_italic = ps2tt(style.fontName)
    frag.bold = 1 if bold else style_bold
    frag.italic = 1 if italic else style_italic
    frag.fontName = tt2ps(family, frag.bold, frag.italic)
    frag.fontSize = style.fontSize
    frag.textColor = style.textColor
    frag.us_lines = []
    # The innermost tag the markup would have had around the text.
    frag.__tag__ = "b" if bold else "i" if italic else "para"
    frag.text = text
    return frag


def paragraph_arguments(
    runs: Inline, style: ParagraphStyle, bold: bool = False
) -> tuple[str, list[Any] | None]:
    """(text, fragments) for ``Paragraph(text, style, frags=fragments)``: the
    fragments built here when the runs need no markup, else None (parse the text)."""
    plain = _plain(runs, bold) if not getattr(style, "textTransform", None) else None
    if plain is not None:
        text, weight, slant = plain
        # The parser sees the text with its white space folded (reportlab's own rule),
        # its ends stripped only when no tag stands there: "<i>0 </i>" keeps its space.
        cleaned = cleanBlockQuotedText(text)
        tagged_ends = (weight or slant) and text.strip() != text
        if cleaned and not tagged_ends:
            return cleaned, [_fragment(cleaned, style, weight, slant)]
    return markup(runs, bold, style), None


class WrappedOnce(PdfParagraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width. reportlab wraps a paragraph
    again each time it measures it (a heading kept with what follows, a list item,
    a paragraph tried at a page's foot and moved on): the same lines each time, as
    long as the last ones are still there (a split that moves the whole paragraph on
    drops them, and they are made again)."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        done = self.__dict__.get("_wrapped")
        if done is not None and done[0] == availWidth and done[1] is self.__dict__.get("blPara"):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, self.__dict__.get("blPara"))
        return size


def paragraph(runs: Inline, style: ParagraphStyle, bold: bool = False) -> PdfParagraph:
    text, frags = paragraph_arguments(runs, style, bold)
    return WrappedOnce(text, style, frags=frags)
