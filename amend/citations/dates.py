"""French dates: « 1er août 2008 », « 2 mars 2022 » — found in a text with their offsets and checked.

Reading or writing one date (« 1er août 2008 » ↔ date(2008, 8, 1)) is
:func:`amend.core.french.parse_date` / :func:`~amend.core.french.format_date`."""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from amend.citations.patterns import DATE, compiled, normalise
from amend.core.french import MONTHS


class FrenchDate(NamedTuple):
    start: int
    end: int
    text: str
    day: str
    """As written: « 1er », « 2 », « 02 »."""
    month: int
    year: int

    @property
    def value(self) -> _dt.date | None:
        """The calendar date, or ``None`` when it does not exist (« 31 avril »)."""
        day = 1 if self.day == "1er" else int(self.day)
        try:
            return _dt.date(self.year, self.month, day)
        except ValueError:
            return None


def date_pattern():
    return compiled(rf"(?<![\w]){DATE}(?!\w)")


def from_match(match, offset: int = 0) -> FrenchDate:
    return FrenchDate(start=match.start("d") + offset, end=match.end("y") + offset,
                      text=match.group(0), day=match.group("d"),
                      month=MONTHS.index(match.group("m")) + 1, year=int(match.group("y")))


def find_dates(text: str) -> list[FrenchDate]:
    """Every « jour mois année » in ``text`` (any kind of space), with its offsets."""
    return [from_match(m) for m in date_pattern().finditer(normalise(text))]

