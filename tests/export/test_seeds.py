"""The secretariat's three real documents (../shared/seeds), entered through the
services as a rapporteur would (with their emphasis, lists and links), exported
to DOCX and PDF, read back and checked element by element in the seed's order."""

import re
from datetime import date, time
from pathlib import Path

import pytest

from rapporteur_app.domain.kinds import SessionKind, SessionList
from rapporteur_app.services.app_services import Services
from tests.export.seed_files import (
    SEEDS,
    Element,
    assert_docx_follows,
    assert_pdf_follows,
    docx_elements,
    elements_of_markup,
    pdf_reading,
    seed_blocks,
)

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="../shared/seeds is not beside the clone"
)


def _export(services: Services, tmp_path: Path, name: str, **target: object) -> tuple[Path, Path]:
    paths = []
    for fmt in ("docx", "pdf"):
        out = tmp_path / f"{name}.{fmt}"
        if "session" in target:
            services.documents.export_session(
                int(target["session"]),
                fmt=fmt,
                out=out,
                document=name,  # type: ignore[call-overload]
            )
        else:
            services.documents.export_meeting(
                int(target["meeting"]),
                fmt=fmt,
                out=out,
                document=name,  # type: ignore[call-overload]
            )
        paths.append(out)
    return paths[0], paths[1]


def _is_list(block: str) -> bool:
    return bool(re.match(r"(- |\d+\. )", block))


