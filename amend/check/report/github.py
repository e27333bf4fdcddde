"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding, which
GitHub shows as an annotation on the line of the pull request.

Known findings (baseline) are written as notices: visible, never alarming. Values are escaped as
the runner expects (``%``, CR, LF, and in properties also ``:`` and ``,``).
"""

from __future__ import annotations

from typing import TextIO

from amend.check.pipeline import CheckResult
from amend.rules.base import Diagnostic, Severity

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def line(d: Diagnostic, known: bool = False) -> str:
    level = "notice" if known else _LEVEL[d.severity]
    props = [f"file={_property(d.path.as_posix())}", f"line={d.line}", f"col={d.column}"]
    if d.end_line:
        props.append(f"endLine={d.end_line}")
    if d.end_column and (d.end_line in (None, d.line)):
        props.append(f"endColumn={d.end_column}")
    props.append(f"title={_property(f'amend {d.code}')}")
    message = d.message + (f"\n{d.hint}" if d.hint else "")
    return f"::{level} {','.join(props)}::{_data(message)}"


def write(result: CheckResult, out: TextIO, known: frozenset[Diagnostic] = frozenset()) -> None:
    for d in result.diagnostics:
        out.write(line(d, d in known) + "\n")
