"""The tally rule of domain.md: statements = the five categories; rights of reply beside."""

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category, StatementKind
from rapporteur_app.domain.tally import Tally

ROR = StatementKind.RIGHT_OF_REPLY
STATEMENT = StatementKind.STATEMENT


def test_the_real_rapport_of_domain_md() -> None:
    items = (
        [(STATEMENT, Category.DELEGATION)] * 15
        + [(STATEMENT, Category.CIVIL_SOCIETY)] * 33
        + [(STATEMENT, Category.OSCE_INSTITUTION)]
        + [(STATEMENT, Category.INTERNATIONAL_ORGANIZATION)]
        + [(ROR, Category.DELEGATION)] * 10
    )
    tally = Tally.of(items)
    assert tally.as_dict() == {
        "statements": 50,
        "delegations": 15,
        "civil_society": 33,
        "osce_institutions": 1,
        "international_organizations": 1,
        "media": 0,
        "rights_of_reply": 10,
    }


def test_keys_are_in_the_rapports_order() -> None:
    assert list(Tally().as_dict()) == [
        "statements",
        "delegations",
        "civil_society",
        "osce_institutions",
        "international_organizations",
        "media",
        "rights_of_reply",
    ]


items = st.lists(st.tuples(st.sampled_from(StatementKind), st.sampled_from(Category)))


@given(items)
def test_statements_are_the_sum_of_categories_and_replies_are_never_in_it(
    logged: list[tuple[StatementKind, Category]],
) -> None:
    tally = Tally.of(logged)
    assert tally.statements == sum(tally.count_of(c) for c in CATEGORY_ORDER)
    assert tally.rights_of_reply == sum(1 for kind, _ in logged if kind is ROR)
    presentations = sum(1 for kind, _ in logged if kind is StatementKind.PRESENTATION)
    assert tally.statements + tally.rights_of_reply + presentations == len(logged)
    for category in CATEGORY_ORDER:
        assert tally.count_of(category) == sum(
            1 for kind, c in logged if kind is STATEMENT and c is category
        )


@given(items, items)
def test_tallies_add_up_like_the_statements_they_count(
    first: list[tuple[StatementKind, Category]], second: list[tuple[StatementKind, Category]]
) -> None:
    assert Tally.of(first) + Tally.of(second) == Tally.of(first + second)


def test_the_panels_own_speakers_are_never_counted() -> None:
    # domain.md: the moderator's opening and the introducers' presentations are noted
    # but never counted in the tally.
    logged = [
        (StatementKind.PRESENTATION, Category.OSCE_INSTITUTION),
        (StatementKind.PRESENTATION, Category.CIVIL_SOCIETY),
        (STATEMENT, Category.DELEGATION),
        (ROR, Category.DELEGATION),
    ]
    assert Tally.of(logged) == Tally(delegations=1, rights_of_reply=1)
