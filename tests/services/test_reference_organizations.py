"""Organizations of the shipped reference lists before and after they are stored."""

import json
import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.reference import reference_for, reference_organizations
from rapporteur_app.domain.text import search_key
from rapporteur_app.services.app_services import Services
from rapporteur_app.store.models import OrganizationRow


@pytest.fixture
def session_id(services: Services) -> int:
    meeting = services.meetings.add("Human Dimension Conference")
    return services.sessions.add(meeting.id, "WS 1", "Trafficking").id


@pytest.mark.parametrize(
    ("on_behalf_of", "category", "stored_as"),
    [
        ("Австрия", Category.DELEGATION, "Austria"),
        ("Republic of Korea", Category.DELEGATION, "Republic of Korea"),
        ("odihr", Category.OSCE_INSTITUTION, "Office for Democratic Institutions and Human Rights"),
        ("УВКБ ООН", Category.INTERNATIONAL_ORGANIZATION,
         "Office of the United Nations High Commissioner for Refugees"),
        ("Mission de l'OSCE au Kosovo", Category.OSCE_INSTITUTION, "OSCE Mission in Kosovo"),
    ],
)  # fmt: skip
def test_a_statement_for_a_reference_organization_needs_no_category(
    services: Services, session_id: int, on_behalf_of: str, category: Category, stored_as: str
) -> None:
    statement = services.statements.add(session_id, "A. Speaker", on_behalf_of)
    assert statement.category is category
    stored = services.statements.of_session(session_id)
    # Filed under the organization's one name, whatever spelling was typed.
    assert [(s.on_behalf_of, s.category) for s in stored] == [(stored_as, category)]


def test_an_unknown_organization_still_needs_its_category(
    services: Services, session_id: int
) -> None:
    with pytest.raises(InvalidInput, match="not a known organization"):
        services.statements.add(session_id, "A. Speaker", "La Strada International")
    assert services.statements.of_session(session_id) == []
    assert services.organizations.stored() == []


def test_every_spelling_logged_is_one_organization(services: Services, session_id: int) -> None:
    for speaker, spelling in (("A", "Autriche"), ("B", "Австрия"), ("C", "Austria")):
        services.statements.add(session_id, speaker, spelling)
    services.queue.add(session_id, "D", "österreich", Category.DELEGATION)
    stored = [o for o in services.organizations.stored() if o.reference_key == "state.at"]
    assert [o.name for o in stored] == ["Austria"]
    assert {s.organization_id for s in services.statements.of_session(session_id)} == {stored[0].id}
    assert services.queue.of_session(session_id)[0].on_behalf_of == "Austria"


def _spell_austria_three_ways(services: Services, session_id: int) -> int:
    """Three rows for Austria, as databases written before the one resolver hold them."""
    ids = []
    with services.db.writing() as db:
        for name in ("Autriche", "Австрия", "Austria"):
            row = OrganizationRow(name=name, name_key=search_key(name), category="delegation")
            db.add(row)
            db.flush()
            ids.append(row.id)
    return ids[0]


def test_the_listing_shows_the_first_met_spelling_of_a_reference_entry(
    services: Services, session_id: int
) -> None:
    first_id = _spell_austria_three_ways(services, session_id)
    listing = services.organizations.listing(Category.DELEGATION)
    austria = [o for o in listing if o.reference_key == "state.at"]
    assert [o.id for o in austria] == [first_id]
    # The other two spellings stay visible, so that they can be merged into it.
    assert sorted(o.name for o in listing if not o.reference_key) == ["Austria", "Австрия"]


def test_the_listing_is_the_same_whatever_the_hash_seed(
    services: Services, session_id: int, db_location: str
) -> None:
    # Python salts string hashes per process: an answer that depends on set order
    # would change from one run of the command to the next.
    _spell_austria_three_ways(services, session_id)
    command = [sys.executable, "-m", "rapporteur_app", "--db", db_location]
    command += ["organizations", "list", "--category", "delegation", "--json"]
    answers = set()
    for seed in ("0", "1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        entries = json.loads(done.stdout)
        answers.add(json.dumps([(e["id"], e["name"], e["reference_key"]) for e in entries]))
    assert len(answers) == 1


def test_every_spelling_finds_its_entry() -> None:
    for entry in reference_organizations():
        for spelling in entry.spellings():
            assert reference_for(spelling.upper()) is entry
            assert reference_for(f"  {spelling.lower()} ") is entry


@given(st.text(max_size=60))
def test_any_text_finds_an_entry_it_spells_or_none(text: str) -> None:
    found = reference_for(text)
    if found is not None:
        assert search_key(text) in {search_key(s) for s in found.spellings()}
