"""Language tags (BCP 47, as Word and PDF readers expect), and the Russian inside
a text of another language, so that Word proofs each word in its own language."""

import re

_TAGS = {"en": "en-GB", "fr": "fr-FR", "de": "de-DE", "it": "it-IT", "ru": "ru-RU", "es": "es-ES"}
RUSSIAN = "ru-RU"
# A stretch of Cyrillic words, with the spaces and punctuation between them.
_CYRILLIC = re.compile(
    r"[\u0400-\u052F](?:[\u0400-\u052F\s\d.,;:!?«»„“”\"'()–—-]*[\u0400-\u052F.])?"
)


def language_tag(code: str) -> str:
    """'ru' -> 'ru-RU'; a bilingual 'en-ru' document is tagged with its first language."""
    return _TAGS.get(code.split("-", maxsplit=1)[0], "en-GB")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def by_language(text: str, tag: str) -> list[tuple[str, str]]:
    """``text`` cut into (piece, language tag): Cyrillic stretches tagged Russian
    (in a document that is not Russian already), the rest ``tag``."""
    if tag == RUSSIAN or not has_cyrillic(text):
        return [(text, tag)]
    pieces: list[tuple[str, str]] = []
    last = 0
    for match in _CYRILLIC.finditer(text):
        if match.start() > last:
            pieces.append((text[last : match.start()], tag))
        pieces.append((match.group(0), RUSSIAN))
        last = match.end()
    if last < len(text):
        pieces.append((text[last:], tag))
    return pieces
