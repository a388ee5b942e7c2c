"""The bulk load's search documents are the triggers' (store/bulk_statements.py): the
Python fold gives the text the SQL fold gives, for any text."""

import sqlite3

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.search import FOLDS
from rapporteur_app.store import search_index

TEXT = st.text(alphabet=st.sampled_from("".join(FOLDS) + "abcÄäéЁёß ΣςǅŁ\n'\"")) | st.text()


@given(TEXT)
def test_the_python_fold_is_the_sql_fold(text: str) -> None:
    connection = sqlite3.connect(":memory:")
    try:
        source = search_index.statement_source()
        connection.execute("CREATE TABLE statements (id INTEGER PRIMARY KEY, notes TEXT)")
        connection.execute("INSERT INTO statements VALUES (1, ?)", (text,))
        select = search_index._sqlite_doc(source, "statements", "statements")
        ((_, folded),) = connection.execute(select).fetchall()
    finally:
        connection.close()
    assert search_index.folded(text) == folded


@given(TEXT)
def test_a_text_without_a_folded_letter_is_its_own_fold_and_found_so(text: str) -> None:
    # The quick path (folded's search, and ASCII told at once) is the translate.
    assert search_index.folded(text) == text.translate(search_index._FOLD_TABLE)
    found = search_index._FOLDED_LETTER.search(text) is not None
    assert found == any(letter in text for letter in FOLDS)


def test_every_folded_letter_is_outside_ascii_and_searched_for() -> None:
    for letter in FOLDS:
        assert not letter.isascii()
        assert search_index._FOLDED_LETTER.fullmatch(letter)


def test_no_fold_makes_a_letter_another_fold_would_change() -> None:
    # One translate equals the chain of replace() calls only if so.
    produced = "".join(FOLDS.values())
    assert not set(produced) & set(FOLDS)


@given(TEXT, TEXT)
def test_a_recommendations_document_is_the_triggers(text: str, addressee: str) -> None:
    """Its text and addressee joined by a space, then folded (bulk_statements.py)."""
    connection = sqlite3.connect(":memory:")
    try:
        source = search_index.recommendation_source()
        connection.execute(
            "CREATE TABLE recommendations (id INTEGER PRIMARY KEY, text TEXT, addressee TEXT)"
        )
        connection.execute("INSERT INTO recommendations VALUES (1, ?, ?)", (text, addressee))
        select = search_index._sqlite_doc(source, "recommendations", "recommendations")
        ((_, folded),) = connection.execute(select).fetchall()
    finally:
        connection.close()
    assert source.columns == ("text", "addressee")
    assert search_index.folded(f"{text} {addressee}") == folded
