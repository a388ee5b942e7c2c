"""The Russian and French programs: every string of the main window, the
console (its key list and projector too), the Statements and Rapport tabs,
the dialogs and the worded errors is translated (no English word left), with
the OSCE's own terms; and the translation files are in step with the code
(``./dev.sh translations``)."""

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rapporteur_app.domain.errors import CannotWrite
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from rapporteur_app.ui import labels
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.error_text import describe
from rapporteur_app.ui.language import install_translators
from rapporteur_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
# Names that stay as they are in every language: the program's, the file formats', keys'.
KEPT = {"Rapporteur", "DOCX", "PDF", "CSV", "XLSX", "Excel", "Alt", "Enter", "Ctrl", "Esc"}
KEPT |= {"SQLite", "ZIP", "JSON", "UTF"}
KEPT |= {"csv", "xlsx", "txt", "tsv", "Hofburg", "Neuer", "Saal", "II"}
KEPT |= {"English"}  # the language menu names each language in itself
# Widgets that show the user's data (or the reference lists' own note), not the program's words.
DATA = {"session_heading", "language", "preview", "file", "meeting-choice"}
DATA |= {"with-reference"}
WORD = re.compile(r"[^\W\d_]+")
# The user's data the tests below type in (a session's title, a speaker): shown as typed.
TYPED = ("Human Dimension Meeting", "Working Session 1", "Tolerance", "Ms A", "France", "Austria")


def program_words(texts: Iterator[str] | list[str]) -> Iterator[str]:
    """The texts without the user's data in them."""
    for text in texts:
        kept = text
        for typed in TYPED:
            kept = kept.replace(typed, "")
        yield kept


def _sources_and_translations(language: str) -> tuple[set[str], set[str]]:
    tree = ElementTree.parse(I18N / f"rapporteur_{language}.ts")
    sources: set[str] = set()
    translations: set[str] = set()
    for message in tree.iter("message"):
        sources |= set(WORD.findall(message.findtext("source") or ""))
        translations |= set(WORD.findall(message.findtext("translation") or ""))
    return sources, translations


def english_words(language: str, text: str) -> list[str]:
    """The words of ``text`` that are English and not words of ``language`` too."""
    without_markup = re.sub(r"\{\w*\}|&(?=\w)", "", re.sub(r"<[^>]+>", " ", text))
    # Keys are written as the keyboard has them: Ctrl+Z, Alt+Up, F5, Tab, Del.
    without_keys = re.sub(
        r"\b(?:Ctrl|Alt|Shift|Maj|Meta)(?:\+\w+)+|\bF\d+\b|\b(?:Tab|Del)\b", "", without_markup
    )
    found = WORD.findall(without_keys)
    if language == "ru" and found == ["Rapporteur"]:
        # Alone, it is not the program's name but a field's label: "the rapporteur".
        return found
    words = [w for w in found if w not in KEPT]
    if language == "ru":
        return [w for w in words if re.fullmatch(r"[A-Za-z]+", w)]
    sources, translations = _sources_and_translations(language)
    return [w for w in words if w in sources and w not in translations]


