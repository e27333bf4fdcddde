"""``path:line:col: CODE message``, exactly one finding per line (for editors and grep)."""

from __future__ import annotations

from typing import TextIO

from amend.check.pipeline import CheckResult


def write(result: CheckResult, out: TextIO) -> None:
    # one write: an unbuffered output (PYTHONUNBUFFERED, some CI runners) costs a system call each
    out.write("".join(diagnostic.concise().replace("\n", " ") + "\n"
                      for diagnostic in result.diagnostics))
