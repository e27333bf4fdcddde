"""Rewriting texts with what the checks know to be safe: ``amend check --fix`` (typography) and
``amend number --write`` (« Vu », « Considérant », numbers and final punctuation typed by hand).

Each rewrite goes through ruamel's round trip (comments, order and quoting kept), is written
atomically from the bytes it was computed on (refused, IO009, if the file changed on disk in the
meantime), and, in a git repository, is committed alone after the repository was checked
(:mod:`amend.storage.commits`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amend.check.context import Context
from amend.check.engine import safe_fixes, text_context
from amend.check.pipeline import YAML_SUFFIXES, discover
from amend.check.structure import fixes
from amend.core.config import registry_files
from amend.core.errors import InputError
from amend.core.workspace import display, in_git_repository
from amend.model.kinds import is_text
from amend.model.texts import load_document, read_text_file
from amend.storage import yamlio


@dataclass(frozen=True)
class Fixed:
    files: tuple[Path, ...]
    count: int
    commit: str | None


def _rewritten(text: str, changes: dict[tuple[Any, ...], str]) -> str:
    """``text`` (a YAML file as read) with these scalars replaced, layout and comments kept."""
    data = yamlio.roundtrip_of(text)
    for key, new in changes.items():
        yamlio.set_in(data, key, new)
    return yamlio.dump_roundtrip(data)


def fix_typography(targets: list[Path], root: Path, *, commit: bool) -> Fixed:
    """Apply the safe typographic fixes to every text under ``targets``; commit them together.

    Each file is rewritten from the bytes its fixes were computed on: if one of them changed on
    disk in the meantime, nothing is written (IO009).
    """
    from amend.storage import commits

    planned: list[commits.Change] = []
    total = 0
    for path in discover(targets):
        if path.suffix not in YAML_SUFFIXES:
            continue
        shown = display(path, root)
        try:
            raw = yamlio.read_bytes(path, display=shown)
            loaded = yamlio.load(path, display=shown, text=yamlio.decode(raw, shown))
            if not is_text(loaded.data):
                continue
            document = load_document(loaded)
        except InputError:
            continue  # the check that follows reports why
        context: Context = text_context(document, loaded, registry_files(root))
        changes = safe_fixes(context)
        if changes:
            content = _rewritten(loaded.text, {key: new for key, (new, _) in changes.items()})
            planned.append(commits.Change(path, raw, content, shown))
            total += sum(count for _, count in changes.values())
    if not planned:
        return Fixed((), 0, None)
    sha = commits.rewrite(root, planned, "fix(drafts): corrections typographiques (amend check --fix)",
                          commit=commit and in_git_repository(root))
    return Fixed(tuple(c.path for c in planned), total, sha)


def strip_added(path: Path, *, display: Path | None = None, root: Path | None = None) -> int:
    """Remove « Vu », « Considérant », point numbers and final punctuation typed by hand.

    With ``root`` (a git repository), the repository is checked before writing and the file is
    then committed alone. Returns the number of lines changed; the file is untouched when it is 0,
    and when it changed on disk since it was read (IO009).
    """
    from amend.storage import commits

    shown = display or path
    raw = yamlio.read_bytes(path, display=shown)
    text = yamlio.decode(raw, shown)
    document = read_text_file(path, display=display, text=text)
    changes = fixes(document)
    if not changes:
        return 0
    content = _rewritten(text, {line.key: new for line, new in changes})
    message = (f"style(drafts): {path.parent.name} — retire « Vu », « Considérant », "
               f"numéros et ponctuation saisis à la main (amend number --write)")
    commits.rewrite(root or path.parent, [commits.Change(path, raw, content, shown)], message,
                    commit=root is not None)
    return len(changes)
