"""Renaming an organization and merging two spellings, on a real database file."""

import pytest

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services

NGO = Category.CIVIL_SOCIETY


@pytest.fixture
def meeting_and_session(services: Services) -> tuple[int, int]:
    meeting = services.meetings.add("Alliance against Trafficking in Persons")
    return meeting.id, services.sessions.add(meeting.id, "Panel 1", "Prevention").id


def _organization_id(services: Services, session_id: int, speaker: str, name: str) -> int:
    statement = services.statements.add(session_id, speaker, name, NGO)
    assert statement.organization_id is not None
    return statement.organization_id


def test_rename_carries_statements_and_queue_with_it(
    services: Services, meeting_and_session: tuple[int, int]
) -> None:
    _, session_id = meeting_and_session
    org_id = _organization_id(services, session_id, "Ana", "La Strda")
    services.queue.add(session_id, "Ben", "La Strda", NGO)
    renamed = services.organizations.rename(org_id, "  La Strada   International ")
    assert (renamed.id, renamed.name) == (org_id, "La Strada International")
    assert [s.on_behalf_of for s in services.statements.of_session(session_id)] == [
        "La Strada International"
    ]
    assert [q.on_behalf_of for q in services.queue.of_session(session_id)] == [
        "La Strada International"
    ]
    # The new spelling now finds the same organization.
    again = services.statements.add(session_id, "Cleo", "la strada international")
    assert again.organization_id == org_id and again.category is NGO


def test_rename_refuses_a_taken_or_empty_name_and_changes_nothing(
    services: Services, meeting_and_session: tuple[int, int]
) -> None:
    _, session_id = meeting_and_session
    strada = _organization_id(services, session_id, "Ana", "La Strada")
    _organization_id(services, session_id, "Ben", "KOK")
    before = services.organizations.stored()
    with pytest.raises(InvalidInput, match="merge"):
        services.organizations.rename(strada, "kok")
    with pytest.raises(InvalidInput, match="empty"):
        services.organizations.rename(strada, " \t ")
    with pytest.raises(NotFound):
        services.organizations.rename(9999, "Anything")
    assert services.organizations.stored() == before
    assert [s.on_behalf_of for s in services.statements.of_session(session_id)] == [
        "La Strada",
        "KOK",
    ]


def test_merge_repoints_speakers_too_and_removes_the_other(
    services: Services, meeting_and_session: tuple[int, int]
) -> None:
    meeting_id, session_id = meeting_and_session
    keep = _organization_id(services, session_id, "Ana", "Anti-Slavery International")
    other = _organization_id(services, session_id, "Ben", "Anti Slavery Intl")
    services.queue.add(session_id, "Cleo", "Anti Slavery Intl", NGO)
    merged = services.organizations.merge(keep, other)
    assert merged.id == keep
    speakers = {p.name: p for p in services.participants.of_meeting(meeting_id)}
    assert {p.organization_id for p in speakers.values()} == {keep}
    assert speakers["Ben"].organization == "Anti-Slavery International"
    assert {s.organization_id for s in services.statements.of_session(session_id)} == {keep}
    assert [q.on_behalf_of for q in services.queue.of_session(session_id)] == [
        "Anti-Slavery International"
    ]
    assert [o.id for o in services.organizations.stored()] == [keep]
    # Tallies are by the statements' own categories: merging changes no count.
    assert services.tally.for_session(session_id).civil_society == 2


def test_a_refused_merge_changes_nothing(
    services: Services, meeting_and_session: tuple[int, int]
) -> None:
    _, session_id = meeting_and_session
    keep = _organization_id(services, session_id, "Ana", "La Strada")
    before = (services.organizations.stored(), services.statements.of_session(session_id))
    with pytest.raises(InvalidInput):
        services.organizations.merge(keep, keep)
    with pytest.raises(NotFound):
        services.organizations.merge(keep, 4242)
    with pytest.raises(NotFound):
        services.organizations.merge(4242, keep)
    assert (services.organizations.stored(), services.statements.of_session(session_id)) == before
