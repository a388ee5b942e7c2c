"""Keeping the names of speakers who asked not to be named out of documents.

A rapporteur may type such a name into the narrative or a recommendation out of
habit. Every text that reaches a document passes through :class:`Redactor`,
which replaces each such name, whatever its case, with the description the
rapporteur chose for that speaker.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapporteur_app.domain.model import ANONYMOUS_DESCRIPTION


@dataclass(frozen=True, slots=True)
class Redactor:
    pattern: re.Pattern[str] | None
    replacements: dict[str, str]

    @classmethod
    def for_names(cls, names: Iterable[tuple[str, str]]) -> "Redactor":
        """From (name, description) pairs; empty names are ignored."""
        replacements: dict[str, str] = {}
        for written, description in names:
            name = " ".join(written.split())
            if len(name) >= 2:
                replacements.setdefault(name.casefold(), description or ANONYMOUS_DESCRIPTION)
        if not replacements:
            return cls(None, {})
        # Longest first, so "Anna Maria Petrova" wins over "Anna Maria".
        alternatives = sorted(replacements, key=len, reverse=True)
        words = r"\s+".join
        pattern = "|".join(words(re.escape(part) for part in a.split(" ")) for a in alternatives)
        return cls(re.compile(f"(?<!\\w)(?:{pattern})(?!\\w)", re.IGNORECASE), replacements)

    def __call__(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        return self.pattern.sub(self._replacement, text)

    def _replacement(self, match: re.Match[str]) -> str:
        return self.replacements.get(
            " ".join(match.group(0).split()).casefold(), ANONYMOUS_DESCRIPTION
        )


NO_REDACTION = Redactor(None, {})
