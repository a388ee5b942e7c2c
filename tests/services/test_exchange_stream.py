"""A meeting loaded from its file as the file is read (services/exchange_load.py):
the same meeting as the whole-document load, the same refusals in the same words
with nothing written, the store's kept counts and search index as the row-by-row
triggers keep them, and a cancel that leaves nothing behind; the streamed dump is
the very text of the whole-document dump."""

import copy
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.domain.search import SearchKind, SearchQuery
from rapporteur_app.services import exchange, exchange_load, exchange_load_checks
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from rapporteur_app.services.exchange_redaction import redacted
from tests.services.test_exchange_check import JSON, _paths


def _without_moment(text: str) -> str:
    return re.sub(r'"exported_at": "[^"]*"', "", text)


def _relative(document: dict[str, Any]) -> dict[str, Any]:
    """A dump with what differs between two loads of one file taken out: the time,
    the uids, and the ids (counted from each session's first)."""
    data = copy.deepcopy(document)
    data.pop("exported_at", None)
    for session in data["meeting"]["sessions"]:
        session.pop("uid")
        base = session["statements"][0]["id"] if session["statements"] else 0
        for statement in session["statements"]:
            statement["id"] -= base
            if statement["replying_to"] is not None:
                statement["replying_to"] -= base
        for item in session["recommendations"]:
            if item["from_statement"] is not None:
                item["from_statement"] -= base
            item["also_from_statements"] = [o - base for o in item["also_from_statements"]]
    return data


def _meetings(services: Services) -> int:
    return len(services.meetings.all())


def _demo(services: Services) -> int:
    meeting = add_demo_meeting(
        services, sessions=3, statements_per_session=40, recommendations_per_session=6,
        frame=False,
    )  # fmt: skip
    return meeting.id


def test_a_streamed_load_is_the_whole_documents_load(services: Services, tmp_path: Path) -> None:
    meeting_id = _demo(services)
    file = tmp_path / "meeting.json"
    services.exchange.dump_file(meeting_id, file)
    whole = services.exchange.load(services.exchange.dump(meeting_id))
    streamed = services.exchange.load_file(file)
    assert _relative(services.exchange.dump(streamed.id)) == _relative(
        services.exchange.dump(whole.id)
    )
    assert services.tally.for_meeting(streamed.id) == services.tally.for_meeting(meeting_id)


def test_the_streamed_dump_is_the_whole_dumps_text(services: Services, tmp_path: Path) -> None:
    meeting_id = _demo(services)
    empty = services.meetings.add("Nothing yet")
    bare = services.sessions.add(empty.id, "WS 1", "No statements")
    assert bare.id
    for which, shade in ((meeting_id, False), (meeting_id, True), (empty.id, False)):
        data = services.exchange.dump(which)
        if shade:
            data = redacted(services.db, which, data)
        file = tmp_path / "streamed.json"
        services.exchange.dump_file(which, file, redacted=shade)
        assert _without_moment(file.read_text("utf-8")) == _without_moment(
            exchange.document_text(data)
        )


def test_a_meeting_of_several_batches_loads_and_reports_progress(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exchange_load, "BATCH", 7)
    meeting_id = _demo(services)
    file = tmp_path / "meeting.json"
    services.exchange.dump_file(meeting_id, file)
    told: list[exchange_load.LoadProgress] = []
    loaded = services.exchange.load_file(file, progress=told.append)
    assert _relative(services.exchange.dump(loaded.id)) == _relative(
        services.exchange.dump(meeting_id)
    )
    written = [t.statements for t in told]
    total = sum(
        len(s["statements"]) for s in services.exchange.dump(meeting_id)["meeting"]["sessions"]
    )
    assert written == sorted(written) and written[-1] == total and len(told) > 3
    assert told[-1].read == told[-1].size == file.stat().st_size


