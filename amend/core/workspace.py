"""User-given paths: find the repository, resolve dossiers, refuse anything outside.

A path on the command line may be relative to the current folder or absolute; either way it
must resolve (symbolic links followed) inside the repository, so that ``amend`` never reads or
writes ``../../etc/passwd`` on a user's behalf.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from amend.core.errors import InputError, Location, UsageError
from amend.rules import IO004, IO005

DRAFTS = "drafts"
DOSSIER_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


def find_root(start: Path | None = None) -> Path:
    """The top of the git repository containing ``start`` (or the current folder), else it."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def in_git_repository(start: Path | None = None) -> bool:
    here = (start or Path.cwd()).resolve()
    return any((folder / ".git").exists() for folder in (here, *here.parents))


def resolve_inside(arg: str | Path, root: Path) -> Path:
    """Resolve a user path and refuse it if it leaves the repository (code IO004)."""
    raw = Path(arg)
    resolved = (raw if raw.is_absolute() else Path.cwd() / raw).resolve()
    if not resolved.is_relative_to(root):
        raise InputError(f"chemin hors du dépôt ({root}) : {arg}", location=Location(Path(str(arg))),
                         rule=IO004)
    return resolved


def display(path: Path, root: Path | None = None) -> Path:
    """How a path is shown in messages: relative to the current folder when possible."""
    try:
        return Path(os.path.relpath(path, Path.cwd())) if path.is_absolute() else path
    except ValueError:
        return path


def dossier_path(arg: str, root: Path, *, must_exist: bool = True) -> Path:
    """A DOSSIER argument: its name under ``drafts/`` (``ppre-1775``) or its path."""
    text = str(arg).rstrip("/")
    if "/" not in text and os.sep not in text and text not in (".", ".."):
        if not DOSSIER_NAME.match(text):
            raise UsageError(
                f"nom de dossier invalide : « {arg} » (lettres minuscules, chiffres, « - », « _ » ou "
                "« . », sans « / » ; par exemple ppre-1775)")
        candidate = root / DRAFTS / text
        if candidate.exists() or not must_exist:
            return resolve_inside(candidate, root)
    path = resolve_inside(text, root)
    if must_exist and not path.is_dir():
        raise InputError(f"dossier introuvable : {arg}", location=Location(Path(text)), rule=IO005)
    return path


def text_of_dossier(dossier: Path) -> Path:
    return dossier / "texte.yaml"
