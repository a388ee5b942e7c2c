"""The face shipped with the program for its documents, for every script of the
OSCE region written in Latin, Greek or Cyrillic letters (see resources/fonts)."""

from importlib.resources import as_file, files
from pathlib import Path

FAMILY = "LiberationSerif"
FACES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold-italic": "LiberationSerif-BoldItalic.ttf",
}


def font_path(face: str) -> Path:
    """The file of one face; resources are plain files in every supported install."""
    with as_file(files("rapporteur_app.resources") / "fonts" / FACES[face]) as path:
        return Path(path)