def test_a_cancelled_load_writes_nothing(services: Services, tmp_path: Path) -> None:
    meeting_id = _demo(services)
    file = tmp_path / "meeting.json"
    services.exchange.dump_file(meeting_id, file)
    before = _meetings(services)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2  # after the first session

    with pytest.raises(exchange_load.LoadCancelled):
        services.exchange.load_file(file, cancelled=cancelled)
    assert _meetings(services) == before
    # The triggers the load set aside are back: a statement logged now is counted.
    session = services.sessions.of_meeting(meeting_id)[0]
    count = services.tally.for_session(session.id).delegations
    services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION)
    assert services.tally.for_session(session.id).delegations == count + 1
    # And a recommendation written now is found.
    services.recommendations.add(session.id, "osce", "Zwölfmal ausdrücklich.")
    query = SearchQuery("zwolfmal", kinds=frozenset({SearchKind.RECOMMENDATION}))
    assert {h.meeting_id for h in services.search.search(query).hits} == {meeting_id}


def test_the_search_index_and_counts_hold_after_a_bulk_load(db_path: Path, tmp_path: Path) -> None:
    services = Services.open(db_path)
    try:
        meeting = services.meetings.add("M")
        session = services.sessions.add(meeting.id, "WS 1", "T")
        add = services.statements.add
        first = add(session.id, "Anna", "Austria", Category.DELEGATION, notes="Straße Łódź")
        add(session.id, "Олег", "Russia", Category.DELEGATION, notes="Ærø œuvre þing",
            kind=StatementKind.RIGHT_OF_REPLY, replying_to=first.id)  # fmt: skip
        add(session.id, "", "ODIHR", Category.OSCE_INSTITUTION, notes="")
        services.recommendations.add(session.id, "Straße", "Ærø þing", statement_id=first.id)
        file = tmp_path / "m.json"
        services.exchange.dump_file(meeting.id, file)
        loaded = services.exchange.load_file(file)
        for word in ("strasse", "lodz", "aero", "oeuvre", "thing"):
            query = SearchQuery(word, kinds=frozenset({SearchKind.STATEMENT}))
            hits = services.search.search(query).hits
            assert {h.meeting_id for h in hits} == {meeting.id, loaded.id}, word
        for word in ("strasse", "aero", "thing"):
            query = SearchQuery(word, kinds=frozenset({SearchKind.RECOMMENDATION}))
            hits = services.search.search(query).hits
            assert {h.meeting_id for h in hits} == {meeting.id, loaded.id}, word
    finally:
        services.close()
    with sqlite3.connect(db_path) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        # Every document the triggers would have written, and no other.
        indexed = connection.execute(
            "SELECT count(*) FROM search_index_docsize WHERE id BETWEEN ? AND ?",
            (1 << 40, (2 << 40) - 1),
        ).fetchone()[0]
        statements = connection.execute("SELECT count(*) FROM statements").fetchone()[0]
        recommendations_indexed = connection.execute(
            "SELECT count(*) FROM search_index_docsize WHERE id BETWEEN ? AND ?",
            (2 << 40, (3 << 40) - 1),
        ).fetchone()[0]
    assert {"tr_search_statement_insert", "tr_statements_count_insert",
            "tr_search_recommendation_insert"} <= names  # fmt: skip
    assert indexed == statements == 6
    assert recommendations_indexed == 2


_KEYS = ["speaker", "kind", "extra", "start", "id", "label", "uid", "role", "included"]
# A mutation: where (an index into the document's paths, taken modulo their number),
# how, which key to add, and the JSON put there; drawn before it is applied, so that
# what is drawn never depends on the document drawn so far.
MUTATION = st.tuples(
    st.integers(0, 10_000), st.sampled_from(["replace", "remove", "add"]),
    st.sampled_from(_KEYS), JSON,
)  # fmt: skip


@st.composite
def _mutated(draw: st.DrawFn, document: dict[str, Any]) -> dict[str, Any]:
    return apply_mutations(document, draw(st.lists(MUTATION, min_size=1, max_size=2)))


def apply_mutations(
    document: dict[str, Any], plan: list[tuple[int, str, str, Any]]
) -> dict[str, Any]:
    mutated = copy.deepcopy(document)
    for where, how, key, value in plan:
        paths = [p for p in _paths(mutated) if p]
        if not paths:
            break
        path = paths[where % len(paths)]
        parent: Any = mutated
        for step in path[:-1]:
            parent = parent[step]
        if how == "replace":
            parent[path[-1]] = copy.deepcopy(value)
        elif how == "remove":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[key] = copy.deepcopy(value)
    return mutated


