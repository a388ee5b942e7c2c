"""The fonts shipped with the program, for every script of the OSCE region."""

from importlib.resources import as_file, files
from pathlib import Path

FAMILY = "DejaVuSans"
FACES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold-italic": "DejaVuSans-BoldOblique.ttf",
}


def font_path(face: str) -> Path:
    """The file of one face; resources are plain files in every supported install."""
    with as_file(files("rapporteur_app.resources") / "fonts" / FACES[face]) as path:
        return Path(path)
