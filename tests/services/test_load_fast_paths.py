"""The load's quick paths (round 6) give what the careful ones give: the one-pass test
of a statement never passes what the schema refuses and passes what a dump writes;
the notes' quick clean is :func:`clean_text`; a raw INSERT stores Core's values; the
reader's quick way through a session's statements reads what the careful way reads,
whatever the buffer's size."""

import io
import json
import sqlite3
from datetime import date, time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, insert, select

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.text import clean_text
from rapporteur_app.services import exchange, exchange_reader
from rapporteur_app.services.exchange_format import statement_valid
from rapporteur_app.services.exchange_statement_rows import _clean_text
from rapporteur_app.store.models import Base, IntroducerRow, SessionRow, SpeakerRow
from rapporteur_app.store.raw_insert import RawInsert

KEYS = ["id", "speaker", "on_behalf_of", "category", "kind", "replying_to", "start", "end",
        "notes", "anonymous", "anonymous_description", "cosignatories", "other"]  # fmt: skip
VALUES = (
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False, width=16)
    | st.sampled_from(["", "delegation", "media", "statement", "right-of-reply", "10:00",
                       "10:00:00", "10:0", "10:00\n", "1:00", "x" * 2001])
    | st.text(max_size=5) | st.lists(st.text(max_size=3) | st.integers(), max_size=3)
)  # fmt: skip
STATEMENTS = st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=8) | st.fixed_dictionaries(
    {"id": st.integers(0, 9), "category": st.sampled_from(["delegation", "media", "x"])},
    optional={key: VALUES for key in KEYS[4:]},
)


def _statement_schema() -> Any:
    import jsonschema

    schema = exchange.schema()
    statement = {**schema, "$ref": "#/$defs/statement"}
    for key in ("required", "properties", "additionalProperties", "type"):
        statement.pop(key, None)
    return jsonschema.Draft202012Validator(statement)


VALIDATOR = _statement_schema()


@settings(max_examples=400)
@given(STATEMENTS)
def test_the_one_pass_test_of_a_statement_passes_nothing_the_schema_refuses(item: Any) -> None:
    if statement_valid(item):
        assert VALIDATOR.is_valid(item), item


@given(
    st.fixed_dictionaries(
        {"id": st.integers(), "category": st.sampled_from(["delegation", "media"])},
        optional={
            "speaker": st.text(max_size=20),
            "on_behalf_of": st.text(max_size=20),
            "kind": st.sampled_from(["statement", "right-of-reply", "presentation"]),
            "replying_to": st.none() | st.integers(),
            "start": st.sampled_from(["10:00:00", None]),
            "end": st.sampled_from(["10:05", None]),
            "notes": st.text(max_size=50),
            "anonymous": st.booleans(),
            "anonymous_description": st.text(max_size=9),
            "cosignatories": st.lists(st.text(min_size=1, max_size=9), max_size=3),
        },
    )
)
def test_the_one_pass_test_passes_what_the_schema_allows_of_a_dump(item: Any) -> None:
    assert statement_valid(item) is VALIDATOR.is_valid(item) is True


@given(st.text(alphabet=st.sampled_from("ab \n\r\v\f\t\x00\x1f\x7f\x85\u2028\u2029e\u0301é\ufffe")))
def test_the_notes_quick_clean_is_clean_text(text: str) -> None:
    assert _clean_text(text) == clean_text(text)


def test_a_raw_insert_stores_cores_values() -> None:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    session: dict[str, object] = {"meeting_id": 1, "label": "S", "title": "T",
                                  "day": date(2026, 5, 4), "start_time": time(10, 5),
                                  "end_time": None, "uid": "u"}  # fmt: skip
    person = {"meeting_id": 1, "name": "Zoë", "name_key": "zoe", "organization_id": None}
    with engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        core_session = connection.execute(insert(SessionRow.__table__), session)
        connection.execute(insert(SpeakerRow.__table__), person)
        connection.execute(
            insert(IntroducerRow.__table__), [{"session_id": 1, "name": "A"}, {"session_id": 1,
                                                                            "name": "B"}]
        )  # fmt: skip
        raw = connection.connection.dbapi_connection
        assert isinstance(raw, sqlite3.Connection)
        cursor = raw.cursor()
        dialect = connection.dialect
        raw_session, _ = RawInsert(cursor, SessionRow.__table__, dialect).one(
            {**session, "uid": "v"}
        )
        RawInsert(cursor, SpeakerRow.__table__, dialect).one(person)
        RawInsert(cursor, IntroducerRow.__table__, dialect).many(
            [{"session_id": 1, "name": "A"}, {"session_id": 1, "name": "B"}]
        )
        assert raw_session == core_session.inserted_primary_key[0] + 1
        for table, moment in ((SessionRow.__table__, None), (SpeakerRow.__table__, "created_at"),
                              (IntroducerRow.__table__, None)):  # fmt: skip
            rows = [row._asdict() for row in connection.execute(select(table).order_by(table.c.id))]
            half = len(rows) // 2
            for core, written in zip(rows[:half], rows[half:], strict=True):
                for key in ("id", "uid", moment):
                    core.pop(key, None)
                    written.pop(key, None)
                assert core == written
    engine.dispose()


