"""A draft narrative built from a session's log, in the rapport's conventions.

What the rapport says, in its order: what the session examined; what the
moderator and each introducer said, named with their function; the floor's
interventions by category, counted as the tally counts them; the themes that
recur across the notes. The rapporteur edits it into prose: the draft gives
the material and the numbers, never a judgement.

Every text passes through the meeting's redactor last, so a speaker who asked
not to be named is named nowhere in it, whatever was typed in the notes.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapporteur_app.domain.documents.privacy import Redactor
from rapporteur_app.domain.draft.phrases import DraftPhrases, phrases_for
from rapporteur_app.domain.draft.themes import Note, Theme, find_themes, guess_language
from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category, StatementKind
from rapporteur_app.domain.labels import Labels
from rapporteur_app.domain.model import Introducer, Session, Statement, name_for_documents
from rapporteur_app.domain.rich_text import escape
from rapporteur_app.domain.tally import Tally
from rapporteur_app.domain.text import search_key, split_paragraphs

MODERATOR = "moderator"
OTHER_SPEAKER = "speaker"
_TITLE_WORD = re.compile(r"^([^\W\d_])([^\W\d_]*)\b")


@dataclass(frozen=True, slots=True)
class PanelPart:
    """The moderator, an introducer, or another panel speaker, with their notes."""

    role: str
    """'moderator', an introducer's role ('introducer', 'panellist', 'keynote'), or
    'speaker' for a panel speaker given the floor by a name not on the agenda."""
    name: str
    description: str
    notes: tuple[str, ...]
    paragraph: str


@dataclass(frozen=True, slots=True)
class Draft:
    language: str
    paragraphs: tuple[str, ...]
    panel: tuple[PanelPart, ...]
    tally: Tally
    """The floor's statements by category, counted by the tally's rule."""
    themes: tuple[Theme, ...]

    @property
    def text(self) -> str:
        """The draft as plain text: paragraphs between blank lines, lines as written."""
        return "\n\n".join(self.paragraphs)

    @property
    def markup(self) -> str:
        """The draft as the narrative stores it (:mod:`rapporteur_app.domain.rich_text`):
        every name and note escaped, so that an asterisk or a bracket in them means
        what it says; each speaker's line of the floor an item of a bulleted list."""
        return "\n\n".join(_markup(paragraph) for paragraph in self.paragraphs)


_ITEM = "– "


def _markup(paragraph: str) -> str:
    """Each line of the floor's material an item; every other line a paragraph of its
    own (markup would join the lines of one paragraph)."""
    lines: list[str] = []
    for line in paragraph.split("\n"):
        if line.startswith(_ITEM):
            lines.append(f"- {escape(line[len(_ITEM) :])}")
            continue
        if lines:
            lines.append("")
        lines.append(escape(line))
    return "\n".join(lines)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _moderator_name(moderator: str) -> tuple[str, str]:
    """'Name, function' as the agenda's moderator field holds it."""
    name, _, function = moderator.partition(",")
    return _one_line(name), _one_line(function)


def _described(phrases: DraftPhrases, role: str, name: str, parts: Sequence[str]) -> str:
    """'Moderator Valiant Richey, the OSCE Acting Co-ordinator …' (no closing comma)."""
    described = f"{role} {name}".strip()
    first = True
    for part in parts:
        if not part:
            continue
        lead = phrases.article if first and not _has_article(part) else ""
        described += f", {lead}{part}"
        first = False
    return described


def _has_article(text: str) -> bool:
    """Whether a function needs no article: it has one, or is written in another script."""
    if text[:1].isalpha() and not text[:1].isascii():
        return True
    return text.casefold().startswith(("the ", "a ", "an ", "his ", "her ", "their "))


def _continuing(notes: str, language: str) -> str:
    """Notes written as a sentence ('Underlined …') continued after a comma ('underlined …').

    Only a common word loses its capital: a name, an acronym, or any German
    word (German nouns keep theirs) stays as written.
    """
    match = _TITLE_WORD.match(notes)
    if match is None or language == "de" or not match[1].isupper():
        return notes
    word = match[0]
    if match[2] and not match[2].islower():
        return notes
    import simplemma

    folded = word.casefold()
    # The dictionary gives a name's lemma its capital ("austria" -> "Austria").
    if not simplemma.is_known(folded, lang=language):
        return notes
    lemma = simplemma.lemmatize(folded, lang=language)
    if not lemma[:1].islower():
        return notes
    return folded[0] + notes[1:]


def _panel_paragraph(described: str, notes: Sequence[str], closing: str, preferred: str) -> str:
    """'Moderator X, the Y, opened the session.' or '…, the Y, ' and the notes; without a
    function no comma: 'Moderator X recalled …'."""
    joint = ", " if "," in described else " "
    if not notes:
        return f"{described}{joint}{closing}"
    joined = " ".join(notes)
    return f"{described}{joint}{_continuing(joined, guess_language(joined, preferred))}"


