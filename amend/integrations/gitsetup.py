"""``amend git setup``: make plain ``git diff`` show texts as they are printed.

Two things, both idempotent and both undone exactly by :func:`remove`:

* in ``.gitattributes`` (at the top of the repository, meant to be committed so that everyone
  shares it), the lines of :data:`ATTRIBUTES`, which give the ``amend`` diff driver to the
  YAML files under ``drafts/``;
* in the repository's own configuration (``.git/config``, never committed: each clone runs
  ``amend git setup`` once), ``diff.amend.textconv``: the command git runs on each version of
  such a file — the absolute path of the Python running amend, with ``-m amend git textconv``,
  so that it works from any folder and whatever the ``PATH``.
"""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass
from pathlib import Path

from amend.storage.git import ensure_repository, run_git
from amend.storage.yamlio import atomic_write

COMMENT = "# amend : diff lisible des textes et amendements (amend git setup ; --remove pour défaire)"
ATTRIBUTES = (
    "drafts/**/*.yaml diff=amend",
    "drafts/**/*.yml diff=amend",
)
DRIVER = "amend"
TEXTCONV_KEY = f"diff.{DRIVER}.textconv"


def textconv_command() -> str:
    """The command stored in git's configuration (absolute interpreter: works from any folder)."""
    return f"{shlex.quote(sys.executable)} -m amend git textconv"


@dataclass(frozen=True)
class SetupResult:
    attributes_added: tuple[str, ...]
    config_changed: bool
    command: str

    @property
    def changed(self) -> bool:
        return bool(self.attributes_added) or self.config_changed


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return path.read_text(encoding="utf-8").splitlines()


def setup(root: Path) -> SetupResult:
    """Add what is missing (and only that); a second run changes nothing."""
    ensure_repository(root)
    attributes = root / ".gitattributes"
    lines = _lines(attributes)
    missing = tuple(line for line in ATTRIBUTES if line not in (existing.strip() for existing in lines))
    if missing:
        block = ([COMMENT] if COMMENT not in lines else []) + list(missing)
        content = "\n".join(lines).rstrip("\n")
        content = (content + "\n\n" if content else "") + "\n".join(block) + "\n"
        atomic_write(attributes, content)
    command = textconv_command()
    current = run_git(root, "config", "--local", "--get", TEXTCONV_KEY, answers=(0, 1)).strip()
    if current != command:
        run_git(root, "config", "--local", TEXTCONV_KEY, command)
    return SetupResult(missing, current != command, command)


@dataclass(frozen=True)
class RemoveResult:
    attributes_removed: tuple[str, ...]
    config_removed: bool
    attributes_file_deleted: bool


def remove(root: Path) -> RemoveResult:
    """Take out exactly what :func:`setup` adds; leave everything else as it was."""
    ensure_repository(root)
    attributes = root / ".gitattributes"
    lines = _lines(attributes)
    ours = set(ATTRIBUTES) | {COMMENT}
    kept = [line for line in lines if line.strip() not in ours]
    removed = tuple(line.strip() for line in lines if line.strip() in ATTRIBUTES)
    deleted = False
    if len(kept) != len(lines):
        while kept and not kept[-1].strip():
            kept.pop()
        if kept:
            atomic_write(attributes, "\n".join(kept) + "\n")
        else:
            attributes.unlink()
            deleted = True
    had = run_git(root, "config", "--local", "--get", TEXTCONV_KEY, answers=(0, 1)).strip()
    if had:
        run_git(root, "config", "--local", "--unset-all", TEXTCONV_KEY)
        rest = run_git(root, "config", "--local", "--get-regexp", rf"^diff\.{DRIVER}\.",
                       answers=(0, 1)).strip()
        if not rest:
            run_git(root, "config", "--local", "--remove-section", f"diff.{DRIVER}",
                    absent="no such section")
    return RemoveResult(removed, bool(had), deleted)

