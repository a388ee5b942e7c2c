"""The inline markup of every long text field, in one place.

Narratives, backgrounds, descriptions, findings, recommendations and
introductions are stored as a small subset of Markdown, the form the
secretariat's own drafts already use (see ``docs/documents.md``)::

    *emphasis*   **strong**   ***both***   [link text](https://example.org)
    - a bulleted item        (also "* " or "• ")
    1. a numbered item       (also "1) "; the first number is kept)
    \\*  \\[  \\\\ ...        a backslash makes the next punctuation literal

Paragraphs are separated by blank lines; the lines of one paragraph are joined
with a space. Nothing here ever fails: text that is not well-formed markup (an
unclosed ``*``, a ``[`` without its link) reads as the characters typed.

Four functions are the whole contract:

- :func:`parse` turns stored text into document blocks (paragraphs and lists
  of :class:`~rapporteur_app.domain.document.Run`), :func:`parse_inline` one
  line of runs for a field that is a single item (a finding, a recommendation);
- :func:`escape` turns plain text into markup that reads back as exactly that
  text (generated text, and text stored before the markup existed);
- :func:`to_plain` strips the markup (search, tallies, word counts);
- :func:`to_markup` writes blocks back as markup (the editor saves through it).
"""

import re
from dataclasses import dataclass, field

from rapporteur_app.domain.document import Bullets, Inline, Paragraph, Run
from rapporteur_app.domain.text import clean_text

RichBlock = Paragraph | Bullets

# Punctuation a backslash makes literal: all ASCII punctuation (so an escape
# never needs to know which characters are markup) and the bullet sign.
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~•")
_LONGEST_URL = 4000
_BULLET = re.compile(r"([-*•])[ \t]+(.*)")
_NUMBER = re.compile(r"(\d{1,9})([.)])[ \t]+(.*)")
# Line starts that would read as a list item: what escape() must neutralise.
_LOOKS_LIKE_ITEM = re.compile(r"([-*•]|\d{1,9}[.)])([ \t]|$)")


# -- reading ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Text:
    text: str


@dataclass(slots=True)
class _Stars:
    count: int
    can_open: bool
    can_close: bool


@dataclass(slots=True)
class _Link:
    runs: Inline
    url: str


@dataclass(slots=True)
class _Span:
    opener: int
    closer: int
    strong: bool


@dataclass(slots=True)
class _Tokens:
    items: list[_Text | _Stars | _Link] = field(default_factory=list)

    def text(self, value: str) -> None:
        if value:
            last = self.items[-1] if self.items else None
            if isinstance(last, _Text):
                last.text += value
            else:
                self.items.append(_Text(value))


def _link_end(text: str, start: int) -> tuple[str, int] | None:
    """The URL of ``(url)`` at ``start`` and the index after it, or None."""
    if start >= len(text) or text[start] != "(":
        return None
    url: list[str] = []
    index = start + 1
    # A URL is short and has no space: stop early so that many "[a](" cost little.
    end = min(len(text), start + 1 + _LONGEST_URL)
    while index < end:
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _ESCAPABLE:
            url.append(text[index + 1])
            index += 2
            continue
        if char == ")":
            return ("".join(url), index + 1) if url else None
        if char.isspace():
            return None
        url.append(char)
        index += 1
    return None


# The characters that may start markup inside a line (see _tokenize).
_MAY_BE_MARKUP = re.compile(r"[\\*\[]")


def _bracket_pairs(text: str) -> dict[int, int]:
    """Each ``[`` with the ``]`` that closes it (brackets nest), in one pass."""
    pairs: dict[int, int] = {}
    open_at: list[int] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _ESCAPABLE:
            index += 2
            continue
        if char == "[":
            open_at.append(index)
        elif char == "]" and open_at:
            pairs[open_at.pop()] = index
        index += 1
    return pairs


def _tokenize(text: str, links: bool) -> _Tokens:
    tokens = _Tokens()
    pairs = _bracket_pairs(text) if links and "[" in text else {}
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\\" and index + 1 < length and text[index + 1] in _ESCAPABLE:
            tokens.text(text[index + 1])
            index += 2
        elif char == "*":
            end = index
            while end < length and text[end] == "*":
                end += 1
            before = text[index - 1] if index else " "
            after = text[end] if end < length else " "
            tokens.items.append(
                _Stars(end - index, can_open=not after.isspace(), can_close=not before.isspace())
            )
            index = end
        elif char == "[":
            close = pairs.get(index)
            target = _link_end(text, close + 1) if close is not None else None
            if close is None or target is None or close == index + 1:
                tokens.text("[")
                index += 1
                continue
            url, after_link = target
            # A link's text holds no link (and so the parse never recurses deeper).
            tokens.items.append(_Link(_inline(text[index + 1 : close], links=False), url))
            index = after_link
        else:
            # Copy the stretch up to the next character that may be markup.
            end = index + 1
            while end < length and text[end] not in "\\*[":
                end += 1
            tokens.text(text[index:end])
            index = end
    return tokens


