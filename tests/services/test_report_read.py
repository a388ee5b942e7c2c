"""The consolidated report read through sqlite3 alone (store/report_read.py, for
``export --meeting`` on a SQLite file) is the report the services read through the
ORM: the same value, the same dressing and warning words, the same PDF bytes, on
meetings people make (names and texts in many scripts, empty sessions, joint
statements, recommendations, statements edited and deleted, speakers not to be
named, rapports made final). Whatever is in doubt is left to the full path, and the
file is never written.

SQLite only: a server (PostgreSQL) always takes the normal path (tested here too)."""

import shutil
import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab import rl_config

from rapporteur_app.domain.errors import RapporteurError
from rapporteur_app.domain.kinds import (
    Category,
    IntroducerRole,
    SessionKind,
    SessionList,
    StatementKind,
)
from rapporteur_app.domain.labels import labels_for
from rapporteur_app.domain.model import Introducer
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.consolidated_value import consolidated_report
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.services.document_files import write_document
from rapporteur_app.services.mentions import possible_mentions
from rapporteur_app.services.quick_export import quick_consolidated
from rapporteur_app.store.report_read import report_source

pytestmark = pytest.mark.sqlite_only

FIXTURES = Path(__file__).resolve().parents[1] / "reliability" / "fixtures"

# Letters of the scripts the meetings' people write in, the rich text's marks, spaces.
_LETTERS = (
    "abcxyzABCÄöüßçøłİı"
    "абвгдеёжзийЖЩЫЭЮЯ"
    "αβγΩΣ"
    "ՀայաստանԱԲ"
    "საქართველო"
    "中文日本語한국어"
    "عربيעברית"
    "  -,.;'’*\\[]()–"
)
_text = st.text(alphabet=_LETTERS, max_size=40)
_line = _text.filter(lambda t: t.strip() != "")
_NAMES = ["Anna Petrova", "Jean Dupont", "Анна Иванова", "Ilker Yılmaz", "Ани Մարտիրոսյան"]
_name = st.one_of(st.sampled_from(_NAMES), _line)
_ORGS = ["Austria", "Norway", "Россия", "Civil Rights Defenders", "ODIHR", "Sakartvelo საქართველო"]
_org = st.one_of(st.sampled_from(_ORGS), _line)
_ADDRESSEES = ["participating States", "OSCE", "civil society", "Մարդու իրավունքներ"]

_statement = st.fixed_dictionaries(
    {
        "speaker": _name,
        "on_behalf_of": _org,
        "category": st.sampled_from(list(Category)),
        "kind": st.sampled_from(list(StatementKind)),
        "notes": _text,
        "anonymous": st.booleans(),
        "description": _text,
        "cosignatories": st.lists(_org, max_size=3),
        # then: None, edited (another organization, kind, notes) or deleted
        "after": st.sampled_from([None, "edit", "delete"]),
    }
)
_session = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(list(SessionKind)),
        "label": _text,
        "title": _line,
        "day": st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2026, 1, 5))),
        "start": st.one_of(st.none(), st.times(time(8), time(12))),
        "rapporteur": _text,
        "narrative": st.one_of(
            _text, st.sampled_from(["Anna Petrova spoke; Petrovoj agreed.", "Анну Иванову."])
        ),
        "introducers": st.lists(
            st.tuples(_name, _text, _org, st.sampled_from(list(IntroducerRole))), max_size=2
        ),
        "questions": st.lists(_line, max_size=2),
        "statements": st.lists(_statement, max_size=4),
        "recommendations": st.lists(
            st.tuples(st.one_of(st.sampled_from(_ADDRESSEES), _line), _line, st.booleans()),
            max_size=3,
        ),
        "final": st.booleans(),
    }
)
_meeting = st.fixed_dictionaries(
    {
        "title": _line,
        "venue": _text,
        "background": _text,
        "issuer": _text,
        "consolidated_title": _text,
        "not_named": st.lists(st.tuples(_name, _text), max_size=2),
        "sessions": st.lists(_session, max_size=4),
    }
)


def _tried(call, *args, **kwargs):  # type: ignore[no-untyped-def]
    """A service call; what the services refuse (a value they do not take) is left out,
    as a user's refused entry is."""
    try:
        return call(*args, **kwargs)
    except RapporteurError:
        return None


def _make(services: Services, data: dict) -> int:  # type: ignore[type-arg]
    meeting = services.meetings.add(
        data["title"], data["venue"], date(2026, 1, 1), date(2026, 1, 5), data["background"]
    )
    _tried(
        services.meetings.set_document_settings,
        meeting.id,
        issuer=data["issuer"],
        consolidated_title=data["consolidated_title"],
    )
    for name, description in data["not_named"]:
        person = _tried(services.participants.add, meeting.id, name)
        if person is not None:
            _tried(services.participants.set_not_named, person.id, True, description)
    finals = []
    for s in data["sessions"]:
        session = _tried(
            services.sessions.add, meeting.id, s["label"], s["title"], s["kind"], s["day"],
            s["start"], None, "", s["rapporteur"],
        )  # fmt: skip
        if session is None:
            continue
        _tried(services.sessions.set_narrative, session.id, s["narrative"])
        _tried(
            services.sessions.set_list,
            session.id,
            SessionList.QUESTIONS_FOR_DISCUSSION,
            s["questions"],
        )
        people = [Introducer(n, f, o, role) for n, f, o, role in s["introducers"]]
        _tried(services.sessions.set_introducers, session.id, people)
        for st_ in s["statements"]:
            made = _tried(
                services.statements.add, session.id, st_["speaker"], st_["on_behalf_of"],
                st_["category"], st_["kind"], notes=st_["notes"], anonymous=st_["anonymous"],
                anonymous_description=st_["description"], cosignatories=st_["cosignatories"],
            )  # fmt: skip
            if made is None:
                continue
            if st_["after"] == "edit":
                _tried(
                    services.statements.update, made.id, on_behalf_of="Norway",
                    kind=StatementKind.STATEMENT, cosignatories=["Iceland"],
                    notes=st_["notes"] + " Anna Petrova, Petrovoj, Ивановой",
                )  # fmt: skip
            elif st_["after"] == "delete":
                services.statements.delete(made.id)
        for addressee, text, included in s["recommendations"]:
            _tried(services.recommendations.add, session.id, addressee, text, included=included)
        if s["final"]:
            finals.append(session.id)
    for session_id in finals:
        _tried(services.rapports.finalize, session_id, "Rapporteur")
    return meeting.id


