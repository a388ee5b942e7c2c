"""An exchange file read piece by piece, in bounded memory.

A big meeting's file (a million statements: some 400 MB of JSON) is never held
whole: the reader walks the outer levels itself (the document, its meeting, each
session) and hands every other value to the standard library's C decoder, one
value at a time: a session's fields, then its statements one by one, then its
recommendations. Only the shape a dump writes is taken this way: the sessions
last in the meeting, the meeting last in the document, in a session nothing but
its recommendations after its statements, no key twice. Anything else (another
order, a syntax error, a file that is not UTF-8, a number too long to convert)
raises :class:`Doubt`, and the caller reads the whole file the old way, whose
decoder names the problem in the usual words. So the reader never has to word
a refusal, and a file it takes is one :func:`json.loads` reads the same.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]
from pathlib import Path
from typing import IO, Any

Json = dict[str, Any]

_SPACES = re.compile("[ \t\n\r]*")  # JSON's whitespace, and no other
_SEPARATOR = re.compile("[ \t\n\r]*,[ \t\n\r]*")  # between two items of an array
_CHUNK = 1 << 20  # characters read at a time (more when one value is bigger)
_DECODER = json.JSONDecoder()
# Read on when fewer characters than this are left unread before the next statement:
# a decode that fails on a value cut short by the buffer's end costs a count of every
# line in the buffer (JSONDecodeError's line number), twice (the quick way, then the
# careful one); read on first, only a value longer than this is ever cut short.
_AHEAD = 1 << 16


class Doubt(Exception):
    """The file is not one this reader takes: read it whole instead."""


@dataclass
class SessionHead:
    """A session's fields before its statements (everything, if it has none)."""

    fields: Json
    has_statements: bool


@dataclass
class DocumentHead:
    """The document's keys before its meeting, and the meeting's before its sessions."""

    top: Json
    meeting: Json = field(default_factory=dict)


