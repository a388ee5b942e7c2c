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

import threading
from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFace

_Face = TTFontFace  # reportlab's own, whatever font_on_first_use stands in for a moment
_READING = threading.Lock()


class FaceOnFirstUse(TTFontFace):  # type: ignore[misc]
    """A TTFontFace whose file is read when anything but its name is asked for."""

    def __init__(self, filename: str, name: str) -> None:  # reads nothing yet
        self.__dict__["_unread"] = filename
        self.name = TTFNameBytes(name.encode("ascii"))

    @property
    def file_read(self) -> bool:
        return "_unread" not in self.__dict__

    def __getattr__(self, attribute: str) -> Any:
        # Only for what the instance does not have yet: everything but the name. The
        # file is read into a face apart and its attributes, each whole, then taken
        # over: another thread never sees a half-read table, and one asking for an
        # attribute not taken over yet waits here for the read.
        with _READING:
            filename = self.__dict__.get("_unread")
            if filename is not None:
                self.__dict__.update(vars(_Face(filename, validate=0, subfontIndex=0)))
                del self.__dict__["_unread"]
        return object.__getattribute__(self, attribute)


class _NotQuick(Exception):
    """A character the quick cut cannot take: reportlab's loop cuts the string."""


class _FirstSubset(dict[int, str]):
    """For ``str.translate``: a character -> its code in the first subset, as the
    face's state for one document has assigned it (codes never change once given)."""

    def __init__(self, state: Any, char_to_glyph: dict[int, int]) -> None:
        super().__init__()
        self._assignments: dict[int, int] = state.assignments
        self._glyphs = char_to_glyph

    def __missing__(self, code: int) -> str:
        known = 32 if code == 0xA0 else code  # reportlab draws a no-break space as a space
        number = self._assignments.get(known)
        if number is None:
            if known in self._glyphs:
                raise _NotQuick  # a new character: its code is given by reportlab's loop
            number = 0  # no glyph: .notdef, as reportlab's loop has it
        if number > 0xFF:
            raise _NotQuick
        self[code] = chr(number)
        return self[code]


class QuickTTFont(TTFont):  # type: ignore[misc]
    """reportlab's TTFont with a quick cut of strings whose characters are known."""

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:  # noqa: N802
        state = self.state.get(doc)
        if state is not None and type(text) is str and text:
            table = getattr(state, "first_subset", None)
            if table is None:
                table = state.first_subset = _FirstSubset(state, self.face.charToGlyph)
            try:
                return [(0, text.translate(table).encode("latin-1"))]
            except _NotQuick:
                pass
        return super().splitString(text, doc, encoding)


def font_on_first_use(font_name: str, filename: str, postscript_name: str) -> TTFont:
    """reportlab's TTFont for this face, as ``TTFont(font_name, filename)`` makes it,
    with the face read on first use."""

    def face(filename: str, validate: int = 0, subfontIndex: int = 0) -> TTFontFace:  # noqa: N803
        return FaceOnFirstUse(filename, postscript_name)

    # TTFont's own constructor sets the rest (encoding, states, shaping) as always.
    made = ttfonts.TTFontFace
    ttfonts.TTFontFace = face
    try:
        return QuickTTFont(font_name, filename)
    finally:
        ttfonts.TTFontFace = made
