"""What a search asks and what it finds: the query's words, its filters, the hits.

A person types words, not a query language: every run of letters and digits is
one term (so ``"``, ``*``, ``(``, ``NEAR``, ``-`` or an apostrophe typed in the
field are separators, never syntax), every term must be found, and a term of
three letters or more also finds the words it begins ("выбор" finds "выборы",
"recommend" finds "recommendations").
"""

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache

from rapporteur_app.domain.addressees import normalize_addressee
from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.kinds import Category

# A term: letters and digits, with the combining marks of a decomposed letter.
_TERM = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u0483-\u0489])+")
# A term this long or longer also finds the words it begins.
PREFIX_FROM = 3
# More terms than anyone types; a pasted page is cut here rather than refused.
MOST_TERMS = 32
LONGEST_TERM = 64
DEFAULT_LIMIT = 100
SNIPPET_CONTEXT = 70


def _strip(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _greek_accents() -> dict[str, str]:
    folds: dict[str, str] = {}
    for point in range(0x0370, 0x0400):
        char = chr(point)
        base = _strip(char)
        if len(base) == 1 and base != char and unicodedata.category(char) in ("Ll", "Lu"):
            folds[char] = base
    return folds


# Letters a person takes for their plain letter that SQLite's unicode61 tokenizer
# (remove_diacritics 2) keeps apart: the store folds them before the tokenizer sees
# the text (store/search_index.py), and the query's words alike.
FOLDS: dict[str, str] = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ı": "i", "ŀ": "l", "Ŀ": "L", "þ": "th", "Þ": "TH",
    "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
    "ё": "е", "Ё": "Е",
    **_greek_accents(),
}  # fmt: skip


def fold_for_query(text: str) -> str:
    """The user's words folded as :data:`FOLDS` folds the indexed text."""
    return "".join(FOLDS.get(char, char) for char in text)


class SearchKind(StrEnum):
    """Where a hit was found (the values are the command line's and the JSON's words)."""

    STATEMENT = "statement"
    RECOMMENDATION = "recommendation"
    NARRATIVE = "narrative"
    SESSION = "session"
    ITEM = "item"
    MEETING = "meeting"
    PERSON = "person"
    ORGANIZATION = "organization"


def query_terms(text: str) -> tuple[str, ...]:
    """The terms of what a person typed (NFC, at most MOST_TERMS, duplicates once)."""
    found: list[str] = []
    for match in _TERM.finditer(unicodedata.normalize("NFC", text)):
        term = match.group()[:LONGEST_TERM]
        if term.casefold() not in (t.casefold() for t in found):
            found.append(term)
        if len(found) == MOST_TERMS:
            break
    return tuple(found)


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """A search: its words and the filters that narrow it (None: no filter)."""

    text: str
    year: int | None = None
    meeting_id: int | None = None
    category: Category | None = None
    organization_id: int | None = None
    addressee: str | None = None
    kinds: frozenset[SearchKind] = frozenset()  # empty: every kind
    limit: int = DEFAULT_LIMIT

    def terms(self) -> tuple[str, ...]:
        terms = query_terms(self.text)
        if not terms:
            raise InvalidInput.coded("search-no-word")
        return terms

    def checked(self) -> "SearchQuery":
        """Itself, or an InvalidInput naming what cannot be searched for."""
        self.terms()
        if self.year is not None and not 1 <= self.year <= 9999:
            raise InvalidInput.coded("search-bad-year", year=self.year)
        if self.limit < 1:
            raise InvalidInput.coded("search-no-limit")
        if self.addressee is not None:
            # "participating States", "pS", "participating-states": one addressee.
            return replace(self, addressee=normalize_addressee(self.addressee))
        return self

    @property
    def year_range(self) -> tuple[date, date] | None:
        if self.year is None:
            return None
        return date(self.year, 1, 1), date(self.year, 12, 31)

    def wanted(self, kind: SearchKind) -> bool:
        """Whether hits of ``kind`` can pass the filters at all."""
        if self.kinds and kind not in self.kinds:
            return False
        if self.addressee is not None:
            return kind is SearchKind.RECOMMENDATION
        if self.category is not None or self.organization_id is not None:
            return kind in _HAVE_ORGANIZATION
        if self.year is not None or self.meeting_id is not None:
            return kind is not SearchKind.ORGANIZATION
        return True


