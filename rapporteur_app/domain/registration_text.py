"""A registration list saved as text (CSV): its encoding and its delimiter.

Secretariats export these from Excel, from registration sites and from old
systems: UTF-8 with or without a byte-order mark, UTF-16 ("Unicode text" from
Excel), Windows-1251 or KOI8-R (Cyrillic: KOI8-R from older Russian systems) or
Windows-1252/Latin-1 (Western), separated by commas, semicolons or tabs.
Cyrillic text is told from Western text by the words it makes; which Cyrillic
encoding it is, charset-normalizer decides, among those two only (an open
choice lets it take a Western list for Central European, say). Nothing here
can fail on odd bytes: the worst a file gets is a clear InvalidInput.
"""

import codecs
import csv
import io
import re

from charset_normalizer import from_bytes

from rapporteur_app.domain.errors import InvalidInput
from rapporteur_app.domain.registration_columns import score_header

DELIMITERS = (",", ";", "\t")
# The Cyrillic encodings registration desks' files come in (Windows first: the most usual).
CYRILLIC_ENCODINGS = ("cp1251", "koi8_r")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")
# Lines looked at to find the header and the delimiter.
_HEAD_LINES = 30


def _implausible_words(text: str, cyrillic: bool) -> int:
    """Words no language writes: a Latin word with Cyrillic letters in it (Western
    text read as Windows-1251), or a word made only of accented Latin letters
    (Cyrillic text read as Windows-1252)."""
    count = 0
    for word in _WORD.findall(text):
        ascii_letters = sum(ch.isascii() for ch in word)
        if cyrillic:
            count += bool(ascii_letters and _CYRILLIC.search(word))
        else:
            count += bool(len(word) > 1 and not ascii_letters)
    return count


def _utf16_without_bom(data: bytes) -> str | None:
    """'Unicode text' whose byte-order mark was lost: every other byte is NUL."""
    head = data[:2000]
    if len(head) < 4 or head.count(0) < len(head) // 3:
        return None
    odd_nuls = head[1::2].count(0)
    even_nuls = head[0::2].count(0)
    encoding = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
    return data.decode(encoding, errors="replace")


def decode(data: bytes) -> str:
    """The text of a CSV file, whichever of the usual encodings it was saved in."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if data.startswith(codecs.BOM_UTF8):
        # Some tools put the UTF-8 mark before text in a legacy encoding: judge the rest.
        data = data[len(codecs.BOM_UTF8) :]
    as_utf16 = _utf16_without_bom(data)
    if as_utf16 is not None:
        return as_utf16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    as_cyrillic = data.decode("cp1251", errors="replace")
    as_western = data.decode("cp1252", errors="replace")
    if _implausible_words(as_cyrillic, cyrillic=True) < _implausible_words(as_western, False):
        return _which_cyrillic(data, as_cyrillic)
    return as_western


def _which_cyrillic(data: bytes, as_cp1251: str) -> str:
    """KOI8-R and Windows-1251 both put Cyrillic letters in the upper half: which one
    it is shows only in the words, which charset-normalizer knows."""
    best = from_bytes(data, cp_isolation=list(CYRILLIC_ENCODINGS)).best()
    if best is None or best.encoding == "cp1251":
        return as_cp1251
    return str(best)


def _rows(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[list[str]] = []
    for row in reader:
        rows.append(row)
        if limit is not None and len(rows) >= limit:
            break
    return rows


def choose_delimiter(text: str) -> str:
    """The delimiter under which a row of the file's head reads as known headers;
    failing that, the one the csv sniffer prefers, else a comma."""
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    scores: dict[str, int] = {}
    for delimiter in DELIMITERS:
        try:
            rows = _rows(head, delimiter, _HEAD_LINES)
        except csv.Error:
            continue
        scores[delimiter] = max((score_header(row) for row in rows), default=0)
    best = max(scores.values(), default=0)
    if best > 1:
        # Ties: the delimiter that appears most often in the head.
        tied = [d for d in DELIMITERS if scores.get(d) == best]
        return max(tied, key=head.count)
    try:
        return csv.Sniffer().sniff(head[:20000], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return ","


def csv_rows(text: str) -> list[list[str]]:
    """Every row of the CSV text, each cell as written."""
    text = text.replace("\x00", "")  # NULs left by a broken export carry nothing
    delimiter = choose_delimiter(text)
    try:
        return _rows(text, delimiter)
    except csv.Error as error:
        raise InvalidInput.coded("registration-bad-csv", detail=error) from None
