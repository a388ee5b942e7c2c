"""The draft narrative from the log: the demo meeting, and a session logged through the
console's own services (queue, floor, notes, the panel's speakers), in English and Russian."""

import re
from datetime import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rapporteur_app.domain.draft.themes import Theme
from rapporteur_app.domain.kinds import Category, IntroducerRole, SessionKind
from rapporteur_app.domain.model import Introducer
from rapporteur_app.services.app_services import Services
from rapporteur_app.services.demo import add_demo_meeting

SURVIVOR = "Ms. Aigerim N."


def _working_sessions(services: Services) -> list[int]:
    meeting = add_demo_meeting(services, sessions=2, statements_per_session=14)
    return [
        s.id
        for s in services.sessions.of_meeting(meeting.id)
        if s.kind is SessionKind.WORKING_SESSION
    ]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_demo_meetings_draft_names_the_panel_and_counts_as_the_tally(
    services: Services, language: str
) -> None:
    for session_id in _working_sessions(services):
        session = services.sessions.get(session_id)
        draft = services.drafts.draft(session_id, language)
        text = draft.text
        assert session.title in draft.paragraphs[0]
        # The moderator and every introducer, named with their function and organization.
        moderator = "Модератор" if language == "ru" else "Moderator"
        assert f"{moderator} Ms. Valiant Richey, " in text
        assert "OSCE Special Representative" in text
        for introducer in session.introducers:
            assert introducer.name in text
            assert introducer.function in text
            assert introducer.organization in text
        # ... carrying the notes taken during their presentations.
        presentations = [s for s in services.statements.of_session(session_id) if s.is_presentation]
        assert len(presentations) == 3
        for presentation in presentations:
            assert presentation.notes[1:] in text
        assert [p.notes for p in draft.panel] == [(p.notes,) for p in presentations]
        # The floor, by category, as the tally counts it (the panel never counted).
        tally = services.tally.for_session(session_id)
        assert draft.tally == tally
        assert tally.statements == 14
        for category in Category:
            count = tally.count_of(category)
            label_count = f"({count}):"
            if count:
                assert any(p.endswith(label_count) or label_count in p for p in draft.paragraphs)
        assert SURVIVOR not in text
        assert "a survivor of trafficking speaking for a survivors' network" in text


def _logged_session(services: Services, notes: list[tuple[str, str, Category, str]]) -> int:
    """A session logged as the console logs it: the panel first, then the floor from the queue."""
    meeting = services.meetings.add("Alliance against Trafficking in Persons")
    session = services.sessions.add(
        meeting.id,
        "Working Session 14",
        "Labour exploitation",
        moderator="Valiant Richey, OSCE Acting Co-ordinator for Combating Trafficking in "
        "Human Beings",
        background="The session looks at supply chains.\n\nA second paragraph.",
    )
    services.sessions.set_introducers(
        session.id,
        [
            Introducer("Ms. Jane Doe", "Director", "La Strada International"),
            Introducer("Г-н Иван Петров", "Профессор", "МГУ", IntroducerRole.KEYNOTE),
        ],
    )
    opening, _ = services.panel.give_floor(session.id, 0, at=time(10, 0))
    services.statements.set_notes(opening.id, "Welcomed the participants.")
    first, _ = services.panel.give_floor(session.id, 1, at=time(10, 5))
    services.statements.set_notes(first.id, "Presented the findings of a survey.")
    second, ended = services.panel.give_floor(session.id, 2, at=time(10, 15))
    assert ended is not None and ended.id == first.id
    services.statements.set_notes(second.id, "Рассказал о судебной практике.")
    clock = 30
    for speaker, organization, category, text in notes:
        services.queue.add(session.id, speaker, organization, category)
        statement, _entry, _ended = services.floor.give_floor(session.id, at=time(10, clock))
        services.statements.set_notes(statement.id, text)
        clock += 3
    services.floor.end_floor(session.id, at=time(11, 30))
    return session.id


