"""Hand-off by file: a rapporteur's session file imported into the secretariat's meeting
replaces the session it came from (never doubles it); the same file twice changes
nothing; a damaged file, a file for another meeting or an older file is refused with
the database unchanged. The secretariat's database runs on both engines, the
rapporteur's is her own SQLite file."""

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput, RapportFinal
from rapporteur_app.domain.kinds import Category, StatementKind
from rapporteur_app.services import exchange
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting
from tests.services.test_kept_counts import _check_kept_equal_fresh

pytestmark = pytest.mark.both_engines

Snapshot = Callable[[], list[tuple[str, list[tuple[object, ...]]]]]


@pytest.fixture
def rapporteur(tmp_path: Path) -> Iterator[Services]:
    (tmp_path / "laptop").mkdir()
    """The rapporteur's own laptop: another database."""
    opened = Services.open(tmp_path / "laptop" / "own.sqlite3")
    yield opened
    opened.close()


def _hand_out(secretariat: Services, rapporteur: Services) -> tuple[int, int, int]:
    """The secretariat's meeting, handed to the rapporteur as a whole (dump, load):
    (secretariat's meeting id, rapporteur's meeting id, rapporteur's session id)."""
    meeting = add_demo_meeting(secretariat, sessions=2, statements_per_session=6, frame=False)
    copy = rapporteur.exchange.load(secretariat.exchange.dump(meeting.id))
    session = next(s for s in rapporteur.sessions.of_meeting(copy.id) if s.label)
    return meeting.id, copy.id, session.id


def _export(services: Services, session_id: int, path: Path) -> dict[str, Any]:
    exchange.write_file(services.handoff.export_text(session_id), path)
    return exchange.read_file(path)


def _session_content(services: Services, session_id: int) -> dict[str, Any]:
    """What a session holds, without what differs between two databases (ids)."""
    data = services.exchange.dump_session(session_id)["meeting"]["sessions"][0]
    numbers = {s["id"]: n for n, s in enumerate(data["statements"], start=1)}
    for statement in data["statements"]:
        statement["id"] = numbers[statement["id"]]
        if statement["replying_to"] is not None:
            statement["replying_to"] = numbers[statement["replying_to"]]
    for rec in data["recommendations"]:
        rec["from_statement"] = numbers.get(rec["from_statement"])
        rec["also_from_statements"] = [numbers[i] for i in rec["also_from_statements"]]
    return data


def _held(services: Services, meeting_id: int, uid: str) -> list[int]:
    sessions = services.exchange.dump(meeting_id)["meeting"]["sessions"]
    return [n for n, s in enumerate(sessions) if s["uid"] == uid]


def test_a_corrected_session_file_replaces_the_session_and_never_doubles_it(
    services: Services, rapporteur: Services, tmp_path: Path, snapshot: Snapshot
) -> None:
    meeting_id, _, session_id = _hand_out(services, rapporteur)
    uid = rapporteur.exchange.dump_session(session_id)["meeting"]["sessions"][0]["uid"]
    sessions_before = len(services.sessions.of_meeting(meeting_id))
    rapporteur.statements.add(session_id, "Ms. Nowak", "Poland", Category.DELEGATION)
    answered = rapporteur.statements.add(session_id, "Mr. Petrov", "Россия")
    rapporteur.statements.add(
        session_id, "Ms. Kovalenko", "Ukraine", kind=StatementKind.RIGHT_OF_REPLY,
        replying_to=answered.id,
    )  # fmt: skip
    rapporteur.sessions.set_narrative(session_id, "First paragraph.\n\nSecond paragraph.")
    first = _export(rapporteur, session_id, tmp_path / "first.json")

    plan = services.handoff.import_file(first, meeting_id)
    assert not plan.unchanged and plan.session_id is not None
    assert _held(services, meeting_id, uid) != []
    held_id = plan.session_id
    assert _session_content(services, held_id) == _session_content(rapporteur, session_id)
    _check_kept_equal_fresh(services)

    # Corrected on the laptop: a statement removed, one added, the narrative changed.
    rapporteur.statements.delete(answered.id)
    rapporteur.statements.add(session_id, "Mx. Dupont", "Civil Rights Defenders",
                              Category.CIVIL_SOCIETY)  # fmt: skip
    rapporteur.sessions.set_narrative(session_id, "Corrected paragraph.")
    second = _export(rapporteur, session_id, tmp_path / "second.json")
    plan = services.handoff.import_file(second, meeting_id)
    assert plan.session_id == held_id
    assert any("narrative" in line for line in plan.changes)
    assert len(services.sessions.of_meeting(meeting_id)) == sessions_before
    assert len(_held(services, meeting_id, uid)) == 1
    assert _session_content(services, held_id) == _session_content(rapporteur, session_id)
    assert services.sessions.get(held_id).narrative == "Corrected paragraph."
    assert services.tally.for_session(held_id) == rapporteur.tally.for_session(session_id)
    _check_kept_equal_fresh(services)

    # The same file twice changes nothing, not a row.
    before = snapshot()
    again = services.handoff.import_file(exchange.read_file(tmp_path / "second.json"), meeting_id)
    assert again.unchanged
    assert snapshot() == before

    # The first file, now older than the one held: refused, nothing changed; forced,
    # it is applied and still replaces (one session).
    with pytest.raises(InvalidInput, match="older"):
        services.handoff.import_file(first, meeting_id)
    assert snapshot() == before
    plan = services.handoff.import_file(first, meeting_id, force=True)
    assert plan.session_id == held_id and len(_held(services, meeting_id, uid)) == 1
    assert services.sessions.get(held_id).narrative.startswith("First paragraph.")
    _check_kept_equal_fresh(services)


