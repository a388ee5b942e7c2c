"""Keeping the names of speakers who asked not to be named out of documents.

A rapporteur may type such a name into the narrative or a recommendation out of
habit. Every text that reaches a document passes through :class:`Redactor`,
which replaces each such name with the description the rapporteur chose for
that speaker.

Names are compared folded, on both sides: Unicode case folding ("Weiß" and
"WEISS", "İlker" and "ilker"), accents and other combining marks set aside
("Müller", "Muller"), the Turkish dotless ı taken for i, and format characters
(a soft hyphen, a zero-width space) ignored, so that a name is found however it
was typed or pasted. Besides the whole name, the forms a rapporteur writes are
found: the surname alone (each part of a hyphenated one too), the given name
with the surname, an initial with the surname, the parts in the other order,
words joined by a hyphen or a space alike.

What cannot be caught safely (an inflected form: "Анны Ивановой" for "Анна
Иванова") is reported by :meth:`Redactor.possible_mentions`, for the rapporteur
to look at before the document goes out.
"""

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapporteur_app.domain.model import ANONYMOUS_DESCRIPTION

# Letters the case folding leaves apart but a person typing takes for one another.
_SAME_LETTER = {"ı": "i", "ſ": "s"}
_SHORTEST_PART = 3  # a surname alone shorter than this would hit ordinary words
_STEM = 3  # an inflected form shares at least this many letters with the name


def _fold_char(char: str) -> str:
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if char.isspace():
        return " "
    if category == "Pd":
        return "-"
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(_SAME_LETTER.get(c, c) for c in folded)


class _FoldTable(dict[int, str]):
    """``_fold_char`` of every character met so far, for ``str.translate``: a
    document folds the same few hundred characters hundreds of thousands of times
    (the consolidated report spent most of its time here)."""

    def __init__(self) -> None:
        super().__init__()
        # Characters that fold to nothing or to more than one: the text's indices
        # then shift, and its origin is worked out character by character.
        self.uneven: set[str] = set()

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        if len(folded) != 1:
            self.uneven.add(chr(code))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    return text.translate(_FOLD)


def _folded_with_origin(text: str) -> tuple[str, Sequence[int]]:
    """The folded text, and for each of its characters the index it came from."""
    folded = text.translate(_FOLD)
    if _FOLD.uneven.isdisjoint(text):
        return folded, range(len(text))  # one character for one
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        piece = _FOLD[ord(char)]
        pieces.append(piece)
        origin.extend([index] * len(piece))
    return "".join(pieces), origin


def _word_pattern(word: str) -> str:
    # Within a word, a hyphen may be typed as a space or left out.
    return r"[\s\-]?".join(re.escape(part) for part in word.split("-") if part)


def _forms(name: str) -> set[tuple[str, ...]]:
    """The word sequences a rapporteur might write for this (folded) name."""
    words = tuple(w.strip("-") for w in name.split() if w.strip("-"))
    if not words:
        return set()
    forms = {words}
    if len(words) >= 2:
        given, surname = words[0], words[-1]
        forms |= {(given, surname), (surname, given), words[::-1]}
        forms.add((given[0] + ".", surname))
        forms.add((given[0], surname))
        for part in (surname, *surname.split("-")):
            if len(part) >= _SHORTEST_PART:
                forms.add((part,))
    return forms


@dataclass(frozen=True, slots=True)
class Redactor:
    pattern: re.Pattern[str] | None
    descriptions: tuple[str, ...]
    stems: tuple[str, ...] = ()

    @classmethod
    def for_names(cls, names: Iterable[tuple[str, str]]) -> "Redactor":
        """From (name, description) pairs; empty names are ignored."""
        alternatives: dict[tuple[str, ...], int] = {}
        descriptions: list[str] = []
        stems: set[str] = set()
        for written, description in names:
            name = " ".join(fold(written).split())
            if len(name) < 2:
                continue
            descriptions.append(description or ANONYMOUS_DESCRIPTION)
            for form in _forms(name):
                alternatives.setdefault(form, len(descriptions) - 1)
            stems |= {w for w in re.split(r"[\s\-]+", name) if len(w) > _STEM}
        if not alternatives:
            return cls(None, ())
        # Longest first, so "Anna Maria Petrova" wins over "Petrova".
        ordered = sorted(alternatives, key=lambda f: (-len(" ".join(f)), f))
        pattern = "|".join(
            f"(?P<n{alternatives[form]}_{i}>"
            + r"[\s\-]+".join(
                _word_pattern(w) if not w.endswith(".") else re.escape(w[:-1]) + r"\.?"
                for w in form
            )
            + ")"
            for i, form in enumerate(ordered)
        )
        compiled = re.compile(f"(?<!\\w)(?:{pattern})(?!\\w)")
        return cls(compiled, tuple(descriptions), tuple(sorted(stems)))

    def __call__(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        folded, origin = _folded_with_origin(text)
        out: list[str] = []
        kept = 0
        for match in self.pattern.finditer(folded):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            out.append(text[kept:start])
            out.append(self._description(match))
            kept = end
        out.append(text[kept:])
        return "".join(out)

    def _description(self, match: re.Match[str]) -> str:
        group = match.lastgroup or ""
        index = int(group[1:].split("_")[0]) if group.startswith("n") else -1
        return (
            self.descriptions[index]
            if 0 <= index < len(self.descriptions)
            else (ANONYMOUS_DESCRIPTION)
        )

    def possible_mentions(self, text: str) -> list[str]:
        """Words left in ``text`` after redaction that look like a form of a name
        (same beginning, another ending: an inflection), as written."""
        if not self.stems or not text:
            return []
        beginnings, always = _form_beginnings(self.stems, self.descriptions)
        if not always:
            # A form begins with the beginning of a stem: a text, folded, that holds
            # none has nothing to report (most texts), and needs no redaction here.
            folded = fold(text)
            if not any(beginning in folded for beginning in beginnings):
                return []
        # Each word once, in the order met; a word is looked at once per meeting.
        words = dict.fromkeys(_WORD.findall(self(text)))
        return [word for word in words if _looks_like_a_form(word, self.stems)]


_WORD = re.compile(r"\w+")


def _shortest_shared(stem: str) -> int:
    """How many first letters a form shares with its stem at least."""
    return max(_STEM, len(stem) - 2)


@lru_cache(maxsize=64)
def _form_beginnings(
    stems: tuple[str, ...], descriptions: tuple[str, ...]
) -> tuple[tuple[str, ...], bool]:
    """The beginnings a form of each stem starts with (folded), and whether every
    text must be looked at anyway: a description, written in by the redaction,
    holding one of them."""
    beginnings = tuple(stem[: _shortest_shared(stem)] for stem in stems)
    always = any(b in fold(d) for b in beginnings for d in descriptions)
    return beginnings, always


@lru_cache(maxsize=8192)
def _looks_like_a_form(word: str, stems: tuple[str, ...]) -> bool:
    """Whether a word, folded, shares its beginning with a name's stem, as an
    inflected form does. Cached on the word as written: a meeting's words repeat
    across its texts, and folding each again cost more than the test itself."""
    folded = fold(word)
    for stem in stems:
        shared = _shared_prefix(folded, stem)
        if shared >= _shortest_shared(stem) and len(folded) <= len(stem) + 4:
            return True
    return False


def _shared_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


NO_REDACTION = Redactor(None, ())