def _old_verdict(services: Services, data: dict[str, Any]) -> str | None:
    try:
        exchange.check(data)
        services.exchange.load(data, checked=True)
    except InvalidInput as error:
        return str(error)
    return None


def _new_verdict(services: Services, file: Path) -> str | None:
    try:
        services.exchange.load_file(file)
    except InvalidInput as error:
        return str(error)
    return None


@pytest.fixture
def small(services: Services) -> dict[str, Any]:
    meeting = services.meetings.add("M", venue="Vienna")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    first = services.statements.add(session.id, "Anna", "Austria", Category.DELEGATION)
    services.statements.add(session.id, "Ivan", "Ruritania", Category.DELEGATION,
                            kind=StatementKind.RIGHT_OF_REPLY, replying_to=first.id,
                            notes="Replied.", anonymous=True)  # fmt: skip
    services.recommendations.add(session.id, "osce", "Do more.", statement_id=first.id)
    services.sessions.add(meeting.id, "WS 2", "U")
    return services.exchange.dump(meeting.id)


@settings(max_examples=120, deadline=None)
@given(data=st.data())
def test_a_mutated_file_gets_the_same_verdict_and_nothing_is_written_when_refused(
    services: Services, small: dict[str, Any], tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
) -> None:  # fmt: skip
    mutated = data.draw(_mutated(small))
    file = tmp_path_factory.mktemp("m") / "m.json"
    file.write_text(json.dumps(mutated, ensure_ascii=False, indent=2), "utf-8")
    before = _meetings(services)
    new = _new_verdict(services, file)
    after = _meetings(services)
    assert after == before + (new is None)
    assert new == _old_verdict(services, mutated)
    if new is None:  # both loaded it: the same meeting
        *_, streamed, whole = sorted(m.id for m in services.meetings.all())
        assert _relative(services.exchange.dump(streamed)) == _relative(
            services.exchange.dump(whole)
        )


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(0, 10_000), junk=st.sampled_from(["", "}", ",", "x", '"', "\ufeff", "\x00"]))
def test_a_damaged_file_is_refused_in_the_words_of_the_whole_files_reading(
    services: Services, small: dict[str, Any], tmp_path_factory: pytest.TempPathFactory,
    cut: int, junk: str,
) -> None:  # fmt: skip
    text = json.dumps(small, indent=2)
    cut = cut % (len(text) + 1)
    damaged = text[:cut] + junk + text[cut + (1 if junk else 0) :]
    file = tmp_path_factory.mktemp("d") / "d.json"
    file.write_text(damaged, "utf-8")
    before = _meetings(services)
    new = _new_verdict(services, file)
    try:
        old: str | None = None
        exchange.check(exchange.read_file(file))
    except InvalidInput as error:
        old = str(error)
    if old is not None:
        assert new == old and _meetings(services) == before


@given(st.lists(st.integers(-(2**70), 2**70) | st.integers(-5, 50), max_size=60))
def test_an_id_twice_is_found_however_the_ids_come(numbers: list[int]) -> None:
    ids = exchange_load_checks.StatementIds()
    seen: set[int] = set()
    for number in numbers:
        assert ids.first_time(number) == (number not in seen)
        seen.add(number)


def test_keys_twice_or_out_of_order_load_as_the_whole_file_reads_them(
    services: Services, small: dict[str, Any], tmp_path: Path
) -> None:
    """json.loads keeps a key's last value; a file in another order than a dump's is
    read whole: either way the meeting is the one the whole-file reading gives."""
    text = json.dumps(small, indent=2)
    session = small["meeting"]["sessions"][0]
    first_recommendations = json.dumps(session["recommendations"])
    other = '[{"addressee": "odihr", "text": "Something else."}]'
    twice = text.replace('"uid":', f'"recommendations": {other}, "uid":', 1)
    reordered = json.dumps({"meeting": small["meeting"], **{k: v for k, v in small.items()
                                                             if k != "meeting"}})  # fmt: skip
    for number, variant in enumerate((twice, reordered)):
        file = tmp_path / f"v{number}.json"
        file.write_text(variant, "utf-8")
        loaded = services.exchange.load_file(file)
        expected = services.exchange.load(json.loads(variant))
        assert _relative(services.exchange.dump(loaded.id)) == _relative(
            services.exchange.dump(expected.id)
        )
    assert first_recommendations != other


