"""Plain text saved before the rich-text markup keeps meaning what it meant.

A saved database of schema 0001 (when every long text was plain) is given
texts full of what is now markup — stars, brackets, backslashes, lines that
start like list items — and upgraded; each text then reads as exactly the
characters its author typed, in the same paragraphs, with no emphasis, link or
list, and each text that held none of those is left byte for byte."""

import shutil
import sqlite3
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from rapporteur_app.domain.document import Paragraph
from rapporteur_app.domain.rich_text import parse, to_plain
from rapporteur_app.domain.text import clean_text, split_paragraphs
from rapporteur_app.services.app_services import Services

FIXTURES = Path(__file__).parent / "fixtures"

OLD_TEXTS = [
    "Delegations said 2 * 3 = 6 and *not* emphasis; see [1] and C:\\Users\\ana.",
    "- this line was a dash, not a list\n1. nor was this a numbered list\n\nSecond *para*",
    "**Bold** in plain text was two stars and a word.",
    "Plain words only: nothing to change here.",
    "• a bullet sign typed by hand\n   - indented dash\n \nsame paragraph after spaces",
    "[Handbook](https://www.osce.org/odihr) typed as characters",
]

# (table, column, row id) of one long text field of each kind in the fixture.
FIELDS = [
    ("meetings", "background", 1),
    ("sessions", "narrative", 1),
    ("sessions", "background", 2),
    ("session_items", "text", 1),
    ("recommendations", "text", 1),
    ("recommendations", "text", 2),
]


def _upgrade_with(texts: list[str], tmp_path: Path) -> list[str]:
    database = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema-0001.sqlite3", database)
    connection = sqlite3.connect(database)
    with connection:
        for (table, column, row_id), text in zip(FIELDS, texts, strict=False):
            connection.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (text, row_id))
    connection.close()
    Services.open(database).close()
    connection = sqlite3.connect(database)
    try:
        return [
            connection.execute(f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)).fetchone()[
                0
            ]
            for (table, column, row_id), _ in zip(FIELDS, texts, strict=False)
        ]
    finally:
        connection.close()


def _check_means_the_same(old: str, new: str) -> None:
    blocks = parse(new)
    assert all(isinstance(block, Paragraph) for block in blocks), new
    assert not any(r.bold or r.italic or r.link for b in blocks for r in b.runs)  # type: ignore[union-attr]
    assert to_plain(new) == "\n\n".join(split_paragraphs(old))


def test_old_plain_text_reads_as_typed_after_the_upgrade(tmp_path: Path) -> None:
    upgraded = _upgrade_with(OLD_TEXTS, tmp_path)
    for old, new in zip(OLD_TEXTS, upgraded, strict=True):
        _check_means_the_same(old, new)
    assert upgraded[3] == OLD_TEXTS[3]  # nothing to escape, nothing changed
    assert upgraded[0].startswith("Delegations said 2 \\* 3")


# Each example upgrades a database: a few are enough beside the cases above.
@settings(max_examples=12)
@given(st.lists(st.text(st.sampled_from(list("ab *[]\\-•1.) \n")), max_size=40), min_size=1,
                max_size=len(FIELDS)))  # fmt: skip
def test_any_old_text_keeps_its_meaning(tmp_path_factory: object, texts: list[str]) -> None:
    folder = tmp_path_factory.mktemp("old")  # type: ignore[attr-defined]
    cleaned = [clean_text(text).strip() or "x" for text in texts]
    for old, new in zip(cleaned, _upgrade_with(cleaned, folder), strict=True):
        _check_means_the_same(old, new)
