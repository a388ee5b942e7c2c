"""The words of a search and the snippets of its hits, for any text a person types."""

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.search import MOST_TERMS, make_snippet, query_terms


def test_terms_are_letters_and_digits_only() -> None:
    assert query_terms('"Human rights"* NEAR(OSCE) l\'homme e-mail') == (
        "Human", "rights", "NEAR", "OSCE", "l", "homme", "e", "mail",
    )  # fmt: skip
    assert query_terms("выборы ВЫБОРЫ Straße") == ("выборы", "Straße")
    assert query_terms("*()\"'-:^") == ()
    # A decomposed letter is one term with its accent.
    assert query_terms("O\u0308sterreich") == ("Österreich",)


def test_the_snippet_marks_every_hit_whatever_the_case_and_accents() -> None:
    snippet = make_snippet("Die Größe der STRASSE und die Straße in Österreich.", ("strasse",))
    assert snippet.marked() == "Die Größe der [STRASSE] und die [Straße] in Österreich."
    assert make_snippet("Выборы в Ёлкино", ("елкино",)).marked() == "Выборы в [Ёлкино]"
    # A long term marks the whole word it begins; a short one only whole words.
    assert make_snippet("recommendations", ("recommend",)).marked() == "[recommendations]"
    assert make_snippet("to top", ("to",)).marked() == "[to] top"


def test_a_long_text_is_cut_around_its_first_hit() -> None:
    text = " ".join(["word"] * 100 + ["needle"] + ["word"] * 100)
    snippet = make_snippet(text, ("needle",))
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert "[needle]" in snippet.marked() and len(snippet.text) < 200


@given(st.text(max_size=300), st.text(max_size=40))
def test_any_text_and_any_words_make_a_snippet(text: str, typed: str) -> None:
    terms = query_terms(typed)
    assert len(terms) <= MOST_TERMS
    snippet = make_snippet(text, terms)
    last = 0
    for start, end in snippet.marks:
        assert last <= start < end <= len(snippet.text)
        last = end