def _documents_of(services: Services, meeting_id: int) -> dict[str, list[list[Any]]]:
    """The search index's documents of a meeting's rows (SQLite), each as its terms
    and their places (FTS5's own vocabulary table reads a contentless index back), in
    row order for each kind of document: the bulk path's documents are the triggers'."""
    from sqlalchemy import text

    from rapporteur_app.store import search_index

    rows = {"sessions": "SELECT id FROM sessions WHERE meeting_id = :m",
            "session_items": "SELECT i.id FROM session_items i JOIN sessions s ON s.id ="
            " i.session_id WHERE s.meeting_id = :m",
            "speakers": "SELECT id FROM speakers WHERE meeting_id = :m",
            "statements": "SELECT t.id FROM statements t JOIN sessions s ON s.id ="
            " t.session_id WHERE s.meeting_id = :m",
            "recommendations": "SELECT r.id FROM recommendations r JOIN sessions s ON s.id ="
            " r.session_id WHERE s.meeting_id = :m"}  # fmt: skip
    found: dict[str, list[list[Any]]] = {}
    with services.db.reading() as db:
        db.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms USING"
                        " fts5vocab(main, search_index, 'instance')"))  # fmt: skip
        for source in search_index.SOURCES:
            if source.table not in rows:
                continue
            ids = sorted(i for (i,) in db.execute(text(rows[source.table]), {"m": meeting_id}))
            found[source.kind.value] = [
                [tuple(term) for term in db.execute(
                    text("SELECT term, offset FROM temp.terms WHERE doc = :d ORDER BY offset"),
                    {"d": row_id + source.first_rowid})]
                for row_id in ids
            ]  # fmt: skip
        assert any(any(documents) for documents in found.values())
    return found


