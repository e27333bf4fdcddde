"""Pairing the lines of two versions of a list (visas, considérants, points, exposé).

Pure. Three passes:

1. lines whose normalised text is identical are paired (in order, duplicates first-to-first);
2. the lines left over are paired by word similarity, best pairs first, when at least
   :data:`THRESHOLD` of their words agree: those are *reworded*;
3. the longest chain of pairs that keeps its order is « in place »; every other pair has
   *moved* among its neighbours.

What is left unpaired is *removed* (old side) or *added* (new side).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from amend.core.french import collapse
from amend.review.words import word_similarity, words

THRESHOLD = 0.5
"""Lowest word similarity for two lines to count as one line reworded (else: removed + added)."""


class Pair(NamedTuple):
    old: int | None
    new: int | None
    same_text: bool = False
    """Identical once spaces, hyphens and apostrophes are folded (:func:`amend.core.french.collapse`)."""
    moved: bool = False


def match(old: list[str], new: list[str], *, threshold: float = THRESHOLD) -> list[Pair]:
    """Pair ``old`` and ``new`` lines; the result lists every index of both sides once."""
    pairs: dict[int, int] = {}
    for key in (str, collapse):  # identical lines first, then identical once collapsed
        free_new: dict[str, list[int]] = {}
        taken = set(pairs.values())
        for j, text in enumerate(new):
            if j not in taken:
                free_new.setdefault(key(text), []).append(j)
        for i, text in enumerate(old):
            if i not in pairs:
                candidates = free_new.get(key(text))
                if candidates:
                    pairs[i] = candidates.pop(0)
    same = set(pairs)
    left_old = [i for i in range(len(old)) if i not in pairs]
    taken = set(pairs.values())
    left_new = [j for j in range(len(new)) if j not in taken]
    old_words = {i: words(old[i]) for i in left_old}
    new_words = {j: words(new[j]) for j in left_new}
    scored = []
    for i in left_old:
        for j in left_new:
            score = word_similarity(old_words[i], new_words[j], at_least=threshold)
            if score >= threshold:
                scored.append((-score, abs(i - j), i, j))
    scored.sort()
    for _, _, i, j in scored:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    in_place = _longest_ordered_chain(sorted(pairs.items()))
    result = [Pair(i, j, i in same, (i, j) not in in_place) for i, j in pairs.items()]
    result += [Pair(i, None) for i in range(len(old)) if i not in pairs]
    result += [Pair(None, j) for j in range(len(new)) if j not in taken]
    return sorted(result, key=lambda pair: _order(pair, pairs))


def _order(pair: Pair, pairs: dict[int, int]) -> tuple[int, int, int]:
    """Reading order of the new version; a removed line comes after what preceded it."""
    if pair.new is not None:
        return (pair.new, 0, 0)
    assert pair.old is not None
    before = [pairs[i] for i in pairs if i < pair.old]
    return (max(before, default=-1), 1, pair.old)


def _longest_ordered_chain(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Longest subsequence of ``pairs`` (sorted by old index) whose new indexes increase."""
    tails: list[int] = []
    tail_at: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        previous[k] = tail_at[pos - 1] if pos else -1
    chain: set[tuple[int, int]] = set()
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        chain.add(pairs[k])
        k = previous[k]
    return chain
