"""``amend check`` as a library: find the files, read them, run the checks, return diagnostics.

A refused file (not UTF-8, broken YAML, conflict markers…) is not an exception here: it becomes
a diagnostic at its line, and checking goes on with the other files. What a run reports and what
makes it fail (select/ignore, suppressions, baseline, ``--since``) is :mod:`amend.check.policy`.

* a text (``type: ppre|ppr|ta``): its schema, then the families of :mod:`amend.check.engine`;
* an amendment: :mod:`amend.check.amendment`;
* a plain text, Markdown, DOCX or ODT file: :mod:`amend.check.reader`, then the same families.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amend.check import engine, reader
from amend.core.errors import InputError
from amend.model.document import document_from_loaded
from amend.model.kinds import is_amendment, is_text
from amend.rules import YML005
from amend.rules.base import Diagnostic, Severity
from amend.storage import yamlio
from amend.storage.schema import validate
from amend.storage.yamlio import ConflictError, Loaded

YAML_SUFFIXES = (".yaml", ".yml")
PLAIN_SUFFIXES = (".txt", ".md", ".markdown", ".docx", ".odt")
SKIPPED_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", "build", "dist",
                "out", "schemas", "styles", ".github"}


@dataclass
class CheckResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.ERROR)


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
        from amend.review.conflicts import alinea_hints

        alineas = alinea_hints(error.text)
        for line, marker in error.markers:
            hint = None
            if line in versions:
                ours, theirs = versions[line]
                hint = ("version locale :\n  " + "\n  ".join(ours or ["(vide)"]) +
                        "\nversion fusionnée :\n  " + "\n  ".join(theirs or ["(vide)"]))
            hint = alineas.get(line, hint)
            result.append(error.rule.diagnostic(shown, line, 1, f"{error.message} (marqueur « {marker[:7]} »)",
                                                severity=Severity.ERROR, hint=hint))
        return result
    line = location.line if location else 1
    column = location.column if location else 1
    return [error.rule.diagnostic(shown, line, column, error.message, severity=Severity.ERROR,
                                  hint=error.hint)]


def check_file(path: Path, shown: Path, root: Path, *, registry_files: tuple[Path, ...] = (),
               use_cache: bool = True) -> list[Diagnostic]:
    """Every diagnostic of one file (a refused file is diagnostics too, never an exception)."""
    if path.suffix.lower() in PLAIN_SUFFIXES:
        return reader.check_plain(path, shown, registry_files)
    cache_key = None
    try:
        raw = yamlio.read_bytes(path, display=shown)
        if use_cache:
            from amend.check import cache

            cache_key = cache.key(root, shown, raw, registry_files)
            cached = cache.get(root, cache_key)
            if cached is not None:
                return cached
        loaded = yamlio.load(path, display=shown, text=yamlio.decode(raw, shown))
    except InputError as error:
        return refusal(error, shown)
    diagnostics = check_loaded(loaded, root, registry_files)
    if cache_key and is_text(loaded.data):
        from amend.check import cache

        cache.put(root, cache_key, diagnostics)
    return diagnostics


def check_loaded(loaded: Loaded, root: Path, registry_files: tuple[Path, ...] = ()) -> list[Diagnostic]:
    if not isinstance(loaded.data, dict):
        return [YML005.diagnostic(loaded.path, 1, 1)]
    if is_amendment(loaded.data):
        # imported here: the amendment model and its parser cost ~30 ms that a run on texts never needs
        from amend.check import amendment

        return amendment.check_amendment(loaded, root)
    problems = validate(loaded, "texte.schema.json")
    if problems:
        return problems
    document, problems = document_from_loaded(loaded)
    problems.extend(engine.run(engine.text_context(document, loaded, registry_files)))
    return problems


def check_paths(paths: list[Path], root: Path, *, shown: Callable[[Path], Path] | None = None,
                progress: Callable[[int, int], Any] | None = None, registry_files: tuple[Path, ...] = (),
                use_cache: bool = True) -> CheckResult:
    """Check every file under ``paths``; diagnostics sorted by file, line, column and code."""
    result = CheckResult()
    files = discover(paths)
    result.files = files
    for i, path in enumerate(files):
        display_path = shown(path) if shown else path
        result.diagnostics.extend(check_file(path, display_path, root, registry_files=registry_files,
                                             use_cache=use_cache))
        if progress:
            progress(i + 1, len(files))
    result.diagnostics.sort()
    return result
