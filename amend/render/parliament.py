"""The parliamentary lines of a rendered header: the legislature and the session.

The language itself (ordinals, dates in words) is :mod:`amend.core.french`.
"""

from __future__ import annotations

import datetime as _dt

from amend.core.french import ordinal


def legislature(n: int) -> str:
    """« DIX-SEPTIÈME LÉGISLATURE »."""
    return f"{ordinal(n).upper()} LÉGISLATURE"


def session(day: _dt.date) -> str:
    """The parliamentary session of a date: ordinary from October to June, else extraordinary."""
    if day.month >= 10:
        return f"SESSION ORDINAIRE DE {day.year}-{day.year + 1}"
    if day.month <= 6:
        return f"SESSION ORDINAIRE DE {day.year - 1}-{day.year}"
    return f"SESSION EXTRAORDINAIRE DE {day.year - 1}-{day.year}"