def _match_stars(items: list[_Text | _Stars | _Link]) -> list[_Span]:
    """Pair opening and closing star runs, nearest first (as CommonMark does, simplified)."""
    spans: list[_Span] = []
    openers: list[int] = []
    for index, item in enumerate(items):
        if not isinstance(item, _Stars):
            continue
        if item.can_close:
            while item.count and openers:
                position = openers[-1]
                opener = items[position]
                assert isinstance(opener, _Stars)
                used = 2 if item.count >= 2 and opener.count >= 2 else 1
                spans.append(_Span(position, index, strong=used == 2))
                opener.count -= used
                item.count -= used
                if not opener.count:
                    openers.pop()
        if item.can_open and item.count:
            openers.append(index)
    return spans


def _inline(text: str, links: bool = True) -> Inline:
    if not _MAY_BE_MARKUP.search(text):
        # No backslash, star or bracket: the text is one plain run (most texts).
        return (Run(text),) if text else ()
    items = _tokenize(text, links).items
    spans = _match_stars(items)
    runs: list[Run] = []

    def emit(value: str, bold: bool, italic: bool, link: str = "") -> None:
        if not value:
            return
        last = runs[-1] if runs else None
        if last is not None and (last.bold, last.italic, last.link) == (bold, italic, link):
            runs[-1] = Run(last.text + value, bold, italic, link)
        else:
            runs.append(Run(value, bold, italic, link))

    # How many strong and emphasis spans cover each item: +1 after the opener,
    # -1 at the closer (linear, whatever the number of spans).
    strong_delta = [0] * (len(items) + 1)
    emphasis_delta = [0] * (len(items) + 1)
    for span in spans:
        delta = strong_delta if span.strong else emphasis_delta
        delta[span.opener + 1] += 1
        delta[span.closer] -= 1
    strong_depth = emphasis_depth = 0
    for index, item in enumerate(items):
        strong_depth += strong_delta[index]
        emphasis_depth += emphasis_delta[index]
        bold, italic = strong_depth > 0, emphasis_depth > 0
        if isinstance(item, _Text):
            emit(item.text, bold, italic)
        elif isinstance(item, _Stars):
            emit("*" * item.count, bold, italic)
        else:
            for run in item.runs:
                emit(run.text, bold or run.bold, italic or run.italic, item.url)
    return tuple(runs)


def _join_lines(lines: list[str]) -> str:
    return " ".join(line for line in lines if line)


def parse_inline(text: str) -> Inline:
    """One paragraph's runs: the lines of ``text`` joined, list markers read as typed."""
    return _inline(_join_lines([line.strip() for line in clean_text(text).split("\n")]))


def _item_start(line: str) -> tuple[bool, int, str] | None:
    """(numbered, number, rest) when ``line`` opens a list item."""
    if bullet := _BULLET.fullmatch(line):
        return False, 1, bullet.group(2)
    if number := _NUMBER.fullmatch(line):
        return True, int(number.group(1)), number.group(3)
    return None


def _parse_block(lines: list[str]) -> list[RichBlock]:
    blocks: list[RichBlock] = []
    paragraph: list[str] = []
    items: list[list[str]] = []
    numbered, start = False, 1

    def flush_paragraph() -> None:
        if paragraph and (runs := _inline(_join_lines(paragraph))):
            blocks.append(Paragraph(runs))
        paragraph.clear()

    def flush_list() -> None:
        parsed = tuple(runs for item in items if (runs := _inline(_join_lines(item))))
        if parsed:
            blocks.append(Bullets(parsed, numbered=numbered, start=start))
        items.clear()

    for line in lines:
        opened = _item_start(line)
        if opened is None:
            (items[-1] if items else paragraph).append(line)
            continue
        flush_paragraph()
        if items and opened[0] != numbered:
            flush_list()
        if not items:
            numbered, start = opened[0], opened[1]
        items.append([opened[2].strip()])
    flush_paragraph()
    flush_list()
    return blocks


