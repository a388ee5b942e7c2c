"""Render a laid-out document as DOCX with real Word styles.

Headings are Word headings (the navigation pane and a table of contents see
them), lists use the List Bullet style, the footer carries a PAGE field, and
the core properties hold the title, author and language. Styles are looked up
once per document, not once per paragraph (python-docx searches them by name).
"""

import io
import os
from pathlib import Path

import docx as python_docx
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph

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
from rapporteur_app.export.chart_image import chart_png
from rapporteur_app.export.languages import language_tag

_FONT = "Times New Roman"


class _Styles:
    """The styles a document uses, looked up once."""

    def __init__(self, docx: DocxDocument, tag: str) -> None:
        styles = docx.styles
        self.normal: ParagraphStyle = styles["Normal"]
        self.title: ParagraphStyle = styles["Title"]
        self.subtitle: ParagraphStyle = styles["Subtitle"]
        self.bullet: ParagraphStyle = styles["List Bullet"]
        self.headings: dict[int, ParagraphStyle] = {
            level: styles[f"Heading {level}"] for level in (1, 2, 3)
        }
        self.table = styles["Table Grid"]
        self._dress(tag)

    def _dress(self, tag: str) -> None:
        # A document the secretariat publishes: one serif face, black headings.
        self.normal.font.name = _FONT
        self.normal.font.size = Pt(12)
        self.normal.paragraph_format.space_after = Pt(8)
        _set_language(self.normal, tag)
        for style, size in (
            (self.title, 18),
            (self.subtitle, 14),
            (self.headings[1], 14),
            (self.headings[2], 12),
            (self.headings[3], 12),
        ):
            style.font.name = _FONT
            style.font.size = Pt(size)
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.font.bold = style is not self.subtitle
            style.font.italic = style is self.headings[3] or style is self.subtitle
            _set_language(style, tag)
            # The template's theme fonts would override the name for East Asian
            # and complex scripts; name the face for every script.
            fonts = (
                style.element.rPr.find(qn("w:rFonts")) if style.element.rPr is not None else None
            )
            if fonts is not None:
                for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                    fonts.attrib.pop(qn(attribute), None)
                for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                    fonts.set(qn(attribute), _FONT)
        self.title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _set_language(style: ParagraphStyle, tag: str) -> None:
    properties = style.element.get_or_add_rPr()
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    language.set(qn("w:val"), tag)


def _add_runs(paragraph: DocxParagraph, runs: Inline) -> None:
    for run in runs:
        text = clean_text(run.text)
        if not text:
            continue
        added = paragraph.add_run(text)
        if run.bold:
            added.bold = True
        if run.italic:
            added.italic = True


def _page_number_footer(docx: DocxDocument, label: str) -> None:
    paragraph = docx.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{label} ")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    number = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    number.append(text)
    field.append(number)
    paragraph._p.append(field)


def _table(docx: DocxDocument, styles: _Styles, table: Table) -> None:
    rows = len(table.rows) + 1
    added = docx.add_table(rows=rows, cols=len(table.header))
    added.style = styles.table
    added.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row_index, (row, values) in enumerate(
        zip(added.rows, (table.header, *table.rows), strict=True)
    ):
        bold = row_index == 0 or (table.total_row and row_index == rows - 1)
        for cell, value in zip(row.cells, values, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            run = paragraph.add_run(clean_text(value))
            run.font.size = Pt(9)
            run.bold = bold
            if row_index and value.isdigit():
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def render_docx(document: Document) -> DocxDocument:
    docx = python_docx.Document()
    tag = language_tag(document.language)
    styles = _Styles(docx, tag)
    section = docx.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin"):
        setattr(section, margin, Cm(2.5))
    properties = docx.core_properties
    properties.title = clean_text(document.title)[:255]
    properties.author = clean_text(document.author)[:255]
    properties.language = tag
    properties.comments = ""
    _page_number_footer(docx, document.page_label)
    first_paragraph = True
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Title):
            for number, line in enumerate(block.lines):
                style = styles.title if number == 0 else styles.subtitle
                docx.add_paragraph(clean_text(line), style=style)
        elif isinstance(block, Heading):
            docx.add_paragraph(clean_text(block.text), style=styles.headings[min(block.level, 3)])
        elif isinstance(block, Paragraph):
            paragraph = docx.add_paragraph(style=styles.normal)
            if tight_after(blocks, index) or block.role == "lead":
                paragraph.paragraph_format.space_after = Pt(0)
            if block.role == "lead":
                paragraph.paragraph_format.space_before = Pt(12)
            _add_runs(paragraph, block.runs)
        elif isinstance(block, Bullets):
            for item in block.items:
                _add_runs(docx.add_paragraph(style=styles.bullet), item)
        elif isinstance(block, Table):
            _table(docx, styles, block)
        elif isinstance(block, BarChart):
            docx.add_picture(io.BytesIO(chart_png(block)), width=Cm(15))
            docx.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(block, PageBreak) and not first_paragraph:
            docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first_paragraph = False
    return docx


def write_docx(document: Document, target: str | os.PathLike[str]) -> Path:
    """Write ``document`` to ``target`` atomically; return the path written."""
    docx = render_docx(document)
    with atomic_target(target) as temporary:
        docx.save(str(temporary))
    return Path(target)
