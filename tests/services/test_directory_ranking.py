"""The quick entry's order: what a rapporteur means by a few letters."""

import pytest

from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.add("Human Dimension Meeting").id


@pytest.mark.parametrize(
    ("typed", "first", "before"),
    [
        ("fra", "France", "European Union Agency for Fundamental Rights"),
        ("eu", "European Union", "EU Anti-Trafficking Coordinator"),
        ("united", "United Kingdom", "UN Women"),
        ("united", "United States of America", "United Nations"),
        # Two letters are an acronym first: the United Nations, not the United Kingdom.
        ("un", "United Nations", "United Kingdom"),
        ("uk", "United Kingdom", "Ukraine"),
        # An exact acronym before a name that starts with it.
        ("osce", "Organization for Security and Co-operation in Europe", "OSCE Mission in Kosovo"),
        # Typing mistakes, when nothing contains what was typed.
        ("Austira", "Austria", "Australia"),
        ("Grmany", "Germany", None),
        ("odhir", "Office for Democratic Institutions and Human Rights", None),
        ("frnce", "France", None),
    ],
)
def test_the_best_proposal_is_what_was_meant(
    services: Services, meeting_id: int, typed: str, first: str, before: str | None
) -> None:
    found = [e.display for e in services.directory.search(meeting_id, typed)]
    assert found[0] == first or (before is not None and first in found), found
    if before is not None:
        assert first in found and before in found, found
        assert found.index(first) < found.index(before), found


def test_a_delegation_comes_before_a_person_and_a_person_before_her_colleagues(
    services: Services, meeting_id: int
) -> None:
    services.participants.add(meeting_id, "Françoise Martin", organization="France")
    services.participants.add(meeting_id, "Pierre Durand", organization="France")
    directory = services.directory
    directory.forget()
    # Delegations speak most: "fran" is France (and its category) before Françoise.
    assert [e.display for e in directory.search(meeting_id, "fran")][:2] == [
        "France", "Françoise Martin (France)",
    ]  # fmt: skip
    assert directory.search(meeting_id, "francoise m")[0].display == "Françoise Martin (France)"
    by_country = [e.display for e in directory.search(meeting_id, "france")]
    assert by_country[0] == "France"
    assert "Pierre Durand (France)" in by_country


def test_a_stored_delegation_spelled_in_another_language_is_one_proposal(
    services: Services, meeting_id: int
) -> None:
    session = services.sessions.add(meeting_id, "Working Session 1", "Tolerance")
    services.statements.add(session.id, "", "Австрия")
    services.directory.forget()
    found = services.directory.search(meeting_id, "austria")
    assert [e.display for e in found].count("Austria") == 1
    assert found[0].category is Category.DELEGATION
