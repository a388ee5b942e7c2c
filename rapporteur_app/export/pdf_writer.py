"""Render a laid-out document as PDF with reportlab (not by converting the DOCX).

The face is the one of the DOCX (see :mod:`rapporteur_app.export.look`),
embedded with its bold and italic; no other font is referenced (the canvas's
own default would be an unembedded Helvetica). Headings and lead-ins keep with
what follows, links are links, numbered lists start at their number, tables
size their columns to their content, and the headings make the PDF's outline.
Paragraphs are made from the runs in :mod:`rapporteur_app.export.pdf_paragraphs`
(user text escaped before it reaches reportlab's markup parser).
"""

import os
from collections.abc import Callable, Iterable
from functools import cache, partial
from pathlib import Path
from typing import Any, BinaryIO

# First: reportlab's paragraph module without its costly pattern (pdf_reportlab.py).
from rapporteur_app.export import pdf_reportlab  # noqa: F401  # isort: skip

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    PageBreak as PdfPageBreak,
)
from reportlab.platypus import (
    Table as PdfTable,
)

from rapporteur_app.domain.document import (
    BarChart,
    Bullets,
    Document,
    Heading,
    Inline,
    PageBreak,
    Paragraph,
    Run,
    Table,
    Title,
    tight_after,
)
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import clean_text
from rapporteur_app.export import look
from rapporteur_app.export.atomic import atomic_target
from rapporteur_app.export.fonts import FALLBACK_LETTERS
from rapporteur_app.export.languages import language_tag
from rapporteur_app.export.page_header import PageHeader
from rapporteur_app.export.pdf_languages import LanguageCanvas
from rapporteur_app.export.pdf_paragraphs import WrappedOnce, paragraph, paragraph_arguments
from rapporteur_app.export.table_layout import (
    CELL_PADDING,
    fallback_font,
    register_fonts,
    table_layout,
)

# reportlab's frames keep 6 points free on each side.
_FRAME_PADDING = 6.0
# The first page's header as the DOCX has it: Word's header distance from the top
# edge (python-docx's default template: half an inch), the logo's height, the lines.
_HEADER_DISTANCE_CM = 1.27
_LOGO_HEIGHT_CM = 1.6
_HEADER_LINE_PT = 12.0


def _regular() -> str:
    return register_fonts()["regular"]


def _face_for(texts: Iterable[str], font: str) -> str:
    """``font``, or its fallback face when one of the texts has letters the shipped
    face lacks (Armenian, Georgian): a string drawn by itself (a chart's label, a
    header's line) is drawn in one face, and the fallback has the others' letters."""
    if any(FALLBACK_LETTERS.search(text) for text in texts):
        return fallback_font(font)
    return font


@cache
def _styles() -> dict[str, ParagraphStyle]:
    faces = register_fonts()
    regular, bold = faces["regular"], faces["bold"]
    size = look.BODY_PT
    leading = look.leading(size)
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=size, leading=leading, spaceAfter=look.SPACE_AFTER_PT
    )

    def heading(name: str, shape: look.HeadingLook, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, parent=body, fontName=faces["bold-italic" if shape.italic else "bold"],
            fontSize=shape.size, leading=look.leading(shape.size),
            spaceBefore=shape.space_before, spaceAfter=shape.space_after, keepWithNext=1,
            **extra,
        )  # fmt: skip

    subtitle = ParagraphStyle(
        "subtitle", parent=body, fontSize=look.SUBTITLE.size,
        leading=look.leading(look.SUBTITLE.size), alignment=TA_CENTER,
        spaceAfter=look.SUBTITLE.space_after, keepWithNext=1,
    )  # fmt: skip
    return {
        "body": body,
        "line": ParagraphStyle("line", parent=body, spaceAfter=look.LINE_SPACE_AFTER_PT),
        "lead": ParagraphStyle("lead", parent=body, spaceBefore=look.LEAD_SPACE_BEFORE_PT,
                               spaceAfter=0, keepWithNext=1),
        "lead-in": ParagraphStyle("lead-in", parent=body, keepWithNext=1),
        "masthead": ParagraphStyle("masthead", parent=body, fontName=bold, alignment=TA_CENTER,
                                   spaceAfter=0, keepWithNext=1),
        "organization": ParagraphStyle("organization", parent=body, alignment=TA_CENTER,
                                       keepWithNext=1),
        "title": heading("title", look.TITLE, alignment=TA_CENTER),
        "subtitle": subtitle,
        "h1": heading("h1", look.HEADINGS[1]),
        "h2": heading("h2", look.HEADINGS[2]),
        "h3": heading("h3", look.HEADINGS[3]),
        "bullet": ParagraphStyle("bullet", parent=body, spaceAfter=look.BULLET_SPACE_AFTER_PT),
        "header": ParagraphStyle("header", parent=body, fontSize=10, leading=12, spaceAfter=0,
                                 alignment=TA_RIGHT),
    }  # fmt: skip


