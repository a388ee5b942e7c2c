"""Render a laid-out document as PDF with reportlab (not by converting the DOCX).

The fonts are the DejaVu faces shipped in resources/, registered once per
process, so Cyrillic, Greek and every accented Latin letter render. User text
is escaped before it reaches reportlab's Paragraph, which parses markup.
"""

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
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
    Paragraph as PdfParagraph,
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
    Table,
    Title,
    tight_after,
)
from rapporteur_app.domain.text import clean_text
from rapporteur_app.export.atomic import atomic_target
from rapporteur_app.export.fonts import FAMILY, font_path
from rapporteur_app.export.languages import language_tag


@cache
def _register_fonts() -> str:
    names = {face: f"{FAMILY}-{face}" for face in ("regular", "bold", "italic", "bold-italic")}
    for face, name in names.items():
        pdfmetrics.registerFont(TTFont(name, str(font_path(face))))
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold-italic"],
    )
    return names["regular"]


@cache
def _styles() -> dict[str, ParagraphStyle]:
    regular = _register_fonts()
    bold = f"{FAMILY}-bold"
    body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14.5, spaceAfter=7)
    return {
        "body": body,
        "line": ParagraphStyle("line", parent=body, spaceAfter=1),
        "lead": ParagraphStyle("lead", parent=body, spaceBefore=10, spaceAfter=1),
        "title": ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=16, leading=21, alignment=TA_CENTER,
            spaceAfter=4,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=12, leading=16, alignment=TA_CENTER, spaceAfter=4,
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=bold, fontSize=13, leading=17, spaceBefore=10,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=bold, fontSize=11, leading=15, spaceBefore=8, spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=f"{FAMILY}-bold-italic", fontSize=10.5, leading=14.5,
            spaceBefore=6, spaceAfter=3,
        ),
        "bullet": ParagraphStyle("bullet", parent=body, spaceAfter=3),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0),
        "cell-bold": ParagraphStyle("cell-bold", parent=body, fontName=bold, fontSize=8,
                                    leading=10, spaceAfter=0),
        "cell-head": ParagraphStyle("cell-head", parent=body, fontName=bold, fontSize=6.5,
                                    leading=8, spaceAfter=0, splitLongWords=False),
    }  # fmt: skip


def _markup(runs: Inline) -> str:
    parts: list[str] = []
    for run in runs:
        text = escape(clean_text(run.text)).replace("\n", "<br/>")
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def _text(text: str) -> str:
    return escape(clean_text(text)).replace("\n", "<br/>")


def _table(table: Table, width: float) -> PdfTable:
    styles = _styles()
    last = len(table.rows)
    cells = [
        [
            PdfParagraph(
                _text(value),
                styles[
                    "cell-head"
                    if row == 0
                    else "cell-bold"
                    if table.total_row and row == last
                    else "cell"
                ],
            )
            for value in values
        ]
        for row, values in enumerate((table.header, *table.rows))
    ]
    first = width * 0.23
    rest = (width - first) / max(len(table.header) - 1, 1)
    result = PdfTable(cells, colWidths=[first] + [rest] * (len(table.header) - 1), repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EEF4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
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
    regular = _register_fonts()
    height = 7 * cm
    drawing = Drawing(width, height + 1.2 * cm)
    bars = VerticalBarChart()
    bars.x, bars.y = 1.2 * cm, 1.4 * cm
    bars.width, bars.height = width - 1.6 * cm, height - 1.4 * cm
    bars.data = [list(chart.values)]
    bars.categoryAxis.categoryNames = [_wrap(clean_text(label), 16) for label in chart.labels]
    bars.categoryAxis.labels.fontName = regular
    bars.categoryAxis.labels.fontSize = 7
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.valueAxis.labels.fontName = regular
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max((*chart.values, 1)) * 1.15
    bars.bars[0].fillColor = colors.HexColor("#1F4E79")
    bars.barLabelFormat = "%d"
    bars.barLabels.fontName = regular
    bars.barLabels.fontSize = 7
    bars.barLabels.nudge = 7
    drawing.add(bars)
    drawing.add(
        String(width / 2, height + 0.5 * cm, clean_text(chart.title), fontName=f"{FAMILY}-bold",
               fontSize=10, textAnchor="middle")
    )  # fmt: skip
    return drawing


def _flowables(document: Document, width: float) -> list[Flowable]:
    styles = _styles()
    story: list[Flowable] = []
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Title):
            for number, line in enumerate(block.lines):
                story.append(
                    PdfParagraph(_text(line), styles["title" if number == 0 else "subtitle"])
                )
            story.append(Spacer(1, 0.4 * cm))
        elif isinstance(block, Heading):
            story.append(PdfParagraph(_text(block.text), styles[f"h{min(block.level, 3)}"]))
        elif isinstance(block, Paragraph):
            role = "line" if tight_after(blocks, index) else "body"
            if block.role == "lead":
                role = "lead"
            story.append(PdfParagraph(_markup(block.runs), styles[role]))
        elif isinstance(block, Bullets):
            items = [
                ListItem(PdfParagraph(_markup(item), styles["bullet"]), leftIndent=14)
                for item in block.items
            ]
            bullet_font = styles["body"].fontName
            story.append(
                ListFlowable(
                    items,
                    bulletType="bullet",
                    start="•",
                    leftIndent=14,
                    bulletFontName=bullet_font,
                    bulletFontSize=9,
                )
            )
        elif isinstance(block, Table):
            story.append(_table(block, width))
            story.append(Spacer(1, 0.4 * cm))
        elif isinstance(block, BarChart):
            story.append(KeepTogether([_chart(block, width)]))
        elif isinstance(block, PageBreak) and story:
            story.append(PdfPageBreak())
    return story


def _footer(label: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, template: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(_register_fonts(), 8.5)
        canvas.drawCentredString(
            A4[0] / 2, 1.2 * cm, f"{clean_text(label)} {canvas.getPageNumber()}"
        )
        canvas.restoreState()

    return draw


def render_pdf(document: Document, target: str | os.PathLike[str]) -> None:
    """Render into ``target`` directly (the caller handles atomicity)."""
    # Our own handle, closed even when reportlab fails half-way (a full disk):
    # given a file name, reportlab would leave its file open.
    with Path(target).open("wb") as handle:
        _render_into(document, handle)


def _render_into(document: Document, handle: BinaryIO) -> None:
    template = SimpleDocTemplate(
        handle,
        pagesize=A4,
        leftMargin=2.3 * cm,
        rightMargin=2.3 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title=clean_text(document.title),
        author=clean_text(document.author),
        subject="",
        creator="Rapporteur",
        lang=language_tag(document.language),
    )
    footer = _footer(document.page_label)
    template.build(_flowables(document, template.width), onFirstPage=footer, onLaterPages=footer)


def write_pdf(document: Document, target: str | os.PathLike[str]) -> Path:
    """Write ``document`` to ``target`` atomically; return the path written."""
    with atomic_target(target) as temporary:
        render_pdf(document, temporary)
    return Path(target)
