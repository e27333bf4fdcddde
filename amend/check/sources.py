"""The lines of the files that findings point at, read once per run (for suppressions and the
baseline, which match findings by the text of their line)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from amend.rules.base import Diagnostic


class Lines:
    """The lines of the files findings point at, read once."""

    def __init__(self, resolve: Callable[[Path], Path]) -> None:
        self.resolve = resolve
        self._cache: dict[Path, list[str]] = {}
        self._texts: dict[tuple[Path, int], str] = {}
        self.comments: dict[tuple[Path, int], Any] = {}
        """Per line, what :mod:`amend.check.suppressions` found in its comment (read once)."""

    def get(self, shown: Path) -> list[str]:
        if shown not in self._cache:
            path = self.resolve(shown)
            try:
                if path.suffix.lower() in (".docx", ".odt"):
                    raise OSError
                self._cache[shown] = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                self._cache[shown] = []
        return self._cache[shown]

    def text(self, d: Diagnostic) -> str:
        lines = self.get(d.path)
        if 1 <= d.line <= len(lines):
            key = (d.path, d.line)
            if key not in self._texts:  # once per line: a long line may carry many findings
                self._texts[key] = " ".join(lines[d.line - 1].split())
            return self._texts[key]
        return d.message
