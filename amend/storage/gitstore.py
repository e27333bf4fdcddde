"""Commits made by amend, through gitpython (imported only when a command commits).

Rules: check the repository *before* writing anything (not a repository, index locked by
another git process, merge/rebase/cherry-pick in progress, the target files already modified);
commit only the files amend wrote (``git commit --only``), so that the user's other staged or
unstaged changes stay exactly where they were.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from amend.core.errors import GitError
from amend.rules import GIT001, GIT002, GIT003, GIT004, GIT005, GIT006

_IN_PROGRESS = {
    "MERGE_HEAD": "une fusion (merge)",
    "rebase-merge": "un rebase",
    "rebase-apply": "un rebase ou un « git am »",
    "CHERRY_PICK_HEAD": "un cherry-pick",
    "REVERT_HEAD": "un revert",
    "BISECT_LOG": "un bisect",
}


@dataclass(frozen=True)
class Commit:
    sha: str
    message: str
    files: tuple[str, ...]


def _git_dir(root: Path) -> Path:
    dot_git = root / ".git"
    if dot_git.is_file():  # worktree or submodule: "gitdir: <path>"
        content = dot_git.read_text(encoding="utf-8").strip()
        if content.startswith("gitdir:"):
            target = Path(content.split(":", 1)[1].strip())
            return target if target.is_absolute() else (root / target).resolve()
    return dot_git


def ensure_can_commit(root: Path, files: list[Path]) -> None:
    """Refuse, before anything is written, when a commit of ``files`` would not be clean."""
    if not (root / ".git").exists():
        raise GitError(
            f"{root} n’est pas un dépôt git : amend enregistre chaque texte dans git. "
            "Lancez « git init » (ou placez-vous dans votre dépôt), puis recommencez.",
            rule=GIT001)
    git_dir = _git_dir(root)
    if (git_dir / "index.lock").exists():
        raise GitError(
            "l’index git est verrouillé par un autre processus git (.git/index.lock) : attendez qu’il "
            "se termine, ou, si aucun git ne tourne, supprimez .git/index.lock, puis recommencez. "
            "Rien n’a été modifié.", rule=GIT002)
    for marker, what in _IN_PROGRESS.items():
        if (git_dir / marker).exists():
            raise GitError(
                f"le dépôt est au milieu d’{what} : terminez-le (ou annulez-le) avant de laisser amend "
                "enregistrer. Rien n’a été modifié.", rule=GIT003)
    dirty = modified_files(root, files)
    if dirty:
        names = ", ".join(dirty)
        raise GitError(
            f"modifications non enregistrées dans {names} : enregistrez-les (git commit) ou "
            "mettez-les de côté (git stash) avant qu’amend réécrive ce fichier. Rien n’a été modifié.",
            rule=GIT004)


def modified_files(root: Path, files: list[Path]) -> list[str]:
    """Those of ``files`` that differ from HEAD (staged or not)."""
    import git

    repo = git.Repo(root)
    rel = [os.path.relpath(f, root) for f in files]
    try:
        out = repo.git.status("--porcelain", "--", *rel)
    except git.GitCommandError:
        return []
    return [line[3:] for line in out.splitlines() if line and not line.startswith("??")]


def commit_files(root: Path, files: list[Path], message: str) -> Commit:
    """Add ``files`` and commit them alone, with ``message``."""
    import git

    repo = git.Repo(root)
    rel = [os.path.relpath(f, root) for f in files]
    try:
        repo.git.add("--", *rel)
        repo.git.commit("-m", message, "--only", "--", *rel)
    except git.GitCommandError as exc:
        stderr = (exc.stderr or "").strip()
        if "index.lock" in stderr:  # another git took the lock after ensure_can_commit looked
            raise GitError(
                f"l’index git a été verrouillé par un autre processus git pendant l’enregistrement : "
                f"{', '.join(rel)} est écrit mais pas enregistré. Attendez que l’autre git se "
                f"termine, puis lancez « git commit -m \"{message}\" -- {' '.join(rel)} ».",
                rule=GIT002) from None
        if "user.email" in stderr or "identity" in stderr.lower() or "user.name" in stderr:
            raise GitError(
                "git ne connaît pas votre identité : lancez « git config user.name \"Prénom Nom\" » et "
                "« git config user.email vous@exemple.fr », puis recommencez.", rule=GIT005) from None
        raise GitError(f"git a refusé l’enregistrement : {stderr or exc}", rule=GIT006) from None
    return Commit(repo.head.commit.hexsha, message, tuple(rel))
