"""The reference lists shipped with the program."""

import re
from collections import Counter

from rapporteur_app.domain.kinds import Category
from rapporteur_app.domain.reference import reference_organizations
from rapporteur_app.domain.text import search_key

CYRILLIC = re.compile("[\u0400-\u04ff]")


def test_all_57_participating_states_and_11_partners() -> None:
    groups = Counter(o.group for o in reference_organizations())
    assert groups["participating-state"] == 57
    assert groups["partner"] == 11
    partners = [o for o in reference_organizations() if o.group == "partner"]
    assert Counter(p.region for p in partners) == {"asian": 5, "mediterranean": 6}


def test_every_entry_has_english_russian_and_french_names() -> None:
    for organization in reference_organizations():
        assert organization.names.keys() >= {"en", "ru", "fr"}, organization.key
        assert CYRILLIC.search(organization.names["ru"]), organization.key
        assert not CYRILLIC.search(organization.names["en"]), organization.key


def test_keys_and_spellings_are_unique() -> None:
    organizations = reference_organizations()
    assert len({o.key for o in organizations}) == len(organizations)
    owner: dict[str, str] = {}
    for organization in organizations:
        for spelling in organization.spellings():
            key = search_key(spelling)
            assert owner.setdefault(key, organization.key) == organization.key, spelling


def test_categories_follow_the_groups() -> None:
    expected = {
        "participating-state": Category.DELEGATION,
        "partner": Category.DELEGATION,
        "eu-delegation": Category.DELEGATION,
        "osce-institution": Category.OSCE_INSTITUTION,
        "osce-secretariat": Category.OSCE_INSTITUTION,
        "osce-field-operation": Category.OSCE_INSTITUTION,
        "un": Category.INTERNATIONAL_ORGANIZATION,
        "eu": Category.INTERNATIONAL_ORGANIZATION,
        "council-of-europe": Category.INTERNATIONAL_ORGANIZATION,
        "other-io": Category.INTERNATIONAL_ORGANIZATION,
    }
    for organization in reference_organizations():
        assert organization.category is expected[organization.group], organization.key
    acronyms = {o.acronym for o in reference_organizations()}
    assert {"ODIHR", "HCNM", "RFoM", "UNHCR", "IOM", "UNODC", "ILO", "OHCHR", "UNICEF"} <= acronyms