@cache
def _cell_style(size: float, bold: bool, number: bool = False) -> ParagraphStyle:
    faces = register_fonts()
    return ParagraphStyle(
        f"cell-{size}-{bold}-{number}", fontName=faces["bold" if bold else "regular"],
        fontSize=size, leading=size * 1.2, spaceAfter=0, splitLongWords=False,
        alignment=TA_RIGHT if number else 0,
    )  # fmt: skip


class _Outlined(WrappedOnce):
    """A heading that adds itself to the PDF's outline where it is drawn."""

    def __init__(self, text: str, style: ParagraphStyle, level: int) -> None:
        markup, frags = paragraph_arguments((Run(text),), style)
        super().__init__(markup, style, frags=frags)
        self.outline_title = clean_text(text)
        self.outline_level = level


def _table(table: Table, width: float) -> PdfTable:
    layout = table_layout(table, width)
    last = len(table.rows)
    cells = [
        [
            paragraph(
                (Run(value),),
                _cell_style(
                    layout.header_size if row == 0 else layout.body_size,
                    row == 0 or (table.total_row and row == last),
                    # Counts are set to the right, as in the DOCX.
                    row > 0 and value.isdigit(),
                ),
            )
            for value in values
        ]
        for row, values in enumerate((table.header, *table.rows))
    ]
    result = PdfTable(cells, colWidths=list(layout.widths), repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                # A cell's own font (Helvetica unless told), though every cell is a Paragraph.
                ("FONTNAME", (0, 0), (-1, -1), _regular()),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ]
        )
    )
    return result


