"""The folding behind the redaction, through its table of characters met, is the
character-by-character folding it replaced (which the documents spent most of their
time in), and the redaction it drives replaces the same spans."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from rapporteur_app.domain.documents import privacy
from rapporteur_app.domain.documents.privacy import Redactor, fold

# Letters that fold to nothing, to one or to several, in several scripts.
_TRICKY = "Weiß İlker Yıldız ſ Anna\u00ad Müller\u200b ﬁ Ǆ Ἀθηνᾶ Олег Пётр ǅ\u2013\t-x"
texts = st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(), max_size=60)


def _fold_one_by_one(text: str) -> str:
    return "".join(privacy._fold_char(c) for c in text)


def _folded_with_origin_one_by_one(text: str) -> tuple[str, list[int]]:
    pieces, origin = [], []
    for index, char in enumerate(text):
        piece = privacy._fold_char(char)
        pieces.append(piece)
        origin.extend([index] * len(piece))
    return "".join(pieces), origin


@given(texts)
def test_the_table_folds_as_each_character_alone(text: str) -> None:
    assert fold(text) == _fold_one_by_one(text)
    folded, origin = privacy._folded_with_origin(text)
    expected, expected_origin = _folded_with_origin_one_by_one(text)
    assert folded == expected
    assert list(origin) == expected_origin


@given(st.lists(texts, min_size=1, max_size=4), texts)
def test_the_redaction_replaces_the_same_spans(names: list[str], written: str) -> None:
    redactor = Redactor.for_names((name, "a speaker") for name in names)
    if redactor.pattern is None:
        return
    folded, origin = _folded_with_origin_one_by_one(written)
    expected, kept = [], 0
    for match in redactor.pattern.finditer(folded):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        expected += [written[kept:start], "a speaker"]
        kept = end
    expected.append(written[kept:])
    assert redactor(written) == "".join(expected)


def test_a_letter_that_folds_to_two_keeps_the_origin_right() -> None:
    redactor = Redactor.for_names([("Anna Weiß", "a survivor")])
    assert redactor("Told by ﬁrst ANNA WEISS, then Wei\u200bß.") == (
        "Told by ﬁrst a survivor, then a survivor."
    )
    assert unicodedata.normalize("NFKD", "ﬁ") == "fi"
