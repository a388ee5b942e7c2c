"""Recommendations tidied: addressees proposed from their words (English, French, Russian
and the other OSCE languages), near-duplicates across statements, nothing changed until
the rapporteur accepts, every source statement kept by a merge."""

import json
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.draft.addressee_proposal import propose_addressee
from rapporteur_app.domain.draft.duplicates import duplicate_groups
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category
from rapporteur_app.services.app_services import Services
from tests.conftest import CliResult


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Participating States should apply the non-punishment principle.", "participating-states"),
        ("OSCE participating States must train judges.", "participating-states"),
        ("ODIHR should update its handbook.", "odihr"),
        ("We call on the OSCE to strengthen its field operations.", "osce"),
        ("Called on OSCE/ODIHR to publish guidance.", "odihr"),
        ("Civil society organizations should be involved in evaluations.", "civil-society"),
        ("The Partners for Co-operation are invited to join.", "partners"),
        ("Les États participants devraient garantir l'accès à l'indemnisation.",
         "participating-states"),
        ("Nous appelons l'OSCE à renforcer la coopération.", "osce"),
        ("Le BIDDH devrait mettre à jour son manuel.", "odihr"),
        ("La société civile doit être associée.", "civil-society"),
        ("Государства-участники должны обеспечить доступ к компенсации.", "participating-states"),
        ("Государствам-участникам следует применять принцип ненаказания.",
         "participating-states"),
        ("Призываем ОБСЕ укрепить сотрудничество.", "osce"),
        ("БДИПЧ следует обновить руководство.", "odihr"),
        ("Die Teilnehmerstaaten sollten Opfer schützen.", "participating-states"),
        ("Gli Stati partecipanti dovrebbero garantire assistenza.", "participating-states"),
        ("Los Estados participantes deberían garantizar la protección.", "participating-states"),
    ],
)  # fmt: skip
def test_the_addressee_is_proposed_from_the_words(text: str, addressee: str) -> None:
    proposal = propose_addressee(text)
    assert proposal is not None and proposal.addressee == addressee


@pytest.mark.parametrize(
    "text",
    [
        "Train labour inspectors with the support of ODIHR.",
        "Ensure that national referral mechanisms are adequately funded.",
        "Assurer le financement des mécanismes nationaux d'orientation.",
        "Обеспечить финансирование национальных механизмов.",
    ],
)
def test_a_text_that_addresses_nobody_named_proposes_nothing(text: str) -> None:
    assert propose_addressee(text) is None


@given(st.text())
def test_any_text_proposes_a_known_addressee_or_nothing(text: str) -> None:
    proposal = propose_addressee(text)
    assert proposal is None or proposal.addressee in (
        "participating-states", "osce", "odihr", "civil-society", "partners",
    )  # fmt: skip


def test_near_duplicates_in_three_languages_and_different_asks_apart() -> None:
    groups = duplicate_groups(
        [
            (1, "Apply the non-punishment principle in law and in practice."),
            (2, "apply the non punishment principle in practice and in law"),
            (3, "Ensure that national referral mechanisms include civil society."),
            (4, "Ensure that national referral mechanisms are adequately funded."),
            (5, "Les États participants devraient garantir l’indemnisation des victimes."),
            (6, "Les Etats participants devraient garantir l'indemnisation des victimes"),
            (7, "Государства должны применять принцип ненаказания жертв."),
            (8, "Государства должны применять принцип ненаказания жертв"),
            (9, "Обеспечить финансирование национальных механизмов."),
        ]
    )
    assert groups == ((1, 2), (5, 6), (7, 8))


@pytest.fixture
def session_id(services: Services) -> int:
    meeting = services.meetings.add("M")
    return services.sessions.add(meeting.id, "WS 1", "Justice").id


def _said(services: Services, session_id: int, org: str, category: Category, **kw: object) -> int:
    return services.statements.add(session_id, "X", org, category, **kw).id  # type: ignore[arg-type]