class _Trickle(io.BytesIO):
    """A file that gives at most ``size`` bytes a read: the buffer's end anywhere."""

    def __init__(self, data: bytes, size: int) -> None:
        super().__init__(data)
        self._size = size

    def read(self, wanted: int | None = -1) -> bytes:
        return super().read(self._size if wanted is None or wanted < 0 else min(wanted, self._size))


def _reader(text: str, chunk: int) -> exchange_reader.ExchangeReader:
    reader = exchange_reader.ExchangeReader(_Trickle(text.encode(), chunk))
    reader._expect("{")
    reader._key()
    reader._expect("[")
    return reader


def _careful(text: str, chunk: int) -> list[Any]:
    """The statements of ``{"s": [...]}`` read by the general path alone."""
    reader = _reader(text, chunk)
    found = []
    first = True
    while reader._next_item(first):
        first = False
        found.append(reader._value())
    return found


ITEM = st.dictionaries(st.sampled_from(["id", "notes"]), st.integers() | st.text(max_size=30))


@settings(max_examples=60)
@given(
    st.lists(ITEM, max_size=12),
    st.sampled_from([1, 2, 7, 64, 1 << 20]),
    st.sampled_from([",", " ,\n ", ",,", ", 1", ", [1]", "}"]),
    st.sampled_from([0, 3, 40, exchange_reader._AHEAD]),
)  # fmt: skip
def test_the_quick_way_through_statements_reads_what_the_careful_way_reads(
    items: list[Any], chunk: int, damage: str, ahead: int
) -> None:
    """Whatever the reads, and however far the reader reads ahead of a statement
    (none: every value may be cut short at the buffer's end)."""
    kept = exchange_reader._AHEAD
    exchange_reader._AHEAD = ahead
    try:
        _check_quick_and_careful_alike(items, chunk, damage)
    finally:
        exchange_reader._AHEAD = kept


def _check_quick_and_careful_alike(items: list[Any], chunk: int, damage: str) -> None:
    text = '{"s": [' + ",\n    ".join(json.dumps(item) for item in items) + "]}"
    texts = [text]
    if items:  # a damaged separator between the first two items, or a bad tail
        at = text.index("}") + 1
        texts.append(text[:at] + damage + text[at:])
    for sample in texts:
        try:
            expected: object = _careful(sample, chunk)
        except exchange_reader.Doubt:
            expected = exchange_reader.Doubt
        try:
            got: object = list(_reader(sample, chunk).statements())
        except exchange_reader.Doubt:
            got = exchange_reader.Doubt
        assert got == expected, sample


def test_every_character_the_quick_clean_looks_for_is_unprintable() -> None:
    """What lets a printable note skip the search (exchange_statement_rows._clean_text)."""
    from rapporteur_app.services.exchange_statement_rows import _ODD

    assert not [c for c in range(0x110000) if _ODD.match(chr(c)) and chr(c).isprintable()]


@given(st.times())
def test_the_quick_clock_text_is_the_dialects(clock: time) -> None:
    from sqlalchemy.dialects import sqlite

    from rapporteur_app.services.exchange_load_sqlite import _converter, _quick_clock
    from rapporteur_app.store.models import StatementRow

    dialect = sqlite.dialect()
    column = StatementRow.__table__.c.start_time
    stored = _converter(column.type.dialect_impl(dialect), dialect)
    quick = _quick_clock(stored)
    assert quick is not stored  # SQLite's text is isoformat's: the quick way is taken
    assert quick(clock) == stored(clock)


def _sqlite_clock_text() -> Any:
    from sqlalchemy.dialects import sqlite

    from rapporteur_app.services.exchange_load_sqlite import _converter
    from rapporteur_app.store.models import StatementRow

    dialect = sqlite.dialect()
    column = StatementRow.__table__.c.start_time
    return _converter(column.type.dialect_impl(dialect), dialect)


