"""The reference lists shipped with the program: complete, unique, well categorised."""

import re
from collections import Counter
from datetime import date

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.reference import (
    GROUPS,
    ReferenceOrganization,
    reference_organizations,
    reference_source,
)
from rapporteur_app.domain.text import search_key

CYRILLIC = re.compile("[\u0400-\u04ff]")
# A Russian name: Cyrillic words, with the spaces, hyphens, quotes and commas of names.
RUSSIAN_NAME = re.compile(r"^[\u0400-\u04ff][\u0400-\u04ff \-«»,()]*$")

PARTICIPATING_STATES = {
    "Albania", "Andorra", "Armenia", "Austria", "Azerbaijan", "Belarus", "Belgium",
    "Bosnia and Herzegovina", "Bulgaria", "Canada", "Croatia", "Cyprus", "Czechia", "Denmark",
    "Estonia", "Finland", "France", "Georgia", "Germany", "Greece", "Holy See", "Hungary",
    "Iceland", "Ireland", "Italy", "Kazakhstan", "Kyrgyzstan", "Latvia", "Liechtenstein",
    "Lithuania", "Luxembourg", "Malta", "Moldova", "Monaco", "Mongolia", "Montenegro",
    "Netherlands", "North Macedonia", "Norway", "Poland", "Portugal", "Romania",
    "Russian Federation", "San Marino", "Serbia", "Slovakia", "Slovenia", "Spain", "Sweden",
    "Switzerland", "Tajikistan", "Türkiye", "Turkmenistan", "Ukraine", "United Kingdom",
    "United States of America", "Uzbekistan",
}  # fmt: skip
ASIAN_PARTNERS = {"Afghanistan", "Australia", "Japan", "Republic of Korea", "Thailand"}
MEDITERRANEAN_PARTNERS = {"Algeria", "Egypt", "Israel", "Jordan", "Morocco", "Tunisia"}


def _names(group: str) -> set[str]:
    return {o.name for o in reference_organizations() if o.group == group}


def _by_key(key: str) -> ReferenceOrganization:
    return next(o for o in reference_organizations() if o.key == key)


def test_exactly_the_57_participating_states_and_the_11_partners() -> None:
    assert len(PARTICIPATING_STATES) == 57
    assert _names("participating-state") == PARTICIPATING_STATES
    assert _names("partner-asian") == ASIAN_PARTNERS
    assert _names("partner-mediterranean") == MEDITERRANEAN_PARTNERS
    groups = Counter(o.group for o in reference_organizations())
    assert groups["participating-state"] == 57
    assert groups["partner-asian"] + groups["partner-mediterranean"] == 11
    assert sum(o.is_partner for o in reference_organizations()) == 11
    assert sum(o.is_participating_state for o in reference_organizations()) == 57


def test_every_state_and_partner_has_a_russian_name_in_cyrillic() -> None:
    delegations = [o for o in reference_organizations() if o.is_participating_state or o.is_partner]
    for organization in delegations:
        russian = organization.names.get("ru", "")
        assert RUSSIAN_NAME.match(russian), (organization.key, russian)
    assert _by_key("state.ru").names["ru"] == "Российская Федерация"
    assert _by_key("state.gb").names["ru"] == "Соединенное Королевство"
    assert _by_key("partner.kr").names["ru"] == "Республика Корея"


def test_every_entry_has_english_russian_and_french_names() -> None:
    for organization in reference_organizations():
        assert organization.names.keys() >= {"en", "ru", "fr"}, organization.key
        assert CYRILLIC.search(organization.names["ru"]), organization.key
        assert not CYRILLIC.search(organization.names["en"]), organization.key
        assert not CYRILLIC.search(organization.names["fr"]), organization.key
        for name in organization.spellings():
            assert name == name.strip() and "  " not in name, (organization.key, name)


def test_keys_and_spellings_are_unique() -> None:
    organizations = reference_organizations()
    assert len({o.key for o in organizations}) == len(organizations)
    owner: dict[str, str] = {}
    for organization in organizations:
        for spelling in organization.spellings():
            key = search_key(spelling)
            assert owner.setdefault(key, organization.key) == organization.key, spelling


def test_categories_follow_the_groups() -> None:
    for organization in reference_organizations():
        assert organization.category is GROUPS[organization.group], organization.key
    assert set(GROUPS) == {o.group for o in reference_organizations()}
    categories = Counter(o.category for o in reference_organizations())
    assert categories[Category.DELEGATION] == 57 + 11 + 1  # and the European Union
    assert Category.CIVIL_SOCIETY not in categories and Category.MEDIA not in categories


def test_the_osce_structures_and_the_organizations_that_usually_speak() -> None:
    acronyms = {o.acronym for o in reference_organizations()}
    assert {"ODIHR", "HCNM", "RFoM", "OSCE PA", "OSR/CTHB", "CPC", "TNTD"} <= acronyms
    assert {"UNHCR", "IOM", "UNODC", "ILO", "OHCHR", "UNICEF", "GRETA", "FRA", "ICMPD"} <= acronyms
    named = {o.name for o in reference_organizations()}
    assert {"UN Women", "Council of Europe", "European Commission", "Europol"} <= named
    assert "International Criminal Police Organization" in named  # INTERPOL
    field_operations = _names("osce-field-operation")
    assert len(field_operations) == 12
    assert {"OSCE Mission in Kosovo", "OSCE Mission to Moldova", "OSCE Centre in Ashgabat"} <= (
        field_operations
    )
    assert _by_key("io.greta").category is Category.INTERNATIONAL_ORGANIZATION
    assert _by_key("osce.osr-cthb").category is Category.OSCE_INSTITUTION


def test_the_file_says_where_the_lists_come_from_and_when() -> None:
    source, written = reference_source()
    assert "osce.org" in source
    assert date.fromisoformat(written).year >= 2024
