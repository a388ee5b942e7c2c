"""Text that was UTF-8 read as Windows-1252 somewhere before it reached us.

A registration list pasted together from several exports can mix encodings:
most of it right, some names as "MÃ¼ller" for "Müller". Such a word, written
back in Windows-1252, is valid UTF-8 with letters beyond ASCII; a real word
("Müller", "Łódź", "Иванов") is not. The import keeps what the file says and
warns, naming a few of the words, so the rapporteur can fix the file.
"""

import re
from collections.abc import Iterable

_WORD = re.compile(r"\S+")


def is_mis_encoded(word: str) -> bool:
    if word.isascii():
        return False
    try:
        repaired = word.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return repaired != word and not repaired.isascii()


def mis_encoded_words(texts: Iterable[str], limit: int = 5) -> tuple[str, ...]:
    """Up to ``limit`` different words of ``texts`` that look mis-encoded."""
    found: list[str] = []
    for text in texts:
        for word in _WORD.findall(text):
            if word not in found and is_mis_encoded(word):
                found.append(word)
                if len(found) >= limit:
                    return tuple(found)
    return tuple(found)
