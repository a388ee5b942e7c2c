"""The inline markup of long text fields: read, escaped, stripped and written back."""

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain import rich_text
from rapporteur_app.domain.document import Bullets, Inline, Paragraph, Run
from rapporteur_app.domain.rich_text import (
    RichBlock,
    escape,
    inline_markup,
    parse,
    parse_inline,
    to_markup,
    to_plain,
)
from rapporteur_app.domain.text import split_paragraphs

# Text biased towards the characters that mean something in the markup.
MARKUP_ALPHABET = st.sampled_from(list("ab Я é*[]()\\-•1.)\n\t_#!:/"))
markup_text = st.text(MARKUP_ALPHABET, max_size=60) | st.text(max_size=60)


def styled_characters(blocks: tuple[RichBlock, ...]) -> list[tuple[object, ...]]:
    """Every visible character with its emphasis and link, and where blocks begin:
    what a reader sees, whatever the runs' boundaries or the spaces between words."""
    seen: list[tuple[object, ...]] = []
    for block in blocks:
        items: tuple[Inline, ...]
        if isinstance(block, Paragraph):
            seen.append(("paragraph",))
            items = (block.runs,)
        else:
            seen.append(("list", block.numbered, block.start if block.numbered else 1))
            items = block.items
        for item in items:
            seen.append(("item",))
            seen.extend(
                (char, run.bold, run.italic, run.link)
                for run in item
                for char in unicodedata.normalize("NFC", run.text)
                if not char.isspace()
            )
    return seen


def test_emphasis_strong_and_links() -> None:
    (paragraph,) = parse("The *Action Plan*, **Madina Jarbussynova** and [a handbook](#).")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == (
        Run("The "),
        Run("Action Plan", italic=True),
        Run(", "),
        Run("Madina Jarbussynova", bold=True),
        Run(" and "),
        Run("a handbook", link="#"),
        Run("."),
    )


def test_emphasis_inside_a_link_and_both_at_once() -> None:
    (paragraph,) = parse("[Report \\(A/HRC/32/41\\) *in full*](https://x.org/a_b) ***now***")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.runs == (
        Run("Report (A/HRC/32/41) ", link="https://x.org/a_b"),
        Run("in full", italic=True, link="https://x.org/a_b"),
        Run(" "),
        Run("now", bold=True, italic=True),
    )


def test_lists_inside_a_text() -> None:
    blocks = parse(
        "Concrete findings of the panel included:\n"
        "- *first finding;*\n"
        "- second finding,\n  continued\n\n"
        "Side events:\n\n"
        "1. **One** - offered\n"
        "2) **Two**"
    )
    assert blocks == (
        Paragraph((Run("Concrete findings of the panel included:"),)),
        Bullets(((Run("first finding;", italic=True),), (Run("second finding, continued"),))),
        Paragraph((Run("Side events:"),)),
        Bullets(
            ((Run("One", bold=True), Run(" - offered")), (Run("Two", bold=True),)), numbered=True
        ),
    )


def test_a_numbered_list_keeps_its_first_number() -> None:
    (numbered,) = parse("3. third\n4. fourth")
    assert isinstance(numbered, Bullets)
    assert numbered.numbered and numbered.start == 3
    assert to_markup((numbered,)) == "3. third\n4. fourth"


def test_what_is_not_markup_reads_as_typed() -> None:
    for text in ("2 * 3 * 4", "a *b", "**unclosed", "[no link]", "[empty]()", "x ] y", "\\q"):
        assert to_plain(text) == text, text


def test_paragraphs_and_plain_text() -> None:
    text = "One *a*\nline.\n\n\n- x\n- **y**\n\nEnd"
    assert to_plain(text) == "One a line.\n\n- x\n- y\n\nEnd"
    assert parse_inline("a *b*\n- c") == (Run("a "), Run("b", italic=True), Run(" - c"))


def test_escape_keeps_list_signs_and_stars_literal() -> None:
    text = "- not a list\n1. nor this\n• nor this\n* nor this\n*a* [b](c) \\"
    assert parse(escape(text)) == (
        Paragraph((Run("- not a list 1. nor this • nor this * nor this *a* [b](c) \\"),)),
    )