def test_every_plain_clock_time_of_the_day_is_taken_as_the_careful_way_reads_it() -> None:
    """exchange_load_clock: each "HH:MM:SS" and "HH:MM" of the day passes the schema's
    pattern, and its stored text is the dialect's text of the time the careful way
    reads (file_time); the stored texts order as the times do."""
    from rapporteur_app.services.exchange_format import _TIME
    from rapporteur_app.services.exchange_load_clock import plain_clock
    from rapporteur_app.services.exchange_rows import file_time

    stored = _sqlite_clock_text()
    texts = []
    for hour in range(24):
        for minute in range(60):
            for value in [f"{hour:02}:{minute:02}"] + [
                f"{hour:02}:{minute:02}:{second:02}" for second in range(60)
            ]:
                plain = plain_clock(value)
                assert plain is not None and _TIME.search(value)
                assert plain + ".000000" == stored(file_time(value, "start"))
                texts.append(plain + ".000000")
    assert texts == sorted(texts)


@given(st.text(alphabet="0123456789:. \n\t-+Z٣", max_size=10) | st.text(max_size=10))
def test_a_clock_time_the_quick_way_takes_is_one_the_careful_way_reads_the_same(
    value: str,
) -> None:
    from rapporteur_app.services.exchange_format import _TIME
    from rapporteur_app.services.exchange_load_clock import plain_clock
    from rapporteur_app.services.exchange_rows import file_time

    plain = plain_clock(value)
    if plain is not None:
        assert _TIME.search(value)
        assert plain + ".000000" == _sqlite_clock_text()(file_time(value, "start"))


def test_a_plain_clock_time_is_stored_as_its_text_on_sqlite_and_as_a_time_elsewhere() -> None:
    """The row builder takes the quick way only where the stored form is the text."""
    from rapporteur_app.services.exchange_load_writer import LoadWriter
    from rapporteur_app.services.exchange_statement_rows import StatementRowBuilder

    class Text(LoadWriter):
        def __init__(self) -> None: ...

        def stored(self) -> Any:
            same = lambda value: value  # noqa: E731
            return _sqlite_clock_text(), same, same

    class Times(Text):
        def stored(self) -> Any:
            same = lambda value: value  # noqa: E731
            return same, same, same

    item = {"id": 1, "category": "media", "start": "10:05", "end": "10:06:07"}
    text = StatementRowBuilder(None, 1, 1, None, Text())  # type: ignore[arg-type]
    times = StatementRowBuilder(None, 1, 1, None, Times())  # type: ignore[arg-type]
    assert text._text_clock and not times._text_clock
    assert text.row(item)[10:12] == ["10:05:00.000000", "10:06:07.000000"]
    assert times.row(item)[10:12] == [time(10, 5), time(10, 6, 7)]
    early = {**item, "end": "10:04:59"}
    for builder in (text, times):
        with pytest.raises(InvalidInput) as refused:
            builder.row(early)
        assert refused.value.code == "exchange-statement-ends-early"


USUAL = {
    "id": st.integers(-2, 9),
    "speaker": st.text(max_size=5),
    "on_behalf_of": st.text(max_size=5),
    "category": st.sampled_from(["delegation", "media", "x"]),
    "kind": st.sampled_from(["statement", "right-of-reply", "presentation", "x"]),
    "replying_to": st.none() | st.integers(0, 9),
    "start": st.sampled_from(["10:00:00", "23:59", "24:00:00", "10:00\n", "1:00"]) | st.none(),
    "end": st.sampled_from(["10:05", "00:00:00", "10:60", "9:00:00"]) | st.none(),
    "notes": st.text(max_size=9),
    "anonymous": st.booleans(),
    "anonymous_description": st.text(max_size=5),
    "cosignatories": st.lists(st.text(min_size=1, max_size=5), max_size=2),
}


@settings(max_examples=400)
@given(
    st.fixed_dictionaries({key: strategy | VALUES for key, strategy in USUAL.items()})
    | st.fixed_dictionaries(USUAL)
    | st.fixed_dictionaries(
        {
            **USUAL,
            "speaker": st.integers(1999, 2001).map(lambda n: "x" * n),
            "notes": st.sampled_from([999_999, 1_000_000, 1_000_001]).map(lambda n: "n" * n),
        }
    )
)
def test_a_statement_of_every_member_is_tested_as_one_member_at_a_time(item: Any) -> None:
    """exchange_format: the quick test of a statement with the members a dump writes
    is the test of its members one at a time."""
    from rapporteur_app.services import exchange_format

    assert item.keys() == exchange_format._EVERY_MEMBER
    quick = exchange_format._every_member_valid(item)
    assert quick is exchange_format._members_valid(item) is statement_valid(item)
    if quick:
        assert VALIDATOR.is_valid(item), item
