"""The people of a meeting: added on the fly, corrected, merged, removed."""

import pytest

from rapporteur_app.domain.errors import InvalidInput, NotFound
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services


@pytest.fixture
def meeting_id(services: Services) -> int:
    return services.meetings.add("Human Dimension Meeting").id


def test_add_on_the_fly_with_a_known_or_a_new_organization(
    services: Services, meeting_id: int
) -> None:
    known = services.participants.add(
        meeting_id, " Ms.  Олена Коваленко ", "Counsellor", "Україна", email="olena@example.org"
    )
    assert (known.name, known.organization, known.category) == (
        "Ms. Олена Коваленко",
        "Ukraine",
        Category.DELEGATION,
    )
    new = services.participants.add(
        meeting_id, "Naile Tanış", organization="KOK e.V.", category=Category.CIVIL_SOCIETY
    )
    assert (new.organization, new.category) == ("KOK e.V.", Category.CIVIL_SOCIETY)
    alone = services.participants.add(meeting_id, "Dragan Ilić")
    assert alone.organization == "" and alone.category is None
    # The console's completion knows them at once.
    found = services.directory.search(meeting_id, "naile t")
    assert found[0].speaker == "Naile Tanış" and found[0].category is Category.CIVIL_SOCIETY
    assert [p.name for p in services.participants.of_meeting(meeting_id)] == [
        "Dragan Ilić",
        "Ms. Олена Коваленко",
        "Naile Tanış",
    ]


@pytest.mark.parametrize(
    ("name", "organization", "email", "message"),
    [
        ("", "", "", "must not be empty"),
        ("Anna", "Fondation Espoir", "", "give its category"),
        ("Anna", "", "anna@", "not an e-mail address"),
        ("A" * 501, "", "", "longer than 500"),
    ],
)
def test_bad_details_add_nobody(
    services: Services, meeting_id: int, name: str, organization: str, email: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        services.participants.add(meeting_id, name, organization=organization, email=email)
    assert services.participants.of_meeting(meeting_id) == []


def test_the_same_person_twice_is_a_merge_not_an_addition(
    services: Services, meeting_id: int
) -> None:
    services.participants.add(meeting_id, "Anna Smirnova", organization="Austria")
    with pytest.raises(InvalidInput, match="already a participant"):
        services.participants.add(meeting_id, "anna smirnova", organization="Австрия")
    # The same name at another organization is another person.
    services.participants.add(meeting_id, "Anna Smirnova", organization="ODIHR")
    assert len(services.participants.of_meeting(meeting_id)) == 2


def test_edit_renames_the_statements_but_keeps_their_delegation(
    services: Services, meeting_id: int
) -> None:
    session = services.sessions.add(meeting_id, "Working Session 1", "T")
    logged = services.statements.add(session.id, "J. Schafer", "Germany", Category.DELEGATION)
    assert logged.speaker_id is not None
    changed = services.participants.update(
        logged.speaker_id,
        name="Jürgen Schäfer",
        function="Head of Delegation",
        organization="Council of Europe",
        email="js@example.org",
    )
    assert (changed.name, changed.function, changed.organization, changed.email) == (
        "Jürgen Schäfer",
        "Head of Delegation",
        "Council of Europe",
        "js@example.org",
    )
    statement = services.statements.get(logged.id)
    assert (statement.speaker, statement.on_behalf_of) == ("Jürgen Schäfer", "Germany")
    with pytest.raises(InvalidInput, match="not an e-mail address"):
        services.participants.update(logged.speaker_id, email="js at example")
    assert services.participants.get(logged.speaker_id).email == "js@example.org"
    cleared = services.participants.update(logged.speaker_id, organization="")
    assert cleared.organization == "" and cleared.organization_id is None
    with pytest.raises(NotFound):
        services.participants.update(9999, name="X")


def test_merge_two_spellings_of_a_person(services: Services, meeting_id: int) -> None:
    session = services.sessions.add(meeting_id, "WS 1", "T")
    first = services.statements.add(session.id, "Anna Smirnova", "France", Category.DELEGATION)
    second = services.statements.add(session.id, "A. Smirnova", "France")
    services.queue.add(session.id, "A. Smirnova", "France", Category.DELEGATION)
    assert first.speaker_id is not None and second.speaker_id is not None
    services.participants.update(second.speaker_id, email="anna@example.org")
    kept = services.participants.merge(first.speaker_id, second.speaker_id)
    assert (kept.name, kept.email) == ("Anna Smirnova", "anna@example.org")
    assert {s.speaker for s in services.statements.of_session(session.id)} == {"Anna Smirnova"}
    assert {s.speaker_id for s in services.statements.of_session(session.id)} == {kept.id}
    assert services.queue.of_session(session.id)[0].speaker == "Anna Smirnova"
    assert len(services.participants.of_meeting(meeting_id)) == 1
    other = services.meetings.add("Another meeting")
    stranger = services.participants.add(other.id, "Anna Smirnova")
    with pytest.raises(InvalidInput, match="same meeting"):
        services.participants.merge(kept.id, stranger.id)


def test_delete_keeps_the_statements(services: Services, meeting_id: int) -> None:
    session = services.sessions.add(meeting_id, "WS 1", "T")
    logged = services.statements.add(session.id, "Anna", "France", Category.DELEGATION)
    assert logged.speaker_id is not None
    services.participants.delete(logged.speaker_id)
    kept = services.statements.get(logged.id)
    assert (kept.speaker, kept.speaker_id) == ("Anna", None)
    assert services.participants.of_meeting(meeting_id) == []
