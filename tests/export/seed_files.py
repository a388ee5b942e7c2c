"""Reading the secretariat's real documents (../shared/seeds) and the files the
program writes, element by element: each paragraph's text, its bold and italic
stretches, its links, and whether it is a heading, a list item or body text."""

import re
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdf
from docx.text.hyperlink import Hyperlink

from rapporteur_app.domain.document import Bullets, Inline, Paragraph
from rapporteur_app.domain.rich_text import parse

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@dataclass(frozen=True)
class Element:
    text: str
    bold: tuple[str, ...] = ()
    italic: tuple[str, ...] = ()
    # (text, address) of each link, in order.
    links: tuple[tuple[str, str], ...] = ()
    kind: str = "body"  # body, heading, bullet, number, title


def _fold(text: str) -> str:
    return " ".join(text.split())


def _stretches(runs: list[tuple[str, bool]]) -> tuple[str, ...]:
    """The texts of consecutive runs that have the property, whitespace folded."""
    found: list[str] = []
    current = ""
    for text, has in runs:
        if has:
            current += text
        elif current.strip() and not text.strip():
            current += text  # a space between two bold words stays inside
        else:
            if current.strip():
                found.append(_fold(current))
            current = ""
    if current.strip():
        found.append(_fold(current))
    return tuple(found)


def _links(runs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    previous = ""
    for text, link in runs:
        if link and link == previous:
            found[-1] = (found[-1][0] + text, link)
        elif link:
            found.append((text, link))
        previous = link
    return tuple((_fold(text), link) for text, link in found)


def element_of(runs: Inline, kind: str) -> Element:
    return Element(
        _fold("".join(r.text for r in runs)),
        _stretches([(r.text, r.bold) for r in runs]),
        _stretches([(r.text, r.italic) for r in runs]),
        _links([(r.text, r.link) for r in runs]),
        kind,
    )


def seed_blocks(name: str) -> list[str]:
    """The seed's blocks: its text cut at blank lines (a list stays one block)."""
    text = (SEEDS / name).read_text("utf-8")
    return [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]


def elements_of_markup(text: str) -> list[Element]:
    elements: list[Element] = []
    for block in parse(text):
        if isinstance(block, Paragraph):
            elements.append(element_of(block.runs, "body"))
        elif isinstance(block, Bullets):
            kind = "number" if block.numbered else "bullet"
            elements.extend(element_of(item, kind) for item in block.items)
    return elements


_DOCX_KINDS = {"List Bullet": "bullet", "List Number": "number", "Title": "title"}


def docx_elements(path: Path) -> list[Element]:
    """Every non-empty body paragraph of a DOCX as an element (links' runs included)."""
    elements: list[Element] = []
    for paragraph in docx.Document(str(path)).paragraphs:
        runs: list[tuple[str, bool, bool, str]] = []
        for item in paragraph.iter_inner_content():
            if isinstance(item, Hyperlink):
                runs.extend((r.text, bool(r.bold), bool(r.italic), item.address) for r in item.runs)
            else:
                runs.append((item.text, bool(item.bold), bool(item.italic), ""))
        text = _fold("".join(r[0] for r in runs))
        if not text:
            continue
        style = paragraph.style.name if paragraph.style is not None else ""
        kind = "heading" if style.startswith("Heading") else _DOCX_KINDS.get(style, "body")
        elements.append(
            Element(
                text,
                _stretches([(r[0], r[1]) for r in runs]),
                _stretches([(r[0], r[2]) for r in runs]),
                _links([(r[0], r[3]) for r in runs]),
                kind,
            )
        )
    return elements


@dataclass(frozen=True)
class PdfText:
    text: str
    bold: str
    italic: str
    links: tuple[str, ...]


def pdf_reading(path: Path) -> PdfText:
    """The PDF's text in reading order, and the text drawn in its bold and italic faces."""
    reader = pypdf.PdfReader(str(path))
    everything: list[str] = []
    bold: list[str] = []
    italic: list[str] = []
    links: list[str] = []

    for page in reader.pages:

        def visit(text: str, cm: object, tm: object, font: object, size: object) -> None:
            name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            if "Bold" in name:
                bold.append(text)
            if "Italic" in name:
                italic.append(text)

        text = page.extract_text(visitor_text=visit) or ""
        # The footer ("Page 3") is drawn first: it is not part of the text that runs on.
        everything.append(re.sub(r"(?m)^Page \d+$", "", text))
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                links.append(str(action["/URI"]))
    fold = _fold
    return PdfText(fold(" ".join(everything)), fold(" ".join(bold)), fold(" ".join(italic)),
                   tuple(links))  # fmt: skip


def assert_docx_follows(got: list[Element], expected: list[Element]) -> None:
    """The DOCX holds the expected elements one after the other, nothing between
    them, each with its text, kind, emphasis and links."""
    assert len(got) == len(expected), (
        f"{len(got)} paragraphs, the seed has {len(expected)}: "
        + next(
            (f"first difference {g.text[:60]!r} / {e.text[:60]!r}"
             for g, e in zip(got, expected, strict=False) if g.text != e.text),
            "",
        )
    )  # fmt: skip
    for number, (mine, seed) in enumerate(zip(got, expected, strict=True)):
        where = f"paragraph {number}: {seed.text[:70]!r}"
        assert mine.text == seed.text, where
        assert mine.kind == seed.kind, where
        if seed.kind in ("body", "bullet", "number"):
            assert mine.bold == seed.bold, where
            assert mine.italic == seed.italic, where
        assert mine.links == seed.links, where


def assert_pdf_follows(reading: PdfText, expected: list[Element]) -> None:
    """Every element's text in order; its bold and italic drawn in those faces."""
    position = 0
    for element in expected:
        found = reading.text.find(element.text, position)
        assert found >= 0, f"{element.text[:70]!r} missing or out of order"
        position = found + len(element.text)
    bold_at = italic_at = 0
    for element in expected:
        if element.kind not in ("body", "bullet", "number"):
            continue
        for stretch in element.bold:
            found = reading.bold.find(stretch, bold_at)
            assert found >= 0, f"{stretch!r} is not set in bold in the PDF"
            bold_at = found
        for stretch in element.italic:
            found = reading.italic.find(stretch, italic_at)
            assert found >= 0, f"{stretch[:70]!r} is not set in italic in the PDF"
            italic_at = found
