"""A laid-out document: the blocks every writer renders.

The rapport and the other documents of its family are first built as values
of their own (see :mod:`rapporteur_app.domain.rapport`), then laid out once into
these blocks. The DOCX writer, the PDF writer and the on-screen preview all
render the same blocks, so a label, an order or a bold name is decided in one
place and the three cannot disagree.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one emphasis, possibly a hyperlink (``link`` its URL)."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""


Inline = tuple[Run, ...]


def plain(text: str) -> Inline:
    return (Run(text),)


def inline_text(runs: Inline) -> str:
    return "".join(run.text for run in runs)


@dataclass(frozen=True, slots=True)
class Title:
    """The document's title, possibly on several lines: the first ``main`` lines are
    the title itself, the others (place, dates) are set as its subtitle."""

    lines: tuple[str, ...]
    main: int = 1


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    runs: Inline
    # "body" for running text; "line" for one-line facts such as a tally line,
    # which a writer sets tighter than body paragraphs; "lead" for a line that
    # opens a new entry (an agenda's time), set apart from what precedes it;
    # "lead-in" for the words that introduce a list, kept on the list's page;
    # "masthead" for the issuing office's lines above a title (bold, centred);
    # "organization" for the organization's name above them (centred, as written).
    role: str = "body"


@dataclass(frozen=True, slots=True)
class Bullets:
    """A list: bulleted, or numbered from ``start``."""

    items: tuple[Inline, ...]
    numbered: bool = False
    start: int = 1


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # The last row is a total: writers set it in bold.
    total_row: bool = False


@dataclass(frozen=True, slots=True)
class BarChart:
    title: str
    labels: tuple[str, ...]
    values: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


Block = Title | Heading | Paragraph | Bullets | Table | BarChart | PageBreak


def tight_after(blocks: tuple[Block, ...], index: int) -> bool:
    """Whether block ``index`` is a one-line fact followed by another one.

    Such lines (the rapporteur line, the tally lines) are set tight against each
    other; the last of a run gets the usual space after it.
    """
    block = blocks[index]
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        isinstance(block, Paragraph)
        and block.role == "line"
        and isinstance(following, Paragraph)
        and following.role == "line"
    )


@dataclass(frozen=True, slots=True)
class Document:
    """What a writer needs: the blocks and the file's own properties."""

    title: str
    author: str
    language: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    # The footer's word before the page number ("Page 3").
    page_label: str = "Page"

    def text_lines(self) -> list[str]:
        """Every line of text in reading order: what a test compares a file against."""
        lines: list[str] = []
        for block in self.blocks:
            if isinstance(block, Title):
                lines.extend(block.lines)
            elif isinstance(block, Heading):
                lines.append(block.text)
            elif isinstance(block, Paragraph):
                lines.append(inline_text(block.runs))
            elif isinstance(block, Bullets):
                lines.extend(inline_text(item) for item in block.items)
            elif isinstance(block, Table):
                lines.append(" | ".join(block.header))
                lines.extend(" | ".join(row) for row in block.rows)
            elif isinstance(block, BarChart):
                lines.append(block.title)
        return lines
