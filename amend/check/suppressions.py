"""Inline suppressions: an ``# amend: ignore[…]`` comment silences rules on its own YAML line::

    - le règlement (UE) 2022/868  # amend: ignore[REG002]
    - …                           # amend: ignore          (every rule on this line)
"""

from __future__ import annotations

import re

from amend.check.sources import Lines
from amend.rules.base import Diagnostic

SUPPRESS = re.compile(r"#\s*amend:\s*ignore(?:\[(?P<codes>[A-Z0-9, ]+)\])?\s*$")


def suppressed(d: Diagnostic, lines: Lines) -> bool:
    """Whether an ``# amend: ignore[…]`` comment on the finding's YAML line silences it."""
    if d.path.suffix not in (".yaml", ".yml"):
        return False
    key = (d.path, d.line)
    if key not in lines.comments:  # once per line: a long line may carry many findings
        source = lines.get(d.path)
        line = source[d.line - 1] if 1 <= d.line <= len(source) else ""
        lines.comments[key] = SUPPRESS.search(line) if "amend:" in line else None
    m = lines.comments[key]
    if not m:
        return False
    codes = m.group("codes")
    return codes is None or any(d.code.startswith(c.strip()) for c in codes.split(",") if c.strip())