def _section(blocks: list[str], headings: list[str]) -> dict[str, list[str]]:
    """The blocks under each heading, in order."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for block in blocks:
        if block in headings:
            current = sections.setdefault(block, [])
        elif current is not None:
            current.append(block)
    return sections


# -- the conference highlights --------------------------------------------------------------

HIGHLIGHT_HEADINGS = [
    "Introduction",
    "Opening Remarks",
    "High-level Introductory Panel: Setting the Scene",
    "Panel 1: State Responsibility in Policy and Practice",
    "Panel 2: Addressing Human Trafficking in Crisis Situations",
    "Panel 3: Reducing Unaccompanied Minors' Vulnerability to Human Trafficking",
]


def test_the_conference_highlights_come_out_as_the_seed(services: Services, tmp_path: Path) -> None:
    blocks = seed_blocks("conference-highlights.txt")
    issuer = blocks[0].strip("*").split("\n")
    title, place, dates = blocks[1:3], blocks[3], blocks[4]
    sections = _section(blocks, HIGHLIGHT_HEADINGS)
    meeting = services.meetings.add(
        "15th Alliance against Trafficking in Persons Conference",
        venue=place,
        start=date(2015, 7, 6),
        end=date(2015, 7, 7),
        background="\n\n".join(sections["Introduction"]),
    )
    services.meetings.set_document_settings(
        meeting.id,
        issuer="\n".join(issuer),
        highlights_title="\n".join(title),
        speaker_lines=False,
    )
    for heading in HIGHLIGHT_HEADINGS[1:]:
        label, _, name = heading.partition(": ")
        kind = SessionKind.OPENING if not name else SessionKind.PANEL
        session = services.sessions.add(meeting.id, label, name or label, kind=kind)
        body = sections[heading]
        findings = [b for b in body if _is_list(b)]
        prose = [b for b in body if not _is_list(b)]
        if findings:
            lead_in = prose.pop()
            services.sessions.set_document_settings(session.id, findings_lead_in=lead_in)
            items = [line[2:] for b in findings for line in b.split("\n")]
            services.sessions.set_list(session.id, SessionList.FINDINGS, items)
        services.sessions.set_narrative(session.id, "\n\n".join(prose))

    docx_path, pdf_path = _export(services, tmp_path, "highlights", meeting=meeting.id)

    expected = [Element(line, bold=(line,)) for line in issuer]
    expected += [Element(line, kind="title") for line in (*title, place, dates)]
    for heading in HIGHLIGHT_HEADINGS:
        expected.append(Element(heading, kind="heading"))
        expected += elements_of_markup("\n\n".join(sections[heading]))
    # The seed's side events: a numbered list with bold titles, inside the introduction.
    assert [e.bold for e in expected if e.kind == "number"] == [
        ("“Understanding the Impact of Migration on Security in the OSCE Area”",),
        ("“Preventing Human Trafficking among Institutionalized Children”",),
    ]
    assert sum(1 for e in expected if e.kind == "bullet" and e.italic == (e.text,)) >= 20
    got = docx_elements(docx_path)
    # Title lines and the place and dates: the DOCX sets the latter as a subtitle.
    got = [Element(g.text, g.bold, g.italic, g.links, "title") if g.kind == "body"
           and g.text in (place, dates) else g for g in got]  # fmt: skip
    assert_docx_follows(got, expected)
    assert_pdf_follows(pdf_reading(pdf_path), expected)
    # No fixed heading and no generated speaker line between the lead-ins and their findings.
    texts = [e.text for e in got]
    assert "Findings and recommendations" not in texts
    assert not any(t.startswith(("Moderator:", "Speakers:")) for t in texts)


# -- the annotated agenda --------------------------------------------------------------------

AGENDA_DAY_1 = [
    ("13.00 – 14.00", "OPENING SESSION", SessionKind.OPENING),
    ("14.00 – 16.00", "SESSION I: Protecting the Rights of Child Victims of Trafficking in "
     "Human Beings", SessionKind.WORKING_SESSION),
    ("[16.30 – 17.30 – side event]", "side event", SessionKind.SIDE_EVENT),
]  # fmt: skip


def _agenda_session(
    services: Services, meeting_id: int, day: date, times: str, heading: str, kind: SessionKind,
    body: list[str],
) -> None:  # fmt: skip
    numbers = [int(n) for n in re.findall(r"\d+", times)]
    start = time(numbers[0], numbers[1])
    end = time(numbers[2], numbers[3]) if len(numbers) >= 4 else None
    label, _, title = heading.partition(": ")
    questions: list[str] = []
    description: list[str] = []
    for block in body:
        if block == "Questions for Discussion:":
            continue
        if _is_list(block):
            questions = [line[2:] for line in block.split("\n")]
        else:
            description.append(block)
    session = services.sessions.add(
        meeting_id, label, title or label, kind=kind, day=day, start=start, end=end,
        background="\n\n".join(description),
    )  # fmt: skip
    if questions:
        services.sessions.set_list(session.id, SessionList.QUESTIONS_FOR_DISCUSSION, questions)


def test_the_annotated_agenda_comes_out_as_the_seed(services: Services, tmp_path: Path) -> None:
    blocks = seed_blocks("annotated-agenda.txt")
    title = blocks[0:2]
    place_and_dates = blocks[2]
    assert blocks[3] == "ANNOTATED AGENDA" and blocks[4] == "BACKGROUND"
    day_1, day_2 = blocks.index("Day 1"), blocks.index("Day 2")
    annex = blocks.index("Annex of relevant OSCE commitments")
    meeting = services.meetings.add(
        "Supplementary Human Dimension Meeting on Protecting the Rights of Trafficked Persons",
        venue="Vienna",
        start=date(2022, 7, 18),
        end=date(2022, 7, 19),
        background="\n\n".join(blocks[5:day_1]),
    )
    services.meetings.set_document_settings(
        meeting.id,
        agenda_title="\n".join(title),
        upper_headings=True,
        day_dates=False,
        annex_title=blocks[annex],
        annex="\n\n".join(blocks[annex + 1 :]),
    )

    def entries(day_blocks: list[str]) -> list[tuple[str, str, list[str]]]:
        """(times, heading, body) of each entry: a time, its heading, what follows."""
        found: list[tuple[str, str, list[str]]] = []
        index = 0
        while index < len(day_blocks):
            block = day_blocks[index]
            if block.startswith("["):
                found.append((block, "side event", []))
                index += 1
                continue
            heading = day_blocks[index + 1]
            index += 2
            body: list[str] = []
            while index < len(day_blocks) and not re.match(r"\[?\d+\.\d\d", day_blocks[index]):
                body.append(day_blocks[index])
                index += 1
            found.append((block, heading, body))
        return found

    expected_days = {
        "Day 1": (date(2022, 7, 18), entries(blocks[day_1 + 1 : day_2])),
        "Day 2": (date(2022, 7, 19), entries(blocks[day_2 + 1 : annex])),
    }
    for day, day_entries in expected_days.values():
        for times, heading, body in day_entries:
            kind = {
                "OPENING SESSION": SessionKind.OPENING,
                "CLOSING SESSION": SessionKind.CLOSING,
                "Closing of the meeting": SessionKind.ITEM,
                "side event": SessionKind.SIDE_EVENT,
            }.get(heading, SessionKind.WORKING_SESSION)
            _agenda_session(services, meeting.id, day, times, heading, kind, body)

    docx_path, pdf_path = _export(services, tmp_path, "agenda", meeting=meeting.id)

    expected = [Element(line, kind="title") for line in (*title, place_and_dates, blocks[3])]
    expected.append(Element("BACKGROUND", kind="heading"))
    expected += elements_of_markup("\n\n".join(blocks[5:day_1]))
    for day_name, (_, day_entries) in expected_days.items():
        expected.append(Element(day_name, kind="heading"))
        for times, heading, body in day_entries:
            if heading == "side event":
                expected.append(Element(times, italic=(times,)))
                continue
            expected.append(Element(times, bold=(times,)))
            item = heading == "Closing of the meeting"
            expected.append(Element(heading, bold=(heading,)) if item else
                            Element(heading, kind="heading"))  # fmt: skip
            for block in body:
                if block == "Questions for Discussion:":
                    expected.append(Element(block, kind="heading"))
                else:
                    expected += elements_of_markup(block)
    expected.append(Element(blocks[annex], kind="heading"))
    expected += elements_of_markup("\n\n".join(blocks[annex + 1 :]))
    links = [link for e in expected for link in e.links]
    assert len(links) >= 8  # the seed's links, all kept

    got = docx_elements(docx_path)
    got = [Element(g.text, g.bold, g.italic, g.links, "title") if g.kind == "body"
           and g.text in (place_and_dates, "ANNOTATED AGENDA") else g for g in got]  # fmt: skip
    assert_docx_follows(got, expected)
    assert_pdf_follows(pdf_reading(pdf_path), expected)
    # The closing item is neither a rapport nor a row of the consolidated report.
    consolidated = services.documents.consolidated(meeting.id)
    assert "Closing of the meeting" not in [name for name, _ in consolidated.tallies]
    assert "Rapports from the working sessions" in [e.text for e in got]
    assert [e.text for e in got].count("Rapports from the working sessions") == 1


# -- the working group's conclusions ---------------------------------------------------------


def test_the_working_group_conclusions_come_out_as_the_seed(
    services: Services, tmp_path: Path
) -> None:
    blocks = seed_blocks("working-group-conclusions.txt")
    heading, participants = blocks[0], blocks[1]
    questions, recommendations, priorities = (blocks.index(h) for h in (
        "Questions Raised", "Recommendations", "Identified priorities"))  # fmt: skip
    meeting = services.meetings.add("OSCE Field Missions Meeting")
    group = services.sessions.add(
        meeting.id, "Working Group II", "Anti-trafficking issues", kind=SessionKind.WORKING_GROUP
    )
    services.sessions.set_document_settings(
        group.id,
        conclusions_title=heading,
        participants=participants.removeprefix("Participants: "),
    )
    services.sessions.set_narrative(group.id, "\n\n".join(blocks[2:questions]))

    def items(index: int) -> list[str]:
        return [line[2:] for line in blocks[index + 1].split("\n")]

    services.sessions.set_list(group.id, SessionList.QUESTIONS_RAISED, items(questions))
    for text in items(recommendations):
        services.recommendations.add(group.id, "osce", text)
    services.sessions.set_list(group.id, SessionList.PRIORITIES, items(priorities))

    docx_path, pdf_path = _export(services, tmp_path, "working-group", session=group.id)

    expected = [Element(heading, kind="heading"), Element(participants, bold=("Participants:",))]
    expected += elements_of_markup("\n\n".join(blocks[2:questions]))
    for index in (questions, recommendations, priorities):
        expected.append(Element(blocks[index], kind="heading"))
        expected += elements_of_markup(blocks[index + 1])
    assert_docx_follows(docx_elements(docx_path), expected)
    assert_pdf_follows(pdf_reading(pdf_path), expected)
