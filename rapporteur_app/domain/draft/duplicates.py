"""Near-duplicate recommendations: the same recommendation heard from several delegations.

Texts are compared with rapidfuzz's token-sort ratio on their folded words (case,
accents, punctuation and word order ignored), so "Apply the non-punishment principle"
and "The non-punishment principle should be applied" are not matched but "Apply
the non-punishment principle in law and practice" and "apply the non punishment
principle in practice and in law" are. The groups are only proposed: merging is
the rapporteur's decision, and a merge keeps every source statement.
"""

import re
from collections.abc import Sequence

from rapporteur_app.domain.text import search_key

# Out of 100: high enough that two different asks to the same addressee stay apart.
SIMILARITY = 80
_NOT_WORD = re.compile(r"[\W_]+")


def comparable_words(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", search_key(text)).split())


def duplicate_groups(
    texts: Sequence[tuple[int, str]], similarity: int = SIMILARITY
) -> tuple[tuple[int, ...], ...]:
    """Groups (of two or more ids, in the order given) of texts that say the same thing."""
    # Pair by pair: a session's list is tens of texts, and the whole matrix
    # (process.cdist) would import numpy (a third of a second, 15 MiB) to hold it.
    from rapidfuzz import fuzz

    ids = [identifier for identifier, _ in texts]
    words = [comparable_words(text) for _, text in texts]
    parent = list(range(len(ids)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for first in range(len(ids)):
        if not words[first]:
            continue
        for second in range(first + 1, len(ids)):
            score = fuzz.token_sort_ratio(words[first], words[second], score_cutoff=similarity)
            if score >= similarity:
                parent[root(second)] = root(first)
    groups: dict[int, list[int]] = {}
    for index, identifier in enumerate(ids):
        groups.setdefault(root(index), []).append(identifier)
    return tuple(tuple(group) for group in groups.values() if len(group) > 1)
