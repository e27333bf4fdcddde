"""Reading ``[REV_A [REV_B]] [PATH]`` the way git users expect.

* nothing: the last commit (``HEAD``) against the working tree;
* ``REV``: that revision against the working tree;
* ``REV_A REV_B``: two revisions; ``A..B`` is the same as ``A B``, and ``A...B`` compares ``B``
  with the point where it left ``A`` (``git merge-base``), as a pull request does;
* a last argument naming a file, a folder or a dossier (``ppre-1775``) restricts the comparison
  to that text; without it, every text that changed under ``drafts/`` is compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from amend.core.errors import UsageError
from amend.core.workspace import DRAFTS, resolve_inside
from amend.storage.git import TEXT_SUFFIXES, check_revisions, is_revision, run_git


class Comparison(NamedTuple):
    rev_a: str
    rev_b: str | None
    """``None``: the working tree."""
    path: str | None
    """Relative to the repository (« / »), or ``None`` for every changed text."""


def _looks_like_path(arg: str, root: Path) -> bool:
    if arg.endswith(TEXT_SUFFIXES) or Path(arg).exists():
        return True
    return "/" not in arg and (root / DRAFTS / arg).is_dir()


def text_path(arg: str, root: Path) -> str:
    """A PATH argument as git names it: a YAML file, or the ``texte.yaml`` of a folder/dossier."""
    candidate = resolve_inside(arg, root)
    if candidate.suffix.lower() not in TEXT_SUFFIXES:
        if not candidate.is_dir() and "/" not in arg and (root / DRAFTS / arg).is_dir():
            candidate = resolve_inside(root / DRAFTS / arg, root)
        candidate = candidate / "texte.yaml"
    return candidate.relative_to(root.resolve()).as_posix()


def parse(args: list[str], root: Path) -> Comparison:
    """The revisions and the text to compare; a usage error (exit 2) for an unknown revision.

    The last argument is a path when it names an existing file or folder, a YAML file or a
    dossier of ``drafts/`` (a single argument that is also a revision stays a revision), or when
    there are three arguments.
    """
    args = list(args)
    if "--" in args:  # library callers; on the command line Typer consumes « -- » itself
        cut = args.index("--")
        revisions, paths = args[:cut], args[cut + 1:]
    elif args and (len(args) == 3 or _looks_like_path(args[-1], root)) and \
            not (len(args) == 1 and is_revision(root, args[0]) and not Path(args[0]).exists()):
        revisions, paths = args[:-1], args[-1:]
    else:
        revisions, paths = args, []
    if len(paths) > 1 or len(revisions) > 2:
        raise UsageError("trop d’arguments : amend diff [RÉVISION_A [RÉVISION_B]] [TEXTE]")
    path = text_path(paths[0], root) if paths else None
    if len(revisions) == 1 and "..." in revisions[0]:
        left, right = revisions[0].split("...", 1)
        left, right = left or "HEAD", right or "HEAD"
        check_revisions(root, [left, right])
        base = run_git(root, "merge-base", "--end-of-options", left, right).strip()
        return Comparison(base, right, path)
    if len(revisions) == 1 and ".." in revisions[0]:
        left, right = revisions[0].split("..", 1)
        revisions = [left or "HEAD", right or "HEAD"]
    rev_a = revisions[0] if revisions else "HEAD"
    rev_b = revisions[1] if len(revisions) > 1 else None
    check_revisions(root, [rev_a] + ([rev_b] if rev_b else []))
    return Comparison(rev_a, rev_b, path)