def _wrap(text: str, width: int) -> str:
    """Break a label into lines of about ``width`` characters, at spaces."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _chart(chart: BarChart, width: float) -> Drawing:
    labels = [_wrap(clean_text(label), 16) for label in chart.labels]
    regular = _face_for(labels, _regular())
    height = 7 * cm
    drawing = Drawing(width, height + 1.2 * cm)
    # The drawing's starting state names a font too (Helvetica unless told).
    drawing.initialFontName = regular
    bars = VerticalBarChart()
    bars.x, bars.y = 1.2 * cm, 1.4 * cm
    bars.width, bars.height = width - 1.6 * cm, height - 1.4 * cm
    bars.data = [list(chart.values)]
    bars.categoryAxis.categoryNames = labels
    bars.categoryAxis.labels.fontName = regular
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.valueAxis.labels.fontName = _regular()
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max((*chart.values, 1)) * 1.15
    bars.bars[0].fillColor = colors.HexColor("#1F4E79")
    bars.barLabelFormat = "%d"
    bars.barLabels.fontName = _regular()
    bars.barLabels.fontSize = 7
    bars.barLabels.nudge = 7
    drawing.add(bars)
    title = clean_text(chart.title)
    drawing.add(
        String(width / 2, height + 0.5 * cm, title,
               fontName=_face_for([title], register_fonts()["bold"]), fontSize=10,
               textAnchor="middle")
    )  # fmt: skip
    return drawing


def _bullets(block: Bullets) -> list[Flowable]:
    """The list's items, each an indented paragraph with its bullet, as reportlab's
    list lays them out. The list itself is not put in the story: a frame wraps a list
    whole, once more per page it runs onto, before it takes the items one by one (a
    third of the consolidated report's layout went there), and the items are placed
    exactly as the list places them."""
    styles = _styles()
    items = [
        ListItem(paragraph(item, styles["bullet"]), leftIndent=look.BULLET_INDENT_PT)
        for item in block.items
    ]
    if block.numbered:
        whole = ListFlowable(
            items, bulletType="1", start=str(block.start), bulletFormat="%s.",
            leftIndent=look.BULLET_INDENT_PT, bulletFontName=_regular(),
            bulletFontSize=look.BODY_PT,
        )  # fmt: skip
    else:
        whole = ListFlowable(
            items, bulletType="bullet", start="•", leftIndent=look.BULLET_INDENT_PT,
            bulletFontName=_regular(), bulletFontSize=look.BODY_PT,
        )  # fmt: skip
    # What a frame splits a list into (reportlab's own items, bullets and numbers).
    return list(whole.split(0, 0))


# reportlab wraps what remains of a paragraph again on every page it runs onto:
# a paragraph of many pages costs the square of its length. A very long one is
# set as several, cut at a sentence's end, with no space between them.
_LONGEST_PARAGRAPH = 3000


def _pieces(runs: Inline) -> list[Inline]:
    pieces: list[list[Run]] = [[]]
    length = 0
    for run in runs:
        text = run.text
        while length + len(text) > _LONGEST_PARAGRAPH:
            room = max(_LONGEST_PARAGRAPH - length, 0)
            cut = text.rfind(". ", 0, room) + 1 or text.find(". ", room) + 1 or len(text)
            pieces[-1].append(Run(text[:cut], run.bold, run.italic, run.link))
            text = text[cut:].lstrip()
            pieces.append([])
            length = 0
            if not text:
                break
        if text:
            pieces[-1].append(Run(text, run.bold, run.italic, run.link))
            length += len(text)
    return [tuple(piece) for piece in pieces if piece]


def _paragraphs(runs: Inline, style: ParagraphStyle) -> list[Flowable]:
    if sum(len(run.text) for run in runs) <= _LONGEST_PARAGRAPH:
        return [paragraph(runs, style)]
    pieces = _pieces(runs)
    joined = ParagraphStyle(f"{style.name}-joined", parent=style, spaceAfter=0)
    return [
        paragraph(piece, style if number == len(pieces) - 1 else joined)
        for number, piece in enumerate(pieces)
    ]


def _bullets_after(story: list[Flowable], block: Bullets) -> list[Flowable]:
    """A list; when a heading or a lead-in precedes it, that one and the list's first
    item are kept on one page."""
    items = _bullets(block)
    previous = story[-1] if story else None
    keeps = getattr(getattr(previous, "style", None), "keepWithNext", 0)
    if previous is None or not keeps or not items:
        return items
    story.pop()
    return [KeepTogether([previous, items[0]]), *items[1:]]


def _flowables(document: Document, width: float) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = []
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Title):
            for number, line in enumerate(block.lines):
                main = number < block.main
                style = styles["title" if main else "subtitle"]
                if main and number == 0:
                    story.append(_Outlined(line, style, 0))
                else:
                    story.append(paragraph((Run(line),), style))
            story.append(Spacer(1, 0.4 * cm))
        elif isinstance(block, Heading):
            level = min(block.level, 3)
            story.append(_Outlined(block.text, styles[f"h{level}"], level))
        elif isinstance(block, Paragraph):
            role = "line" if tight_after(blocks, index) else "body"
            if block.role in ("lead", "lead-in", "masthead", "organization"):
                role = block.role
            story.extend(_paragraphs(block.runs, styles[role]))
        elif isinstance(block, Bullets):
            story.extend(_bullets_after(story, block))
        elif isinstance(block, Table):
            story.append(_table(block, width))
            story.append(Spacer(1, 0.4 * cm))
        elif isinstance(block, BarChart):
            story.append(KeepTogether([_chart(block, width)]))
        elif isinstance(block, PageBreak) and story:
            story.append(PdfPageBreak())
    return story


class _Template(SimpleDocTemplate):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._outline_keys = 0
        self._levels_seen: list[int] = []

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        if not isinstance(flowable, _Outlined):
            return
        # An outline level may not skip one (1 after 3 is fine, 3 after 1 is not).
        level = flowable.outline_level
        top = self._levels_seen[-1] if self._levels_seen else -1
        level = min(level, top + 1)
        self._levels_seen.append(level)
        key = f"h{self._outline_keys}"
        self._outline_keys += 1
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=level > 0)


def _page_decorations(
    label: str, header: PageHeader | None
) -> tuple[
    Callable[[Canvas, SimpleDocTemplate], None], Callable[[Canvas, SimpleDocTemplate], None]
]:
    def footer(canvas: Canvas, template: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(_regular(), look.FOOTER_PT)
        width = template.pagesize[0]
        canvas.drawCentredString(
            width / 2, 1.2 * cm, f"{clean_text(label)} {canvas.getPageNumber()}"
        )
        canvas.restoreState()

    def first(canvas: Canvas, template: SimpleDocTemplate) -> None:
        footer(canvas, template)
        if not header:
            return
        canvas.saveState()
        width, height = template.pagesize
        top = height - _HEADER_DISTANCE_CM * cm
        if header.logo:
            try:
                image = ImageReader(header.logo)
                image_width, image_height = image.getSize()
            except Exception:  # reportlab raises many kinds for a file that is no image
                raise InvalidInput.coded("logo-unusable", logo=header.logo) from None
            drawn_height = _LOGO_HEIGHT_CM * cm
            drawn_width = drawn_height * image_width / max(image_height, 1)
            canvas.drawImage(
                image, look.MARGIN_CM * cm, top - drawn_height, drawn_width, drawn_height,
                mask="auto",
            )  # fmt: skip
        current = _regular()
        canvas.setFont(current, 10)
        y = top - 10
        for line in header.lines():
            face = _face_for([line], _regular())
            if face != current:
                canvas.setFont(face, 10)
                current = face
            canvas.drawRightString(width - look.MARGIN_CM * cm, y, line)
            y -= _HEADER_LINE_PT
        canvas.restoreState()

    return first, footer


def render_pdf(
    document: Document, target: str | os.PathLike[str], header: PageHeader | None = None
) -> None:
    """Render into ``target`` directly (the caller handles atomicity)."""
    # Our own handle, closed even when reportlab fails half-way (a full disk):
    # given a file name, reportlab would leave its file open.
    with Path(target).open("wb") as handle:
        _render_into(document, handle, header)


def _header_room(header: PageHeader | None) -> float:
    """How far the first page's header pushes the text down, as Word pushes it: the
    header starts at Word's header distance, a logo (or else an empty first line)
    then the lines below it; only what passes the top margin moves the text."""
    if not header:
        return 0.0
    block = _LOGO_HEIGHT_CM * cm if header.logo else look.BODY_PT * 1.15
    block += len(header.lines()) * _HEADER_LINE_PT
    return max(0.0, float(_HEADER_DISTANCE_CM * cm + block - look.TOP_MARGIN_CM * cm))


def _render_into(document: Document, handle: BinaryIO, header: PageHeader | None) -> None:
    # reportlab's frame keeps a padding inside the margins: the margins are that much
    # smaller, so that the text stands where the DOCX has it and wraps at its width.
    template = _Template(
        handle,
        pagesize=(look.PAGE_WIDTH_CM * cm, look.PAGE_HEIGHT_CM * cm),
        leftMargin=look.MARGIN_CM * cm - _FRAME_PADDING,
        rightMargin=look.MARGIN_CM * cm - _FRAME_PADDING,
        topMargin=look.TOP_MARGIN_CM * cm - _FRAME_PADDING + _header_room(header),
        bottomMargin=look.BOTTOM_MARGIN_CM * cm - _FRAME_PADDING,
        title=clean_text(document.title),
        author=clean_text(document.author),
        subject="",
        creator="Rapporteur",
        lang=language_tag(document.language),
        # The canvas's own starting font would be Helvetica, named in every page
        # and never embedded: start with the shipped face instead.
        initialFontName=_regular(),
        initialFontSize=look.BODY_PT,
    )
    first, later = _page_decorations(document.page_label, header)
    # The frame keeps a padding on each side: what a flowable may fill is narrower.
    width = template.width - 2 * _FRAME_PADDING
    # Russian inside a document of another language is marked Russian (pdf_languages.py).
    canvas_maker = partial(LanguageCanvas, document_tag=language_tag(document.language))
    template.build(
        _flowables(document, width),
        onFirstPage=first,
        onLaterPages=later,
        canvasmaker=canvas_maker,
    )


def write_pdf(
    document: Document, target: str | os.PathLike[str], header: PageHeader | None = None
) -> Path:
    """Write ``document`` to ``target`` atomically; return the path written."""
    with atomic_target(target) as temporary:
        render_pdf(document, temporary, header)
    return Path(target)
