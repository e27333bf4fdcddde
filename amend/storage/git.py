"""Files at git revisions, read through the ``git`` program (cheap: no gitpython import).

A *revision* is anything ``git rev-parse`` understands (``HEAD~1``, a branch, a tag, a sha);
``None`` stands for the working tree. Every failure of git becomes a :class:`GitError` in French.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any, NamedTuple

from amend.core.errors import GitError, UsageError
from amend.rules import GIT001, GIT007, GIT008, GIT012

WORKTREE_LABEL = "copie de travail"
TEXT_SUFFIXES = (".yaml", ".yml")


def _env() -> dict[str, str]:
    # Messages we parse must not be translated; pager and prompts never wanted.
    return {**os.environ, "LC_ALL": "C", "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0"}


def run_git(root: Path, *args: str, input: str | None = None, check: bool = True) -> str:
    """Run ``git -C root args…`` and return its standard output (UTF-8)."""
    try:
        proc = subprocess.run(["git", "-C", str(root), *args], capture_output=True, input=input,
                              text=True, encoding="utf-8", errors="replace", env=_env())
    except FileNotFoundError:
        raise GitError("le programme git est introuvable : installez git (il doit être dans le PATH).",
                       rule=GIT007) from None
    if check and proc.returncode != 0:
        raise GitError(f"git {args[0]} a échoué : {proc.stderr.strip() or proc.returncode}",
                       rule=GIT008)
    return proc.stdout


def ensure_repository(root: Path) -> None:
    if not (root / ".git").exists():
        raise GitError(f"{root} n’est pas un dépôt git : placez-vous dans votre dépôt de textes.",
                       rule=GIT001)


def is_revision(root: Path, name: str) -> bool:
    """Whether ``name`` names a commit (branch, tag, sha, ``HEAD~2``…)."""
    if not name or name.startswith("-"):
        return False
    proc = subprocess.run(["git", "-C", str(root), "rev-parse", "--verify", "--quiet",
                           "--end-of-options", f"{name}^{{commit}}"],
                          capture_output=True, text=True, env=_env())
    return proc.returncode == 0


def check_revisions(root: Path, names: list[str]) -> None:
    """Refuse (usage error) the first of ``names`` that is not a commit; one git process for all."""
    if not names:
        return
    for name in names:
        if not name or name.startswith("-") or "\n" in name:
            _unknown(name)
    request = "".join(f"{name}^{{commit}}\n" for name in names)
    out = run_git(root, "cat-file", "--batch-check=%(objecttype)", input=request)
    for name, answer in zip(names, out.splitlines(), strict=False):
        if answer.strip() != "commit":
            if name == "HEAD":
                raise UsageError("le dépôt n’a encore aucun commit : enregistrez d’abord un texte "
                                 "(git commit), puis comparez.", rule=GIT012)
            _unknown(name)


def _unknown(name: str) -> None:
    raise UsageError(f"révision git inconnue : « {name} » (une branche, une étiquette, un "
                     "identifiant de commit ou HEAD~1, par exemple)", rule=GIT012)




class Blob(NamedTuple):
    """One file at one revision (``rev`` None: the working tree)."""

    path: str
    rev: str | None
    raw: bytes | None
    """The file's bytes; ``None`` when it does not exist at that revision."""

    @property
    def label(self) -> str:
        return f"{self.rev}:{self.path}" if self.rev else self.path

    @property
    def text(self) -> str | None:
        """The text, for a quick look (bad UTF-8 replaced; readers use ``yamlio.decode``)."""
        return None if self.raw is None else self.raw.decode("utf-8", "replace")


def read(root: Path, rev: str | None, path: str) -> Blob:
    """The text of ``path`` (relative to ``root``) at ``rev``, or in the working tree."""
    if rev is None:
        try:
            return Blob(path, None, (root / path).read_bytes())
        except (FileNotFoundError, IsADirectoryError):
            return Blob(path, None, None)
    return read_many(root, [(rev, path)])[0]