def test_review_proposes_and_changes_nothing_until_accepted(
    services: Services, session_id: int
) -> None:
    austria = _said(services, session_id, "Austria", Category.DELEGATION)
    france = _said(services, session_id, "France", Category.DELEGATION)
    survivor = _said(services, session_id, "Survivors' Network", Category.CIVIL_SOCIETY,
                     anonymous=True, anonymous_description="a survivor")  # fmt: skip
    first = services.recommendations.add(
        session_id, "osce", "ODIHR should update the referral handbook.", austria
    )
    second = services.recommendations.add(
        session_id, "odihr", "ODIHR should update the referral handbook", france
    )
    third = services.recommendations.add(
        session_id, "osce", "Государства-участники должны обеспечить компенсацию.", survivor
    )
    before = services.recommendations.of_session(session_id)
    review = services.recommendation_review.review(session_id)
    assert services.recommendations.of_session(session_id) == before
    by_id = {item.recommendation.id: item for item in review.items}
    assert by_id[first.id].proposal is not None
    assert by_id[first.id].proposal.addressee == "odihr"
    assert by_id[second.id].proposal is None  # already the addressee its words name
    assert by_id[third.id].proposal is not None
    assert by_id[third.id].proposal.addressee == "participating-states"
    assert by_id[first.id].made_by == "Austria"
    assert by_id[third.id].made_by == "a survivor"  # never the network or the name
    assert review.duplicate_groups == ((first.id, second.id),)

    assert services.recommendation_review.accept_addressee(first.id).addressee == "odihr"
    kept = services.recommendation_review.merge_duplicates(first.id, [second.id])
    assert kept.text == "ODIHR should update the referral handbook."
    review = services.recommendation_review.review(session_id)
    assert [item.recommendation.id for item in review.items] == [first.id, third.id]
    assert [s.statement_id for s in review.items[0].sources] == [austria, france]
    assert review.items[0].made_by == "Austria, France"
    assert review.duplicate_groups == ()
    # The sources survive a dump and a load.
    loaded = services.exchange.load(
        services.exchange.dump(services.sessions.get(session_id).meeting_id)
    )
    new_session = services.sessions.of_meeting(loaded.id)[0]
    assert services.recommendation_review.review(new_session.id).items[0].made_by == (
        "Austria, France"
    )


def test_merging_refuses_what_cannot_be_merged(services: Services, session_id: int) -> None:
    other_meeting = services.meetings.add("N")
    elsewhere = services.sessions.add(other_meeting.id, "WS", "T").id
    one = services.recommendations.add(session_id, "osce", "A.")
    two = services.recommendations.add(elsewhere, "osce", "A.")
    for keep, others, words in ((one.id, [], "at least one"), (one.id, [one.id], "at least one"),
                                (one.id, [two.id], "same session")):  # fmt: skip
        with pytest.raises(InvalidInput, match=words):
            services.recommendation_review.merge_duplicates(keep, others)
    with pytest.raises(InvalidInput, match="names no addressee"):
        services.recommendation_review.accept_addressee(one.id)
    assert [r.text for r in services.recommendations.of_session(session_id)] == ["A."]


def test_recommendation_list_json_on_the_command_line(
    cli: Callable[..., CliResult], services: Services, session_id: int
) -> None:
    austria = _said(services, session_id, "Austria", Category.DELEGATION)
    malta = _said(services, session_id, "Malta", Category.DELEGATION)
    text = "Participating States should train judges on the non-punishment principle."
    a = services.recommendations.add(session_id, "osce", text, austria)
    b = services.recommendations.add(
        session_id, "participating-states", text.lower().replace("-", " ").rstrip("."), malta
    )
    result = cli("recommendation", "list", "--session", str(session_id), "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert data["duplicate_groups"] == [[a.id, b.id]]
    first = data["recommendations"][0]
    assert first["proposed_addressee"]["addressee"] == "participating-states"
    assert first["from_statements"] == [{"statement_id": austria, "who": "Austria"}]
    assert data["recommendations"][1]["proposed_addressee"] is None
    result = cli("recommendation", "accept-addressee", "--id", str(a.id))
    assert (result.code, result.out.strip()) == (0, "participating-states")
    result = cli("recommendation", "merge-duplicates", "--keep", str(a.id), "--other", str(b.id))
    assert result.code == 0, result.err
    bad = cli("recommendation", "merge-duplicates", "--keep", str(a.id), "--other", "999")
    assert bad.code == 2 and len(bad.err.strip().splitlines()) == 1
    bad = cli("recommendation", "list", "--session", "999")
    assert bad.code == 2 and "999" in bad.err
