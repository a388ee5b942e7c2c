"""Column widths sized to their content, the same in the DOCX and the PDF.

A number column is as wide as its header's longest word (labels wrap at
spaces, never inside a word, in every language); the first column (the
sessions' names) takes what is left. When the labels' longest words do not fit
side by side at the table's size, the header is set smaller until they do.
"""

from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics

from rapporteur_app.domain.document import Table
from rapporteur_app.export.fonts import (
    FACES,
    FALLBACK_FAMILY,
    FALLBACK_LETTERS,
    FAMILY,
    POSTSCRIPT_NAMES,
    font_path,
    script_pieces,
)
from rapporteur_app.export.look import TABLE_PT
from rapporteur_app.export.pdf_faces import font_on_first_use

# Inner padding of a cell, each side, in points.
CELL_PADDING = 3.0
_SMALLEST_HEADER_PT = 5.0
# The first column keeps at least this share of the table for the sessions' names.
_FIRST_SHARE = 0.2


def _register_family(family: str) -> dict[str, str]:
    names = {face: f"{family}-{face}" for face in ("regular", "bold", "italic", "bold-italic")}
    for face, name in names.items():
        # Each face is read from its file when first drawn or measured (pdf_faces.py).
        font = font_on_first_use(name, str(font_path(face, family)), POSTSCRIPT_NAMES[family][face])
        pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(
        family,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold-italic"],
    )
    return names


@cache
def register_fonts() -> dict[str, str]:
    """The shipped faces registered with reportlab once per process: face -> name."""
    return _register_family(FAMILY)


@cache
def register_fallback_fonts() -> dict[str, str]:
    """The fallback faces (Armenian, Georgian: see fonts.py), registered the first
    time a document has such letters: face -> name."""
    return _register_family(FALLBACK_FAMILY)


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` as the PDF draws it: its Armenian and Georgian stretches
    in the fallback face of the same weight and slant."""
    if FALLBACK_LETTERS.search(text) is None:
        return float(pdfmetrics.stringWidth(text, font, size))
    fallback = fallback_font(font)
    width = 0.0
    for piece, other in script_pieces(text):
        width += pdfmetrics.stringWidth(piece, fallback if other else font, size)
    return width


def fallback_font(font: str) -> str:
    """The fallback face's name for one of the shipped faces' names."""
    face = font.removeprefix(f"{FAMILY}-")
    return register_fallback_fonts()[face if face in FACES else "regular"]


@dataclass(frozen=True, slots=True)
class TableLayout:
    widths: tuple[float, ...]
    header_size: float
    body_size: float


def _longest_word(text: str, font: str, size: float) -> float:
    return max((text_width(w, font, size) for w in text.split()), default=0.0)


def table_layout(table: Table, width: float) -> TableLayout:
    """Widths in points for a table ``width`` points wide."""
    names = register_fonts()
    bold = names["bold"]
    columns = len(table.header)
    if columns == 1:
        return TableLayout((width,), TABLE_PT, TABLE_PT)
    body = TABLE_PT
    size = TABLE_PT
    while True:
        needs = []
        for column in range(1, columns):
            values = [row[column] for row in table.rows if column < len(row)]
            content = max((text_width(v, bold, body) for v in values), default=0.0)
            header = _longest_word(table.header[column], bold, size)
            needs.append(max(content, header) + 2 * CELL_PADDING + 1)
        first_need = _longest_word(table.header[0], bold, size) + 2 * CELL_PADDING + 1
        left = width - sum(needs)
        if left >= max(first_need, width * _FIRST_SHARE) or size <= _SMALLEST_HEADER_PT:
            break
        size -= 0.25
    # What is left goes to the first column; if nothing is left, all shrink alike.
    if left < first_need:
        scale = width / (sum(needs) + first_need)
        return TableLayout((first_need * scale, *(n * scale for n in needs)), size, body)
    return TableLayout((left, *needs), size, body)