ENGLISH = [
    ("A", "Austria", Category.DELEGATION, "Called for national referral mechanisms."),
    ("B", "Germany", Category.DELEGATION, "Our national referral mechanism was reformed."),
    ("C", "La Strada", Category.CIVIL_SOCIETY, "National referral mechanisms fail survivors."),
    ("D", "IOM", Category.INTERNATIONAL_ORGANIZATION, "Labour inspection must be funded."),
    ("E", "KOK", Category.CIVIL_SOCIETY, "Stronger labour inspection in agriculture."),
    ("F", "France", Category.DELEGATION, "Shared a new law on supply chains."),
    ("G", "Spain", Category.DELEGATION, ""),
]

RUSSIAN = [
    (
        "А",
        "Австрия",
        Category.DELEGATION,
        "Укрепить национальные механизмы перенаправления.",
    ),
    ("Б", "Казахстан", Category.DELEGATION, "Рассказал о национальном механизме перенаправления."),
    ("В", "НКО", Category.CIVIL_SOCIETY, "Национальных механизмов перенаправления недостаточно."),
    ("Г", "МОМ", Category.INTERNATIONAL_ORGANIZATION, "Трудовая инспекция должна работать."),
    ("Д", "Сербия", Category.DELEGATION, "Усилить трудовую инспекцию в сельском хозяйстве."),
    ("Е", "Беларусь", Category.DELEGATION, "Поделился опытом."),
]


def _theme(themes: tuple[Theme, ...], *words: str) -> Theme:
    found = [t for t in themes if all(w in t.phrase.casefold() for w in words)]
    assert found, f"no theme with {words} among {[t.phrase for t in themes]}"
    return found[0]


def test_a_session_logged_through_the_console_services_in_english(services: Services) -> None:
    session_id = _logged_session(services, ENGLISH)
    draft = services.drafts.draft(session_id, "en")
    text = draft.text
    assert draft.paragraphs[0] == (
        "This session examined “Labour exploitation”. The session looks at supply chains."
    )
    assert draft.paragraphs[1] == (
        "Moderator Valiant Richey, the OSCE Acting Co-ordinator for Combating Trafficking in "
        "Human Beings, welcomed the participants."
    )
    assert draft.paragraphs[2] == (
        "Introducer Ms. Jane Doe, the Director, La Strada International, presented the "
        "findings of a survey."
    )
    assert draft.paragraphs[3] == (
        "Keynote speaker Г-н Иван Петров, Профессор, МГУ, рассказал о судебной практике."
    )
    tally = services.tally.for_session(session_id)
    assert (tally.statements, tally.delegations, tally.civil_society) == (7, 4, 2)
    assert draft.tally == tally
    assert "Delegations (4):" in text and "Civil society (2):" in text
    assert "International organizations (1):" in text
    assert "Also took the floor, without notes: Spain." in text
    ids = [s.id for s in services.statements.of_session(session_id) if not s.is_presentation]
    referral = _theme(draft.themes, "referral")
    assert referral.statement_ids == tuple(ids[:3])
    assert dict(referral.by_category) == {Category.DELEGATION: 2, Category.CIVIL_SOCIETY: 1}
    inspection = _theme(draft.themes, "labour inspection")
    assert inspection.statement_ids == (ids[3], ids[4])
    assert "of 7 statements" in text


def test_a_session_logged_through_the_console_services_in_russian(services: Services) -> None:
    session_id = _logged_session(services, RUSSIAN)
    draft = services.drafts.draft(session_id, "ru")
    assert draft.paragraphs[0].startswith("На этом заседании рассматривалась тема «Labour")
    assert draft.paragraphs[1].startswith("Модератор Valiant Richey, OSCE Acting Co-ordinator")
    assert "Основной докладчик Г-н Иван Петров, Профессор, МГУ, рассказал" in draft.text
    ids = [s.id for s in services.statements.of_session(session_id) if not s.is_presentation]
    # Three inflections of one phrase are one theme, raised by three statements.
    referral = _theme(draft.themes, "механизм", "перенаправлени")
    assert referral.statement_ids == tuple(ids[:3])
    inspection = _theme(draft.themes, "инспекц")
    assert inspection.statement_ids == (ids[3], ids[4])
    assert "Делегации (4):" in draft.text
    assert draft.tally == services.tally.for_session(session_id)


