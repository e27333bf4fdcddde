"""Finding quoted words in an alinéa the way a reader does.

An amendment quotes « 2011/92/UE » or « l’enfant » as printed; the text may hold a no-break
space (U+00A0, U+202F) where the amendment has an ordinary one, a typographic apostrophe where it
has a straight one, a non-breaking hyphen (U+2011) where it has « - » — the variants of
:mod:`amend.core.french` (:data:`~amend.core.french.SPACES`, ``HYPHENS``, ``APOSTROPHES``), plus
the tab. Words match whole: « et » is not found inside « retenir ». Matching is done by a pattern
on the text itself, not on a folded copy, so the offsets found are those of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from amend.core.french import APOSTROPHES, HYPHENS
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
    """The (start, end) of every occurrence of ``words`` in ``text``."""
    if not words.strip(SPACES):
        return []
    return [(m.start(), m.end()) for m in pattern(words).finditer(text)]


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
