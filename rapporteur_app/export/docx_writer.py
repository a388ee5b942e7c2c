"""Render a laid-out document as DOCX with real Word styles.

Headings are Word headings (the navigation pane and a table of contents see
them) kept with what follows, lists use List Bullet and List Number (each
numbered list starting at its own number), emphasis is real runs and links are
real hyperlinks, Cyrillic inside a document of another language is tagged
Russian, the footer carries a PAGE field. Styles are looked up once per
document and assigned as objects: python-docx searches them by name otherwise.

A secretariat's template (see :mod:`rapporteur_app.export.docx_template`)
brings its styles, page set-up, header and footer; a style the program needs
and the template lacks is added to it.
"""

import io
import os
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle
from docx.text.paragraph import Paragraph as DocxParagraph

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
from rapporteur_app.domain.text import clean_text
from rapporteur_app.export import look
from rapporteur_app.export.atomic import atomic_target
from rapporteur_app.export.chart_image import chart_png
from rapporteur_app.export.docx_table import table_element
from rapporteur_app.export.docx_template import open_template, write_page_header
from rapporteur_app.export.languages import by_language, language_tag
from rapporteur_app.export.page_header import PageHeader
from rapporteur_app.export.table_layout import CELL_PADDING, table_layout


def _style(
    docx: DocxDocument, name: str, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH
) -> BaseStyle:
    """The named style, added (based on Normal) when a template lacks it."""
    styles = docx.styles
    try:
        found: BaseStyle = styles[name]
    except KeyError:
        found = styles.add_style(name, kind)
        if kind == WD_STYLE_TYPE.PARAGRAPH and name != "Normal":
            found.base_style = styles["Normal"]  # type: ignore[attr-defined]
    return found


def _rfonts(style: BaseStyle) -> None:
    # Theme fonts would override the face for East Asian and complex scripts:
    # name it for every script.
    properties = style.element.get_or_add_rPr()
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), look.FONT)


def _set_language(style: BaseStyle, tag: str) -> None:
    properties = style.element.get_or_add_rPr()
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    language.set(qn("w:val"), tag)


def _plain_look(style: BaseStyle) -> None:
    """No accent rule, no letter spacing, no theme colour: the program's clean look."""
    paragraph = style.element.find(qn("w:pPr"))
    if paragraph is not None:
        for border in paragraph.findall(qn("w:pBdr")):
            paragraph.remove(border)
    run = style.element.find(qn("w:rPr"))
    if run is not None:
        for name in ("w:spacing", "w:kern", "w:color"):
            for element in run.findall(qn(name)):
                run.remove(element)


class _Styles:
    """The styles a document uses, looked up once (and dressed once unless the
    secretariat's template dresses them)."""

    def __init__(self, docx: DocxDocument, tag: str, own_look: bool) -> None:
        self.normal: ParagraphStyle = _style(docx, "Normal")  # type: ignore[assignment]
        self.title: ParagraphStyle = _style(docx, "Title")  # type: ignore[assignment]
        self.subtitle: ParagraphStyle = _style(docx, "Subtitle")  # type: ignore[assignment]
        self.bullet: ParagraphStyle = _style(docx, "List Bullet")  # type: ignore[assignment]
        self.number: ParagraphStyle = _style(docx, "List Number")  # type: ignore[assignment]
        self.headings: dict[int, ParagraphStyle] = {
            level: _style(docx, f"Heading {level}")  # type: ignore[misc]
            for level in (1, 2, 3)
        }
        self.table = _style(docx, "Table Grid", WD_STYLE_TYPE.TABLE)
        self.link: CharacterStyle = _style(docx, "Hyperlink", WD_STYLE_TYPE.CHARACTER)  # type: ignore[assignment]
        self.link_id = self.link.style_id
        self._dress_link()
        for style in (self.title, *self.headings.values()):
            style.paragraph_format.keep_with_next = True
        _set_language(self.normal, tag)
        if own_look:
            self._dress()

    def _dress_link(self) -> None:
        font = self.link.font
        if font.color.rgb is None and font.color.theme_color is None:
            font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        if font.underline is None:
            font.underline = True

    def _dress(self) -> None:
        normal = self.normal
        normal.font.name = look.FONT
        normal.font.size = Pt(look.BODY_PT)
        normal.paragraph_format.space_after = Pt(look.SPACE_AFTER_PT)
        normal.paragraph_format.line_spacing = look.LINE_SPACING
        _rfonts(normal)
        dressed = (
            (self.title, look.TITLE, True),
            (self.subtitle, look.SUBTITLE, False),
            *((self.headings[level], look.HEADINGS[level], True) for level in (1, 2, 3)),
        )
        for style, shape, bold in dressed:
            _plain_look(style)
            style.font.name = look.FONT
            style.font.size = Pt(shape.size)
            style.font.color.rgb = RGBColor(0, 0, 0)
            style.font.bold = bold
            style.font.italic = shape.italic
            style.paragraph_format.space_before = Pt(shape.space_before)
            style.paragraph_format.space_after = Pt(shape.space_after)
            _rfonts(style)
        self.title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        self.subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for style in (self.bullet, self.number):
            style.paragraph_format.space_after = Pt(look.BULLET_SPACE_AFTER_PT)
            # Word's lists drop the space between their items ("contextual spacing"):
            # the PDF keeps it, so the DOCX does too.
            properties = style.element.find(qn("w:pPr"))
            if properties is not None:
                for element in properties.findall(qn("w:contextualSpacing")):
                    properties.remove(element)


