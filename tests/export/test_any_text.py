"""Whatever a person types or pastes, every export opens."""

from pathlib import Path

import docx
import pypdf
from hypothesis import given, settings
from hypothesis import strategies as st

from rapporteur_app.domain.kinds import Category, SessionList
from rapporteur_app.domain.model import Introducer
from rapporteur_app.domain.rich_text import to_plain
from rapporteur_app.services.app_services import Services

# Every code point, surrogates and controls included: cleaning is the writers' job too.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=200)
ANY_LINE = ANY_TEXT.filter(lambda t: t.strip() and any(c.isalnum() for c in t))
PASTED = st.sampled_from(
    ["a < b & c > d", "<b>bold</b> &amp;", "vertical\vtab\x00nul\x07bell", "emoji 🙂👩‍⚖️",
     "مرحبا بالعالم עברית", "line\r\nbreak\u2028sep", "\ud800 lone surrogate", "'quote\" %s {0}"]
)  # fmt: skip
TEXT = st.one_of(ANY_TEXT, PASTED)
LINE = st.one_of(ANY_LINE, PASTED)


def _export_all(services: Services, session_id: int, meeting_id: int, folder: Path) -> int:
    """Export every document in both formats; each must open. Returns how many did."""
    opened = 0
    for fmt in ("docx", "pdf"):
        for document in ("rapport", "working-group"):
            out = folder / f"{document}.{fmt}"
            services.documents.export_session(session_id, fmt=fmt, out=out, document=document)
            _opens(out)
            opened += 1
        for document in ("consolidated", "highlights", "agenda"):
            out = folder / f"{document}.{fmt}"
            services.documents.export_meeting(meeting_id, fmt=fmt, out=out, document=document)
            _opens(out)
            opened += 1
    return opened


def _opens(path: Path) -> None:
    if path.suffix == ".docx":
        assert docx.Document(str(path)).paragraphs
    else:
        reader = pypdf.PdfReader(str(path))
        assert len(reader.pages) >= 1
        for page in reader.pages:
            page.extract_text()


@settings(max_examples=15)
@given(
    title=LINE, rapporteur=TEXT, narrative=TEXT, speaker=LINE, organization=LINE,
    addressee=LINE, recommendation=LINE, venue=TEXT,
)  # fmt: skip
def test_any_text_in_any_field_exports_to_documents_that_open(
    services: Services,
    tmp_path_factory: object,
    title: str,
    rapporteur: str,
    narrative: str,
    speaker: str,
    organization: str,
    addressee: str,
    recommendation: str,
    venue: str,
) -> None:
    folder = Path(tmp_path_factory.mktemp("out"))  # type: ignore[attr-defined]
    meeting = services.meetings.add(title, venue=venue, background=narrative)
    session = services.sessions.add(
        meeting.id, title, title, moderator=rapporteur, rapporteur=rapporteur
    )
    services.sessions.set_narrative(session.id, narrative)
    services.sessions.set_introducers(session.id, [Introducer(speaker, rapporteur, organization)])
    for which in SessionList:
        services.sessions.set_list(session.id, which, [recommendation, narrative or "x"])
    services.statements.add(session.id, speaker, organization, Category.CIVIL_SOCIETY)
    services.statements.add(session.id, speaker, organization, anonymous=True, notes=narrative)
    services.recommendations.add(session.id, addressee, recommendation)
    assert _export_all(services, session.id, meeting.id, folder) == 10


def test_a_hundred_thousand_character_narrative(services: Services, tmp_path: Path) -> None:
    meeting = services.meetings.add("Long meeting")
    session = services.sessions.add(meeting.id, "Working Session 1", "Long")
    words = ("Заседание обсудило доступ к правосудию, compensation and légal aid. " * 1500)[
        :100_000
    ]
    services.sessions.set_narrative(session.id, words + "\n\n" + "x" * 5000)
    assert _export_all(services, session.id, meeting.id, tmp_path) == 10
    text = pypdf.PdfReader(str(tmp_path / "rapport.pdf")).pages[1].extract_text()
    assert "правосудию" in text


# Text full of markup, balanced or not: stars, brackets, links, list signs, escapes.
MARKUP = st.lists(
    st.sampled_from([*"abcЖжé 01*[]()\\-•.\n#:/_", "**", "](", "\n\n", "- ", "word"]),
    min_size=1,
    max_size=40,
).map("".join)


def _words(text: str) -> list[str]:
    """What a reader must see of a text: its letters and digits, word by word."""
    return ["".join(c for c in word if c.isalnum()) for word in to_plain(text).split()
            if any(c.isalnum() for c in word)]  # fmt: skip


# A recommendation of white space alone is refused by its service (one clear message):
# the items here hold something to show.
ITEM = MARKUP.filter(lambda text: bool(text.strip()))


@settings(max_examples=6)
@given(narrative=MARKUP, background=MARKUP, item=ITEM, office=MARKUP)
def test_any_markup_in_every_rich_field_shows_its_characters(
    services: Services, tmp_path_factory: object, narrative: str, background: str, item: str,
    office: str,
) -> None:  # fmt: skip
    folder = Path(tmp_path_factory.mktemp("rich"))  # type: ignore[attr-defined]
    meeting = services.meetings.add("Meeting", background=background)
    services.meetings.set_document_settings(meeting.id, issuer=office, annex=narrative)
    session = services.sessions.add(meeting.id, "Panel 1", "Panel", background=background)
    services.sessions.set_narrative(session.id, narrative)
    services.sessions.set_document_settings(session.id, findings_lead_in=item, participants=item)
    for which in SessionList:
        services.sessions.set_list(session.id, which, [item])
    services.recommendations.add(session.id, "osce", item)
    assert _export_all(services, session.id, meeting.id, folder) == 10
    words = {
        "n": _words(narrative),
        "b": _words(background),
        "i": _words(item),
        "o": _words(office),
    }
    # Which fields each document shows.
    shows = {"rapport": "ni", "working-group": "ni", "consolidated": "ni", "highlights": "nbio",
             "agenda": "nbio"}  # fmt: skip
    for path in folder.iterdir():
        if path.suffix == ".docx":
            document = docx.Document(str(path))
            text = " ".join(p.text for p in document.paragraphs)
            text += " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
        else:
            text = " ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)
        seen = "".join(c for c in text if c.isalnum())
        for field in shows[path.stem]:
            for word in words[field]:
                assert word in seen, f"{word!r} not shown in {path.name}"
