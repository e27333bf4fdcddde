"""The one table of rules: every code amend can report or refuse with, its severity and French
message, its public source and two examples.

Each family module names its rules after their codes (``amend.rules.refusals.GIT007``) and lists
them in ``RULES``; :data:`FAMILIES` is the one list of families and :func:`all_rules` the table.
This floor imports nothing else of amend: every floor above can name the rules it applies. The
checks themselves live with the code that needs them (:mod:`amend.check`, :mod:`amend.amendments`)
and yield :class:`~amend.rules.base.Finding` values naming these rules.
"""

from __future__ import annotations

from functools import lru_cache

from amend.rules import amendments, citations, drafting, io, refusals, structure, typography
from amend.rules.base import Rule

FAMILIES = (io, structure, citations, typography, drafting, amendments, refusals)


@lru_cache(maxsize=None)
def all_rules() -> dict[str, Rule]:
    """Code → rule, for every rule of every family, sorted by code."""
    table: dict[str, Rule] = {}
    for family in FAMILIES:
        for rule in family.RULES:
            if rule.code in table:
                raise RuntimeError(f"code de règle en double : {rule.code}")
            table[rule.code] = rule
    return dict(sorted(table.items()))


def get(code: str) -> Rule:
    """The rule with this code (``KeyError`` for a code that is not in the table)."""
    return all_rules()[code]
