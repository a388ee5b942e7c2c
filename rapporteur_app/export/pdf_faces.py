"""The shipped TrueType faces registered with reportlab, each read from its file the
first time a document draws or measures text in it.

reportlab reads a whole face when it is registered (its character map, every
glyph's width: ~7 ms of CPU a face), and a document registers all four weights and
slants of its family while most use three (the consolidated report has no bold
italic). A face here is registered under its PostScript name, known beforehand
(``fonts.POSTSCRIPT_NAMES``, held to the files by tests/export/test_pdf_faces.py),
and reads its file on the first question beyond that name; from then on it is the
face reportlab would have read, attribute for attribute. A face never used is never
read, and nothing of it goes into the PDF (reportlab embeds only the faces drawn).
"""

from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFace

_READ = TTFontFace.__init__


class FaceOnFirstUse(TTFontFace):  # type: ignore[misc]
    """A TTFontFace whose file is read when anything but its name is asked for."""

    def __init__(self, filename: str, name: str) -> None:  # reads nothing yet
        self.__dict__["_unread"] = filename
        self.name = TTFNameBytes(name.encode("ascii"))

    @property
    def read(self) -> bool:
        return "_unread" not in self.__dict__

    def __getattr__(self, attribute: str) -> Any:
        # Only for what the instance does not have yet: everything but the name.
        filename = self.__dict__.pop("_unread", None)
        if filename is None:
            raise AttributeError(attribute)
        _READ(self, filename, validate=0, subfontIndex=0)
        return getattr(self, attribute)


def font_on_first_use(font_name: str, filename: str, postscript_name: str) -> TTFont:
    """reportlab's TTFont for this face, as ``TTFont(font_name, filename)`` makes it,
    with the face read on first use."""

    def face(filename: str, validate: int = 0, subfontIndex: int = 0) -> TTFontFace:  # noqa: N803
        return FaceOnFirstUse(filename, postscript_name)

    # TTFont's own constructor sets the rest (encoding, states, shaping) as always.
    made = ttfonts.TTFontFace
    ttfonts.TTFontFace = face
    try:
        return TTFont(font_name, filename)
    finally:
        ttfonts.TTFontFace = made
