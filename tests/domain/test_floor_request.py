"""The quick-entry line's syntax, joint statements included."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.floor_request import FloorRequest, parse_floor_request


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Austria", FloorRequest("", "Austria")),
        ("Anna Petrova, Austria", FloorRequest("Anna Petrova", "Austria")),
        ("Anna Petrova (Austria)", FloorRequest("Anna Petrova", "Austria")),
        ("European Union + Albania, Montenegro",
         FloorRequest("", "European Union", ("Albania", "Montenegro"))),
        ("Anna Petrova (European Union + Albania, Montenegro)",
         FloorRequest("Anna Petrova", "European Union", ("Albania", "Montenegro"))),
        ("Anna Petrova, European Union + Albania; North Macedonia + Serbia",
         FloorRequest("Anna Petrova", "European Union", ("Albania", "North Macedonia", "Serbia"))),
        ("  La Strada  +  KOK e.V. ,, KOK e.V.  ", FloorRequest("", "La Strada", ("KOK e.V.",))),
        ("Канада + США", FloorRequest("", "Канада", ("США",))),
    ],
)  # fmt: skip
def test_the_line_is_read_as_a_rapporteur_writes_it(typed: str, read: FloorRequest) -> None:
    assert parse_floor_request(typed) == read


_name = (
    st.text(
        st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="+,;()"), min_size=1
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@given(lead=_name, others=st.lists(_name, max_size=5, unique=True))
def test_a_joint_statement_typed_any_way_reads_back(lead: str, others: list[str]) -> None:
    typed = lead + (" + " + ", ".join(others) if others else "")
    read = parse_floor_request(typed)
    assert read == FloorRequest("", lead, tuple(others))
    # Separators may be any of , ; + and the spacing anything.
    messy = lead + ("  +" + " ;".join(others) if others else "")
    assert parse_floor_request(messy).cosignatories == tuple(others)


@given(st.text(max_size=80))
def test_any_text_is_read_without_error(text: str) -> None:
    read = parse_floor_request(text)
    for part in (read.speaker, read.organization, *read.cosignatories):
        assert part == part.strip() and "\n" not in part
    assert "" not in read.cosignatories
    assert len(set(read.cosignatories)) == len(read.cosignatories)
