"""The core's errors carry a code and parameters; the window words them in the
user's language from one table (ui/error_text.py), the command line in English
(domain/error_codes.py). In Russian and French, the refusals a rapporteur meets
in the console and the Rapport tab show no English word, parameters and all."""

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from rapporteur_app.domain.error_codes import MESSAGES
from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.search import SearchQuery
from rapporteur_app.domain.text import parse_duration, parse_time, require_line
from rapporteur_app.services import exchange
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.backup import locked_error
from rapporteur_app.store.database import check_health
from rapporteur_app.ui.console.console_view import ConsoleView
from rapporteur_app.ui.error_text import _fields, describe, said_text
from rapporteur_app.ui.error_text_registration import column_words
from rapporteur_app.ui.language import install_translators
from rapporteur_app.ui.main_window import MainWindow
from tests.ui.test_translations import I18N, english_words

CATEGORIES = {category.value for category in Category}
PLACEHOLDER = re.compile(r"\{(\w*)\}")
# Typed as they are in any language: a command (`load`) and a key of the file ('format').
AS_TYPED = re.compile(r"`[^`]*`|[«'“]\s?format\s?[»'”]")


@pytest.fixture(params=["ru", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def _refusals(services: Services, tmp_path: Path) -> dict[str, Callable[[], object]]:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    no_name = tmp_path / "list.csv"
    no_name.write_text("Surname;E-mail\nSmirnova;a@b.c\n")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all")

    not_json = tmp_path / "session.json"
    not_json.write_text('{"format": "rapporteur-meeting", "version": 1,')

    def locked() -> None:
        raise locked_error(tmp_path / "held.sqlite3")

    def final() -> None:
        services.rapports.finalize(session.id, "A. Rapporteur")
        try:
            services.statements.add(session.id, "A", "Austria", Category.DELEGATION)
        finally:
            services.rapports.reopen(session.id)

    def finalized_twice() -> None:
        services.rapports.finalize(session.id, "A. Rapporteur")
        try:
            services.rapports.finalize(session.id, "A. Rapporteur")
        finally:
            services.rapports.reopen(session.id)

    def newer() -> None:
        data = services.exchange.dump_session(session.id)
        services.handoff.import_file({**data, "version": 99}, meeting.id)

    statement = services.statements.add(session.id, "A", "Austria", Category.DELEGATION)
    out = tmp_path / "rapport.pdf"
    with_errors = tmp_path / "errors.csv"
    with_errors.write_text("Name;Organization\n;France\nMs B;\n")

    def registration_with_errors() -> None:
        services.registration.apply(services.registration.preview(meeting.id, with_errors))

    return {
        # The choices the command line offers, met in the window too (a cell of the log).
        "unknown-category": lambda: services.statements.update(statement.id, category="ngo"),
        "unknown-statement-kind": lambda: services.statements.update(statement.id, kind="x"),
        "unknown-session-kind": lambda: services.sessions.update(session.id, kind="plenary"),
        "unknown-file-format": lambda: services.documents.export_session(
            session.id, fmt="odt", out=out
        ),
        "unknown-labels-language": lambda: services.documents.rapport(session.id, "xx"),
        "unknown-document": lambda: services.documents.session_document(session.id, "minutes"),
        "unknown-annual-report-setting": lambda: services.annual_reports.set_settings(
            2016, colour="red"
        ),
        "registration-has-errors-more": registration_with_errors,
        "database-locked": locked,
        "database-damaged": lambda: check_health(damaged),
        "queue-who-empty": lambda: services.queue.add(session.id, "", "", Category.DELEGATION),
        "floor-queue-empty": lambda: services.floor.give_floor(session.id),
        "statement-no-category": lambda: services.statements.add(session.id, "", ""),
        "limit-out-of-range": lambda: services.sessions.update(session.id, statement_limit_s=0),
        "field-empty": lambda: require_line("", "meeting title"),
        "not-a-time-seconds": lambda: parse_time("25:99", "time", seconds=True),
        "not-a-duration": lambda: parse_duration("two minutes"),
        "no-session": lambda: services.queue.of_session(999_999),
        "registration-no-name-column": lambda: services.registration.preview(meeting.id, no_name),
        # What the window's import and a hand-off refuse, and a final rapport.
        "exchange-not-json": lambda: exchange.read_file(not_json),
        "exchange-no-format": lambda: services.exchange.load({"meeting": {}}),
        "exchange-newer": newer,
        "handoff-whole-meeting": lambda: services.handoff.import_file(
            services.exchange.dump(meeting.id), meeting.id
        ),
        "rapport-final": final,
        "rapport-already-final": finalized_twice,
        "rapport-draft-not-locked": lambda: services.rapports.reopen(session.id),
        "search-no-word": lambda: services.search.search(SearchQuery("  ")),
    }


# The refusals a rapporteur meets most: the console, the limits, names and times, import.
CODES = (
    "queue-who-empty",
    "floor-queue-empty",
    "statement-no-category",
    "limit-out-of-range",
    "field-empty",
    "not-a-time-seconds",
    "not-a-duration",
    "no-session",
    "registration-no-name-column",
    "database-locked",
    "database-damaged",
    "exchange-not-json",
    "exchange-no-format",
    "exchange-newer",
    "handoff-whole-meeting",
    "rapport-final",
    "rapport-already-final",
    "rapport-draft-not-locked",
    "search-no-word",
    "unknown-category",
    "unknown-statement-kind",
    "unknown-session-kind",
    "unknown-file-format",
    "unknown-labels-language",
    "unknown-document",
    "unknown-annual-report-setting",
    "registration-has-errors-more",
)
# Parameters that are the program's words, worded too (not data to take out).
WORDED = ("field", "problem", "column", "note")


def test_the_refusals_a_rapporteur_meets_are_worded_in_her_language(
    qapp: QApplication, services: Services, tmp_path: Path, language: str
) -> None:
    refusals = _refusals(services, tmp_path)
    left = {}
    for code in CODES:
        with pytest.raises(RapporteurError) as refused:
            refusals[code]()
        error = refused.value
        assert error.code == code
        # The command line's words: the English sentence, parameters put in.
        assert str(error) == MESSAGES[code].format(**error.params)
        shown = describe(error)
        assert shown != str(error)
        # The user's own data in a parameter ("25:99", "two minutes") is not the program's
        # word; a field's name ("meeting title") is, and is worded too.
        # What a damaged file's check found (``problem``) is worded too.
        for name, value in error.params.items():
            if name not in WORDED:
                shown = shown.replace(value, "")
        shown = AS_TYPED.sub("", shown)
        if english_words(language, shown):
            left[code] = shown
    assert not left, left


@pytest.mark.sqlite_only  # SQLite's own refusals, made with its pragmas
@pytest.mark.parametrize(
    ("pragma", "code"),
    [
        # What SQLite says of a file it may not write, and of a disk with no room left
        # (a connection that may not grow the file past its size says the same).
        ("PRAGMA query_only = ON", "database-read-only"),
        ("PRAGMA max_page_count = 1", "database-disk-full"),
    ],
)
def test_a_database_that_cannot_be_written_says_so_in_her_language(
    qapp: QApplication, services: Services, language: str, pragma: str, code: str
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    engine = services.db.engine

    def refuse_writes(connection: object, _record: object) -> None:
        connection.execute(pragma)  # type: ignore[attr-defined]

    event.listen(engine, "connect", refuse_writes)
    engine.dispose()  # the next connections are made with the pragma
    try:
        with pytest.raises(RapporteurError) as refused:
            services.statements.add(
                session.id, "A", "Austria", Category.DELEGATION, notes="x" * 200_000
            )
    finally:
        event.remove(engine, "connect", refuse_writes)
        engine.dispose()
    error = refused.value
    assert error.code == code
    assert str(error) == MESSAGES[code]
    shown = describe(error)
    assert shown != str(error)
    assert not english_words(language, shown), shown
    # Nothing was written, and the database takes the statement once it can.
    assert services.statements.of_session(session.id) == []
    services.statements.add(session.id, "A", "Austria", Category.DELEGATION)
    assert len(services.statements.of_session(session.id)) == 1


def test_a_hand_off_file_for_another_meeting_is_explained_in_her_language(
    qapp: QApplication, services: Services, language: str
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    services.statements.add(session.id, "A", "Austria", Category.DELEGATION)
    data = services.exchange.dump_session(session.id)
    data["meeting"]["title"] = "Supplementary Meeting"
    data["meeting"]["sessions"][0]["narrative"] = "The session examined tolerance."
    plan = services.handoff.plan(data, meeting.id)
    said = [plan.heading(), *plan.changes, *plan.problems]
    assert [line.code for line in said] == [  # type: ignore[attr-defined]
        "handoff-replaces",
        "handoff-statements",
        "handoff-recommendations",
        "handoff-narrative",
        "handoff-rapport-draft",
        "handoff-not-this-meeting" if not data["meeting"].get("start") else
        "handoff-not-this-meeting-of",
    ]  # fmt: skip
    left = {}
    for line in said:
        shown = said_text(line)
        assert shown != line
        for value in line.params.values():  # type: ignore[attr-defined]
            shown = shown.replace(value, "")
        if english_words(language, shown):
            left[line] = shown
    assert not left, left
    # The command line keeps the English lines.
    assert plan.lines()[0] == "Working Session 1 replaces the one held:"


def test_every_translation_keeps_the_parameters_of_its_sentence() -> None:
    for code in ("ru", "fr"):
        tree = ElementTree.parse(I18N / f"rapporteur_{code}.ts")
        for context in tree.iter("context"):
            if context.findtext("name") not in ("Errors", "Warnings"):
                continue
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.findtext("translation") or ""
                assert set(PLACEHOLDER.findall(translation)) == set(PLACEHOLDER.findall(source)), (
                    code,
                    source,
                    translation,
                )


def test_the_console_says_a_refusal_in_russian(
    qtbot: QtBot, services: Services, qapp: QApplication
) -> None:
    from rapporteur_app.ui import labels

    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    labels.category_label.cache_clear()
    install_translators(qapp, "ru")
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        window.open_session(session.id)
        console = window.session_views[0]
        assert isinstance(console, ConsoleView)
        console.give_floor()  # nobody is queued: the console says so, in Russian
        assert console.prompt.isVisible()
        text = console.prompt.text()
        assert "Никто не ждёт слова" in text
        assert not english_words("ru", text)
    finally:
        install_translators(qapp, "en")
        labels.category_label.cache_clear()


def test_the_fixed_findings_of_a_file_check_are_the_stores_own(qapp: QApplication) -> None:
    from rapporteur_app.domain.error_codes import PROBLEMS
    from rapporteur_app.ui.error_text import _problems

    install_translators(qapp, "en")
    assert {english: english for english in PROBLEMS.values()} == _problems()


@settings(max_examples=40)
@given(
    code=st.sampled_from(sorted(MESSAGES)),
    typed=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
)
def test_whatever_a_person_typed_is_shown_as_typed(
    qapp: QApplication, code: str, typed: str
) -> None:
    # Braces, quotes, any script: put in as they are, never read as a sentence's markup.
    names = set(PLACEHOLDER.findall(MESSAGES[code]))
    # (A text that is one of the core's field names is worded as that field: not data.)
    assume(typed not in _fields() and typed not in column_words() and typed not in CATEGORIES)
    install_translators(qapp, "ru")
    try:
        error = RapporteurError.coded(code, **dict.fromkeys(names, typed))
        shown = describe(error)
    finally:
        install_translators(qapp, "en")
    assert str(error) == MESSAGES[code].format(**dict.fromkeys(names, typed))
    if names:
        assert typed in shown
    assert shown != str(error) or not any(c.isalpha() for c in MESSAGES[code])


def test_the_windows_import_of_a_refused_session_file_asks_in_russian(
    qtbot: QtBot, services: Services, qapp: QApplication, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from PySide6.QtWidgets import QWidget

    from rapporteur_app.ui.rapport.handoff_actions import HandoffActions

    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    data = services.exchange.dump_session(session.id)
    data["meeting"]["title"] = "Supplementary Meeting"
    path = tmp_path / "handed.json"
    exchange.write_file(data, path)
    install_translators(qapp, "ru")
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        actions = HandoffActions(services, parent)
        asked: list[tuple[str, bool]] = []

        def confirm(text: str, *, forced: bool) -> bool:
            asked.append((text, forced))
            return False  # she cancels: nothing is imported

        monkeypatch.setattr(actions, "confirm", confirm)
        actions.import_session(meeting.id, source=str(path))
        qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    finally:
        install_translators(qapp, "en")
    text, forced = asked[0]
    assert forced
    assert "Supplementary Meeting" in text and "Working Session 1" in text
    for typed in ("Supplementary Meeting", "Human Dimension Meeting", "Working Session 1"):
        text = text.replace(typed, "")
    assert not english_words("ru", text), text


# A library's or the system's own words (an OS error's text, SQLite's, the JSON or CSV
# reader's, the schema check's) are a detail: in parentheses after the sentence, which
# says what happened in the user's language without them.
LIBRARY_WORDS = ("detail", "reason")
DETAILS = re.compile(
    r"\((?:details|подробности|détails)\s?: [^()]*\)|;\s?(?:details|подробности|détails)\s?: [^()]*"
)


def _in_parentheses(sentence: str, placeholder: str) -> bool:
    at = sentence.index(placeholder)
    return sentence.rfind("(", 0, at) > sentence.rfind(")", 0, at) and ")" in sentence[at:]


def test_a_librarys_words_are_a_detail_in_parentheses() -> None:
    sentences = [(code, "en", text) for code, text in MESSAGES.items()]
    for language in ("ru", "fr"):
        tree = ElementTree.parse(I18N / f"rapporteur_{language}.ts")
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            if source in MESSAGES.values():
                sentences.append((source, language, message.findtext("translation") or ""))
    outside = [
        (code, language, text)
        for code, language, text in sentences
        for name in LIBRARY_WORDS
        if f"{{{name}}}" in text and not _in_parentheses(text, f"{{{name}}}")
    ]
    assert not outside, outside


def _damaged_database(tmp_path: Path) -> Path:
    import sqlite3

    path = tmp_path / "damaged-inside.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x TEXT)")
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    connection.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema's page, header kept
    path.write_bytes(bytes(data))
    return path


def _cut_short_database(tmp_path: Path) -> Path:
    import sqlite3

    path = tmp_path / "cut-short.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x TEXT)")
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    connection.close()
    path.write_bytes(path.read_bytes()[: 4096 * 3])
    return path


@pytest.mark.parametrize("made", ["damaged", "cut-short", "template"])
def test_a_finding_with_a_librarys_words_is_worded_around_them(
    qapp: QApplication, services: Services, tmp_path: Path, language: str, made: str
) -> None:
    if made == "template":
        template = tmp_path / "letter.docx"
        template.write_text("not a Word document")
        with pytest.raises(RapporteurError) as refused:
            services.documents.set_program_template(template)
        assert refused.value.code == "template-not-word"
    else:
        path = _damaged_database(tmp_path) if made == "damaged" else _cut_short_database(tmp_path)
        with pytest.raises(RapporteurError) as refused:
            check_health(path)
        problem = refused.value.params["problem"]
        assert problem.code == ("problem-damaged" if made == "damaged" else "problem-cut-short")  # type: ignore[attr-defined]
    error = refused.value
    shown = describe(error)
    for name in ("path",):
        shown = shown.replace(str(error.params.get(name, "")), "")
    # Kept in every language: the program's name, Word's, file name extensions.
    kept = re.sub(r"\.(?:docx|dotx)\b|\bWord\b", "", DETAILS.sub("", shown))
    left = english_words(language, kept)
    assert not left, shown
    # The command line's English keeps the library's words, in parentheses too.
    assert str(error).startswith(("The database", "The template"))


def test_a_hand_off_refused_unless_forced_says_each_line_in_her_language(
    qapp: QApplication, services: Services, language: str
) -> None:
    meeting = services.meetings.add("Human Dimension Meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Tolerance")
    services.statements.add(session.id, "A", "Austria", Category.DELEGATION)
    data = services.exchange.dump_session(session.id)
    data["meeting"]["title"] = "Supplementary Meeting"
    data["meeting"]["sessions"][0]["narrative"] = "The session examined tolerance."
    with pytest.raises(RapporteurError) as refused:
        services.handoff.import_file(data, meeting.id)
    error = refused.value
    assert error.code == "handoff-needs-force"
    # The command line's English, as it was: the problems, then the changes.
    assert "Nothing was imported; it is applied only when asked (--force): " in str(error)
    assert "the narrative changes" in str(error)
    shown = describe(error)
    for typed in ("Supplementary Meeting", "Human Dimension Meeting", "Working Session 1"):
        shown = shown.replace(f"'{typed}'", "").replace(typed, "")
    shown = AS_TYPED.sub("", shown).replace("--force", "")  # the command line's option
    assert not english_words(language, shown), shown