def test_a_newer_file_does_not_silently_replace_what_the_secretariat_corrected(
    services: Services, rapporteur: Services, tmp_path: Path, snapshot: Snapshot
) -> None:
    meeting_id, _, session_id = _hand_out(services, rapporteur)
    first = _export(rapporteur, session_id, tmp_path / "first.json")
    held_id = services.handoff.import_file(first, meeting_id).session_id
    assert held_id is not None
    # The secretariat corrects a name in the session it holds; the rapporteur, unaware,
    # goes on logging on her laptop and sends a newer file.
    corrected = services.statements.of_session(held_id)[0]
    services.statements.set_notes(corrected.id, "Corrected by the secretariat.")
    rapporteur.statements.add(session_id, "Ms. Nowak", "Poland", Category.DELEGATION)
    newer = _export(rapporteur, session_id, tmp_path / "newer.json")
    before = snapshot()
    plan = services.handoff.plan(newer, meeting_id)
    assert any("changed here" in line for line in plan.problems)
    with pytest.raises(InvalidInput, match="changed here"):
        services.handoff.import_file(newer, meeting_id)
    assert snapshot() == before
    # Applied when asked: the file's session replaces it, and what is held now is the
    # file's, so the next file from the laptop imports without a word.
    services.handoff.import_file(newer, meeting_id, force=True)
    assert _session_content(services, held_id) == _session_content(rapporteur, session_id)
    rapporteur.statements.add(session_id, "Mr. Berg", "Norway", Category.DELEGATION)
    latest = _export(rapporteur, session_id, tmp_path / "latest.json")
    assert services.handoff.plan(latest, meeting_id).problems == ()
    services.handoff.import_file(latest, meeting_id)
    _check_kept_equal_fresh(services)


def test_a_new_session_is_added_once(
    services: Services, rapporteur: Services, tmp_path: Path
) -> None:
    meeting_id, copy_id, _ = _hand_out(services, rapporteur)
    added = rapporteur.sessions.add(copy_id, "Working Session 9", "Added on the laptop")
    rapporteur.statements.add(added.id, "Ms. Nowak", "Poland", Category.DELEGATION)
    data = _export(rapporteur, added.id, tmp_path / "new.json")
    count = len(services.sessions.of_meeting(meeting_id))
    plan = services.handoff.import_file(data, meeting_id)
    assert plan.session_id is None
    assert services.handoff.import_file(data, meeting_id).unchanged
    assert len(services.sessions.of_meeting(meeting_id)) == count + 1
    _check_kept_equal_fresh(services)