class _Numbering:
    """A fresh Word list for each numbered list, so that each starts at its number."""

    def __init__(self, docx: DocxDocument, style: ParagraphStyle) -> None:
        self._docx = docx
        self._style = style
        self._abstract: str | None = None
        self._done = False

    def _abstract_id(self) -> str | None:
        if not self._done:
            self._done = True
            properties = self._style.element.pPr
            num_pr = properties.find(qn("w:numPr")) if properties is not None else None
            num_id = num_pr.find(qn("w:numId")) if num_pr is not None else None
            if num_id is not None:
                numbering = self._docx.part.numbering_part.element
                for num in numbering.findall(qn("w:num")):
                    if num.get(qn("w:numId")) == num_id.get(qn("w:val")):
                        abstract = num.find(qn("w:abstractNumId"))
                        self._abstract = abstract.get(qn("w:val")) if abstract is not None else None
        return self._abstract

    def new_list(self, start: int) -> str | None:
        abstract = self._abstract_id()
        if abstract is None:
            return None
        numbering = self._docx.part.numbering_part.element
        used = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        num_id = str(max(used, default=0) + 1)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        abstract_ref = OxmlElement("w:abstractNumId")
        abstract_ref.set(qn("w:val"), abstract)
        num.append(abstract_ref)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start_at = OxmlElement("w:startOverride")
        start_at.set(qn("w:val"), str(start))
        override.append(start_at)
        num.append(override)
        numbering.append(num)
        return num_id


def _numbered(paragraph: DocxParagraph, num_id: str) -> None:
    properties = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    level = OxmlElement("w:ilvl")
    level.set(qn("w:val"), "0")
    number = OxmlElement("w:numId")
    number.set(qn("w:val"), num_id)
    num_pr.append(level)
    num_pr.append(number)
    properties.append(num_pr)


