"""Findings as values: a :class:`Diagnostic` says what rule fired, where, and how badly."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path


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

    @classmethod
    def parse(cls, text: str) -> "Severity":
        aliases = {"info": cls.INFO, "information": cls.INFO, "warning": cls.WARNING,
                   "avertissement": cls.WARNING, "error": cls.ERROR, "erreur": cls.ERROR}
        return aliases[text.lower()]


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding. Lines and columns are 1-based, as editors and CI annotations expect."""

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
    counts = {s: 0 for s in Severity}
    for d in diagnostics:
        counts[d.severity] += 1
    return counts


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)
