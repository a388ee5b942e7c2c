"""The organizations list, renaming and merging spellings."""

import json

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services


def test_the_list_joins_the_reference_and_the_database(services: Services) -> None:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    services.statements.add(session.id, "A", "Австрия", Category.DELEGATION)
    services.statements.add(session.id, "B", "La Strada", Category.CIVIL_SOCIETY)
    listing = services.organizations.listing()
    austria = next(o for o in listing if o.reference_key == "state.at")
    assert austria.id is not None  # stored under its Russian name, known as Austria
    assert [o.name for o in listing if o.reference_key == ""] == ["La Strada"]
    delegations = services.organizations.listing(Category.DELEGATION)
    assert {o.group for o in delegations} == {"participating-state", "partner", "eu-delegation"}


def test_merge_two_spellings(services: Services) -> None:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    first = services.statements.add(session.id, "A", "La Strada Int.", Category.CIVIL_SOCIETY)
    second = services.statements.add(
        session.id, "B", "La Strada International", Category.CIVIL_SOCIETY
    )
    services.queue.add(session.id, "C", "La Strada Int.", Category.CIVIL_SOCIETY)
    assert first.organization_id is not None and second.organization_id is not None
    kept = services.organizations.merge(second.organization_id, first.organization_id)
    assert kept.name == "La Strada International"
    assert {s.on_behalf_of for s in services.statements.of_session(session.id)} == {
        "La Strada International"
    }
    assert services.queue.of_session(session.id)[0].on_behalf_of == "La Strada International"
    assert [o.name for o in services.organizations.stored()] == ["La Strada International"]


def test_organizations_command(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("organizations", "list", "--category", "delegation", "--json")
    assert result.code == 0, result.err
    entries = json.loads(result.out)
    groups = [e["group"] for e in entries]
    assert groups.count("participating-state") == 57 and groups.count("partner") == 11
    assert all(e["category"] == "delegation" for e in entries)
    table = cli("organizations", "list", "--category", "media")
    assert table.code == 0
    bad = cli("organizations", "list", "--category", "ngo")
    assert bad.code == 2 and bad.err.count("\n") == 1
    missing = cli("organizations", "merge", "--keep", "1", "--other", "2")
    assert missing.code == 2 and "no organization" in missing.err
