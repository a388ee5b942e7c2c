"""The near-duplicate groups found pair by pair (no numpy, no matrix) are those the
whole score matrix gave, for any list of recommendations."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from rapporteur_app.domain.draft import duplicates
from rapporteur_app.domain.draft.duplicates import SIMILARITY, duplicate_groups

_WORDS = ("apply", "the", "non-punishment", "principle", "in", "law", "and", "practice",
          "fund", "shelters", "Shelters", "ÉTATS", "états", "")  # fmt: skip
texts = st.lists(st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join), max_size=12)


def _by_the_matrix(words_of: list[str]) -> tuple[tuple[int, ...], ...]:
    words = [duplicates.comparable_words(t) for t in words_of]
    parent = list(range(len(words)))

    def root(index: int) -> int:
        while parent[index] != index:
            index = parent[index]
        return index

    scores = process.cdist(words, words, scorer=fuzz.token_sort_ratio, score_cutoff=SIMILARITY)
    for first in range(len(words)):
        for second in range(first + 1, len(words)):
            if words[first] and scores[first][second] >= SIMILARITY:
                parent[root(second)] = root(first)
    groups: dict[int, list[int]] = {}
    for index in range(len(words)):
        groups.setdefault(root(index), []).append(index)
    return tuple(tuple(g) for g in groups.values() if len(g) > 1)


@settings(max_examples=150)
@given(texts)
def test_pair_by_pair_finds_the_matrix_groups(written: list[str]) -> None:
    assert duplicate_groups(list(enumerate(written))) == _by_the_matrix(written)
