"""The program's language: Qt translators for its own strings and for Qt's.

The language is the one chosen in File > Language (kept in the settings), or
the system's when none was chosen; a language the program is not translated
into falls back to English. Qt's own strings (the buttons of standard dialogs,
the context menus of text fields) come from Qt's ``qtbase_*.qm``, shipped with
PySide6. A change takes effect the next time the program starts.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rapporteur_app.ui import settings

log = logging.getLogger(__name__)

# The program's languages, each named in itself (a Russian speaker in an English program
# looks for "Русский").
TRANSLATED = {"en": "English", "ru": "Русский", "fr": "Français"}


def translations_folder() -> Path:
    # Imported here: in English (no translator to load) the first paint does not wait
    # for importlib.resources.
    from importlib import resources

    return Path(str(resources.files("rapporteur_app.resources") / "i18n"))


def system_language() -> str:
    return QLocale.system().name().split("_")[0]


def chosen_language() -> str:
    """The language to show: the setting, else the system's; English when untranslated."""
    wanted = settings.text(settings.LANGUAGE) or system_language()
    return wanted if wanted in TRANSLATED else "en"


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (the chosen one by default); returns it."""
    language = language or chosen_language()
    for old in app.findChildren(QTranslator, "rapporteur-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    for name, folder in (
        (f"rapporteur_{language}", str(translations_folder())),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        translator.setObjectName("rapporteur-translator")
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            log.warning("no translation %s in %s: those strings stay in English", name, folder)
    return language
