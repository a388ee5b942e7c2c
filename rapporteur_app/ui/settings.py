"""What the program remembers between runs, the Qt way (QSettings, an INI file).

Kept: each window's and dialog's geometry and each splitter's position, the
last session (so the program opens where the rapporteur left it), the
program's language, the folder exports were last saved to and the document
options chosen last (labels language, document, format).

The file is ``rapporteur.ini`` in the user's configuration folder
(``~/.config/rapporteur-app/`` on Linux). A file that cannot be read as
settings (damaged, or not ours) is moved aside as ``rapporteur.ini.unreadable``
and the defaults are used; the log says so. A value of the wrong type is
ignored the same way: settings never stop the program.
"""

from __future__ import annotations

import logging
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

log = logging.getLogger(__name__)

PROGRAM = "rapporteur-app"
FILE_NAME = "rapporteur.ini"

LANGUAGE = "ui/language"  # "" follows the system's language
LAST_SESSION = "main/last-session"
LAST_DATABASE = "main/last-database"  # the last session is reopened in this database only
EXPORT_FOLDER = "export/folder"
EXPORT_LANGUAGE = "export/language"
EXPORT_FORMAT = "export/format"
MEETING_DOCUMENT = "export/meeting-document"

_checked: set[Path] = set()


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(PROGRAM, appauthor=False)) / FILE_NAME


def _store() -> QSettings:
    """The settings file, checked once per process: an unreadable one is set aside."""
    path = settings_path()
    store = QSettings(str(path), QSettings.Format.IniFormat)
    if path not in _checked:
        _checked.add(path)
        if store.status() != QSettings.Status.NoError:
            aside = path.with_name(path.name + ".unreadable")
            log.warning(
                "the settings file %s cannot be read (%s): it is kept as %s and the "
                "defaults are used",
                path,
                store.status().name,
                aside,
            )
            del store
            try:
                path.replace(aside)
            except OSError:
                log.warning("the unreadable settings file could not be moved aside", exc_info=True)
            store = QSettings(str(path), QSettings.Format.IniFormat)
    return store


def text(key: str, default: str = "") -> str:
    value = _store().value(key, default)
    if isinstance(value, str):
        return value
    log.warning("setting %s is not text (%r): the default is used", key, type(value).__name__)
    return default


def number(key: str, default: int | None = None) -> int | None:
    value = _store().value(key)
    if value is None:
        return default
    try:
        return int(str(value))
    except ValueError:
        log.warning("setting %s is not a number: the default is used", key)
        return default


def put(key: str, value: str | int | QByteArray) -> None:
    put_all({key: value})


def put_all(values: dict[str, str | int | QByteArray]) -> None:
    """Keep these values; the file is written once, when the QSettings object goes."""
    store = _store()
    for key, value in values.items():
        store.setValue(key, value)


def _bytes(key: str) -> QByteArray | None:
    value = _store().value(key)
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, bytes):
        return QByteArray(value)
    if value is not None:
        log.warning("setting %s is not a saved state: the default is used", key)
    return None


class _GeometryKeeper(QObject):
    """Saves a window's geometry whenever it is hidden or closed."""

    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__(window)
        self._key = key

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Hide, QEvent.Type.Close) and isinstance(watched, QWidget):
            put(self._key, watched.saveGeometry())
        return False


def keep_geometry(window: QWidget, name: str) -> None:
    """Give ``window`` the size and place it had last time, and remember them from now on."""
    key = f"geometry/{name}"
    saved = _bytes(key)
    if saved is not None and not window.restoreGeometry(saved):
        log.warning("setting %s is not a window geometry: the default is used", key)
    window.installEventFilter(_GeometryKeeper(window, key))


def keep_splitter(splitter: QSplitter, name: str) -> None:
    """Put ``splitter`` where it was last time, and remember each move."""
    key = f"splitter/{name}"
    saved = _bytes(key)
    if saved is not None and not splitter.restoreState(saved):
        log.warning("setting %s is not a splitter position: the default is used", key)
    splitter.splitterMoved.connect(lambda *_: put(key, splitter.saveState()))
