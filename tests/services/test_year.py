"""A year of an office built through the services: two meetings with sessions and
recommendations repeated across them, a country visit and a workshop; follow-ups
recorded; the year's events, statistics and follow-up table checked against what
the test wrote (on SQLite and PostgreSQL: this folder runs on both engines)."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import CATEGORY_ORDER
from rapporteur_app.domain.text import clean_line, clean_text
from rapporteur_app.domain.year import EventKind, FollowUpState
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.year import NOT_NAMED
from tests.services.year_builder import build_year

D, C, O, I, M = CATEGORY_ORDER  # noqa: E741 (the five categories' initials)


def test_the_year_lists_every_event_with_kind_dates_and_place(services: Services) -> None:
    year = build_year(services)
    assert services.year.years() == [2017, 2016]
    events = services.year.events(2016)
    assert [(e.meeting_id, e.kind, e.start, e.place) for e in events] == [
        (year.conference, EventKind.CONFERENCE, date(2016, 4, 11), "Vienna"),
        (year.visit, EventKind.COUNTRY_VISIT, date(2016, 6, 6), "Yerevan"),
        (year.workshop, EventKind.WORKSHOP, date(2016, 9, 20), "London"),
        (year.meeting, EventKind.MEETING, date(2016, 9, 26), "Vienna"),
    ]
    # Sessions and counted statements (not the reply, not the presentation).
    assert [(e.sessions, e.statements) for e in events] == [(2, 7), (0, 0), (0, 0), (1, 2)]
    assert not EventKind.COUNTRY_VISIT.has_sessions and EventKind.CONFERENCE.has_sessions
    assert services.meetings.get(year.visit).kind is EventKind.COUNTRY_VISIT
    services.meetings.update(year.visit, kind=EventKind.OTHER)
    assert services.meetings.get(year.visit).kind is EventKind.OTHER


def test_the_statistics_of_a_year_are_what_was_logged(services: Services) -> None:
    year = build_year(services)
    stats = services.year.statistics(2016)
    by_meeting = {m.meeting_id: m for m in stats.meetings}
    assert list(by_meeting) == [year.conference, year.visit, year.workshop, year.meeting]
    conference = by_meeting[year.conference]
    assert conference.by_category == {D: 3, C: 2, O: 1, I: 1, M: 0}
    assert (conference.statements, conference.rights_of_reply) == (7, 1)
    assert by_meeting[year.visit].row() == (0, 0, 0, 0, 0, 0, 0)
    assert not by_meeting[year.visit].has_tally and not by_meeting[year.workshop].has_tally
    assert conference.has_tally and by_meeting[year.meeting].has_tally
    assert by_meeting[year.meeting].by_category == {D: 1, C: 0, O: 0, I: 0, M: 1}
    assert stats.totals() == (9, 4, 2, 1, 1, 1, 1)
    speakers = {(s.name, s.category): (s.statements, s.replies) for s in stats.speakers}
    assert speakers == {
        ("Austria", D): (3, 0), ("Germany", D): (1, 1), ("La Strada", C): (1, 0),
        # The reference list's names: "UNODC" and "ODIHR" are found under them.
        ("United Nations Office on Drugs and Crime", I): (1, 0),
        ("Office for Democratic Institutions and Human Rights", O): (1, 0),
        ("Media Union", M): (1, 0),
        (NOT_NAMED, C): (1, 0),
    }  # fmt: skip
    assert stats.speakers[0].name == "Austria"
    # The excluded recommendation is not counted.
    assert dict(stats.addressees) == {"participating-states": 2, "osce": 1, "odihr": 1}
    chosen = services.year.statistics(meeting_ids=[year.meeting])
    assert [m.meeting_id for m in chosen.meetings] == [year.meeting]
    assert chosen.totals() == (2, 1, 0, 0, 0, 1, 0)
    assert services.year.statistics(2015).meetings == ()


def test_follow_up_is_recorded_and_tabled_by_addressee(services: Services) -> None:
    year = build_year(services)
    session_id = services.sessions.of_meeting(year.conference)[0].id
    rapport_before = services.documents.rapport(session_id).document("Rapporteur").text_lines()
    services.follow_up.set_state(year.april_states, FollowUpState.IN_PROGRESS, "THB Unit")
    services.follow_up.add_note(year.april_states, date(2016, 5, 2), "Letter to the delegations")
    services.follow_up.add_note(year.april_states, date(2016, 11, 30), "Three States replied")
    services.follow_up.set_state(year.april_osce, FollowUpState.IMPLEMENTED)
    services.follow_up.set_office(year.april_osce, "TNTD")
    services.follow_up.set_state(year.september_new, FollowUpState.NOT_TAKEN_UP)
    follow_up = services.follow_up.get(year.april_states)
    assert follow_up.state is FollowUpState.IN_PROGRESS and follow_up.office == "THB Unit"
    assert [(n.day, n.text) for n in follow_up.notes] == [
        (date(2016, 5, 2), "Letter to the delegations"),
        (date(2016, 11, 30), "Three States replied"),
    ]
    table = services.follow_up.table(2016)
    assert [(r.addressee, r.recommendation_id, r.state, r.office, r.last_note_day, r.last_note)
            for r in table] == [
        ("odihr", year.september_new, FollowUpState.NOT_TAKEN_UP, "", None, ""),
        ("osce", year.april_osce, FollowUpState.IMPLEMENTED, "TNTD", None, ""),
        ("participating-states", year.april_states, FollowUpState.IN_PROGRESS, "THB Unit",
         date(2016, 11, 30), "Three States replied"),
        ("participating-states", year.september_states, FollowUpState.OPEN, "", None, ""),
    ]  # fmt: skip
    only = services.follow_up.table(2016, addressee="osce")
    assert [r.recommendation_id for r in only] == [year.april_osce]
    with pytest.raises(InvalidInput):
        services.follow_up.add_note(year.april_osce, date(2016, 1, 1), "   ")
    # Nothing of it reaches the rapport, which reports what was said.
    rapport = services.documents.rapport(session_id).document("Rapporteur").text_lines()
    assert rapport == rapport_before
    assert "Apply the non-punishment principle in law and practice" in rapport


def test_a_repeated_recommendation_is_proposed_then_linked_by_a_person(
    services: Services,
) -> None:
    year = build_year(services)
    proposals = services.follow_up.proposals(year.meeting)
    assert [(p.later_id, p.earlier_id) for p in proposals] == [
        (year.september_states, year.april_states)
    ]
    assert proposals[0].earlier_meeting == "Alliance against Trafficking in Persons Conference"
    # Proposing links nothing.
    assert services.follow_up.get(year.september_states).earlier_id is None
    services.follow_up.confirm_link(year.september_states, year.april_states)
    assert services.follow_up.get(year.september_states).earlier_id == year.april_states
    assert services.follow_up.proposals(year.meeting) == []
    row = next(r for r in services.follow_up.table(2016)
               if r.recommendation_id == year.september_states)  # fmt: skip
    assert row.earlier_meeting == "Alliance against Trafficking in Persons Conference"
    with pytest.raises(InvalidInput):
        services.follow_up.confirm_link(year.april_osce, year.april_states)


def test_the_years_proposals_are_those_of_its_meetings(services: Services) -> None:
    year = build_year(services)
    expected = [
        p for e in services.year.events(2016) for p in services.follow_up.proposals(e.meeting_id)
    ]
    assert services.follow_up.proposals_for_year(2016) == expected
    assert [(p.later_id, p.earlier_id) for p in expected] == [
        (year.september_states, year.april_states)
    ]
    services.follow_up.refuse_link(year.september_states, year.april_states)
    assert services.follow_up.proposals_for_year(2016) == []
    assert services.follow_up.proposals_for_year(2015) == []


def test_a_refused_proposal_is_not_proposed_again(services: Services) -> None:
    year = build_year(services)
    services.follow_up.refuse_link(year.september_states, year.april_states)
    assert services.follow_up.proposals(year.meeting) == []
    assert services.follow_up.get(year.september_states).earlier_id is None
    # The person may still change their mind.
    services.follow_up.confirm_link(year.september_states, year.april_states)
    assert services.follow_up.get(year.september_states).earlier_id == year.april_states


def test_an_event_keeps_its_kind_through_the_exchange_format(services: Services) -> None:
    year = build_year(services)
    visit = services.exchange.dump(year.visit)
    assert visit["meeting"]["kind"] == "country-visit" and visit["meeting"]["sessions"] == []
    assert "kind" not in services.exchange.dump(year.meeting)["meeting"]
    loaded = services.exchange.load(visit)
    assert loaded.kind is EventKind.COUNTRY_VISIT and loaded.venue == "Yerevan"
    assert services.exchange.load(services.exchange.dump(year.meeting)).kind is EventKind.MEETING
    visit["meeting"]["kind"] = "picnic"
    with pytest.raises(InvalidInput):
        services.exchange.load(visit)


def test_a_country_visit_prints_no_empty_tally(services: Services) -> None:
    year = build_year(services)
    lines = services.documents.consolidated(year.visit).document("x").text_lines()
    assert lines[0] == "Country visit to Armenia"
    assert not any(line.startswith(("Statements by session", "Total |")) for line in lines)
    conference = services.documents.consolidated(year.conference).document("x").text_lines()
    assert "Statements by session" in conference


@settings(max_examples=25)
@given(office=st.text(max_size=80), note=st.text(max_size=200))
def test_any_typed_office_and_note_are_kept_or_refused_whole(
    services: Services, office: str, note: str
) -> None:
    meeting = services.meetings.add("Any text", start=date(2016, 3, 1))
    session = services.sessions.add(meeting.id, "WS 1", "T")
    recommendation = services.recommendations.add(session.id, "osce", "Train judges")
    services.follow_up.set_office(recommendation.id, office)
    kept = services.follow_up.get(recommendation.id)
    assert kept.office == clean_line(office)
    try:
        services.follow_up.add_note(recommendation.id, date(2016, 4, 1), note)
    except InvalidInput:
        assert not clean_text(note).strip()
        assert services.follow_up.get(recommendation.id).notes == ()
    else:
        (saved,) = services.follow_up.get(recommendation.id).notes
        assert saved.text == clean_text(note).strip()
    row = next(
        r for r in services.follow_up.table(2016) if r.recommendation_id == recommendation.id
    )
    assert row.office == kept.office
