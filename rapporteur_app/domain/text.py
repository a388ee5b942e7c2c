"""Text as it arrives from people and files, made safe to store and print.

Rapporteurs paste from Word, e-mail and PDFs: vertical tabs, NULs, lone
surrogates and carriage returns come with it. Word's XML and SQLite refuse some
of these, so every text is cleaned once, on the way in.
"""

import os
import re
import unicodedata
from datetime import date, datetime, time
from pathlib import Path

from rapporteur_app.domain.errors import InvalidInput

_KEEP_CONTROLS = {"\n", "\t"}


def _allowed(char: str) -> bool:
    if char in _KEEP_CONTROLS:
        return True
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return False
    # Lone surrogates and the two non-characters are not allowed in XML.
    return not (0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF))


# What _allowed refuses, as one character class: most texts have none, and a big file
# is cleaned in C, not per character.
_REFUSED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """Normalise line ends and drop characters that XML and databases refuse."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if _REFUSED.search(value) is not None:
        value = _REFUSED.sub("", value)
    if unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def clean_line(value: str) -> str:
    """A one-line field (a name, a title): cleaned, whitespace folded, trimmed."""
    return " ".join(clean_text(value).split())


def require_line(value: str | None, field: str) -> str:
    line = clean_line(value or "")
    if not line:
        raise InvalidInput.coded("field-empty", field=field)
    return line


def search_key(value: str) -> str:
    """A key for matching names: case, accents and spacing ignored.

    Works for every script: combining marks are dropped after decomposition, so
    "Österreich" matches "osterreich" and "Россия" matches "россия".
    """
    decomposed = unicodedata.normalize("NFKD", clean_line(value))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold()


def parse_date(value: str, field: str) -> date:
    try:
        if len(value.strip()) != 10:
            raise ValueError
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput.coded("not-a-date", field=field, value=quoted(value)) from None


def parse_time(value: str, field: str, *, seconds: bool = False) -> time:
    text = value.strip()
    shapes = ("%H:%M:%S", "%H:%M") if seconds else ("%H:%M",)
    for shape in shapes:
        try:
            return datetime.strptime(text, shape).time()
        except ValueError:
            continue
    code = "not-a-time-seconds" if seconds else "not-a-time"
    raise InvalidInput.coded(code, field=field, value=quoted(value))


def parse_duration(value: str, field: str = "duration") -> int:
    """'2:30' (minutes:seconds), '1:02:30' (hours:minutes:seconds) or '150' (seconds)
    as a number of seconds."""
    text = value.strip()
    parts = text.split(":")
    problem = InvalidInput.coded("not-a-duration", field=field, value=quoted(value))
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() and p.isascii() for p in parts):
        raise problem
    numbers = [int(p) for p in parts]
    if any(n >= 60 for n in numbers[1:]):
        raise problem
    seconds = 0
    for number in numbers:
        seconds = seconds * 60 + number
    if seconds >= 24 * 3600:
        raise InvalidInput.coded("longer-than-a-day", field=field, value=quoted(value))
    return seconds


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Paragraphs separated by blank lines; lines inside a paragraph are joined."""
    paragraphs: list[str] = []
    for block in clean_text(text).split("\n\n"):
        joined = " ".join(line.strip() for line in block.split("\n") if line.strip())
        if joined:
            paragraphs.append(joined)
    return tuple(paragraphs)


def user_path(text: "str | os.PathLike[str]") -> Path:
    """A path as the user typed it, '~' understood; a '~name' of nobody is refused."""
    try:
        return Path(text).expanduser()
    except RuntimeError:
        raise InvalidInput.coded("unknown-home-folder", path=quoted(os.fspath(text), 60)) from None


def quoted(value: object, limit: int = 40) -> str:
    """A bad value as a message shows it: quoted, and cut to a few dozen characters
    (a pasted narrative of a million characters must not fill the terminal)."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)