class _Writer:
    def __init__(self, docx: DocxDocument, styles: _Styles, tag: str) -> None:
        self.docx = docx
        self.styles = styles
        self.tag = tag
        self.numbering = _Numbering(docx, styles.number)
        self._links: dict[str, str] = {}
        self._style_ids: dict[int, str] = {}
        self._body = docx.element.body
        self._section_properties = self._body.find(qn("w:sectPr"))

    def paragraph(self, style: ParagraphStyle) -> DocxParagraph:
        """A new paragraph of ``style``, its id written directly: python-docx's own
        assignment scans every style for the default one, each time (four fifths of
        a large report's time)."""
        element = OxmlElement("w:p")
        # Placed before the section's properties, found once: python-docx looks for
        # them among all the body's children for every new paragraph.
        if self._section_properties is not None:
            self._section_properties.addprevious(element)
        else:
            self._body.append(element)
        paragraph = DocxParagraph(element, self.docx._body)
        if style is not self.styles.normal:
            style_id = self._style_ids.get(id(style))
            if style_id is None:
                style_id = self._style_ids[id(style)] = style.style_id
            paragraph._p.get_or_add_pPr().style = style_id
        return paragraph

    def _text_run(self, parent: object, text: str, run: Run, tag: str) -> None:
        element = OxmlElement("w:r")
        properties = OxmlElement("w:rPr")
        if run.link:
            style = OxmlElement("w:rStyle")
            style.set(qn("w:val"), self.styles.link_id)
            properties.append(style)
        if run.bold:
            properties.append(OxmlElement("w:b"))
        if run.italic:
            properties.append(OxmlElement("w:i"))
        if tag != self.tag:
            language = OxmlElement("w:lang")
            language.set(qn("w:val"), tag)
            properties.append(language)
        if len(properties):
            element.append(properties)
        content = OxmlElement("w:t")
        content.text = text
        if text != text.strip():
            content.set(qn("xml:space"), "preserve")
        element.append(content)
        parent.append(element)  # type: ignore[attr-defined]

    def _link(self, paragraph: DocxParagraph, url: str) -> object:
        relation = self._links.get(url)
        if relation is None:
            relation = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
            self._links[url] = relation
        element = OxmlElement("w:hyperlink")
        element.set(qn("r:id"), relation)
        paragraph._p.append(element)
        return element

    def runs(self, paragraph: DocxParagraph, runs: Inline) -> None:
        link_url, link_element = "", None
        for run in runs:
            text = clean_text(run.text)
            if not text:
                continue
            parent: object
            if run.link:
                if run.link != link_url or link_element is None:
                    link_url, link_element = run.link, self._link(paragraph, run.link)
                parent = link_element
            else:
                link_url, link_element = "", None
                parent = paragraph._p
            for piece, tag in by_language(text, self.tag):
                self._text_run(parent, piece, run, tag)

    def text_block(self, block: Paragraph, tight: bool) -> None:
        paragraph = self.paragraph(self.styles.normal)
        shape = paragraph.paragraph_format
        if tight or block.role in ("lead", "masthead"):
            shape.space_after = Pt(0)
        if block.role == "lead":
            shape.space_before = Pt(look.LEAD_SPACE_BEFORE_PT)
            shape.keep_with_next = True
        elif block.role == "lead-in":
            shape.keep_with_next = True
        elif block.role == "masthead":
            shape.alignment = WD_ALIGN_PARAGRAPH.CENTER
            shape.keep_with_next = True
        elif block.role == "organization":
            # The organization's name above an office's report: centred, as written.
            shape.alignment = WD_ALIGN_PARAGRAPH.CENTER
            shape.keep_with_next = True
        runs = block.runs
        if block.role == "masthead":
            runs = tuple(Run(r.text, True, r.italic, r.link) for r in runs)
        self.runs(paragraph, runs)

    def line(self, text: str, style: ParagraphStyle) -> DocxParagraph:
        paragraph = self.paragraph(style)
        self.runs(paragraph, (Run(clean_text(text)),))
        return paragraph

    def bullets(self, block: Bullets) -> None:
        style = self.styles.number if block.numbered else self.styles.bullet
        num_id = self.numbering.new_list(block.start) if block.numbered else None
        for item in block.items:
            paragraph = self.paragraph(style)
            if num_id is not None:
                _numbered(paragraph, num_id)
            self.runs(paragraph, item)

    def table(self, table: Table) -> None:
        section = self.docx.sections[-1]
        page, left, right = section.page_width, section.left_margin, section.right_margin
        width_pt = ((page or Cm(21)) - (left or 0) - (right or 0)) / 12700
        element = table_element(
            table, table_layout(table, width_pt), self.styles.table.style_id, self.tag,
            CELL_PADDING,
        )  # fmt: skip
        if self._section_properties is not None:
            self._section_properties.addprevious(element)
        else:
            self._body.append(element)


