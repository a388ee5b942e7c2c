"""The shipped reference lists: complete, unambiguous, in the right categories."""

import re
from collections import Counter

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.reference import (
    ASIAN_PARTNER,
    MEDITERRANEAN_PARTNER,
    PARTICIPATING_STATE,
    reference_by_key,
    reference_organizations,
    reference_source,
)
from rapporteur_app.domain.text import search_key

CYRILLIC = re.compile("[\u0400-\u04ff]")

PARTICIPATING_STATES = {
    "Albania", "Andorra", "Armenia", "Austria", "Azerbaijan", "Belarus", "Belgium",
    "Bosnia and Herzegovina", "Bulgaria", "Canada", "Croatia", "Cyprus", "Czechia",
    "Denmark", "Estonia", "Finland", "France", "Georgia", "Germany", "Greece", "Holy See",
    "Hungary", "Iceland", "Ireland", "Italy", "Kazakhstan", "Kyrgyzstan", "Latvia",
    "Liechtenstein", "Lithuania", "Luxembourg", "Malta", "Moldova", "Monaco", "Mongolia",
    "Montenegro", "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal",
    "Romania", "Russian Federation", "San Marino", "Serbia", "Slovakia", "Slovenia",
    "Spain", "Sweden", "Switzerland", "Tajikistan", "Türkiye", "Turkmenistan", "Ukraine",
    "United Kingdom", "United States of America", "Uzbekistan",
}  # fmt: skip
ASIAN_PARTNERS = {"Afghanistan", "Australia", "Japan", "Republic of Korea", "Thailand"}
MEDITERRANEAN_PARTNERS = {"Algeria", "Egypt", "Israel", "Jordan", "Morocco", "Tunisia"}


def _names_in(group: str) -> set[str]:
    return {org.name for org in reference_organizations() if org.group == group}


def test_all_57_participating_states_and_11_partners_are_listed() -> None:
    assert len(_names_in(PARTICIPATING_STATE)) == 57
    assert _names_in(PARTICIPATING_STATE) == PARTICIPATING_STATES
    assert _names_in(ASIAN_PARTNER) == ASIAN_PARTNERS
    assert _names_in(MEDITERRANEAN_PARTNER) == MEDITERRANEAN_PARTNERS
    delegations = [o for o in reference_organizations() if o.category is Category.DELEGATION]
    assert len(delegations) == 57 + 11
    assert sum(o.is_partner for o in delegations) == 11


def test_keys_are_unique_and_stable() -> None:
    keys = Counter(org.key for org in reference_organizations())
    assert [k for k, n in keys.items() if n > 1] == []
    assert reference_by_key()["state.at"].name == "Austria"
    assert reference_by_key()["partner.jp"].group == ASIAN_PARTNER
    assert reference_by_key()["osce.odihr"].acronym == "ODIHR"


def test_no_spelling_points_to_two_entries() -> None:
    # The live console completes from every spelling: one must never mean two bodies.
    owners: dict[str, set[str]] = {}
    for org in reference_organizations():
        for spelling in org.spellings():
            owners.setdefault(search_key(spelling), set()).add(org.key)
    assert {s: k for s, k in owners.items() if len(k) > 1} == {}


def test_every_entry_has_english_russian_and_french_names() -> None:
    for org in reference_organizations():
        assert org.names["en"].strip() == org.names["en"], org.key
        assert not CYRILLIC.search(org.names["en"]), org.key
        assert CYRILLIC.search(org.names["ru"]), org.key
        assert not re.search("[A-Za-z]", org.names["ru"].replace("ОБСЕ", "")), org.key
        assert org.names["fr"], org.key


def test_categories_and_groups_agree_with_the_groups_table() -> None:
    groups = reference_source().groups
    for org in reference_organizations():
        assert isinstance(org.category, Category)
        assert groups[org.group] is org.category, org.key
    assert {o.category for o in reference_organizations()} == {
        Category.DELEGATION,
        Category.OSCE_INSTITUTION,
        Category.INTERNATIONAL_ORGANIZATION,
    }


def test_osce_structures_and_usual_international_organizations_are_there() -> None:
    acronyms = {o.acronym for o in reference_organizations() if o.acronym}
    for expected in (
        "ODIHR", "HCNM", "RFoM", "OSR/CTHB", "OCEEA", "OSCE PA",
        "UNHCR", "IOM", "UNODC", "ILO", "OHCHR", "UNICEF", "UN Women", "UNDP",
        "GRETA", "FRA", "Europol", "Eurojust", "INTERPOL", "ICMPD", "EEAS", "CIS",
    ):  # fmt: skip
        assert expected in acronyms, expected
    field_operations = [o for o in reference_organizations() if o.group == "osce-field-operation"]
    assert len(field_operations) == 12
    assert all(o.category is Category.OSCE_INSTITUTION for o in field_operations)
    council = reference_by_key()["io.coe"]
    assert council.category is Category.INTERNATIONAL_ORGANIZATION
    assert council.name_in("ru") == "Совет Европы"


def test_the_source_and_date_are_noted() -> None:
    source = reference_source()
    assert "OSCE" in source.source
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", source.date)


def test_a_name_in_any_language_finds_the_entry() -> None:
    austria = reference_by_key()["state.at"]
    assert {"Austria", "Австрия", "Autriche", "Österreich"} <= set(austria.spellings())
    assert austria.name_in("ru") == "Австрия"
    assert austria.name_in("es") == "Austria"