def read_many(root: Path, wanted: list[tuple[str, str]]) -> list[Blob]:
    """Several ``rev:path`` at once, through one ``git cat-file --batch`` process."""
    if not wanted:
        return []
    # one request a line: a revision or path holding a line break is never sent (not there)
    sent = ["\n" not in f"{rev}{path}" and "\r" not in f"{rev}{path}" for rev, path in wanted]
    request = "".join(f"{rev}:{path}\n" for (rev, path), ok in zip(wanted, sent, strict=True) if ok)
    try:
        proc = subprocess.run(["git", "-C", str(root), "cat-file", "--batch"],
                              input=request.encode("utf-8"), capture_output=True, env=_env())
    except FileNotFoundError:
        raise GitError("le programme git est introuvable : installez git (il doit être dans le PATH).",
                       rule=GIT007) from None
    if proc.returncode != 0:
        raise GitError(f"git cat-file a échoué : {proc.stderr.decode('utf-8', 'replace').strip()}",
                       rule=GIT008)
    out, pos, blobs = proc.stdout, 0, []
    for (rev, path), ok in zip(wanted, sent, strict=True):
        if not ok:
            blobs.append(Blob(path, rev, None))
            continue
        end = out.index(b"\n", pos)
        header = out[pos:end].decode("utf-8", "replace")
        pos = end + 1
        # « <oid> <type> <size> », or « <name> missing » (the name may hold spaces)
        oid_type_size = header.split(" ") if not header.endswith(" missing") else []
        if len(oid_type_size) == 3 and oid_type_size[2].isdigit():
            size = int(oid_type_size[2])
            if oid_type_size[1] == "blob":
                blobs.append(Blob(path, rev, out[pos:pos + size]))
            else:  # a tree or a commit: the file is not there
                blobs.append(Blob(path, rev, None))
            pos += size + 1
        else:
            blobs.append(Blob(path, rev, None))
    return blobs


def changed_files(root: Path, rev_a: str, rev_b: str | None, under: str = "drafts") -> list[str]:
    """Files under ``under`` that differ between ``rev_a`` and ``rev_b`` (or the working tree).

    In the working tree, new files not yet added to git count too (ignored ones do not).
    """
    args = ["diff", "--name-only", "--no-renames", "-z", rev_a]
    if rev_b is not None:
        args.append(rev_b)
    names = [n for n in run_git(root, *args, "--", under).split("\0") if n]
    if rev_b is None:
        names += [n for n in run_git(root, "ls-files", "-z", "--others", "--exclude-standard", "--",
                                     under).split("\0") if n]
    return sorted({n for n in names if n.endswith(TEXT_SUFFIXES)}, key=natural)


def natural(name: str) -> list[Any]:
    """Sort key putting CE2 before CE10."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


class LogEntry(NamedTuple):
    sha: str
    parent: str | None
    author: str
    email: str
    date: str
    """ISO 8601, the author date."""
    subject: str


def log(root: Path, path: str, *, limit: int | None = None, follow: bool = True) -> list[LogEntry]:
    """Commits touching ``path``, newest first (renames followed when ``follow``)."""
    args = ["log", "--format=%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%s%x1e"]
    if follow:
        args.append("--follow")
    if limit:
        args.append(f"-n{limit}")
    out = run_git(root, *args, "--", path)
    entries = []
    for record in out.split("\x1e"):
        record = record.strip("\n")
        if not record:
            continue
        sha, parents, author, email, date, subject = record.split("\x1f")
        entries.append(LogEntry(sha, parents.split()[0] if parents.split() else None, author, email,
                                date, subject))
    return entries


def paths_in_log(root: Path, path: str) -> dict[str, str]:
    """For a followed history: the name ``path`` had at each commit (sha → path)."""
    out = run_git(root, "log", "--follow", "--name-only", "--format=%x1e%H", "--", path)
    names = {}
    for record in out.split("\x1e"):
        lines = [line for line in record.splitlines() if line.strip()]
        if len(lines) >= 2:
            names[lines[0]] = lines[-1]
    return names
