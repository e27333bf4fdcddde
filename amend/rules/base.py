"""The rule protocol: what a rule is, what it finds, and how a finding becomes a diagnostic.

* :class:`Rule` — one row of the one table: a code, a slug, a severity, a short French message,
  its public source and two examples. The examples are not decoration:
  ``tests/test_rules_examples.py`` proves that every rule fires on its ``bad`` example and stays
  silent on its ``good`` one. ``context`` says what an example is: ``fichier`` (the whole content
  of a YAML file); ``visa``, ``considerant``, ``point``, ``expose``, ``titre`` (the content of one
  line of an otherwise valid proposition de résolution européenne); ``amendement``,
  ``texte-brut``, ``refus`` (see :mod:`amend.check.examples`).
* :class:`Finding` — what a check yields: the rule, and where (an offset range in a
  :class:`Segment` of prose, or a line and column); every check of amend yields findings.
* :class:`Diagnostic` — a finding located in a file, as every output format shows it.

This floor imports nothing else of amend, so that every floor can name its rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return {1: "information", 2: "avertissement", 3: "erreur"}[self.value]

    @property
    def key(self) -> str:
        return {1: "info", 2: "warning", 3: "error"}[self.value]


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding in a file. Lines and columns are 1-based, as editors and CI annotations expect."""

    path: Path
    line: int
    column: int
    code: str
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    end_line: int | None = field(default=None, compare=False)
    end_column: int | None = field(default=None, compare=False)
    hint: str | None = field(default=None, compare=False)

    def concise(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.message}"


def count_by_severity(diagnostics: list[Diagnostic]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for d in diagnostics:
        counts[d.severity] += 1
    return counts


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
    family: str = ""
    """The family of the table it belongs to (``citations``, ``refusals``…)."""

    def diagnostic(self, path: Path, line: int, column: int, message: str | None = None, *,
                   severity: Severity | None = None, end_line: int | None = None,
                   end_column: int | None = None, hint: str | None = None) -> Diagnostic:
        return Diagnostic(path=path, line=line, column=column, code=self.code,
                          severity=severity or self.severity, message=message or self.message,
                          end_line=end_line, end_column=end_column, hint=hint)


@dataclass(frozen=True)
class Segment:
    """One piece of prose a check reads: a visa, a considérant, a point, a paragraph, the title."""

    kind: str
    """``titre``, ``expose``, ``visa``, ``considerant``, ``point``."""
    index: int
    text: str
    locate: Callable[[int], tuple[int, int]]
    """Offset in ``text`` → (line, column) in the file."""
    key: tuple[Any, ...] | None = None
    """The YAML path of the scalar (for ``--fix``); ``None`` for plain files."""


@dataclass(frozen=True)
class Finding:
    """What a check yields: a rule and where it fired.

    Either in a segment of prose (``segment``, ``start``, ``end``: offsets in its text), or at a
    place of the file (``at``: line and column), for checks that read the file's structure.
    """

    rule: Rule
    segment: Segment | None
    start: int = 0
    end: int = 0
    message: str | None = None
    hint: str | None = None
    severity: Severity | None = None
    fix: str | None = None
    """Safe replacement for ``segment.text[start:end]`` (``amend check --fix``), if any."""
    at: tuple[int, int] | None = None

    def diagnostic(self, path: Path) -> Diagnostic:
        if self.segment is None:
            line, column = self.at or (1, 1)
            return self.rule.diagnostic(path, line, column, self.message, severity=self.severity,
                                        hint=self.hint)
        line, column = self.segment.locate(self.start)
        end_line, end_column = self.segment.locate(max(self.start, self.end - 1))
        return self.rule.diagnostic(path, line, column, self.message, severity=self.severity,
                                    end_line=end_line, end_column=end_column + 1, hint=self.hint)
