"""SARIF 2.1.0 (OASIS) for code scanning: GitHub, GitLab and IDEs read it.

Every rule of the table is described in ``tool.driver.rules`` (code, slug, French message,
source, default level); each finding is a ``result`` with its region. With a baseline, known
findings carry ``baselineState: "unchanged"`` and new ones ``"new"``.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from amend.check.pipeline import CheckResult
from amend.rules.base import Diagnostic, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def document(result: CheckResult, known: frozenset[Diagnostic] = frozenset(),
             with_baseline: bool = False) -> dict:
    from amend import __version__
    from amend.rules import all_rules

    table = all_rules()
    codes = list(table)
    index = {code: i for i, code in enumerate(codes)}
    rules = [{
        "id": code, "name": rule.slug,
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": f"{rule.message} (source : {rule.source})"},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"source": rule.source},
    } for code, rule in table.items()]
    results = []
    for d in result.diagnostics:
        region = {"startLine": d.line, "startColumn": d.column}
        if d.end_line:
            region["endLine"] = d.end_line
        if d.end_column:
            region["endColumn"] = d.end_column
        item: dict[str, Any] = {
            "ruleId": d.code,
            "level": _LEVEL[d.severity],
            "message": {"text": d.message + (f"\n{d.hint}" if d.hint else "")},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": d.path.as_posix(), "uriBaseId": "%SRCROOT%"},
                "region": region}}],
        }
        if d.code in index:
            item["ruleIndex"] = index[d.code]
        if with_baseline:
            item["baselineState"] = "unchanged" if d in known else "new"
        results.append(item)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "amend", "version": __version__, "language": "fr",
                                "rules": rules}},
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "racine du dépôt"}}},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }


def write(result: CheckResult, out: TextIO, known: frozenset[Diagnostic] = frozenset(),
          with_baseline: bool = False) -> None:
    json.dump(document(result, known, with_baseline), out, ensure_ascii=False, indent=2)
    out.write("\n")
