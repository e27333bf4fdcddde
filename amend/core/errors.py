"""The one exception hierarchy of amend.

Every failure a user can cause is an :class:`AmendError`. It carries the rule of the table it
breaks (:mod:`amend.rules`), a French message and, when known, the place in a file. The CLI turns
it into a message and an exit code in one place (:mod:`amend.cli.output`); the library never
prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from amend import rules
from amend.rules import ERR000, GIT001, RND001, USG001
from amend.rules.base import Diagnostic, Rule


@dataclass(frozen=True)
class Location:
    """A place in a file: 1-based line and column."""

    path: Path | None
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        name = str(self.path) if self.path is not None else "<entrée>"
        return f"{name}:{self.line}:{self.column}"


class AmendError(Exception):
    """Base class: a failure caused by the input or the environment, explained in French."""

    exit_code: ClassVar[int] = 1
    default_rule: ClassVar[Rule] = ERR000

    def __init__(self, message: str, *, rule: Rule | None = None, location: Location | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.rule = rule or self.default_rule
        self.location = location
        self.hint = hint

    @property
    def code(self) -> str:
        return self.rule.code

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.code} {self.message}"


class UsageError(AmendError):
    """The command line itself is wrong (unknown dossier name, bad option value): exit 2."""

    exit_code = 2
    default_rule = USG001


class InputError(AmendError):
    """A file was refused: unreadable, not YAML, unsafe, or not a valid document."""


class InvalidFile(InputError):
    """A file that is YAML but not a valid document: carries every diagnostic, the first shown."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        first = diagnostics[0]
        self.diagnostics = diagnostics
        more = (f" (et {len(diagnostics) - 1} autre(s) problème(s) : amend check les liste)"
                if len(diagnostics) > 1 else "")
        super().__init__(first.message + more, location=Location(first.path, first.line, first.column),
                         rule=rules.get(first.code))


class GitError(AmendError):
    """git is missing or refused, or the repository is in a state where amend must not commit."""

    default_rule = GIT001


class RenderError(AmendError):
    """Rendering failed (template, font, pandoc, Typst, output path)."""

    default_rule = RND001
