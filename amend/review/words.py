"""Word-level comparison of two lines of text, and the similarity used to pair reworded lines.

Pure functions over strings. The no-break space (U+00A0), the narrow one (U+202F), the
non-breaking hyphen (U+2011) and the typographic apostrophe are kept in the text shown, but
matching does not depend on them: tokens are compared once folded
(:func:`amend.core.french.fold`, same length), lines once collapsed
(:func:`amend.core.french.collapse`, spaces squeezed too).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import NamedTuple

from amend.core.french import collapse, fold

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


class Segment(NamedTuple):
    """A run of text: ``=`` kept, ``-`` removed, ``+`` inserted."""

    op: str
    text: str


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def words(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(collapse(text)) if not t.isspace()]


def word_similarity(a: list[str], b: list[str], *, at_least: float = 0.0) -> float:
    """:func:`similarity` on word lists; below ``at_least`` it may return any lower bound."""
    if not a and not b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < at_least or matcher.quick_ratio() < at_least:
        return 0.0  # the cheap upper bounds already rule it out
    return matcher.ratio()


def segments(old: str, new: str) -> tuple[Segment, ...]:
    """``old`` turned into ``new`` as kept / removed / inserted runs of whole words.

    Joining the ``=`` and ``-`` runs gives back ``old``; joining ``=`` and ``+`` gives ``new``.
    A space, a sign or one short word between two changes is folded into them, so that
    « Salue la proposition » → « Regrette la décision » reads as one replacement, not two.
    """
    a, b = tokens(old), tokens(new)
    fa, fb = [fold(t) for t in a], [fold(t) for t in b]
    raw: list[tuple[str, str, str]] = []  # (op, old text, new text)
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, fa, fb, autojunk=False).get_opcodes():
        if tag != "equal":
            raw.append(("~", "".join(a[i1:i2]), "".join(b[j1:j2])))
            continue
        for old_token, new_token in zip(a[i1:i2], b[j1:j2], strict=True):  # same once folded: spaces, hyphens
            op = "=" if old_token == new_token else "~"
            if raw and raw[-1][0] == op == "=":
                raw[-1] = ("=", raw[-1][1] + old_token, raw[-1][2] + new_token)
            else:
                raw.append((op, old_token, new_token))
    merged: list[list[str]] = []
    for i, (op, old_part, new_part) in enumerate(raw):
        between_changes = (op == "=" and 0 < i < len(raw) - 1 and raw[i - 1][0] == "~"
                           and raw[i + 1][0] == "~" and _is_glue(old_part))
        if between_changes:
            op = "~"
        if merged and merged[-1][0] == op == "~":
            merged[-1][1] += old_part
            merged[-1][2] += new_part
        else:
            merged.append([op, old_part, new_part])
    result: list[Segment] = []
    for op, old_part, new_part in merged:
        if op == "=":
            result.append(Segment("=", old_part))
            continue
        if old_part:
            result.append(Segment("-", old_part))
        if new_part:
            result.append(Segment("+", new_part))
    return tuple(result)


def _is_glue(text: str) -> bool:
    """Too little to stand alone between two changes: spaces, a sign, one short word (« la »)."""
    stripped = text.strip()
    return len(stripped) <= 3 and len(stripped.split()) <= 1
