"""The DOCX's tables are written as one piece of XML (export/docx_table.py): the same
elements, attributes and text, in the same order, as python-docx's table API writes
for the same table — for any text a person or a file puts in a cell."""

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from rapporteur_app.domain.document import Table
from rapporteur_app.domain.text import clean_text
from rapporteur_app.export.docx_table import table_element
from rapporteur_app.export.docx_template import open_template
from rapporteur_app.export.languages import by_language
from rapporteur_app.export.table_layout import CELL_PADDING, TableLayout, table_layout

_WIDTH_PT = 453.5


def _through_the_api(docx: DocxDocument, table: Table, layout: TableLayout, tag: str) -> object:
    """The table as python-docx's API writes it (the way the writer wrote it before)."""
    added = docx.add_table(rows=len(table.rows) + 1, cols=len(table.header))
    added.style = docx.styles["Table Grid"]
    added.alignment = WD_TABLE_ALIGNMENT.CENTER
    added.autofit = False
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(round(CELL_PADDING * 20)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    added._tbl.tblPr.append(margins)
    widths = [Pt(w) for w in layout.widths]
    for column, width in zip(added.columns, widths, strict=True):
        column.width = width
    last = len(table.rows)
    for index, (row, values) in enumerate(zip(added.rows, (table.header, *table.rows),
                                              strict=True)):  # fmt: skip
        bold = index == 0 or (table.total_row and index == last)
        size = Pt(layout.header_size if index == 0 else layout.body_size)
        if index == 0:
            row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, value, width in zip(row.cells, values, widths, strict=True):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            paragraph.paragraph_format.line_spacing = 1.0
            for piece, language in by_language(clean_text(value), tag):
                run = paragraph.add_run(piece)
                run.font.size = size
                run.bold = bold
                if language != tag:
                    lang = OxmlElement("w:lang")
                    lang.set(qn("w:val"), language)
                    run._r.get_or_add_rPr().append(lang)
            if index and value.isdigit():
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return added._tbl


def _canonical(element: object) -> bytes:
    return etree.tostring(element, method="c14n", exclusive=True)


def _check_same(table: Table, tag: str = "en-GB") -> None:
    docx = open_template(None)
    layout = table_layout(table, _WIDTH_PT)
    style_id = docx.styles["Table Grid"].style_id
    written = table_element(table, layout, style_id, tag, CELL_PADDING)
    assert _canonical(written) == _canonical(_through_the_api(docx, table, layout, tag))


def test_a_tally_table_with_a_total_is_written_as_the_api_writes_it() -> None:
    _check_same(Table(("Session", "Statements", "Delegations"),
                (("Working Session 1", "12", "7"), ("Рабочее заседание 2", "3", "0"),
                 ("Total", "15", "7")), total_row=True))  # fmt: skip


def test_a_russian_document_tags_no_run() -> None:
    _check_same(Table(("Заседание", "Выступления"), (("Рабочее заседание 1", "4"),)), tag="ru-RU")


_CELL = st.lists(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)
    | st.sampled_from(["\t", "\n", " ", "Россия", "12", "&<>\"'", "\r\n"]),
    max_size=4,
).map("".join)


@settings(max_examples=60, deadline=None)
@given(
    columns=st.integers(min_value=1, max_value=4),
    data=st.data(),
    total=st.booleans(),
)
def test_any_text_in_any_cell_is_written_as_the_api_writes_it(
    columns: int, data: st.DataObject, total: bool
) -> None:
    row = st.tuples(*(_CELL for _ in range(columns)))
    header = data.draw(row)
    rows = tuple(data.draw(st.lists(row, max_size=4)))
    _check_same(Table(header, rows, total_row=total and bool(rows)))
