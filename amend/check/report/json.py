"""Findings as one JSON document (for scripts and editors)."""

from __future__ import annotations

import json
from typing import TextIO

from amend.check.pipeline import CheckResult
from amend.rules.base import Diagnostic, count_by_severity

VERSION = 1


def as_dict(d: Diagnostic, known: bool = False) -> dict:
    from amend.rules import all_rules

    rule = all_rules().get(d.code)
    return {"path": d.path.as_posix(), "line": d.line, "column": d.column, "end_line": d.end_line,
            "end_column": d.end_column, "code": d.code, "slug": rule.slug if rule else None,
            "severity": d.severity.key, "message": d.message, "hint": d.hint, "known": known}


def write(result: CheckResult, out: TextIO, known: frozenset[Diagnostic] = frozenset()) -> None:
    counts = count_by_severity(result.diagnostics)
    document = {
        "version": VERSION,
        "files": len(result.files),
        "summary": {s.key: n for s, n in counts.items()} | {"known": len(known)},
        "diagnostics": [as_dict(d, d in known) for d in result.diagnostics],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")