def _page_number_footer(docx: DocxDocument, label: str, footer: object = None) -> None:
    footer = footer or docx.sections[0].footer
    if any(p.text.strip() for p in footer.paragraphs):  # type: ignore[attr-defined]
        return  # the secretariat's template has a footer of its own
    paragraph = footer.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(f"{label} ")
    run.font.size = Pt(look.FOOTER_PT)
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    number = OxmlElement("w:r")
    # The number the same size as the label before it.
    properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(int(look.FOOTER_PT * 2)))
    properties.append(size)
    number.append(properties)
    text = OxmlElement("w:t")
    text.text = "1"
    number.append(text)
    field.append(number)
    paragraph._p.append(field)


def _font_table_alternative(docx: DocxDocument) -> None:
    """Tell Word to use Times New Roman (the same metrics) where Liberation Serif is
    not installed, instead of a face of its own choosing."""
    try:
        part = next(
            rel.target_part
            for rel in docx.part.rels.values()
            if rel.reltype == RELATIONSHIP_TYPE.FONT_TABLE
        )
    except StopIteration:
        return
    from lxml import etree  # type: ignore[import-untyped]

    root = etree.fromstring(part.blob)
    for font in root.findall(qn("w:font")):
        if font.get(qn("w:name")) == look.FONT:
            return
    font = etree.SubElement(root, qn("w:font"))
    font.set(qn("w:name"), look.FONT)
    alternative = etree.SubElement(font, qn("w:altName"))
    alternative.set(qn("w:val"), look.FONT_ALTERNATIVE)
    family = etree.SubElement(font, qn("w:family"))
    family.set(qn("w:val"), "roman")
    pitch = etree.SubElement(font, qn("w:pitch"))
    pitch.set(qn("w:val"), "variable")
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_setup(docx: DocxDocument) -> None:
    section = docx.sections[0]
    section.page_height, section.page_width = Cm(look.PAGE_HEIGHT_CM), Cm(look.PAGE_WIDTH_CM)
    section.left_margin = section.right_margin = Cm(look.MARGIN_CM)
    section.top_margin = Cm(look.TOP_MARGIN_CM)
    section.bottom_margin = Cm(look.BOTTOM_MARGIN_CM)
    _font_table_alternative(docx)


def render_docx(
    document: Document,
    template: str | os.PathLike[str] | None = None,
    header: PageHeader | None = None,
) -> DocxDocument:
    docx = open_template(template)
    tag = language_tag(document.language)
    own_look = template is None
    styles = _Styles(docx, tag, own_look)
    if own_look:
        _page_setup(docx)
    properties = docx.core_properties
    properties.title = clean_text(document.title)[:255]
    properties.author = clean_text(document.author)[:255]
    properties.language = tag
    properties.comments = ""
    _page_number_footer(docx, document.page_label)
    if header:
        if own_look:
            # As in the PDF, the header's elements stand on the first page only.
            section = docx.sections[0]
            section.different_first_page_header_footer = True
            _page_number_footer(docx, document.page_label, section.first_page_footer)
        write_page_header(docx, header, first_page=own_look)
    writer = _Writer(docx, styles, tag)
    first_paragraph = True
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, Title):
            for number, line in enumerate(block.lines):
                style = styles.title if number < block.main else styles.subtitle
                paragraph = writer.line(line, style)
                paragraph.paragraph_format.keep_with_next = True
        elif isinstance(block, Heading):
            writer.line(block.text, styles.headings[min(block.level, 3)])
        elif isinstance(block, Paragraph):
            writer.text_block(block, tight_after(blocks, index))
        elif isinstance(block, Bullets):
            writer.bullets(block)
        elif isinstance(block, Table):
            writer.table(block)
        elif isinstance(block, BarChart):
            docx.add_picture(io.BytesIO(chart_png(block)), width=Cm(15))
            docx.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(block, PageBreak) and not first_paragraph:
            writer.paragraph(styles.normal).add_run().add_break(WD_BREAK.PAGE)
        first_paragraph = False
    return docx


def write_docx(
    document: Document,
    target: str | os.PathLike[str],
    template: str | os.PathLike[str] | None = None,
    header: PageHeader | None = None,
) -> Path:
    """Write ``document`` to ``target`` atomically; return the path written."""
    docx = render_docx(document, template, header)
    with atomic_target(target) as temporary:
        docx.save(str(temporary))
    return Path(target)
