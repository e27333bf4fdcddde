"""``path:line:col: CODE message``, exactly one finding per line (for editors and grep)."""

from __future__ import annotations

from typing import TextIO

from amend.check.pipeline import CheckResult


def write(result: CheckResult, out: TextIO) -> None:
    for diagnostic in result.diagnostics:
        out.write(diagnostic.concise().replace("\n", " ") + "\n")
