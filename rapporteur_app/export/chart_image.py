"""A bar chart of the tally totals as a PNG, for the DOCX report.

Word has no chart python-docx can write, so the DOCX carries a picture drawn
with Pillow (already installed with reportlab) in the same font as the PDF.
"""

import io

from PIL import Image, ImageDraw, ImageFont

from rapporteur_app.domain.document import BarChart
from rapporteur_app.export.fonts import font_path

_WIDTH, _HEIGHT = 1600, 900
_BAR = (31, 78, 121)
_AXIS = (90, 90, 90)


def _wrapped(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def chart_png(chart: BarChart) -> bytes:
    regular = ImageFont.truetype(str(font_path("regular")), 30)
    bold = ImageFont.truetype(str(font_path("bold")), 36)
    image = Image.new("RGB", (_WIDTH, _HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.text((_WIDTH // 2, 30), chart.title, font=bold, fill="black", anchor="ma")
    left, right, top, bottom = 120, _WIDTH - 60, 130, _HEIGHT - 190
    highest = max((*chart.values, 1))
    draw.line((left, top, left, bottom), fill=_AXIS, width=3)
    draw.line((left, bottom, right, bottom), fill=_AXIS, width=3)
    slot = (right - left) / max(len(chart.values), 1)
    for index, (label, value) in enumerate(zip(chart.labels, chart.values, strict=True)):
        x0 = left + index * slot + slot * 0.18
        x1 = left + (index + 1) * slot - slot * 0.18
        y0 = bottom - (bottom - top) * value / highest
        if value:
            draw.rectangle((x0, y0, x1, bottom - 2), fill=_BAR)
        draw.text(((x0 + x1) / 2, y0 - 8), str(value), font=regular, fill="black", anchor="md")
        for row, line in enumerate(_wrapped(draw, label, regular, int(slot) - 10)[:4]):
            draw.text(((x0 + x1) / 2, bottom + 16 + row * 36), line, font=regular,
                      fill="black", anchor="ma")  # fmt: skip
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
