"""The one table of rules: every code amend can report or refuse with, its severity and French
message, its public source and two examples.

The table is data: one file per family in ``amend/data/rules/`` (:data:`FAMILIES`), read once.
Every floor names the rules it applies by their code, ``from amend.rules import GIT007``; a code
that is not in the table fails at import. The protocol (what a rule finds, how a finding becomes a
diagnostic) is :mod:`amend.rules.base`. The checks themselves live with the code that needs them
(:mod:`amend.check`, :mod:`amend.amendments`) and yield :class:`~amend.rules.base.Finding` values.
"""

from __future__ import annotations

from functools import cache

from amend import data
from amend.rules.base import Rule, Severity

FAMILIES = ("io", "structure", "citations", "typography", "drafting", "amendments", "refusals")
"""The families of the table, each a data file ``amend/data/rules/<family>.yaml``."""

_SEVERITIES = {severity.label: severity for severity in Severity}


@cache
def family(name: str) -> tuple[Rule, ...]:
    """The rules of one family, in the order of its file."""
    rows = data.load(f"rules/{name}.yaml")["regles"]
    return tuple(Rule(code=r["code"], slug=r["slug"], severity=_SEVERITIES[r["gravite"]],
                      message=r["message"], source=r["source"], bad=r["fautif"], good=r["correct"],
                      context=r.get("contexte", "fichier"), family=name) for r in rows)


@cache
def all_rules() -> dict[str, Rule]:
    """Code → rule, for every rule of every family, sorted by code."""
    table: dict[str, Rule] = {}
    for name in FAMILIES:
        for rule in family(name):
            if rule.code in table:
                raise RuntimeError(f"code de règle en double : {rule.code}")
            table[rule.code] = rule
    return dict(sorted(table.items()))


def get(code: str) -> Rule:
    """The rule with this code (``KeyError`` for a code that is not in the table)."""
    return all_rules()[code]


def __getattr__(name: str) -> Rule:
    """``from amend.rules import GIT007``: a rule of the table by its code."""
    try:
        return all_rules()[name]
    except KeyError:
        raise AttributeError(f"module 'amend.rules' has no attribute {name!r}") from None
