"""The one look of the documents, shared by the DOCX and the PDF writer.

Both set the same face (Liberation Serif, shipped; Times New Roman's metrics),
the same sizes, margins and spacing, so that a DOCX edited in Word and the
published PDF break their lines and pages alike.
"""

from dataclasses import dataclass

FONT = "Liberation Serif"
# What Word uses where Liberation Serif is not installed: the same metrics.
FONT_ALTERNATIVE = "Times New Roman"

PAGE_WIDTH_CM = 21.0
PAGE_HEIGHT_CM = 29.7
MARGIN_CM = 2.5
TOP_MARGIN_CM = 2.5
BOTTOM_MARGIN_CM = 2.5

BODY_PT = 12.0
# Line height as a multiple of the size (Word's "multiple 1.15").
LINE_SPACING = 1.15
# Word and LibreOffice multiply a font's own single line, not its size: for
# Liberation Serif (and Times New Roman, whose metrics it shares) that line is
# (usWinAscent + usWinDescent) / unitsPerEm = (1825 + 443) / 2048 of the size.
FONT_LINE_EM = (1825 + 443) / 2048


def leading(size: float) -> float:
    """The distance between two lines of text of ``size`` points, as Word sets it."""
    return size * LINE_SPACING * FONT_LINE_EM


SPACE_AFTER_PT = 8.0
LINE_SPACE_AFTER_PT = 0.0
BULLET_SPACE_AFTER_PT = 4.0
LEAD_SPACE_BEFORE_PT = 12.0
BULLET_INDENT_PT = 18.0
FOOTER_PT = 9.0
TABLE_PT = 9.0


@dataclass(frozen=True, slots=True)
class HeadingLook:
    size: float
    space_before: float
    space_after: float
    italic: bool = False


TITLE = HeadingLook(16.0, 0.0, 4.0)
SUBTITLE = HeadingLook(13.0, 0.0, 4.0)
HEADINGS = {
    1: HeadingLook(14.0, 14.0, 6.0),
    2: HeadingLook(12.0, 10.0, 4.0),
    3: HeadingLook(12.0, 8.0, 3.0, italic=True),
}
