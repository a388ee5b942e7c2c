"""A small meeting with everything a document shows: Cyrillic names, an
anonymous speaker, rights of reply, recommendations to several addressees."""

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

import docx
import pypdf
import pytest

from rapporteur_app.domain.kinds import (
    Category,
    IntroducerRole,
    SessionKind,
    SessionList,
    StatementKind,
)
from rapporteur_app.domain.model import Introducer
from rapporteur_app.services.app_services import Services

SECRET_NAME = "Olena Kovalenko"


@dataclass(frozen=True)
class Sample:
    meeting_id: int
    session_id: int
    group_id: int


@pytest.fixture
def sample(services: Services) -> Sample:
    meeting = services.meetings.add(
        "Конференция «Альянс против торговли людьми»",
        venue="Vienna, Hofburg",
        start=date(2015, 7, 6),
        end=date(2015, 7, 7),
        background="With over 320 participants, the conference provided a forum.",
    )
    session = services.sessions.add(
        meeting.id,
        "Working Session 14",
        "Protecting the rights of trafficked persons",
        day=date(2015, 7, 6),
        start=time(10, 0),
        end=time(13, 0),
        moderator="Мадина Джарбусынова, Special Representative",
        rapporteur="Иван Петров, Delegation of the Russian Federation",
    )
    services.sessions.set_introducers(
        session.id,
        [Introducer("Laura Thompson", "Deputy Director General", "IOM", IntroducerRole.PANELLIST)],
    )
    services.sessions.set_narrative(
        session.id,
        "The session examined access to justice.\n\n"
        f"Interventions debated compensation; {SECRET_NAME} spoke of her own case.",
    )
    services.sessions.set_list(session.id, SessionList.QUESTIONS_FOR_DISCUSSION, ["How to act?"])
    first = services.statements.add(
        session.id, "Анна Смирнова", "Russian Federation", Category.DELEGATION
    )
    services.statements.add(session.id, "Jean Dupont", "La Strada", Category.CIVIL_SOCIETY)
    services.statements.add(
        session.id, SECRET_NAME, "Survivors' network", Category.CIVIL_SOCIETY, anonymous=True,
        anonymous_description="a survivor of trafficking",
    )  # fmt: skip
    services.statements.add(session.id, "M. Rossi", "ODIHR", Category.OSCE_INSTITUTION)
    services.statements.add(
        session.id, "Анна Смирнова", "Russian Federation", Category.DELEGATION,
        kind=StatementKind.RIGHT_OF_REPLY, replying_to=first.id,
    )  # fmt: skip
    services.recommendations.add(session.id, "odihr", "Update the handbook.")
    services.recommendations.add(session.id, "participating-states", "Fund shelters.")
    services.recommendations.add(session.id, "osce", "Train staff.")
    services.recommendations.add(session.id, "participating-states", "Apply non-punishment.")
    services.recommendations.add(session.id, "osce", "Left out.", included=False)
    group = services.sessions.add(
        meeting.id, "Working Group II", "Anti-trafficking issues", kind=SessionKind.WORKING_GROUP,
        day=date(2015, 7, 7), start=time(9, 0), end=time(10, 30),
    )  # fmt: skip
    services.sessions.set_list(group.id, SessionList.QUESTIONS_RAISED, ["How to co-ordinate?"])
    services.sessions.set_list(group.id, SessionList.PRIORITIES, ["Ending impunity"])
    services.statements.add(group.id, "A. B.", "Mission to Serbia", Category.OSCE_INSTITUTION)
    services.recommendations.add(group.id, "osce", "Establish a position in each mission.")
    return Sample(meeting.id, session.id, group.id)


def docx_lines(path: Path) -> list[str]:
    """The text of every body paragraph, in order (tables and pictures apart)."""
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def squashed(text: str) -> str:
    """Whitespace folded, so that a line wrapped in the PDF still matches."""
    return " ".join(text.replace("•", " ").split())


def assert_in_order(haystack: str, lines: list[str]) -> None:
    """Each line occurs in the text, after the one before it."""
    text = squashed(haystack)
    position = 0
    for line in lines:
        found = text.find(squashed(line), position)
        assert found >= 0, f"{line!r} missing or out of order after position {position}"
        position = found + len(squashed(line))
