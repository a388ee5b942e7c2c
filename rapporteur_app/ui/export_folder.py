"""Where exports are suggested: the folder the last export went to, else Documents."""

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from rapporteur_app.ui import settings


def export_folder() -> Path:
    remembered = settings.text(settings.EXPORT_FOLDER)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents)


def remember_export_folder(target: str) -> None:
    settings.put(settings.EXPORT_FOLDER, str(Path(target).parent))
