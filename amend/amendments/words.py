"""Finding quoted words in an alinéa the way a reader does.

An amendment quotes « 2011/92/UE » or « l’enfant » as printed; the text may hold a no-break
space (U+00A0, U+202F) where the amendment has an ordinary one, a typographic apostrophe where it
has a straight one, a non-breaking hyphen (U+2011) where it has « - » — the variants of
:mod:`amend.core.french` (:data:`~amend.core.french.SPACES`, ``HYPHENS``, ``APOSTROPHES``), plus
the tab. Words match whole: « et » is not found inside « retenir ». Both texts are folded
(:func:`amend.core.french.fold`) and searched with :meth:`str.find`; the offsets found are mapped
back to those of the text. :func:`pattern` is the same matching as a regular expression.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from amend.core.french import APOSTROPHES, HYPHENS, fold
from amend.core.french import SPACES as _LINE_SPACES

SPACES = _LINE_SPACES + "\t"
_SPACE_RUN = f"[{re.escape(SPACES)}]+"
_CLASSES = {**dict.fromkeys(APOSTROPHES, f"[{re.escape(APOSTROPHES)}]"),
            **dict.fromkeys(HYPHENS, f"[{re.escape(HYPHENS)}]")}


@lru_cache(maxsize=4096)
def pattern(words: str) -> re.Pattern[str]:
    parts: list[str] = []
    previous_space = False
    for char in words.strip(SPACES):
        if char in SPACES:
            if not previous_space:
                parts.append(_SPACE_RUN)
            previous_space = True
            continue
        previous_space = False
        parts.append(_CLASSES.get(char) or re.escape(char))
    body = "".join(parts)
    stripped = words.strip(SPACES)
    if stripped[:1].isalnum():
        body = r"(?<!\w)" + body
    if stripped[-1:].isalnum():
        body = body + r"(?!\w)"
    return re.compile(body)


def find(text: str, words: str) -> list[tuple[int, int]]:
    """The (start, end) of every occurrence of ``words`` in ``text``.

    What ``pattern(words).finditer(text)`` finds, found in linear time: both texts are folded
    (one kind of space, apostrophe and hyphen; a run of spaces made one space) and searched with
    :meth:`str.find` — a regex of a long quotation was slow to build, and tried from every
    character of the text."""
    stripped = words.strip(SPACES)
    if not stripped:
        return []
    needle, _ = _folded(stripped)
    hay, (cuts, removed) = _folded(text)
    bounded_before, bounded_after = stripped[:1].isalnum(), stripped[-1:].isalnum()
    found: list[tuple[int, int]] = []
    resume = 0
    for at in _occurrences(hay, needle):
        if at < resume:
            continue  # inside the previous occurrence: occurrences do not overlap
        last = at + len(needle) - 1
        start = at + (removed[bisect_right(cuts, at) - 1] if cuts and cuts[0] <= at else 0)
        end = last + 1 + (removed[bisect_right(cuts, last) - 1] if cuts and cuts[0] <= last else 0)
        if (bounded_before and start > 0 and _WORD.match(text, start - 1)) or \
                (bounded_after and _WORD.match(text, end)):
            continue  # inside a word: « et » is not found in « retenir »
        found.append((start, end))
        resume = at + len(needle)
    return found


_RUNS = re.compile("  +")
_WORD = re.compile(r"\w")


def _folded(text: str) -> tuple[str, tuple[list[int], list[int]]]:
    """``text`` folded for :func:`find`, and how to go back: for each run of spaces made one, the
    offset in the folded text where the rest begins, and how many characters were removed so far
    (add it to an offset from there on to get the offset in ``text``)."""
    text = fold(text).replace("\t", " ")
    cuts: list[int] = []
    removed: list[int] = []
    parts, last, total = [], 0, 0
    for m in _RUNS.finditer(text):
        parts.append(text[last:m.start() + 1])
        last = m.end()
        total += m.end() - m.start() - 1
        cuts.append(m.end() - total)
        removed.append(total)
    if not cuts:
        return text, (cuts, removed)
    parts.append(text[last:])
    return "".join(parts), (cuts, removed)


def _occurrences(hay: str, needle: str) -> Iterator[int]:
    """Where ``needle`` starts in ``hay``, overlapping occurrences included, in order.

    :meth:`str.find` for the first ones; from the 17th occurrence of a long needle (« a a a » in
    « a a a a a … »), one Knuth-Morris-Pratt pass rather than one search per occurrence."""
    at, count = hay.find(needle), 0
    while at >= 0 and (count < 16 or len(needle) <= 16):
        yield at
        count += 1
        at = hay.find(needle, at + 1)
    if at < 0:
        return
    fail, k = [0] * len(needle), 0
    for i in range(1, len(needle)):
        while k and needle[i] != needle[k]:
            k = fail[k - 1]
        if needle[i] == needle[k]:
            k += 1
        fail[i] = k
    k = 0
    for i in range(at, len(hay)):
        char = hay[i]
        while k and char != needle[k]:
            k = fail[k - 1]
        if char == needle[k]:
            k += 1
            if k == len(needle):
                yield i - k + 1
                k = fail[k - 1]


def join(left: str, right: str) -> str:
    """Glue two pieces with one space, unless punctuation or an existing space makes it wrong."""
    if not left:
        return right
    if not right:
        return left
    if left[-1] in SPACES or right[0] in SPACES or right[0] in ",.)" or left[-1] in "(":
        return left + right
    return f"{left} {right}"


def tidy(text: str) -> str:
    """After deleting words: no doubled spaces, no space before a comma or a full stop."""
    text = re.sub("[ \u00a0\u202f]{2,}", lambda m: "\u00a0" if "\u00a0" in m.group() else " ", text)
    text = re.sub(" ([,.])", r"\1", text)
    return text.strip(" ")


SENTENCE_END = re.compile(r"[.!?…](?=[ \u00a0]+[A-ZÀ-ÖØ-Ý«])")


def sentence_ends(text: str) -> list[int]:
    """Offsets just after the end of each sentence but the last."""
    return [m.end() for m in SENTENCE_END.finditer(text)]
