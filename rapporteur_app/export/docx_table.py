"""A document's table as WordprocessingML, written in one piece.

python-docx's table API finds or adds every property element by scanning its
siblings (``get_or_add_*``) and declares every namespace on each new element: for
the consolidated report of a long meeting, with a tally table per session, that
was half of the DOCX's time. The same XML is written here as text and parsed
once per table; ``tests/export/test_docx_table.py`` checks that it is, element
for element, what the API wrote.
"""

from collections.abc import Iterator
from xml.sax.saxutils import escape, quoteattr

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt

from rapporteur_app.domain.document import Table
from rapporteur_app.domain.text import clean_text
from rapporteur_app.export.languages import by_language
from rapporteur_app.export.table_layout import TableLayout

# The table's look, as python-docx's default table carries it (first row and column
# emphasised by the style, no vertical banding).
_LOOK = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0"'
    ' w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
)
_CELL_PARAGRAPH = '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>{jc}</w:pPr>'


def table_xml(
    table: Table, layout: TableLayout, style_id: str, tag: str, cell_padding: float
) -> str:
    """The ``w:tbl`` element's text: header row repeated on each page, bold header and
    total, numbers right-aligned, Cyrillic stretches tagged Russian (unless ``tag``
    is Russian already), every cell as wide as ``layout`` says."""
    widths = [Pt(width).twips for width in layout.widths]
    padding = round(cell_padding * 20)
    parts = [
        f"<w:tbl {nsdecls('w')}><w:tblPr>",
        f"<w:tblStyle w:val={quoteattr(style_id)}/>",
        '<w:tblW w:type="auto" w:w="0"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>',
        _LOOK,
        f'<w:tblCellMar><w:left w:w="{padding}" w:type="dxa"/>'
        f'<w:right w:w="{padding}" w:type="dxa"/></w:tblCellMar>',
        "</w:tblPr><w:tblGrid>",
        *(f'<w:gridCol w:w="{width}"/>' for width in widths),
        "</w:tblGrid>",
    ]
    rows = (table.header, *table.rows)
    last = len(rows) - 1
    # Half-points, cut as Word's own size field is.
    header_size = int(Pt(layout.header_size).pt * 2)
    body_size = int(Pt(layout.body_size).pt * 2)
    for index, values in enumerate(rows):
        bold = index == 0 or (table.total_row and index == last)
        size = header_size if index == 0 else body_size
        parts.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>" if index == 0 else "<w:tr>")
        for value, width in zip(values, widths, strict=True):
            right = bool(index) and value.isdigit()
            parts.append(f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr><w:p>')
            parts.append(_CELL_PARAGRAPH.format(jc='<w:jc w:val="right"/>' if right else ""))
            for piece, language in by_language(clean_text(value), tag):
                parts.append(_run(piece, bold, size, language if language != tag else None))
            parts.append("</w:p></w:tc>")
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def table_element(
    table: Table, layout: TableLayout, style_id: str, tag: str, cell_padding: float
) -> BaseOxmlElement:
    element: BaseOxmlElement = parse_xml(table_xml(table, layout, style_id, tag, cell_padding))
    return element


def _run(text: str, bold: bool, size: int, language: str | None) -> str:
    weight = "<w:b/>" if bold else '<w:b w:val="0"/>'
    tagged = f"<w:lang w:val={quoteattr(language)}/>" if language else ""
    return (
        f'<w:r><w:rPr>{weight}<w:sz w:val="{size}"/>{tagged}</w:rPr>{"".join(_content(text))}</w:r>'
    )


def _content(text: str) -> Iterator[str]:
    """A run's text as Word holds it: tabs and line breaks are elements of their own,
    and a piece beginning or ending with a space keeps it."""
    piece: list[str] = []

    def flush() -> Iterator[str]:
        if piece:
            joined = "".join(piece)
            keep = ' xml:space="preserve"' if joined != joined.strip() else ""
            yield f"<w:t{keep}>{escape(joined)}</w:t>"
            piece.clear()

    for character in text:
        if character == "\t":
            yield from flush()
            yield "<w:tab/>"
        elif character in "\n\r":
            yield from flush()
            yield "<w:br/>"
        else:
            piece.append(character)
    yield from flush()
