"""The faces shipped with the program for its documents (see resources/fonts).

Liberation Serif writes every script of the OSCE region in Latin, Greek or
Cyrillic letters. Armenian and Georgian letters (a participant's name, an
organization written in its own script) are not in it: the PDF draws those
stretches in DejaVu Serif, the fallback face, loaded only by a document that
has such letters.
"""

import re
from importlib.resources import as_file, files
from pathlib import Path

FAMILY = "LiberationSerif"
FACES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold-italic": "LiberationSerif-BoldItalic.ttf",
}

FALLBACK_FAMILY = "DejaVuSerif"
FALLBACK_FACES = {
    "regular": "DejaVuSerif.ttf",
    "bold": "DejaVuSerif-Bold.ttf",
    "italic": "DejaVuSerif-Italic.ttf",
    "bold-italic": "DejaVuSerif-BoldItalic.ttf",
}

# Each face's PostScript name, as its file gives it (reportlab registers a face by it).
POSTSCRIPT_NAMES = {
    FAMILY: {
        "regular": "LiberationSerif",
        "bold": "LiberationSerif-Bold",
        "italic": "LiberationSerif-Italic",
        "bold-italic": "LiberationSerif-BoldItalic",
    },
    FALLBACK_FAMILY: {
        "regular": "DejaVuSerif",
        "bold": "DejaVuSerif-Bold",
        "italic": "DejaVuSerif-Italic",
        "bold-italic": "DejaVuSerif-BoldItalic",
    },
}

# The letters Liberation Serif lacks and DejaVu Serif has: the Armenian block and its
# ligatures (U+FB13-FB17), Georgian (Mkhedruli and Asomtavruli) and Nuskhuri. Georgian
# capitals (Mtavruli, U+1C90-1CBF, of 2018) are in neither face and are left out.
FALLBACK_LETTERS = re.compile("[\u0530-\u058f\ufb13-\ufb17\u10a0-\u10ff\u2d00-\u2d2f]+")


def face_of(bold: bool, italic: bool) -> str:
    """The face's key for a weight and a slant."""
    return ("bold-italic" if italic else "bold") if bold else ("italic" if italic else "regular")


def script_pieces(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, in the fallback face) in order."""
    pieces: list[tuple[str, bool]] = []
    start = 0
    for found in FALLBACK_LETTERS.finditer(text):
        if found.start() > start:
            pieces.append((text[start : found.start()], False))
        pieces.append((found.group(), True))
        start = found.end()
    if start < len(text):
        pieces.append((text[start:], False))
    return pieces


def font_path(face: str, family: str = FAMILY) -> Path:
    """The file of one face; resources are plain files in every supported install."""
    name = (FALLBACK_FACES if family == FALLBACK_FAMILY else FACES)[face]
    with as_file(files("rapporteur_app.resources") / "fonts" / name) as path:
        return Path(path)