def _panel(
    session: Session,
    presentations: Sequence[Statement],
    phrases: DraftPhrases,
    preferred: str,
) -> list[PanelPart]:
    notes_of: dict[str, list[str]] = {}
    order: list[Statement] = []
    for statement in presentations:
        key = search_key(statement.speaker)
        if key not in notes_of:
            notes_of[key] = []
            order.append(statement)
        if statement.notes.strip():
            notes_of[key].append(_one_line(statement.notes))
    parts: list[PanelPart] = []
    named: set[str] = set()
    name, function = _moderator_name(session.moderator)
    if name:
        key = search_key(name)
        named.add(key)
        notes = tuple(notes_of.get(key, ()))
        described = _described(phrases, phrases.moderator, name, [function])
        paragraph = _panel_paragraph(described, notes, phrases.opened, preferred)
        parts.append(PanelPart(MODERATOR, name, function, notes, paragraph))
    for introducer in session.introducers:
        parts.append(_introducer(introducer, notes_of, phrases, preferred))
        named.add(search_key(introducer.name))
    for statement in order:
        key = search_key(statement.speaker)
        if key in named:
            continue
        named.add(key)
        notes = tuple(notes_of[key])
        described = _described(
            phrases, phrases.speaker, statement.speaker, [statement.on_behalf_of]
        )
        paragraph = _panel_paragraph(described, notes, phrases.presented, preferred)
        parts.append(PanelPart(OTHER_SPEAKER, statement.speaker, statement.on_behalf_of, notes,
                               paragraph))  # fmt: skip
    return parts


def _introducer(
    introducer: Introducer,
    notes_of: dict[str, list[str]],
    phrases: DraftPhrases,
    preferred: str,
) -> PanelPart:
    notes = tuple(notes_of.get(search_key(introducer.name), ()))
    parts = [_one_line(introducer.function), _one_line(introducer.organization)]
    described = _described(phrases, phrases.roles[introducer.role], introducer.name, parts)
    paragraph = _panel_paragraph(described, notes, phrases.presented, preferred)
    description = ", ".join(p for p in parts if p)
    return PanelPart(introducer.role.value, introducer.name, description, notes, paragraph)


def _who(statement: Statement) -> str:
    """Who spoke, as the floor's synthesis names them: the delegation or organization,
    or only the chosen description for a speaker who asked not to be named."""
    if statement.anonymous:
        return name_for_documents(statement)
    return statement.on_behalf_of or statement.speaker or "—"


def _category_label(labels: Labels, category: Category) -> str:
    return {
        Category.DELEGATION: labels.delegations,
        Category.CIVIL_SOCIETY: labels.civil_society,
        Category.OSCE_INSTITUTION: labels.osce_institutions,
        Category.INTERNATIONAL_ORGANIZATION: labels.international_organizations,
        Category.MEDIA: labels.media,
    }[category]


def _group(
    phrases: DraftPhrases,
    heading: str,
    statements: Sequence[Statement],
    describe: Callable[[Statement, str], str] | None = None,
) -> str:
    lines = [heading]
    silent: list[str] = []
    for statement in statements:
        who = _who(statement)
        if describe is not None:
            who = describe(statement, who)
        if statement.notes.strip():
            lines.append(f"– {who}: {_one_line(statement.notes)}")
        elif who not in silent:
            silent.append(who)
    if silent:
        lines.append(f"{phrases.also} {', '.join(silent)}.")
    return "\n".join(lines)


def build_draft(
    session: Session,
    statements: Sequence[Statement],
    labels: Labels,
    redact: Redactor,
) -> Draft:
    """The draft narrative of ``session`` from its log (every kind, in running order)."""
    phrases = phrases_for(labels.code)
    language = labels.code.split("-", maxsplit=1)[0]
    floor = [s for s in statements if s.kind is StatementKind.STATEMENT]
    replies = [s for s in statements if s.kind is StatementKind.RIGHT_OF_REPLY]
    presentations = [s for s in statements if s.kind is StatementKind.PRESENTATION]
    tally = Tally.of((s.kind, s.category) for s in statements)

    paragraphs: list[str] = []
    opening = phrases.examined.format(title=_one_line(session.title))
    background = split_paragraphs(session.background)
    if background:
        opening += f" {background[0]}"
    paragraphs.append(opening)
    panel = _panel(session, presentations, phrases, language)
    paragraphs.extend(part.paragraph for part in panel)

    if tally.statements or tally.rights_of_reply:
        counts = ", ".join(
            labels.line(_category_label(labels, c), tally.count_of(c)) for c in CATEGORY_ORDER
        )
        paragraphs.append(
            phrases.floor.format(
                statements=tally.statements, counts=counts, replies=tally.rights_of_reply
            )
        )
    else:
        paragraphs.append(phrases.floor_none)
    for category in CATEGORY_ORDER:
        of_category = [s for s in floor if s.category is category]
        if of_category:
            heading = phrases.group.format(
                label=_category_label(labels, category), count=len(of_category)
            )
            paragraphs.append(_group(phrases, heading, of_category))
    if replies:
        by_id = {s.id: s for s in statements}

        def answering(statement: Statement, who: str) -> str:
            target = by_id.get(statement.replying_to_id or -1)
            return f"{who}, {phrases.answering} {_who(target)}" if target is not None else who

        heading = phrases.replies.format(count=len(replies))
        paragraphs.append(_group(phrases, heading, replies, answering))

    themes = find_themes(
        [Note(s.id, s.category, s.notes) for s in floor if s.notes.strip()], language
    )
    if themes:
        lines = [phrases.themes]
        for theme in themes:
            categories = ", ".join(
                labels.line(_category_label(labels, c), n) for c, n in theme.by_category
            )
            lines.append(
                "– "
                + phrases.theme.format(
                    phrase=theme.phrase,
                    count=theme.statements,
                    total=tally.statements,
                    categories=categories,
                )
            )
        paragraphs.append("\n".join(lines))

    return Draft(
        language=labels.code,
        paragraphs=tuple(redact(p) for p in paragraphs),
        panel=tuple(
            PanelPart(
                p.role,
                redact(p.name),
                redact(p.description),
                tuple(redact(n) for n in p.notes),
                redact(p.paragraph),
            )
            for p in panel
        ),
        tally=tally,
        themes=tuple(
            Theme(redact(t.phrase), t.language, t.statement_ids, t.by_category) for t in themes
        ),
    )
