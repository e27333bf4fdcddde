"""The one exception hierarchy of amend.

Every failure a user can cause is an :class:`AmendError`. It carries a rule code, a French
message and, when known, the place in a file. The CLI turns it into a message and an exit code
in one place (:mod:`amend.cli.output`); the library never prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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

    exit_code = 1
    code = "ERR000"

    def __init__(self, message: str, *, location: Location | None = None, code: str | None = None,
                 hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.hint = hint
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.code} {self.message}"


class UsageError(AmendError):
    """The command line itself is wrong (unknown dossier name, bad option value)."""

    exit_code = 2
    code = "USG001"


class InputError(AmendError):
    """A file was refused: unreadable, not YAML, unsafe, or not a valid document."""


class InvalidFile(InputError):
    """A file that is YAML but not a valid document: carries every diagnostic, the first shown."""

    code = "SCH001"

    def __init__(self, diagnostics: list) -> None:
        first = diagnostics[0]
        self.diagnostics = diagnostics
        more = (f" (et {len(diagnostics) - 1} autre(s) problème(s) : amend check les liste)"
                if len(diagnostics) > 1 else "")
        super().__init__(first.message + more, location=Location(first.path, first.line, first.column),
                         code=first.code)


class GitError(AmendError):
    """The repository is in a state where amend must not commit (lock, merge, dirty files)."""

    code = "GIT001"


class RenderError(AmendError):
    """Rendering failed (template, font, pandoc, Typst, output path)."""

    code = "RND001"