def _check_same_report(path: Path, services: Services, meeting_id: int, language: str) -> None:
    """Both reads of the meeting: the value, the document, its dressing, the warning's
    words and the PDF's bytes."""
    with report_source(path) as source:
        assert source is not None
        value = consolidated_report(source, labels_for(language), meeting_id)
    assert value == services.documents.consolidated(meeting_id, language)
    quick = quick_consolidated(path, meeting_id, language)
    assert quick is not None
    assert quick.document == services.documents.meeting_document(
        meeting_id, "consolidated", language
    )
    assert quick.dressing == services.documents.dressing(meeting_id)
    assert quick.mentions == possible_mentions(services.db, meeting_id=meeting_id)
    ours = write_document(quick.document, "pdf", path.with_name("quick.pdf"), quick.dressing)
    theirs = services.documents.export_meeting(
        meeting_id, fmt="pdf", out=path.with_name("orm.pdf"), language=language
    )
    assert ours.read_bytes() == theirs.read_bytes()


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF without its moment of writing (reportlab's invariant), to compare bytes."""
    monkeypatch.setattr(rl_config, "invariant", 1)


@pytest.fixture
def file_services(db_path: Path) -> Services:
    opened = Services.open(db_path, backup=False)
    yield opened  # type: ignore[misc]
    opened.close()


@pytest.mark.usefixtures("invariant")
@settings(max_examples=25)
@given(data=_meeting, language=st.sampled_from(["en", "ru", "fr"]))
def test_the_sqlite3_read_is_the_services_read(
    db_path: Path,
    file_services: Services,
    data: dict,
    language: str,  # type: ignore[type-arg]
) -> None:
    meeting_id = _make(file_services, data)
    _check_same_report(db_path, file_services, meeting_id, language)


@pytest.mark.usefixtures("invariant")
def test_the_demo_meeting_with_every_kind_of_content(
    db_path: Path, file_services: Services
) -> None:
    meeting = add_demo_meeting(file_services, sessions=4, statements_per_session=15,
                               recommendations_per_session=4)  # fmt: skip
    sessions = file_services.sessions.of_meeting(meeting.id)
    first = sessions[0].id
    file_services.statements.add(first, "Anna Petrova", "Romania", Category.DELEGATION,
                                 anonymous=True, anonymous_description="a delegate",
                                 cosignatories=["Moldova", "Ukraine"])  # fmt: skip
    file_services.sessions.set_narrative(first, "Anna Petrova and Petrovoj said *much*.")
    file_services.rapports.finalize(sessions[1].id, "Rapporteur")
    assert possible_mentions(file_services.db, meeting_id=meeting.id)  # the warning is read
    for language in ("en", "ru"):
        _check_same_report(db_path, file_services, meeting.id, language)


def test_an_empty_meeting_and_one_not_there(db_path: Path, file_services: Services) -> None:
    empty = file_services.meetings.add("Nothing yet")
    quick = quick_consolidated(db_path, empty.id)
    assert quick is not None
    assert quick.document == file_services.documents.meeting_document(empty.id)
    # Not there: the full path says so in its words.
    assert quick_consolidated(db_path, empty.id + 1000) is None


def test_whatever_is_in_doubt_is_left_to_the_full_path(
    db_path: Path, file_services: Services, tmp_path: Path
) -> None:
    meeting_id = _make_small(file_services)
    assert quick_consolidated(db_path, meeting_id) is not None
    assert quick_consolidated(tmp_path / "missing.sqlite3", meeting_id) is None
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert quick_consolidated(empty, meeting_id) is None
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x01" * 500)
    assert quick_consolidated(damaged, meeting_id) is None
    not_ours = tmp_path / "not-ours.sqlite3"
    sqlite3.connect(not_ours).execute("CREATE TABLE t (x)").connection.close()
    assert quick_consolidated(not_ours, meeting_id) is None
    # An older schema is migrated by the full path first: not read here.
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0023.sqlite3", old)
    assert quick_consolidated(old, 1) is None
    # A server: the normal path.
    assert quick_consolidated("postgresql://rapporteur@localhost/meetings", meeting_id) is None


def _make_small(services: Services) -> int:
    meeting = add_demo_meeting(services, sessions=2, statements_per_session=5,
                               recommendations_per_session=2, frame=False)  # fmt: skip
    return meeting.id


def test_the_read_never_writes(db_path: Path, file_services: Services) -> None:
    meeting_id = _make_small(file_services)
    file_services.close()
    before = db_path.read_bytes()
    stamp = db_path.stat().st_mtime_ns
    assert quick_consolidated(db_path, meeting_id) is not None
    assert db_path.read_bytes() == before
    assert db_path.stat().st_mtime_ns == stamp
    wal = Path(f"{db_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
