"""The draft narrative as a pure function of a session and its log."""

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.documents.privacy import NO_REDACTION, Redactor
from rapporteur_app.domain.draft.narrative import build_draft
from rapporteur_app.domain.draft.phrases import PHRASES
from rapporteur_app.domain.draft.themes import Note, find_themes, guess_language
from rapporteur_app.domain.kinds import Category, IntroducerRole, StatementKind
from rapporteur_app.domain.labels import LANGUAGES, labels_for
from rapporteur_app.domain.model import Introducer, Session, Statement

PRESENTATION = StatementKind.PRESENTATION


def _statement(number: int, speaker: str, org: str, notes: str = "", **kw: object) -> Statement:
    return Statement(number, 1, number, speaker, org, kw.pop("category", Category.DELEGATION),  # type: ignore[arg-type]
                     notes=notes, start=time(10, number), **kw)  # type: ignore[arg-type]  # fmt: skip


SESSION = Session(
    1, 1, "Working Session 2", "Access to justice",
    moderator="Valiant Richey, OSCE Acting Co-ordinator",
    introducers=(Introducer("Anna Kowalska", "Judge", "Supreme Court of Poland"),
                 Introducer("Hans Weber", "", "", IntroducerRole.PANELLIST)),
)  # fmt: skip


@pytest.mark.parametrize(
    ("notes", "continued"),
    [
        ("Recalled the commitments.", "recalled the commitments."),
        ("Austria's plan was praised.", "Austria's plan was praised."),
        ("ODIHR guidance was presented.", "ODIHR guidance was presented."),
        ("Подчеркнула важность.", "подчеркнула важность."),
    ],
)
def test_the_panels_notes_continue_the_sentence_that_names_them(notes: str, continued: str) -> None:
    log = [_statement(1, "Valiant Richey", "OSCE", notes, kind=PRESENTATION)]
    draft = build_draft(SESSION, log, labels_for("en"), NO_REDACTION)
    assert draft.paragraphs[1] == (
        f"Moderator Valiant Richey, the OSCE Acting Co-ordinator, {continued}"
    )


def test_every_panel_speaker_has_a_paragraph_even_without_notes() -> None:
    log = [
        _statement(1, "anna kowalska", "", "Spoke of\n\nremedies.", kind=PRESENTATION),
        _statement(2, "Guest Speaker", "UNODC", "Gave data.", kind=PRESENTATION),
        _statement(3, "X", "Austria", "Asked for legal aid."),
    ]
    draft = build_draft(SESSION, log, labels_for("en"), NO_REDACTION)
    assert draft.paragraphs[1:5] == (
        "Moderator Valiant Richey, the OSCE Acting Co-ordinator, opened the session.",
        "Introducer Anna Kowalska, the Judge, Supreme Court of Poland, spoke of remedies.",
        "Panellist Hans Weber took the floor.",
        "Speaker Guest Speaker, the UNODC, gave data.",
    )
    assert [p.role for p in draft.panel] == ["moderator", "introducer", "panellist", "speaker"]
    assert draft.tally.statements == 1


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_a_draft_in_each_document_language(code: str) -> None:
    log = [
        _statement(1, "Valiant Richey", "OSCE", "Opened.", kind=PRESENTATION),
        _statement(2, "A", "Austria", "Legal aid for victims."),
        _statement(3, "B", "La Strada", "Legal aid for every victim.",
                   category=Category.CIVIL_SOCIETY),
        _statement(4, "C", "Russian Federation", "", kind=StatementKind.RIGHT_OF_REPLY,
                   replying_to_id=2),
    ]  # fmt: skip
    labels = labels_for(code)
    draft = build_draft(SESSION, log, labels, NO_REDACTION)
    assert "Access to justice" in draft.paragraphs[0]
    phrases = PHRASES[code.split("-", maxsplit=1)[0]]
    assert phrases.group.format(label=labels.delegations, count=1) in draft.text
    assert labels.line(labels.civil_society, 1) in draft.text
    assert phrases.replies.format(count=1) in draft.text
    assert draft.tally.statements == 2 and draft.tally.rights_of_reply == 1
    assert [t.statements for t in draft.themes if "legal aid" in t.phrase.casefold()] == [2]


def test_the_redactor_has_the_last_word() -> None:
    log = [
        _statement(1, "Olena", "Survivors", "Olena told her story.", anonymous=True,
                   anonymous_description="a survivor", category=Category.CIVIL_SOCIETY),
        _statement(2, "B", "Malta", "Thanked OLENA."),
    ]  # fmt: skip
    redact = Redactor.for_names([("Olena", "a survivor")])
    text = build_draft(SESSION, log, labels_for("en"), redact).text
    assert "olena" not in text.casefold()
    assert "– a survivor: a survivor told her story." in text


@given(st.lists(st.text(), max_size=8), st.sampled_from(["en", "ru", "fr", "xx"]))
def test_themes_of_any_notes_are_phrases_of_at_least_two_of_them(
    texts: list[str], preferred: str
) -> None:
    notes = [Note(i, Category.DELEGATION, text) for i, text in enumerate(texts)]
    for theme in find_themes(notes, preferred):
        assert theme.statements >= 2
        assert set(theme.statement_ids) <= set(range(len(texts)))
        assert sum(n for _, n in theme.by_category) == theme.statements
    assert guess_language(" ".join(texts), preferred) in ("en", "fr", "de", "it", "ru", "es")