def test_damaged_files_and_other_meetings_are_refused_with_nothing_changed(
    services: Services, rapporteur: Services, tmp_path: Path, snapshot: Snapshot
) -> None:
    meeting_id, _, session_id = _hand_out(services, rapporteur)
    good = tmp_path / "good.json"
    data = _export(rapporteur, session_id, good)
    text = good.read_text("utf-8")
    other = services.meetings.add("Annual Security Review Conference")
    before = snapshot()

    damaged = tmp_path / "damaged.json"
    damaged.write_text(text[: len(text) // 2], "utf-8")  # cut off in the middle
    with pytest.raises(InvalidInput, match="not valid JSON"):
        services.handoff.import_file(exchange.read_file(damaged), meeting_id)
    wrong = json.loads(text)
    wrong["meeting"]["sessions"][0]["statements"][0]["category"] = "nobody"
    with pytest.raises(InvalidInput, match="malformed"):
        services.handoff.import_file(wrong, meeting_id)
    two = json.loads(text)
    two["meeting"]["sessions"] *= 2
    with pytest.raises(InvalidInput, match="exactly one session"):
        services.handoff.import_file(two, meeting_id)
    whole = services.exchange.dump(meeting_id)
    with pytest.raises(InvalidInput, match="not a session file"):
        services.handoff.import_file(whole, meeting_id)
    newer = {**data, "version": exchange.VERSION + 1}
    with pytest.raises(InvalidInput, match="newer Rapporteur"):
        services.handoff.import_file(newer, meeting_id)
    with pytest.raises(InvalidInput, match="belongs to the meeting"):
        services.handoff.import_file(data, other.id)
    # A session this database has never seen, of another meeting: refused unless forced.
    stranger = json.loads(text)
    stranger["meeting"]["sessions"][0]["uid"] = "00000000-0000-4000-8000-000000000001"
    with pytest.raises(InvalidInput, match="not of 'Annual Security Review Conference'"):
        services.handoff.import_file(stranger, other.id)
    assert snapshot() == before


def test_a_final_rapport_held_is_replaced_only_by_a_newer_final_version(
    services: Services, rapporteur: Services, tmp_path: Path, snapshot: Snapshot
) -> None:
    meeting_id, _, session_id = _hand_out(services, rapporteur)
    rapporteur.rapports.finalize(session_id, "A. Rapporteur")
    sent = _export(rapporteur, session_id, tmp_path / "v1.json")
    held_id = services.handoff.import_file(sent, meeting_id).session_id
    assert held_id is not None
    state = services.rapports.state(held_id)
    assert state.final_version == 1 and state.versions[0].author == "A. Rapporteur"
    # The secretariat holds version 1 exactly as it was sent.
    assert services.rapports.version_text(held_id, 1) == (tmp_path / "v1.json").read_text("utf-8")
    rapporteur.rapports.reopen(session_id)
    rapporteur.sessions.set_narrative(session_id, "Draft after version 1.")
    draft = _export(rapporteur, session_id, tmp_path / "draft.json")
    before = snapshot()
    with pytest.raises(RapportFinal):
        services.handoff.import_file(draft, meeting_id)
    assert snapshot() == before
    rapporteur.rapports.finalize(session_id, "A. Rapporteur")
    second = _export(rapporteur, session_id, tmp_path / "v2.json")
    services.handoff.import_file(second, meeting_id)
    assert services.rapports.state(held_id).final_version == 2
    assert services.sessions.get(held_id).narrative == "Draft after version 1."
    assert [v.version for v in services.rapports.state(held_id).versions] == [1, 2]
    _check_kept_equal_fresh(services)


def test_the_command_line_hands_a_session_over(
    cli: Any, rapporteur: Services, services: Services, tmp_path: Path, snapshot: Snapshot
) -> None:
    meeting_id, _, session_id = _hand_out(services, rapporteur)
    rapporteur.sessions.set_narrative(session_id, "From the laptop.")
    path = tmp_path / "session.json"
    exchange.write_file(rapporteur.handoff.export_text(session_id), path)
    services.close()
    before = snapshot()
    dry = cli("session", "import", str(path), "--meeting", str(meeting_id), "--dry-run")
    assert dry.code == 0 and "replaces the one held" in dry.out
    assert snapshot() == before
    done = cli("session", "import", str(path), "--meeting", str(meeting_id))
    assert done.code == 0, done.err
    assert "narrative changes" in done.out
    after = snapshot()
    twice = cli("session", "import", str(path), "--meeting", str(meeting_id))
    assert twice.code == 0 and "nothing to change" in twice.out
    assert snapshot() == after
    path.write_bytes(b"\xff\xfe not json")
    bad = cli("session", "import", str(path), "--meeting", str(meeting_id))
    assert bad.code == 2 and bad.err.count("\n") == 1 and "UTF-8" in bad.err
    assert snapshot() == after


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                  max_size=4),
    max_leaves=12,
)  # fmt: skip


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_in_a_session_file_are_refused_in_one_message(
    services: Services, tmp_path: Path, raw: bytes
) -> None:
    meeting = services.meetings.add("Any bytes")
    path = tmp_path / "any.json"
    path.write_bytes(raw)
    try:
        services.handoff.import_file(exchange.read_file(path), meeting.id)
    except InvalidInput as error:
        assert "\n" not in str(error)
    assert services.sessions.of_meeting(meeting.id) == []


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(where=st.integers(min_value=0, max_value=10_000), replacement=_JSON)
def test_a_changed_value_anywhere_in_a_session_file_imports_or_is_refused_cleanly(
    services: Services, tmp_path: Path, where: int, replacement: object
) -> None:
    meeting = services.meetings.add("Mutated", start=None)
    session = services.sessions.add(meeting.id, "Working Session 1", "Mutations")
    first = services.statements.add(session.id, "Ms. A", "Austria", Category.DELEGATION)
    services.statements.add(session.id, "Mr. B", "Serbia", kind=StatementKind.RIGHT_OF_REPLY,
                            replying_to=first.id)  # fmt: skip
    services.recommendations.add(session.id, "participating-states", "Do more.", first.id)
    data = services.exchange.dump_session(session.id)
    data["meeting"]["sessions"][0]["uid"] = f"mutated-{where}-{len(str(replacement))}"
    _replace_somewhere(data, where, replacement)
    target = services.meetings.add("Mutated", start=None)
    try:
        services.handoff.import_file(data, target.id, force=True)
    except InvalidInput as error:
        assert "\n" not in str(error)
        assert services.sessions.of_meeting(target.id) == []
    _check_kept_equal_fresh(services)


def _replace_somewhere(data: Any, where: int, replacement: object) -> None:
    """Put ``replacement`` at the where-th place (depth first) of the document."""
    places: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            places.append((node, key))
            if isinstance(value, dict | list):
                walk(value)

    walk(data)
    parent, key = places[where % len(places)]
    parent[key] = replacement
