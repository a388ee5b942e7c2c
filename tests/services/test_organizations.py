"""The organizations list, renaming and merging spellings."""

import json

import pytest

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services


def test_the_list_joins_the_reference_and_the_database(services: Services) -> None:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    services.statements.add(session.id, "A", "Австрия", Category.DELEGATION)
    services.statements.add(session.id, "B", "La Strada", Category.CIVIL_SOCIETY)
    listing = services.organizations.listing()
    austria = next(o for o in listing if o.reference_key == "state.at")
    assert austria.id is not None  # logged under its Russian name, stored as Austria
    assert [o.name for o in listing if o.reference_key == ""] == ["La Strada"]
    delegations = services.organizations.listing(Category.DELEGATION)
    assert {o.group for o in delegations} == {
        "participating-state",
        "partner-asian",
        "partner-mediterranean",
        "eu-delegation",
    }


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
    assert groups.count("participating-state") == 57
    assert groups.count("partner-asian") == 5 and groups.count("partner-mediterranean") == 6
    assert all(e["category"] == "delegation" for e in entries)
    table = cli("organizations", "list", "--category", "media")
    assert table.code == 0
    bad = cli("organizations", "list", "--category", "ngo")
    assert bad.code == 2 and bad.err.count("\n") == 1
    missing = cli("organizations", "merge", "--keep", "1", "--other", "2")
    assert missing.code == 2 and "no organization" in missing.err


def test_add_a_reference_organization_or_a_new_one(services: Services) -> None:
    odihr = services.organizations.add("БДИПЧ")
    assert (odihr.name, odihr.category, odihr.acronym, odihr.reference_key) == (
        "Office for Democratic Institutions and Human Rights",
        Category.OSCE_INSTITUTION,
        "ODIHR",
        "osce.odihr",
    )
    strada = services.organizations.add("La Strada International", Category.CIVIL_SOCIETY, "LSI")
    assert (strada.category, strada.acronym) == (Category.CIVIL_SOCIETY, "LSI")
    with pytest.raises(InvalidInput, match="already in the list"):
        services.organizations.add("ODIHR")
    with pytest.raises(InvalidInput, match="already in the list"):
        services.organizations.add("la strada  international")
    with pytest.raises(InvalidInput, match="not a known organization: give its category"):
        services.organizations.add("Fondation Espoir")
    with pytest.raises(InvalidInput, match="must not be empty"):
        services.organizations.add("  ", Category.MEDIA)
    assert [o.name for o in services.organizations.stored(Category.CIVIL_SOCIETY)] == [
        "La Strada International"
    ]
    listed = services.organizations.listing(Category.OSCE_INSTITUTION)
    assert next(o for o in listed if o.reference_key == "osce.odihr").id == odihr.id


def test_rename_and_correct_the_category(services: Services) -> None:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    logged = services.statements.add(session.id, "A", "Balkan Insight", Category.CIVIL_SOCIETY)
    assert logged.organization_id is not None
    renamed = services.organizations.rename(logged.organization_id, "Balkan Insight (BIRN)")
    assert services.statements.get(logged.id).on_behalf_of == renamed.name
    assert services.tally.for_session(session.id).as_dict()["civil_society"] == 1
    changed = services.organizations.set_category(logged.organization_id, Category.MEDIA)
    assert changed.category is Category.MEDIA
    tally = services.tally.for_session(session.id).as_dict()
    assert (tally["civil_society"], tally["media"], tally["statements"]) == (0, 1, 1)
    services.statements.add(session.id, "B", "Austria", Category.DELEGATION)
    with pytest.raises(InvalidInput, match="merge the two instead"):
        services.organizations.rename(logged.organization_id, "AUSTRIA")


def test_merging_takes_the_kept_category_and_the_reference_identity(services: Services) -> None:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "T")
    # Logged twice under two spellings, one of them in the wrong category.
    wrong = services.statements.add(session.id, "A", "Osterreich Delegation", Category.MEDIA)
    right = services.statements.add(session.id, "B", "Австрия", Category.DELEGATION)
    assert wrong.organization_id is not None and right.organization_id is not None
    kept = services.organizations.merge(right.organization_id, wrong.organization_id)
    assert kept.category is Category.DELEGATION
    statements = services.statements.of_session(session.id)
    # "Австрия" was stored as Austria (one resolver): the merge keeps that name.
    assert {(s.on_behalf_of, s.category) for s in statements} == {("Austria", Category.DELEGATION)}
    assert services.tally.for_session(session.id).as_dict()["delegations"] == 2
    # An organization added from the reference list passes its identity on when merged away.
    unhcr = services.organizations.add("UNHCR")
    typo = services.organizations.add("UN Refugee Agency", Category.INTERNATIONAL_ORGANIZATION)
    merged = services.organizations.merge(typo.id, unhcr.id)
    assert (merged.name, merged.reference_key, merged.acronym) == (
        "UN Refugee Agency",
        "io.unhcr",
        "UNHCR",
    )
    with pytest.raises(InvalidInput, match="two different"):
        services.organizations.merge(merged.id, merged.id)
