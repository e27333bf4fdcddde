"""Findings grouped by file, for people.

On a terminal, rich lays them out in colour; elsewhere (a pipe, a CI log) the same layout is
written as plain text, without importing rich — ``amend check`` stays fast in hooks.
"""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

from amend.check.pipeline import CheckResult
from amend.rules.base import Severity, count_by_severity

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def summary(result: CheckResult) -> str:
    counts = count_by_severity(result.diagnostics)
    files = len(result.files)
    parts = [f"{files} fichier{'s' if files > 1 else ''} vérifié{'s' if files > 1 else ''}"]
    for severity, singular, plural in ((Severity.ERROR, "erreur", "erreurs"),
                                       (Severity.WARNING, "avertissement", "avertissements"),
                                       (Severity.INFO, "information", "informations")):
        n = counts[severity]
        parts.append(f"{n} {singular if n <= 1 else plural}")
    return " ; ".join(parts) + "."


def write(result: CheckResult, out: TextIO, *, color: bool = False) -> None:
    if color:
        _write_rich(result, out)
        return
    for path, items in groupby(result.diagnostics, key=lambda d: d.path):
        out.write(f"{path}\n")
        for d in items:
            out.write(f"  {d.line}:{d.column}  {d.severity.label} {d.code}  {d.message}\n")
            if d.hint:
                for hint_line in d.hint.splitlines():
                    out.write(f"      {hint_line}\n")
        out.write("\n")
    out.write(summary(result) + "\n")


def _write_rich(result: CheckResult, out: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=out, highlight=False, soft_wrap=True)
    for path, items in groupby(result.diagnostics, key=lambda d: d.path):
        console.print(f"[bold underline]{escape(str(path))}[/]")
        for d in items:
            style = _STYLE[d.severity]
            console.print(f"  [dim]{d.line}:{d.column}[/]  [{style}]{d.severity.label}[/] "
                          f"[bold]{d.code}[/]  {escape(d.message)}")
            if d.hint:
                for hint_line in d.hint.splitlines():
                    console.print(f"      [dim]{escape(hint_line)}[/]")
        console.print()
    console.print(summary(result))