def test_a_speaker_who_asked_not_to_be_named_is_named_nowhere(services: Services) -> None:
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS 1", "Survivors' voices")
    services.statements.add(
        session.id, "Olena Bondar", "Survivors Network", Category.CIVIL_SOCIETY,
        anonymous=True, anonymous_description="a survivor of trafficking",
        notes="Olena Bondar spoke of her experience.",
    )  # fmt: skip
    services.statements.add(
        session.id, "X", "Austria", Category.DELEGATION, notes="Thanked olena  BONDAR."
    )
    text = services.drafts.draft(session.id).text
    assert "bondar" not in text.casefold()
    assert "Survivors Network" not in text
    assert "– a survivor of trafficking: a survivor of trafficking spoke" in text


# Letters whose case folding keeps the length: the redactor matches a name written in
# another case only then ("İ" folds to two characters; see docs/reliability.md).
names = st.text(st.characters(categories=("L",)), min_size=3, max_size=12).filter(
    lambda n: len(n.casefold()) == len(n)
)


@settings(max_examples=25)
@given(
    notes=st.lists(st.text(max_size=200), max_size=6),
    language=st.sampled_from(["en", "ru", "fr"]),
    name=names,
    anonymous_notes=st.text(max_size=80),
)
def test_any_text_as_notes_builds_a_draft_that_never_names_the_anonymous(
    services: Services, notes: list[str], name: str, anonymous_notes: str, language: str
) -> None:
    # The description put in the name's place must not itself hold the name.
    assume(name.casefold() not in ("a", "survivor"))
    meeting = services.meetings.add("M")
    session = services.sessions.add(meeting.id, "WS", "T", moderator=f"{name}, chair")
    services.statements.add(
        session.id, name, "NGO", Category.CIVIL_SOCIETY, anonymous=True,
        anonymous_description="a survivor", notes=f"{anonymous_notes} {name}",
    )  # fmt: skip
    for index, text in enumerate(notes):
        category = (Category.DELEGATION, Category.CIVIL_SOCIETY, Category.MEDIA)[index % 3]
        services.statements.add(session.id, f"S{index}", f"Org {index}", category, notes=text)
    draft = services.drafts.draft(session.id, language)
    assert re.search(rf"(?<!\w){re.escape(name)}(?!\w)", draft.text, re.IGNORECASE) is None
    assert draft.tally == services.tally.for_session(session.id)


def test_names_and_notes_with_markup_characters_mean_what_they_say(services: Services) -> None:
    from rapporteur_app.domain.document import Bullets
    from rapporteur_app.domain.rich_text import parse, to_plain

    meeting = services.meetings.add("M")
    session = services.sessions.add(
        meeting.id, "WS", "Stars *and* <brackets>", moderator="Anna *Star*, Chair [of] x"
    )
    services.statements.add(session.id, "X", "NGO <Voices> *Now*", Category.CIVIL_SOCIETY,
                            notes="*not italic* and [not a link](http://x) \\ kept")  # fmt: skip
    services.statements.add(session.id, "Y", "1. Verein", Category.CIVIL_SOCIETY, notes="- dash")
    draft = services.drafts.draft(session.id)
    blocks = parse(draft.markup)
    runs = [run for block in blocks for line in (
        block.items if isinstance(block, Bullets) else (block.runs,)) for run in line]  # fmt: skip
    assert not any(run.bold or run.italic or run.link for run in runs)
    plain = to_plain(draft.markup)
    for literal in ("“Stars *and* <brackets>”", "Moderator Anna *Star*, the Chair [of] x",
                    "NGO <Voices> *Now*: *not italic* and [not a link](http://x) \\ kept",
                    "1. Verein: - dash"):  # fmt: skip
        assert literal in plain
    items = [b for b in blocks if isinstance(b, Bullets)]
    assert [len(b.items) for b in items] == [2]
