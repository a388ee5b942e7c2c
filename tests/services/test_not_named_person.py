"""Not being named belongs to the person, for the whole meeting."""

import csv
import shutil
import sqlite3
from pathlib import Path

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services

SURVIVOR = "a survivor of trafficking"
FIXTURE = Path(__file__).parents[1] / "reliability" / "fixtures" / "schema-0001.sqlite3"


def _session(services: Services) -> int:
    meeting = services.meetings.add("Conference against Trafficking")
    return services.sessions.add(meeting.id, "Panel 1", "Survivors' voices").id


def test_she_is_not_named_the_next_time_she_speaks(services: Services, tmp_path: Path) -> None:
    session_id = _session(services)
    services.queue.add(session_id, "Maria Lind", "Nordic Survivors", Category.CIVIL_SOCIETY)
    first, _entry, _ = services.floor.give_floor(session_id)
    assert first.speaker_id is not None and not first.anonymous
    before = services.participants.set_not_named(first.speaker_id, True, SURVIVOR)
    assert not before.not_named and before.statements == ((first.id, False, ""),)
    # The next time she asks for the floor: not named in the queue, on the floor, anywhere.
    services.queue.add(session_id, "maria lind", "Nordic Survivors", Category.CIVIL_SOCIETY)
    assert services.queue.of_session(session_id)[0].anonymous
    second, _entry, _ = services.floor.give_floor(session_id)
    assert (second.anonymous, second.anonymous_description) == (True, SURVIVOR)
    also = services.statements.add(session_id, "Maria Lind", "Nordic Survivors")
    assert also.anonymous and also.anonymous_description == SURVIVOR
    out = services.documents.export_statements(session_id, fmt="csv", out=tmp_path / "s.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert "Maria" not in text and text.count(SURVIVOR) == 3
    person = services.participants.get(first.speaker_id)
    assert (person.not_named, person.anonymous_description) == (True, SURVIVOR)


def test_still_set_or_cleared_per_statement_and_undone(services: Services) -> None:
    session_id = _session(services)
    one = services.statements.add(session_id, "Maria Lind", "Nordic Survivors",
                                  Category.CIVIL_SOCIETY)  # fmt: skip
    two = services.statements.add(session_id, "Maria Lind", "Nordic Survivors")
    assert one.speaker_id is not None
    before = services.participants.set_not_named(one.speaker_id, True, SURVIVOR)
    # She agreed to be named in the second statement only.
    services.statements.update(two.id, anonymous=False)
    logged = services.statements.of_session(session_id)
    assert [s.anonymous for s in logged] == [True, False]
    services.participants.restore_naming(before)
    assert [s.anonymous for s in services.statements.of_session(session_id)] == [False, False]
    assert not services.participants.get(one.speaker_id).not_named


def test_a_person_marked_before_she_speaks_is_not_named_in_others_notes(
    services: Services, tmp_path: Path
) -> None:
    session_id = _session(services)
    meeting_id = services.sessions.get(session_id).meeting_id
    person = services.participants.add(meeting_id, "Maria Lind", organization="Nordic Survivors",
                                       category=Category.CIVIL_SOCIETY)  # fmt: skip
    services.participants.set_not_named(person.id, True, SURVIVOR)
    services.statements.add(session_id, "Jan Berg", "Austria", notes="Thanked Maria Lind.")
    out = services.documents.export_statements(session_id, fmt="csv", out=tmp_path / "s.csv")
    with out.open(encoding="utf-8-sig", newline="") as f:
        notes = [row[-1] for row in csv.reader(f)][1:]
    assert notes == [f"Thanked {SURVIVOR}."]


def test_the_migration_marks_who_asked_in_an_older_database(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURE, database)
    with sqlite3.connect(database) as raw:
        asked = {i for (i,) in raw.execute(
            "SELECT DISTINCT speaker_id FROM statements WHERE anonymous AND speaker_id IS NOT NULL"
        )}  # fmt: skip
    assert asked
    services = Services.open(database)
    try:
        for speaker_id in asked:
            person = services.participants.get(speaker_id)
            assert person.not_named and person.anonymous_description.startswith("a survivor")
        meeting_id = services.participants.get(next(iter(asked))).meeting_id
        others = [p for p in services.participants.of_meeting(meeting_id) if p.id not in asked]
        assert others and not any(p.not_named for p in others)
    finally:
        services.close()
