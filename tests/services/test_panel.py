"""The panel's own speakers given the floor from the session's list, never counted."""

from datetime import time

import pytest

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category, IntroducerRole, StatementKind
from rapporteur_app.domain.model import Introducer
from rapporteur_app.services.app_services import Services


@pytest.fixture
def session_id(services: Services) -> int:
    meeting = services.meetings.add("M")
    session = services.sessions.add(
        meeting.id, "Panel 1", "Setting the scene", moderator="Madina Jarbussynova, OSR/CTHB"
    )
    services.sessions.set_introducers(session.id, [
        Introducer("Yury Fedotov", "Executive Director", "UNODC", IntroducerRole.KEYNOTE),
        Introducer("Laura Thompson", "Deputy Director General", "La Strada"),
    ])  # fmt: skip
    return session.id


def test_one_key_walks_through_the_panel_and_nothing_is_counted(
    services: Services, session_id: int
) -> None:
    speakers = services.panel.speakers(session_id)
    assert [(s.role, s.name) for s in speakers] == [
        ("moderator", "Madina Jarbussynova"), ("keynote", "Yury Fedotov"),
        ("introducer", "Laura Thompson"),
    ]  # fmt: skip
    assert speakers[1].display == "Yury Fedotov (Executive Director, UNODC)"
    given = []
    clock = 0
    while (index := services.panel.next_speaker(session_id)) is not None:
        statement, ended = services.panel.give_floor(session_id, index, at=time(10, clock))
        assert (ended is None) == (clock == 0)
        given.append(statement)
        clock += 10
    assert [s.speaker for s in given] == [s.name for s in speakers]
    assert all(s.kind is StatementKind.PRESENTATION for s in given)
    # UNODC is on the reference lists: an international organization, not stored for it.
    assert given[1].category is Category.INTERNATIONAL_ORGANIZATION
    assert given[1].organization_id is None
    assert services.tally.for_session(session_id).statements == 0
    session = services.sessions.get(session_id)
    assert session.limit_for(StatementKind.PRESENTATION) == session.panel_limit_s == 600
    # Taking the last one back reopens the one it ended.
    services.panel.take_back(given[2].id, given[1].id)
    assert services.floor.on_floor(session_id) == services.statements.get(given[1].id)
    assert services.panel.next_speaker(session_id) == 2


def test_the_panel_refuses_what_is_not_there(services: Services, session_id: int) -> None:
    with pytest.raises(InvalidInput, match="no number 4"):
        services.panel.give_floor(session_id, 3)
    statement = services.statements.add(session_id, "A", "Austria", Category.DELEGATION)
    with pytest.raises(InvalidInput, match="not a panel speaker"):
        services.panel.take_back(statement.id, None)
    assert services.statements.of_session(session_id) == [statement]


def test_the_rapport_and_the_exports_never_count_the_panel(
    services: Services, session_id: int, tmp_path: object
) -> None:
    import csv
    from pathlib import Path

    services.panel.give_floor(session_id, 0, at=time(10, 0))
    services.panel.give_floor(session_id, 1, at=time(10, 5))
    services.statements.add(session_id, "A", "Austria", Category.DELEGATION)
    rapport = services.documents.rapport(session_id)
    assert rapport.tally_lines[:2] == ("No. of statements: 1", "Delegations: 1")
    meeting = services.sessions.get(session_id).meeting_id
    assert services.documents.consolidated(meeting).tallies[0][1].statements == 1
    out = Path(str(tmp_path)) / "log.csv"
    services.documents.export_statements(session_id, fmt="csv", out=out)
    with out.open(encoding="utf-8-sig") as handle:
        kinds = [row[6] for row in csv.reader(handle)][1:]
    assert kinds == ["presentation", "presentation", "statement"]