@given(st.text())
def test_escaped_text_means_what_plain_text_meant(text: str) -> None:
    """Text stored before the markup, once escaped, reads as the same paragraphs."""
    blocks = parse(escape(text))
    assert all(isinstance(block, Paragraph) for block in blocks)
    assert all(not (r.bold or r.italic or r.link) for b in blocks for r in b.runs)  # type: ignore[union-attr]
    assert to_plain(escape(text)) == "\n\n".join(split_paragraphs(text))


@given(markup_text)
def test_escaped_markup_like_text_means_what_it_says(text: str) -> None:
    assert to_plain(escape(text)) == "\n\n".join(split_paragraphs(text))


@given(markup_text)
def test_any_text_reads_and_writes_back_the_same(text: str) -> None:
    """Whatever was typed, writing what was read and reading it again changes nothing."""
    blocks = parse(text)
    written = to_markup(blocks)
    assert styled_characters(parse(written)) == styled_characters(blocks)
    assert to_markup(parse(written)) == written


# What an editor holds: no control characters, no combining mark that would join a
# letter of the neighbouring run.
EDITOR_CHARACTERS = st.characters(
    exclude_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Mc", "Me", "Zl", "Zp")
)
runs = st.builds(
    Run,
    text=st.text(MARKUP_ALPHABET.filter(lambda c: c != "\n"), min_size=1, max_size=12)
    | st.text(EDITOR_CHARACTERS, min_size=1, max_size=8),
    bold=st.booleans(),
    italic=st.booleans(),
    link=st.sampled_from(["", "", "https://osce.org/a_(b)", "#", "mailto:x@y.z", "a b"]),
)
inlines = st.lists(runs, min_size=1, max_size=6).map(tuple)
rich_blocks = st.lists(
    st.builds(Paragraph, inlines)
    | st.builds(
        Bullets,
        st.lists(inlines, min_size=1, max_size=3).map(tuple),
        numbered=st.booleans(),
        start=st.integers(1, 30),
    ),
    max_size=4,
).map(tuple)


def _visible(blocks: tuple[RichBlock, ...]) -> tuple[RichBlock, ...]:
    """What a reader can tell apart: blocks with no visible character are not there."""
    kept: list[RichBlock] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            if "".join(r.text for r in block.runs).strip():
                kept.append(block)
        else:
            items = tuple(i for i in block.items if "".join(r.text for r in i).strip())
            if items:
                kept.append(Bullets(items, block.numbered, block.start))
    return tuple(kept)


def _url_seen(link: str) -> str:
    return link.replace(" ", "%20")


@given(rich_blocks)
def test_what_the_editor_writes_reads_back_as_it_was_shown(blocks: tuple[RichBlock, ...]) -> None:
    expected = [
        (c[0], c[1], c[2], _url_seen(c[3])) if len(c) == 4 else c  # type: ignore[arg-type]
        for c in styled_characters(_visible(blocks))
    ]
    got = styled_characters(parse(to_markup(blocks)))
    # Two lists of one kind written one after the other read back as one list.
    assert [c for c in got if c[0] != "list"] == [c for c in expected if c[0] != "list"]


def test_adjacent_styles_write_back_unambiguously() -> None:
    cases: list[Inline] = [
        (Run("a", bold=True), Run("b", italic=True)),
        (Run("a", italic=True), Run("b", bold=True)),
        (Run("a", bold=True, italic=True), Run("b", italic=True)),
        (Run("bold ", bold=True), Run("plain")),
        (Run("x", link="u"), Run("y", link="v")),
    ]
    for runs_ in cases:
        (paragraph,) = parse(inline_markup(runs_))
        assert isinstance(paragraph, Paragraph)
        assert [(r.text.strip(), r.bold, r.italic, r.link) for r in paragraph.runs] == [
            (r.text.strip(), r.bold, r.italic, r.link) for r in runs_
        ]


def test_hostile_input_stays_fast_and_shallow() -> None:
    """A paste of thousands of brackets or stars is read in one pass, with no recursion."""
    for text in ("[" * 20000, "[a](" * 5000, "*" * 20000 + "a", "[[" * 3000 + "](u)" * 3000):
        assert to_plain(text)


@given(markup_text)
def test_a_text_without_markup_characters_is_read_as_the_tokenizer_reads_it(text: str) -> None:
    quick = (rich_text.parse_inline(text), rich_text.parse(text))
    every = re.compile("")  # every text through the tokenizer
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rich_text, "_MAY_BE_MARKUP", every)
        assert (rich_text.parse_inline(text), rich_text.parse(text)) == quick