def parse(text: str) -> tuple[RichBlock, ...]:
    """Stored text as paragraphs and lists of runs; never fails."""
    blocks: list[RichBlock] = []
    lines: list[str] = []
    for raw in clean_text(text).split("\n"):
        line = raw.strip()
        if line:
            lines.append(line)
        elif lines:
            blocks.extend(_parse_block(lines))
            lines = []
    if lines:
        blocks.extend(_parse_block(lines))
    return tuple(blocks)


# -- writing ---------------------------------------------------------------------------------

_SPECIAL = re.compile(r"[\\*\[\]]")


def _escape_inline(text: str) -> str:
    return _SPECIAL.sub(lambda match: "\\" + match.group(0), text)


def _escape_line_start(line: str) -> str:
    if _LOOKS_LIKE_ITEM.match(line) is None:
        return line
    if line[0] in "-•":
        return "\\" + line
    if line[0] == "*":  # already escaped by _escape_inline
        return line
    digits = len(line) - len(line.lstrip("0123456789"))
    return f"{line[:digits]}\\{line[digits:]}"


def _escape_line(line: str) -> str:
    rest = line.lstrip()
    return line[: len(line) - len(rest)] + _escape_line_start(_escape_inline(rest))


def escape(text: str) -> str:
    """Markup that reads back as exactly ``text``: no emphasis, no link, no list.

    Only what would change the meaning changes: a line of spaces alone, which
    plain text read as part of its paragraph, is dropped (here it would end it).
    """
    lines = clean_text(text).split("\n")
    return "\n".join(_escape_line(line) for line in lines if line == "" or line.strip())


def to_plain(text: str) -> str:
    """The text without its markup: paragraphs apart by a blank line, items one a line."""
    return blocks_to_plain(parse(text))


def blocks_to_plain(blocks: tuple[RichBlock, ...]) -> str:
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(inline_plain(block.runs))
        else:
            parts.append(
                "\n".join(
                    f"{_marker(block, number)} {inline_plain(item)}"
                    for number, item in enumerate(block.items)
                )
            )
    return "\n\n".join(parts)


def inline_plain(runs: Inline) -> str:
    return "".join(run.text for run in runs)


def _marker(block: Bullets, number: int) -> str:
    return f"{block.start + number}." if block.numbered else "-"


def _wrap(text: str, bold: bool, italic: bool) -> str:
    """``text`` inside its delimiters, its outer spaces kept outside them."""
    marks = "*" * ((2 if bold else 0) + (1 if italic else 0))
    core = text.strip()
    if not marks or not core:
        return _escape_inline(text)
    head = text[: len(text) - len(text.lstrip())]
    tail = text[len(text.rstrip()) :]
    return f"{head}{marks}{_escape_inline(core)}{marks}{tail}"


def _url(url: str) -> str:
    return "".join(
        "%20" if char.isspace() else "\\" + char if char in "\\()" else char for char in url
    )


def inline_markup(runs: Inline) -> str:
    """One paragraph's runs as markup (runs of one style and link are merged first)."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        last = merged[-1] if merged else None
        if last is not None and (last.bold, last.italic, last.link) == (
            run.bold,
            run.italic,
            run.link,
        ):
            merged[-1] = Run(last.text + run.text, run.bold, run.italic, run.link)
        else:
            merged.append(run)
    parts: list[str] = []
    index = 0
    while index < len(merged):
        run = merged[index]
        if not run.link:
            parts.append(_wrap(run.text, run.bold, run.italic))
            index += 1
            continue
        inside: list[str] = []
        while index < len(merged) and merged[index].link == run.link:
            inside.append(_wrap(merged[index].text, merged[index].bold, merged[index].italic))
            index += 1
        label = "".join(inside)
        parts.append(f"[{label}]({_url(run.link)})" if label.strip() else label)
    written = " ".join("".join(parts).split())
    return _escape_line_start(written) if written else ""


def to_markup(blocks: tuple[RichBlock, ...]) -> str:
    """Blocks written as stored text; :func:`parse` reads the same blocks back."""
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if written := inline_markup(block.runs):
                parts.append(written)
            continue
        lines = [
            f"{_marker(block, number)} {written}"
            for number, item in enumerate(block.items)
            if (written := inline_markup(item))
        ]
        if lines:
            parts.append("\n".join(lines))
    return "\n\n".join(parts)
