"""The themes of a session: the phrases that recur across the notes of the floor.

A theme is a phrase that a keyword extractor (YAKE, with the stopword lists of
the six OSCE languages it ships) finds in the notes, counted in how many
statements it occurs and which categories raised it, so that the rapporteur can
write "several" or "a majority" truthfully. Phrases are compared by their
lemmas (simplemma), so that "national referral mechanism" and "national
referral mechanisms", or "механизмы" and "механизмов", are one theme.

Both libraries work offline from data inside their wheels. They are imported
only when themes are wanted: the command line's start-up does not pay for them.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from rapporteur_app.domain.kinds import CATEGORY_ORDER, Category

# The OSCE's working languages, as both libraries name them.
LANGUAGES: tuple[str, ...] = ("en", "fr", "de", "it", "ru", "es")
_LATIN = ("en", "fr", "de", "it", "es")
# A theme is a phrase of at most this many words.
MAX_WORDS = 3
# Candidates asked of the extractor for each language; most fail the recurrence test.
_CANDIDATES = 60
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Note:
    """One statement's notes, as the themes see them."""

    statement_id: int
    category: Category
    text: str


@dataclass(frozen=True, slots=True)
class Theme:
    phrase: str
    """As it was written in the notes (the extractor's surface form)."""
    language: str
    statement_ids: tuple[int, ...]
    """The statements whose notes carry it, in the order given."""
    by_category: tuple[tuple[Category, int], ...]
    """How many of those statements each category made, in the tally's order; no zeros."""

    @property
    def statements(self) -> int:
        return len(self.statement_ids)


@cache
def _stopwords(language: str) -> frozenset[str]:
    import yake

    words: Iterable[str] = yake.KeywordExtractor(lan=language).stopword_set
    return frozenset(word.casefold() for word in words)


def _words(text: str) -> list[str]:
    """The words of a text (hyphenated words kept whole), punctuation and numbers dropped."""
    import simplemma

    return [token for token in simplemma.simple_tokenizer(text) if _LETTER.search(token)]


def guess_language(text: str, preferred: str = "en") -> str:
    """Which of the six languages a note is written in.

    Cyrillic is Russian; otherwise the Latin language whose stopwords cover
    most of the words, ``preferred`` on a tie (a note of names and acronyms).
    """
    if preferred not in LANGUAGES:
        preferred = "en"
    words = [w.casefold() for w in _words(text)]
    if not words:
        return preferred
    cyrillic = sum(1 for w in words if _CYRILLIC.search(w))
    if cyrillic * 2 > len(words):
        return "ru"
    scores = {lang: sum(1 for w in words if w in _stopwords(lang)) for lang in _LATIN}
    best = max(scores.values())
    if preferred in scores and scores[preferred] == best:
        return preferred
    return max(_LATIN, key=lambda lang: scores[lang])


class _Lemmas:
    """Content lemmas of one language, cached per word: a session repeats its words."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._stop = _stopwords(language)
        self._cache: dict[str, str | None] = {}

    def of_word(self, word: str) -> str | None:
        """The word's lemma, or None for a stopword."""
        folded = word.casefold()
        if folded in self._cache:
            return self._cache[folded]
        lemma: str | None = None
        if folded not in self._stop:
            import simplemma

            lemma = simplemma.lemmatize(folded, lang=self.language).casefold()
            if lemma in self._stop:
                lemma = folded
        self._cache[folded] = lemma
        return lemma

    def of_text(self, text: str) -> tuple[str, ...]:
        return tuple(lemma for w in _words(text) if (lemma := self.of_word(w)) is not None)


def _grams(lemmas: Sequence[str]) -> set[tuple[str, ...]]:
    return {
        tuple(lemmas[start : start + size])
        for size in range(1, MAX_WORDS + 1)
        for start in range(len(lemmas) - size + 1)
    }


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _corpus(texts: Iterable[str]) -> str:
    # One sentence per note, so that no phrase runs from one note into the next.
    return "\n".join(t.strip() if t.strip()[-1:] in ".!?;" else f"{t.strip()}." for t in texts)


def _candidates(language: str, texts: Sequence[str]) -> list[str]:
    import yake

    extractor = yake.KeywordExtractor(lan=language, n=MAX_WORDS, top=_CANDIDATES)
    found: list[tuple[str, Any]] = extractor.extract_keywords(_corpus(texts))
    return [phrase for phrase, _score in found]


def _by_category(notes: dict[int, Note], ids: Sequence[int]) -> tuple[tuple[Category, int], ...]:
    counts = {category: 0 for category in CATEGORY_ORDER}
    for statement_id in ids:
        counts[notes[statement_id].category] += 1
    return tuple((category, n) for category, n in counts.items() if n)


def find_themes(
    notes: Sequence[Note],
    preferred_language: str = "en",
    *,
    at_least: int = 2,
    limit: int = 12,
) -> tuple[Theme, ...]:
    """The phrases that recur in at least ``at_least`` statements' notes, the most
    widely raised first (at most ``limit``).

    A shorter phrase that occurs in exactly the statements of a longer one kept
    ("referral mechanisms" beside "national referral mechanisms"), or a lone word
    always heard beside another theme, says nothing more and is left out.
    """
    preferred = preferred_language if preferred_language in LANGUAGES else "en"
    by_language: dict[str, list[Note]] = {}
    for note in notes:
        if _LETTER.search(note.text):
            by_language.setdefault(guess_language(note.text, preferred), []).append(note)
    found: list[tuple[tuple[str, ...], Theme, int]] = []
    for language, group in by_language.items():
        if len(group) < at_least:
            continue
        lemmas = _Lemmas(language)
        grams = [(note.statement_id, _grams(lemmas.of_text(note.text))) for note in group]
        index = {note.statement_id: note for note in group}
        seen: set[tuple[str, ...]] = set()
        for rank, phrase in enumerate(_candidates(language, [n.text for n in group])):
            key = lemmas.of_text(phrase)
            if not key or len(key) != len(_words(phrase)) or key in seen:
                # A phrase with a stopword inside ("States and civil") straddles two
                # phrases of the notes: its parts are candidates of their own.
                continue
            seen.add(key)
            ids = tuple(sid for sid, have in grams if key in have)
            if len(ids) >= at_least:
                theme = Theme(phrase, language, ids, _by_category(index, ids))
                found.append((key, theme, rank))
    kept: list[tuple[tuple[str, ...], Theme, int]] = []
    for key, theme, rank in sorted(found, key=lambda f: (-len(f[0]), f[2])):
        same = [other for other, kept_theme, _ in kept
                if set(theme.statement_ids) == set(kept_theme.statement_ids)]  # fmt: skip
        # A phrase inside a longer one raised by the same statements says nothing more;
        # nor does a lone word ("States") always heard beside a phrase already kept.
        if any(_contains(other, key) for other in same) or (len(key) == 1 and same):
            continue
        kept.append((key, theme, rank))
    kept.sort(key=lambda k: (-k[1].statements, k[2]))
    return tuple(theme for _, theme, _ in kept[:limit])
