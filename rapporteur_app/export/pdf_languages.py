"""Russian inside a PDF of another language, marked as Russian.

The document's language is its catalogue's ``/Lang``. A stretch of Cyrillic in a
document of another language (the Russian half of an en-ru label, a session
held in Russian inside an English report) is drawn inside a marked-content
sequence that says its language, as the PDF standard has it for untagged text
(ISO 32000-1, 14.9.2: a ``Span`` with a ``/Lang`` entry):

    /Span <</Lang (ru-RU)>> BDC ... (text) Tj ... EMC

reportlab has no API for marked content around a part of a line: its canvas
writes text through a text object's ``_formatText``, which every drawing path
(platypus paragraphs, table cells, ``drawString``) goes through. The canvas here
hands out a text object that cuts each string it writes with the same
:func:`by_language` the DOCX uses and wraps the Cyrillic pieces. Marked-content
operators may stand inside a text object (BT … ET), and the pieces are drawn one
after the other from the same point, so the page looks exactly as before.
"""

from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from rapporteur_app.export.languages import by_language


def _literal(tag: str) -> str:
    """A language tag as a PDF string (tags hold letters, digits and hyphens only)."""
    return "(" + "".join(c for c in tag if c.isalnum() or c == "-") + ")"


class _LanguageText(PDFTextObject):  # type: ignore[misc]
    document_tag = ""

    def _formatText(self, text: Any) -> str:  # noqa: N802 (reportlab's name)
        # Only plain strings: a shaped string carries glyph positions for the whole.
        if type(text) is not str or not self.document_tag:
            return str(super()._formatText(text))
        pieces = by_language(text, self.document_tag)
        if len(pieces) == 1 and pieces[0][1] == self.document_tag:
            return str(super()._formatText(text))
        written: list[str] = []
        for piece, tag in pieces:
            code = str(super()._formatText(piece))
            if tag != self.document_tag:
                code = f"/Span <</Lang {_literal(tag)}>> BDC {code} EMC"
            written.append(code)
        return " ".join(written)


class LanguageCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose text marks the Russian in a document of ``document_tag``."""

    def __init__(self, *args: Any, document_tag: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document_tag = document_tag

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:  # noqa: N802
        text = _LanguageText(self, x, y, direction=direction)
        text.document_tag = self._document_tag
        return text