_HAVE_ORGANIZATION = frozenset(
    {SearchKind.STATEMENT, SearchKind.RECOMMENDATION, SearchKind.PERSON, SearchKind.ORGANIZATION}
)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of the found text, plain, with the hits' places in it."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()

    def marked(self, before: str = "[", after: str = "]") -> str:
        parts: list[str] = []
        last = 0
        for start, end in self.marks:
            parts += [self.text[last:start], before, self.text[start:end], after]
            last = end
        parts.append(self.text[last:])
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One found document and where it is: the meeting, the session, the row."""

    kind: SearchKind
    row_id: int
    score: float
    snippet: Snippet
    meeting_id: int | None = None
    meeting_title: str = ""
    meeting_start: date | None = None
    session_id: int | None = None
    session_label: str = ""
    # The statement's number in its session; the recommendation's statement.
    statement_number: int | None = None
    statement_id: int | None = None
    # Who: the speaker and organization of a statement, a person's name, an addressee.
    who: str = ""
    # The list a list item is in (a SessionList value: "findings" ...).
    list_name: str = ""


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: SearchQuery
    hits: tuple[SearchHit, ...] = field(default_factory=tuple)
    # More hits than the limit were found.
    more: bool = False


# -- snippets -------------------------------------------------------------------------------------


def fold_with_places(text: str) -> tuple[str, list[int]]:
    """The text folded (case, accents, :data:`folds`) and, for each folded character,
    the index of the character of ``text`` it came from (for marking hits: the
    index's own folding is the database's)."""
    if text.isascii():  # the common case, one character for one
        return text.lower(), list(range(len(text)))
    out: list[str] = []
    places: list[int] = []
    for index, char in enumerate(text):
        for piece in _folded(char):
            out.append(piece)
            places.append(index)
    return "".join(out), places


@lru_cache(maxsize=4096)
def _folded(char: str) -> str:
    plain = FOLDS.get(char, char)
    return "".join(
        c for c in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(c)
    ).casefold()


def make_snippet(text: str, terms: tuple[str, ...], context: int = SNIPPET_CONTEXT) -> Snippet:
    """The part of ``text`` around its first hit, every hit in it marked."""
    flat = " ".join(text.split())
    folded, places = fold_with_places(flat)
    keys = [fold_with_places(term)[0] for term in terms]
    spans: list[tuple[int, int]] = []
    for key in keys:
        if not key:
            continue
        whole = len(key) < PREFIX_FROM
        for match in re.finditer(re.escape(key), folded):
            start, end = match.start(), match.end()
            if start > 0 and folded[start - 1].isalnum():
                continue
            if whole and end < len(folded) and folded[end].isalnum():
                continue
            # The hit runs to the end of the word the term begins.
            while end < len(folded) and folded[end].isalnum():
                end += 1
            spans.append((places[start], places[end - 1] + 1))
    spans = _merged(spans)
    if not spans:
        cut = flat[: 2 * context]
        return Snippet(cut + ("…" if len(flat) > len(cut) else ""))
    first = spans[0][0]
    begin = max(0, first - context)
    if begin > 0:
        space = flat.find(" ", begin)
        begin = space + 1 if 0 <= space < first else begin
    finish = min(len(flat), max(spans[0][1], first) + context)
    if finish < len(flat):
        space = flat.rfind(" ", spans[0][1], finish)
        finish = space if space > 0 else finish
    lead = "…" if begin > 0 else ""
    tail = "…" if finish < len(flat) else ""
    shown = [(s - begin + len(lead), e - begin + len(lead)) for s, e in spans if e <= finish]
    return Snippet(lead + flat[begin:finish] + tail, tuple(shown))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
