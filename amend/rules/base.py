"""What a rule is: a code, a slug, a severity, a short French message, its source and two examples.

The examples are not decoration: ``tests/test_rules_examples.py`` proves that every rule fires on
its ``bad`` example and stays silent on its ``good`` one. ``context`` says what an example is:

* ``fichier`` — the whole content of a YAML file;
* ``visa``, ``considerant``, ``point``, ``expose``, ``titre`` — the content of one line of a text,
  put into an otherwise valid proposition de résolution européenne;
* other contexts are defined by the families that use them (see ``amend.rules.examples``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from amend.diagnostics import Diagnostic, Severity


@dataclass(frozen=True)
class Rule:
    code: str
    slug: str
    severity: Severity
    message: str
    source: str
    bad: str
    good: str
    context: str = "fichier"

    def diagnostic(self, path: Path, line: int, column: int, message: str | None = None, *,
                   severity: Severity | None = None, end_line: int | None = None,
                   end_column: int | None = None, hint: str | None = None) -> Diagnostic:
        return Diagnostic(path=path, line=line, column=column, code=self.code,
                          severity=severity or self.severity, message=message or self.message,
                          end_line=end_line, end_column=end_column, hint=hint)
