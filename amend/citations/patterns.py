"""Regex building blocks shared by the citation parsers (domain-rules.md, « Shared character classes »).

Every pattern runs on *normalised* text (:func:`normalise`): U+2010 / U+2011 hyphens become
``-`` and the no-break, narrow, thin and figure spaces become plain spaces
(:func:`amend.core.french.fold_spaces`, :func:`~amend.core.french.fold_hyphens`). The replacement
is one character for one character, so an offset in the normalised text is the offset in the
original text: findings are located on what the author typed. Apostrophes are not folded (the
patterns accept both, :data:`APOS`): a part read from the normalised text, such as « de
l’Assemblée nationale », keeps the apostrophe the author typed.

Patterns are compiled on first use (:func:`compiled`) and kept for the life of the process.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from amend.core.french import APOSTROPHES, MONTH_RE, fold_hyphens, fold_spaces
from amend.core.french import DAY_RE as DAY

SP = " "
"""After normalisation every space is a plain space."""
APOS = f"[{APOSTROPHES}]"
DATE = rf"(?P<d>{DAY}) (?P<m>{MONTH_RE}) (?P<y>\d{{4}})"

EU_AUTHORS = ("du Parlement européen et du Conseil", "du PE et du Conseil", "du Conseil européen",
              "du Conseil", "de la Commission européenne", "de la Commission",
              "de la Banque centrale européenne", "du Parlement européen")
"""Authors of an EU act as its title names them, longest first (« du Conseil européen » before
« du Conseil »)."""


@lru_cache(maxsize=2048)
def normalise(text: str) -> str:
    """Same length as ``text``: hyphens and spaces of every kind made plain (not apostrophes)."""
    return fold_hyphens(fold_spaces(text))


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def date_at() -> re.Pattern[str]:
    """« 2 mars 2022 » where a date is expected (``.match``): one pattern for every parser, so the
    month names are compiled once. The day is lenient (« 31 avril » is found, then refused)."""
    return compiled(rf"(?P<d>1er|\d{{1,2}})[ \u00a0\u202f]+(?P<m>{MONTH_RE})[ \u00a0\u202f]+(?P<y>\d{{4}})\b")