def visible_strings(root: QWidget, skip: tuple[QWidget, ...] = ()) -> Iterator[str]:
    """The program's own words on screen under ``root`` (not the user's data)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        if widget.objectName() in DATA:
            continue
        if isinstance(widget, QMenu) and not widget.title():
            continue
        yield widget.toolTip()
        if isinstance(widget, QLabel) and not widget.buddy():
            yield widget.text()
        elif isinstance(widget, QAbstractButton | QGroupBox):
            yield widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            yield widget.title()
            yield from (a.text() for a in widget.actions())
        elif isinstance(widget, QComboBox) and widget.isEditable() is False:
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            yield widget.headerItem().text(0)
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


@pytest.fixture(params=["ru", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    labels.category_label.cache_clear()
    labels.kind_label.cache_clear()
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")
    labels.category_label.cache_clear()
    labels.kind_label.cache_clear()


def test_the_main_window_and_its_tabs_show_no_english_word(
    qtbot: QtBot, services: Services, language: str
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    services.statements.add(session.id, "Ms A", "France", Category.DELEGATION)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.open_session(session.id)
    left = {
        (text, word)
        for text in program_words(visible_strings(window))
        for word in english_words(language, text)
    }
    for menu in window.menuBar().findChildren(QMenu):
        if not menu.title():
            continue  # the menu bar's overflow menu: copies of the menus' titles
        for action in menu.actions():
            left |= {(action.text(), w) for w in english_words(language, action.text())}
    assert not left, sorted(left)


def _console_with_someone_speaking(services: Services) -> tuple[MainWindow, ConsoleView]:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    services.statements.add(session.id, "Ms A", "France", Category.DELEGATION)
    window = MainWindow(services)
    window.show()
    window.open_session(session.id)
    console = window.session_views[0]
    assert isinstance(console, ConsoleView)
    return window, console


def test_the_console_its_key_list_and_the_projector_show_no_english_word(
    qtbot: QtBot, services: Services, language: str
) -> None:
    window, console = _console_with_someone_speaking(services)
    qtbot.addWidget(window)
    console.quick_entry.setText("Austria")
    console.quick_entry.submit()
    console.give_floor()
    console.show_key_list()
    console.toggle_projector()
    projector, key_list = console.projector, console.key_list
    assert projector is not None and key_list is not None
    texts = [*visible_strings(console), projector.windowTitle(), *visible_strings(projector)]
    texts += [key_list.windowTitle(), *visible_strings(key_list)]
    # The undo entries as the stack words them, and the Console menu's entries.
    texts += [console.undo_stack.undoText(), console.undo_stack.text(0)]
    menu = window.console_menu
    texts += [menu.title(), *(a.text() for a in menu.actions())]
    left = {(text, word) for text in program_words(texts) for word in english_words(language, text)}
    assert not left, sorted(left)
    # The key list (F1) is worded in the language too, keys included where words go with them.
    shown = key_list.table.text()
    assert ("Enter (в журнале)" if language == "ru" else "Entrée (dans le journal)") in shown
    assert not english_words(language, QTextDocumentFragment.fromHtml(shown).toPlainText())


def test_the_osce_terms(qapp: QApplication, language: str) -> None:
    translate = QCoreApplication.translate
    ru = {
        "Right of reply": "Право на ответ",
        "OSCE participating States": "Государства — участники ОБСЕ",
        "participating State": "государство-участник",
    }
    fr = {
        "Right of reply": "Droit de réponse",
        "OSCE participating States": "États participants de l’OSCE",
        "participating State": "État participant",
    }
    wanted = ru if language == "ru" else fr
    assert translate("Labels", "Right of reply") == wanted["Right of reply"]
    assert translate("Labels", "OSCE participating States") == wanted["OSCE participating States"]
    assert translate("ParticipantsView", "participating State") == wanted["participating State"]


def test_errors_are_worded_in_the_users_language(
    qapp: QApplication, language: str, tmp_path: Path
) -> None:
    from rapporteur_app.export.atomic import check_target

    target = tmp_path / "missing" / "rapport.pdf"
    with pytest.raises(CannotWrite) as refused:
        check_target(target)
    # The command line's words stay English; the window's follow the language.
    assert str(refused.value).startswith("The folder")
    shown = describe(refused.value)
    assert str(tmp_path / "missing") in shown
    words = shown.replace(str(target), "").replace(str(target.parent), "")
    assert not english_words(language, words)


def test_the_error_sentences_are_the_domains_own(qapp: QApplication) -> None:
    from rapporteur_app.domain.error_codes import MESSAGES
    from rapporteur_app.ui.error_text import _sentences

    install_translators(qapp, "en")
    assert _sentences() == MESSAGES


@pytest.mark.slow
def test_the_translation_files_are_in_step_with_the_code() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "dialog", ["export", "agenda", "participants", "backups", "registration", "year", "event"]
)
def test_the_dialogs_show_no_english_word(
    qtbot: QtBot, services: Services, language: str, dialog: str, tmp_path: Path
) -> None:
    from rapporteur_app.ui.agenda.agenda_editor import AgendaEditor
    from rapporteur_app.ui.agenda.registration_dialog import RegistrationDialog
    from rapporteur_app.ui.backups_dialog import BackupsDialog
    from rapporteur_app.ui.participants.participants_view import ParticipantsView
    from rapporteur_app.ui.rapport.meeting_export_dialog import MeetingExportDialog

    meeting = services.meetings.add("Human Dimension Meeting")
    services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    registration = tmp_path / "registration.csv"
    registration.write_text("Name,Organization,Category\nMs A,France,delegation\n")
    made: QWidget
    if dialog == "export":
        made = MeetingExportDialog(services, meeting.id)
    elif dialog == "agenda":
        made = AgendaEditor(services, meeting.id)
    elif dialog == "participants":
        made = ParticipantsView(services, meeting.id)
    elif dialog == "backups":
        made = BackupsDialog(services)
    elif dialog in ("year", "event"):
        from rapporteur_app.ui.year.event_dialog import EventDialog
        from rapporteur_app.ui.year.year_view import YearView
        from tests.services.year_builder import build_year

        build_year(services)
        made = YearView(services) if dialog == "year" else EventDialog(services, 2016)
    else:
        made = RegistrationDialog(services, meeting.id, str(registration))
    qtbot.addWidget(made)
    made.show()
    if isinstance(made, RegistrationDialog):
        qtbot.waitUntil(lambda: made.reading is None, timeout=30_000)  # read in a worker
    texts = [made.windowTitle(), *visible_strings(made)]
    left = {(text, word) for text in texts for word in english_words(language, text)}
    assert not left, sorted(left)


def _mnemonic(text: str) -> str | None:
    """The letter after a single & ("&&" is a literal ampersand), folded."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 else None


@pytest.mark.parametrize("shown", ["en", "ru", "fr"])
def test_no_two_entries_of_a_menu_share_their_alt_letter(
    qtbot: QtBot, services: Services, qapp: QApplication, shown: str
) -> None:
    """Alt+S, then S: a letter two entries share only moves between them, and the key
    a rapporteur learned ("Statements") silently does nothing."""
    labels.category_label.cache_clear()
    install_translators(qapp, shown)
    try:
        meeting = services.meetings.add("Human Dimension Meeting")
        session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        window.open_session(session.id)
        clashes = []
        menus = [("menu bar", [a for a in window.menuBar().actions() if a.menu()])]
        menus += [(m.title(), m.actions()) for m in window.menuBar().findChildren(QMenu)]
        for title, actions in menus:
            seen: dict[str, str] = {}
            for action in actions:
                letter = _mnemonic(action.text())
                if letter is None or action.isSeparator() or not action.isVisible():
                    continue
                if letter in seen:
                    clashes.append((title, seen[letter], action.text()))
                seen[letter] = action.text()
        assert not clashes, clashes
    finally:
        install_translators(qapp, "en")
        labels.category_label.cache_clear()