def _rows_of(services: Services, meeting_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """What a load wrote for a meeting, row by row, its ids counted from each table's
    first row of the meeting (two loads of one file write the same, ids apart)."""
    from sqlalchemy import text

    queries = {
        "sessions": "SELECT id, position, kind, label, title, day, start_time, room,"
        " moderator, narrative, documents, statement_limit_s, panel_limit_s, uid IS NULL"
        " FROM sessions WHERE meeting_id = :m ORDER BY id",
        "introducers": "SELECT i.id, i.session_id, i.position, i.role, i.name, i.function,"
        " i.organization FROM introducers i JOIN sessions s ON s.id = i.session_id"
        " WHERE s.meeting_id = :m ORDER BY i.id",
        "items": "SELECT i.id, i.session_id, i.list_name, i.position, i.text FROM"
        " session_items i JOIN sessions s ON s.id = i.session_id WHERE s.meeting_id = :m"
        " ORDER BY i.id",
        "speakers": "SELECT id, name, name_key, function, organization_id, email, not_named,"
        " anonymous_description FROM speakers WHERE meeting_id = :m ORDER BY id",
        "statements": "SELECT t.id, t.session_id, t.position, t.speaker_id, t.speaker_name,"
        " t.organization_id, t.on_behalf_of, t.category, t.kind, t.replying_to_id,"
        " t.start_time, t.notes, t.anonymous, t.anonymous_description FROM statements t"
        " JOIN sessions s ON s.id = t.session_id WHERE s.meeting_id = :m ORDER BY t.id",
        "cosignatories": "SELECT c.statement_id, c.position, c.organization_id, c.name FROM"
        " statement_cosignatories c JOIN statements t ON t.id = c.statement_id JOIN"
        " sessions s ON s.id = t.session_id WHERE s.meeting_id = :m ORDER BY c.id",
        "recommendations": "SELECT r.id, r.session_id, r.position, r.addressee, r.text,"
        " r.statement_id, r.included FROM recommendations r JOIN sessions s ON s.id ="
        " r.session_id WHERE s.meeting_id = :m ORDER BY r.id",
        "sources": "SELECT o.recommendation_id, o.statement_id FROM recommendation_sources o"
        " JOIN recommendations r ON r.id = o.recommendation_id JOIN sessions s ON s.id ="
        " r.session_id WHERE s.meeting_id = :m ORDER BY o.recommendation_id, o.statement_id",
    }
    # Which columns hold an id of which table (its first id of the meeting subtracted).
    ids = {"sessions": {0: "sessions"}, "introducers": {0: "introducers", 1: "sessions"},
           "items": {0: "items", 1: "sessions"}, "speakers": {0: "speakers"},
           "statements": {0: "statements", 1: "sessions", 3: "speakers", 9: "statements"},
           "cosignatories": {0: "statements"},
           "recommendations": {0: "recommendations", 1: "sessions", 5: "statements"},
           "sources": {0: "recommendations", 1: "statements"}}  # fmt: skip
    with services.db.reading() as db:
        found = {
            name: [tuple(row) for row in db.execute(text(sql), {"m": meeting_id})]
            for name, sql in queries.items()
        }
    first = {name: min((row[0] for row in rows), default=0) for name, rows in found.items()}
    return {
        name: [
            tuple(
                value - first[ids[name][at]] if at in ids[name] and value is not None else value
                for at, value in enumerate(row)
            )
            for row in rows
        ]
        for name, rows in found.items()
    }


def test_every_part_of_a_session_loads_as_the_whole_documents_load_writes_it(
    services: Services, tmp_path: Path
) -> None:
    """Co-signatories (known and new, the lead among them), speakers not to be named
    (named twice, described once), one speaker's name in two spellings of case,
    recommendations heard in several statements, recommendations of a session with
    no statements, introducers and lists, a uid the database holds already: the
    streamed load writes what the whole document's load writes."""
    meeting_id = _demo(services)
    data = services.exchange.dump(meeting_id)
    sessions = data["meeting"]["sessions"]
    first = sessions[0]
    statements = first["statements"]
    statements[0]["cosignatories"] = ["Ruritania", statements[0]["on_behalf_of"], "Австрия"]
    statements[1].update(speaker=statements[2]["speaker"].upper(), anonymous=True,
                         anonymous_description="")  # fmt: skip
    statements[2].update(anonymous=True, anonymous_description="a witness")
    statements[3].update(speaker=statements[2]["speaker"], anonymous=True,
                         anonymous_description="another description")  # fmt: skip
    first["recommendations"][0]["also_from_statements"] = [s["id"] for s in statements[4:7]]
    first["recommendations"][1].update(addressee="Straße Łódź", text="Ærø œuvre þing")
    said = [{"addressee": "odihr", "text": "Ёлкин said so."}]
    sessions.append({**{k: v for k, v in first.items() if k != "statements"},
                     "label": "No statements", "uid": "a-uid-of-its-own",
                     "recommendations": said})  # fmt: skip
    file = tmp_path / "rich.json"
    exchange.write_file(data, file)
    whole = services.exchange.load(copy.deepcopy(data))
    streamed = services.exchange.load_file(file)
    assert _rows_of(services, streamed.id) == _rows_of(services, whole.id)
    if services.db.engine.dialect.name == "sqlite":  # PostgreSQL indexes the rows themselves
        assert _documents_of(services, streamed.id) == _documents_of(services, whole.id)
    assert _relative(services.exchange.dump(streamed.id)) == _relative(
        services.exchange.dump(whole.id)
    )
    for word, kind in (("lodz", SearchKind.RECOMMENDATION), ("oeuvre", SearchKind.RECOMMENDATION),
                       ("елкин", SearchKind.RECOMMENDATION)):  # fmt: skip
        hits = services.search.search(SearchQuery(word, kinds=frozenset({kind}))).hits
        assert {h.meeting_id for h in hits} == {whole.id, streamed.id}, word