class ExchangeReader:
    """One pass over the file: :meth:`head`, then for each of :meth:`sessions` its
    :meth:`statements` (if it has any) and :meth:`session_tail`, then :meth:`finish`."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._decode = codecs.getincrementaldecoder("utf-8-sig")("strict")
        self._text = ""
        self._at = 0
        self._ended = False
        self.characters_read = 0

    # -- the buffer ---------------------------------------------------------------------------

    def _more(self, wanted: int = _CHUNK) -> bool:
        """Read on; False at the end of the file."""
        if self._ended:
            return False
        raw = self._stream.read(wanted)
        try:
            piece = self._decode.decode(raw, final=not raw)
        except UnicodeDecodeError:
            raise Doubt("not UTF-8") from None
        if not raw:
            self._ended = True
        if self._at > _CHUNK:  # forget what is read
            self._text = self._text[self._at :]
            self._at = 0
        self._text += piece
        self.characters_read += len(raw)
        return bool(piece) or not self._ended

    def _skip(self) -> str:
        """The next character that is not whitespace (not consumed); '' at the end."""
        while True:
            text = self._text
            at = self._at = _SPACES.match(text, self._at).end()  # type: ignore[union-attr]
            if at < len(text):
                return text[at]
            if not self._more():
                return ""

    def _expect(self, char: str) -> None:
        if self._skip() != char:
            raise Doubt(f"expected {char!r}")
        self._at += 1

    def _value(self) -> Any:
        """The next JSON value, decoded whole by the C decoder."""
        self._skip()
        wanted = _CHUNK
        while True:
            try:
                value, end = _DECODER.raw_decode(self._text, self._at)
            except json.JSONDecodeError:
                value, end = None, -1
            except (RecursionError, ValueError):
                raise Doubt("too deep or a number too long") from None
            # A value that ends where the text read so far does (a number, or a
            # literal) may go on in what is not read yet.
            if end != -1 and (end < len(self._text) or self._ended):
                self._at = end
                return value
            if not self._more(wanted):
                if end != -1:
                    self._at = end
                    return value
                raise Doubt("a value cut short or malformed")
            wanted *= 2

    def _key(self) -> str:
        if self._skip() != '"':
            raise Doubt("a key that is not a string")
        while True:
            if self._text[self._at] != '"':  # pragma: no cover - checked above
                raise Doubt("a key that is not a string")
            try:
                key, end = scanstring(self._text, self._at + 1, True)
            except json.JSONDecodeError:
                if not self._more():
                    raise Doubt("a key cut short") from None
                continue
            self._at = end
            self._expect(":")
            return str(key)

    def _next_member(self, first: bool) -> bool:
        """True if the object goes on with a member (its comma consumed)."""
        char = self._skip()
        if char == "}":
            self._at += 1
            return False
        if not first:
            if char != ",":
                raise Doubt("expected ',' or '}'")
            self._at += 1
        elif char == ",":
            raise Doubt("a comma first")
        return True

    def _next_item(self, first: bool) -> bool:
        char = self._skip()
        if char == "]":
            self._at += 1
            return False
        if not first:
            if char != ",":
                raise Doubt("expected ',' or ']'")
            self._at += 1
        elif char == ",":
            raise Doubt("a comma first")
        return True

    def _member_into(self, target: Json, key: str) -> None:
        if key in target:
            raise Doubt("a key twice")
        target[key] = self._value()

    # -- the document -------------------------------------------------------------------------

    def head(self) -> DocumentHead:
        """The keys before the meeting and the meeting's before its sessions; then the
        sessions can be read."""
        self._expect("{")
        head = DocumentHead({})
        first = True
        while self._next_member(first):
            first = False
            key = self._key()
            if key != "meeting":
                self._member_into(head.top, key)
                continue
            self._expect("{")
            inner = True
            while self._next_member(inner):
                inner = False
                name = self._key()
                if name == "sessions":
                    self._expect("[")
                    self._first_session = True
                    return head
                self._member_into(head.meeting, name)
            raise Doubt("a meeting without sessions")
        raise Doubt("a document without a meeting")

    def sessions(self) -> Iterator[SessionHead]:
        """Each session's head; read its statements and its tail before the next."""
        while self._next_item(self._first_session):
            self._first_session = False
            self._expect("{")
            fields: Json = {}
            self._fields = fields
            first = True
            self._session_open = True
            while self._next_member(first):
                first = False
                key = self._key()
                if key == "statements":
                    if key in fields:
                        raise Doubt("a key twice")
                    self._expect("[")
                    yield SessionHead(fields, True)
                    break
                self._member_into(fields, key)
            else:
                self._session_open = False
                yield SessionHead(fields, False)

    def statements(self) -> Iterator[Any]:
        """The statements of the session just given, one value at a time.

        The usual case, a comma and a whole object in the text read so far, is taken
        at once (an object ends at its brace: nothing unread can lengthen it);
        anything else (the buffer's end, the array's end, a malformed value) goes the
        careful way, from where the quick one did not move."""
        first = True
        while True:
            if not first:
                if len(self._text) - self._at < _AHEAD and not self._ended:
                    self._more()
                text = self._text
                separator = _SEPARATOR.match(text, self._at)
                if separator is not None:
                    at = separator.end()
                    if text.startswith("{", at):
                        try:
                            value, end = _DECODER.raw_decode(text, at)
                        except (json.JSONDecodeError, RecursionError, ValueError):
                            pass
                        else:
                            self._at = end
                            yield value
                            continue
            if not self._next_item(first):
                return
            first = False
            yield self._value()

    def session_tail(self) -> Json:
        """What follows a session's statements: its recommendations, if any."""
        tail: Json = {}
        if not self._session_open:
            return tail
        while self._next_member(False):
            key = self._key()
            if key != "recommendations" or key in self._fields:
                raise Doubt("a session's field after its statements, or a key twice")
            self._member_into(tail, key)
        return tail

    def finish(self) -> None:
        """The meeting and the document end here, and nothing follows them."""
        if self._next_member(False):
            raise Doubt("the meeting goes on after its sessions")
        if self._next_member(False):
            raise Doubt("the document goes on after its meeting")
        if self._skip() != "":
            raise Doubt("extra data")


def open_reader(path: Path) -> tuple[IO[bytes], ExchangeReader]:
    stream = path.open("rb")
    return stream, ExchangeReader(stream)
