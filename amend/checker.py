"""``amend check`` as a library: find the files, read them, run the rules, return diagnostics.

A refused file (not UTF-8, broken YAML, conflict markers…) is not an exception here: it becomes
a diagnostic at its line, and checking goes on with the other files.

What runs on which file is listed in :data:`TEXT_CHECKS`, :data:`AMENDMENT_CHECKS` and
:data:`PLAIN_CHECKS` as ``"module:function"`` strings, imported only when such a file is met.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from amend.diagnostics import Diagnostic, Severity
from amend.errors import InputError
from amend.storage import yamlio
from amend.storage.yamlio import ConflictError, Loaded

YAML_SUFFIXES = (".yaml", ".yml")
PLAIN_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".odt")
TEXT_TYPES = ("ppre", "ppr", "ta")
AMENDMENT_TYPES = ("amendement", "sous_amendement")
SKIPPED_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", "build", "dist",
                "out", "schemas", "styles", ".github"}

TEXT_CHECKS: list[str] = [
    "amend.rules.structure:check_text",
    "amend.rules.engine:check_text",
]
"""Checks run on every valid text: ``f(document, loaded) -> list[Diagnostic]``."""

AMENDMENT_CHECKS: list[str] = [
    "amend.rules.amendments:check_amendment",
]
"""Checks run on every amendment file: ``f(loaded, root) -> list[Diagnostic]``."""

PLAIN_CHECKS: list[str] = ["amend.plain:check_plain"]
"""Checks run on plain text, Markdown, DOCX and ODT files: ``f(path, display) -> list[Diagnostic]``."""


@dataclass
class CheckResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.ERROR)


def _resolve(spec: str) -> Callable[..., list[Diagnostic]]:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files to check under ``paths`` (folders are walked; hidden and tool folders skipped)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_walk(path))
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for path in found:
        if path not in seen:
            seen.add(path)
            unique.append(path)
    return unique


def _walk(folder: Path) -> list[Path]:
    files = []
    for child in sorted(folder.iterdir()):
        if child.is_dir():
            if child.name in SKIPPED_DIRS or child.name.startswith("."):
                continue
            files.extend(_walk(child))
        elif child.suffix in YAML_SUFFIXES and not child.name.startswith("."):
            files.append(child)
    return files


def refusal(error: InputError, shown: Path) -> list[Diagnostic]:
    """A refused file as diagnostics (one per conflict marker for merge conflicts)."""
    location = error.location
    if isinstance(error, ConflictError):
        result = []
        versions = {start: (ours, theirs) for start, ours, theirs in error.versions}
        from amend.vcs.conflicts import alinea_hints

        alineas = alinea_hints(error.text)
        for line, marker in error.markers:
            hint = None
            if line in versions:
                ours, theirs = versions[line]
                hint = ("version locale :\n  " + "\n  ".join(ours or ["(vide)"]) +
                        "\nversion fusionnée :\n  " + "\n  ".join(theirs or ["(vide)"]))
            hint = alineas.get(line, hint)
            result.append(Diagnostic(shown, line, 1, error.code, Severity.ERROR,
                                     f"{error.message} (marqueur « {marker[:7]} »)", hint=hint))
        return result
    line = location.line if location else 1
    column = location.column if location else 1
    return [Diagnostic(shown, line, column, error.code, Severity.ERROR, error.message, hint=error.hint)]


def check_file(path: Path, shown: Path, root: Path) -> list[Diagnostic]:
    if path.suffix.lower() in PLAIN_SUFFIXES:
        return [d for spec in PLAIN_CHECKS for d in _resolve(spec)(path, shown)]
    import os

    use_cache = not os.environ.get("AMEND_NO_CACHE")
    if use_cache:
        from amend import cache
    try:
        raw = yamlio.read_bytes(path, display=shown)
        cache_key = cache.key(root, shown, raw) if use_cache else None
        if cache_key:
            cached = cache.get(root, cache_key)
            if cached is not None:
                return cached
        loaded = yamlio.load(path, display=shown, text=yamlio.decode(raw, shown))
    except InputError as error:
        return refusal(error, shown)
    diagnostics = check_loaded(loaded, root)
    if cache_key and kind_of(loaded) == "texte":
        cache.put(root, cache_key, diagnostics)
    return diagnostics


def kind_of(loaded: Loaded) -> str | None:
    data = loaded.data
    if isinstance(data, dict):
        kind = data.get("type")
        if kind in TEXT_TYPES:
            return "texte"
        if kind in AMENDMENT_TYPES:
            return "amendement"
    return None


def check_loaded(loaded: Loaded, root: Path) -> list[Diagnostic]:
    from amend.storage.schema import validate

    if not isinstance(loaded.data, dict):
        return [Diagnostic(loaded.path, 1, 1, "YML005", Severity.ERROR,
                           "le document doit être une table YAML (clé: valeur)")]
    kind = kind_of(loaded)
    if kind == "amendement":
        return [d for spec in AMENDMENT_CHECKS for d in _resolve(spec)(loaded, root)]
    problems = validate(loaded, "texte.schema.json")
    if problems:
        return problems
    from amend.model.document import document_from_loaded

    document, problems = document_from_loaded(loaded)
    for spec in TEXT_CHECKS:
        problems.extend(_resolve(spec)(document, loaded))
    return problems


def check_paths(paths: list[Path], root: Path, *, shown: Callable[[Path], Path] | None = None,
                progress: Callable[[int, int], Any] | None = None) -> CheckResult:
    result = CheckResult()
    files = discover(paths)
    result.files = files
    for i, path in enumerate(files):
        display_path = shown(path) if shown else path
        result.diagnostics.extend(check_file(path, display_path, root))
        if progress:
            progress(i + 1, len(files))
    result.diagnostics.sort()
    return result
