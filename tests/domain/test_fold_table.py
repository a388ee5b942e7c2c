"""The folding behind the redaction, through its table of characters met, is the
character-by-character folding it replaced (which the documents spent most of their
time in), and the redaction it drives replaces the same spans."""

import re
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


def _possible_mentions_word_by_word(redactor: Redactor, text: str) -> list[str]:
    """What the "possible mentions" check was before each word was looked at once."""
    if not redactor.stems or not text:
        return []
    found: list[str] = []
    for match in re.finditer(r"\w+", redactor(text)):
        word = match.group(0)
        folded = fold(word)
        if word not in found and any(
            privacy._shared_prefix(folded, stem) >= max(privacy._STEM, len(stem) - 2)
            and len(folded) <= len(stem) + 4
            for stem in redactor.stems
        ):
            found.append(word)
    return found


_INFLECTED = "Анны Ивановой Ивановой Anny Weissa Yıldızlar ивановА Petrovich"
words = st.text(alphabet=st.sampled_from(_TRICKY + _INFLECTED) | st.characters(), max_size=80)


@given(st.lists(texts, min_size=1, max_size=3), words)
def test_the_possible_mentions_are_the_word_by_word_ones(names: list[str], written: str) -> None:
    redactor = Redactor.for_names((name, "a speaker") for name in [*names, "Анна Иванова"])
    assert redactor.possible_mentions(written) == _possible_mentions_word_by_word(redactor, written)


def test_an_inflected_form_is_a_possible_mention_once_in_the_order_met() -> None:
    redactor = Redactor.for_names([("Анна Иванова", "a survivor"), ("Anna Weiß", "")])
    assert redactor.possible_mentions(
        "Мы слышали Анны Ивановой; Ивановой и Weißes, не Иванова."
    ) == ["Анны", "Ивановой", "Weißes"]
