"""Rewriting texts with what the checks know to be safe: ``amend check --fix`` (typography) and
``amend number --write`` (« Vu », « Considérant », numbers and final punctuation typed by hand).

Each rewrite goes through ruamel's round trip (comments, order and quoting kept), is written
atomically, and, in a git repository, is committed alone after the repository was checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amend.check.context import Context
from amend.check.engine import safe_fixes, text_context
from amend.check.pipeline import YAML_SUFFIXES, discover, kind_of
from amend.check.structure import fixes
from amend.core.config import registry_files
from amend.core.errors import InputError
from amend.core.workspace import display
from amend.model.kinds import DocType
from amend.model.texts import load_document, read_text_file
from amend.storage import yamlio


@dataclass(frozen=True)
class Fixed:
    files: tuple[Path, ...]
    count: int
    commit: str | None


def _rewrite(path: Path, shown: Path, changes: dict[tuple[Any, ...], str]) -> None:
    data, _ = yamlio.load_roundtrip(path, display=shown)
    for key, new in changes.items():
        yamlio.set_in(data, key, new)
    yamlio.atomic_write(path, yamlio.dump_roundtrip(data))


def fix_typography(targets: list[Path], root: Path, *, commit: bool) -> Fixed:
    """Apply the safe typographic fixes to every text under ``targets``; commit them together."""
    from amend.core.workspace import in_git_repository

    planned: list[tuple[Path, dict[tuple[Any, ...], tuple[str, int]]]] = []
    for path in discover(targets):
        if path.suffix not in YAML_SUFFIXES:
            continue
        try:
            loaded = yamlio.load(path, display=display(path, root))
            if not isinstance(kind_of(loaded), DocType):
                continue
            document = load_document(loaded)
        except InputError:
            continue  # the check that follows reports why
        context: Context = text_context(document, loaded, registry_files(root))
        changes = safe_fixes(context)
        if changes:
            planned.append((path, changes))
    if not planned:
        return Fixed((), 0, None)
    files = [p for p, _ in planned]
    commit = commit and in_git_repository(root)
    if commit:
        from amend.storage.git import ensure_can_commit

        ensure_can_commit(root, files)
    total = 0
    for path, changes in planned:
        _rewrite(path, display(path, root), {key: new for key, (new, _) in changes.items()})
        total += sum(count for _, count in changes.values())
    sha = None
    if commit:
        from amend.storage.git import commit_files

        sha = commit_files(root, files, "fix(drafts): corrections typographiques (amend check --fix)").sha
    return Fixed(tuple(files), total, sha)


def strip_added(path: Path, *, display: Path | None = None, root: Path | None = None) -> int:
    """Remove « Vu », « Considérant », point numbers and final punctuation typed by hand.

    With ``root`` (a git repository), the repository is checked before writing and the file is
    then committed alone. Returns the number of lines changed; the file is untouched when it is 0.
    """
    document = read_text_file(path, display=display)
    changes = fixes(document)
    if not changes:
        return 0
    if root is not None:
        from amend.storage.git import ensure_can_commit

        ensure_can_commit(root, [path])
    _rewrite(path, display or path, {line.key: new for line, new in changes})
    if root is not None:
        from amend.storage.git import commit_files

        commit_files(root, [path], f"style(drafts): {path.parent.name} — retire « Vu », « Considérant », "
                                   f"numéros et ponctuation saisis à la main (amend number --write)")
    return len(changes)
