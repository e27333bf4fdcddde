"""The one table of rules: every code amend can report, with its severity and French message.

Each family module defines ``RULES``; this module gathers them into :data:`RULES` (code → rule).
Add a family by adding its module to :data:`FAMILIES`.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from amend.rules.base import Rule

FAMILIES = (
    "amend.rules.io",
    "amend.rules.structure",
    "amend.rules.citations", "amend.rules.typography", "amend.rules.drafting",
    "amend.rules.amendments",
    "amend.rules.refusals",
)


@lru_cache(maxsize=None)
def all_rules() -> dict[str, Rule]:
    table: dict[str, Rule] = {}
    for name in FAMILIES:
        for rule in importlib.import_module(name).RULES:
            if rule.code in table:
                raise RuntimeError(f"code de règle en double : {rule.code}")
            table[rule.code] = rule
    return dict(sorted(table.items()))
