"""French words the rendered documents need: ordinals, long dates, parliamentary sessions."""

from __future__ import annotations

import datetime as _dt

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
_UNITS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize")
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def cardinal(n: int) -> str:
    """French cardinal for 1 ≤ n ≤ 69 (legislatures and the like)."""
    if not 1 <= n <= 69:
        raise ValueError(f"nombre hors limites : {n}")
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return "dix-" + _UNITS[n - 10]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    if unit == 1:
        return f"{_TENS[tens]} et un"
    return f"{_TENS[tens]}-{_UNITS[unit]}"


def ordinal(n: int, *, feminine: bool = True) -> str:
    """« première », « dix-septième », « vingt et unième »."""
    if n == 1:
        return "première" if feminine else "premier"
    words = cardinal(n)
    cut = max(words.rfind(" "), words.rfind("-")) + 1
    head, last = words[:cut], words[cut:]
    if last == "cinq":
        last = "cinqu"
    elif last == "neuf":
        last = "neuv"
    elif last.endswith("e"):
        last = last[:-1]
    return f"{head}{last}ième"


def legislature(n: int) -> str:
    """« DIX-SEPTIÈME LÉGISLATURE »."""
    return f"{ordinal(n).upper()} LÉGISLATURE"


def long_date(day: _dt.date) -> str:
    """« 8 septembre 2025 », « 1er octobre 2025 » (the ordinal is raised at render time)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def session(day: _dt.date) -> str:
    """The parliamentary session of a date: ordinary from October to June, else extraordinary."""
    if day.month >= 10:
        return f"SESSION ORDINAIRE DE {day.year}-{day.year + 1}"
    if day.month <= 6:
        return f"SESSION ORDINAIRE DE {day.year - 1}-{day.year}"
    return f"SESSION EXTRAORDINAIRE DE {day.year - 1}-{day.year}"
