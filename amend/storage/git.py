"""The one module of amend that runs git (the ``git`` program, through :mod:`subprocess`).

A *revision* is anything ``git rev-parse`` understands (``HEAD~1``, a branch, a tag, a sha);
``None`` stands for the working tree. Reading (files at revisions, changed files, history) and
committing (checks before writing, ``git commit --only``, undoing a ``git add``) both live here.

Every failure of git becomes an error of the rule table in one place, :func:`_refusal`: git
missing from the ``PATH`` (GIT007), not a repository or a broken ``.git`` (GIT001), index locked
(GIT002), merge or rebase in progress (GIT003), identity unknown (GIT005), unknown revision
(GIT012, a usage error), a refused commit (GIT006) or any other failure (GIT008). A file or a
revision that git answers is *missing* is a normal answer (``None``, ``False``), never an error.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from amend.core.errors import AmendError, GitError, UsageError
from amend.rules import GIT001, GIT002, GIT003, GIT004, GIT005, GIT006, GIT007, GIT008, GIT012

WORKTREE_LABEL = "copie de travail"
TEXT_SUFFIXES = (".yaml", ".yml")

COMMIT_LOCK = "amend.lock"
"""amend's own lock, in the git folder: one amend at a time checks, writes and commits."""
COMMIT_LOCK_WAIT = 60.0
"""Seconds an amend waits for another amend's commit before refusing (GIT002)."""

# -- running git ---------------------------------------------------------------------------------


def _env(root: Path) -> dict[str, str]:
    from amend.core.workspace import find_root

    env = {**os.environ,
           # Messages we parse must not be translated; pager and prompts never wanted.
           "LC_ALL": "C", "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0",
           # Reads never take .git/index.lock (a concurrent commit must not fail because of them).
           "GIT_OPTIONAL_LOCKS": "0"}
    # git never looks above the folder holding .git: an empty or broken .git is reported as
    # such, instead of git silently using a repository further up.
    ceiling = str(find_root(root).parent)
    env["GIT_CEILING_DIRECTORIES"] = os.pathsep.join(
        [ceiling, *filter(None, os.environ.get("GIT_CEILING_DIRECTORIES", "").split(os.pathsep))])
    return env


def _spawn(root: Path, args: tuple[str, ...], input: bytes | None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], input=input, capture_output=True,
                              env=_env(root))
    except FileNotFoundError:
        raise GitError("le programme git est introuvable : installez git (il doit être dans le PATH), "
                       "puis recommencez.", rule=GIT007) from None
    except OSError as exc:
        raise GitError(f"le programme git ne peut pas être lancé ({exc.strerror}) : vérifiez son "
                       "installation.", rule=GIT007) from None


_NOT_A_REPOSITORY = ("not a git repository", "invalid gitfile format", "not a gitdir")
_UNKNOWN_REVISION = ("unknown revision", "bad revision", "needed a single revision", "bad object",
                     "not a valid object name", "invalid object name", "not a valid commit name",
                     "does not have any commits yet", "ambiguous argument")
_IDENTITY = ("please tell me who you are", "user.email", "user.name", "empty ident name",
             "unable to auto-detect email address", "no email was given", "no name was given")


def _refusal(root: Path, args: tuple[str, ...], stderr: str) -> AmendError:
    """The error of the rule table for a failed ``git args…`` (the one place that decides)."""
    said = stderr.strip()
    low = said.lower()
    command = args[0] if args else "?"
    if any(s in low for s in _NOT_A_REPOSITORY):
        return _not_a_repository(root, broken=(root / ".git").exists())
    if "index.lock" in low:
        return GitError(
            "l’index git est verrouillé par un autre processus git (.git/index.lock) : attendez qu’il "
            "se termine, ou, si aucun git ne tourne, supprimez .git/index.lock, puis recommencez.",
            rule=GIT002)
    if "during a merge" in low or ("cherry-pick" in low and "in progress" in low):
        return GitError("le dépôt est au milieu d’une fusion ou d’un cherry-pick : terminez-le (ou "
                        "annulez-le), puis recommencez.", rule=GIT003)
    if any(s in low for s in _IDENTITY):
        return GitError(
            "git ne connaît pas votre identité : lancez « git config user.name \"Prénom Nom\" » et "
            "« git config user.email vous@exemple.fr », puis recommencez.", rule=GIT005)
    if "dubious ownership" in low:
        return GitError(
            f"git refuse ce dépôt, qui appartient à un autre utilisateur : si vous lui faites "
            f"confiance, lancez « git config --global --add safe.directory {root} », puis recommencez.",
            rule=GIT008)
    if command in ("commit", "add"):
        return GitError(f"git a refusé l’enregistrement : {said or 'raison inconnue'}", rule=GIT006)
    if any(s in low for s in _UNKNOWN_REVISION):
        if "does not have any commits yet" in low:
            return UsageError("le dépôt n’a encore aucun commit : enregistrez d’abord un texte "
                              "(git commit), puis recommencez.", rule=GIT012)
        return UsageError(f"révision git inconnue ({_last_line(said)}) : une branche, une étiquette, "
                          "un identifiant de commit ou HEAD~1, par exemple.", rule=GIT012)
    return GitError(f"git {command} a échoué : {said or 'raison inconnue'}", rule=GIT008)


def _last_line(said: str) -> str:
    lines = [line for line in said.splitlines() if line.strip()]
    return (lines[-1] if lines else said).removeprefix("fatal: ")


def _not_a_repository(root: Path, *, broken: bool = False) -> GitError:
    if broken:
        return GitError(f"{root} n’est pas un dépôt git valide (son dossier .git est vide ou abîmé) : "
                        "réparez-le, ou recréez-le avec « git init », puis recommencez.", rule=GIT001)
    return GitError(f"{root} n’est pas un dépôt git : amend lit et enregistre les textes dans git. "
                    "Placez-vous dans votre dépôt de textes (ou créez-le avec « git init »), puis "
                    "recommencez.", rule=GIT001)


def run_git_bytes(root: Path, *args: str, input: bytes | None = None,
                  answers: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess[bytes]:
    """Run ``git -C root args…``; an exit code outside ``answers`` is refused (:func:`_refusal`)."""
    proc = _spawn(root, args, input)
    if proc.returncode not in answers:
        raise _refusal(root, args, proc.stderr.decode("utf-8", "replace"))
    return proc


def run_git(root: Path, *args: str, input: str | None = None, answers: tuple[int, ...] = (0,),
            absent: str | None = None) -> str:
    """Run ``git -C root args…`` and return its standard output (UTF-8).

    ``answers``: the exit codes that are answers (``git config --get`` says 1 for a missing key);
    ``absent``: what git says when the thing asked for is not there (then ``""`` is returned).
    """
    proc = _spawn(root, args, None if input is None else input.encode("utf-8"))
    if proc.returncode not in answers:
        stderr = proc.stderr.decode("utf-8", "replace")
        if absent is not None and absent in stderr:
            return ""
        raise _refusal(root, args, stderr)
    return proc.stdout.decode("utf-8", "replace")


def ensure_repository(root: Path) -> Path:
    """Refuse (GIT001) a folder that is not a working git repository; its git folder otherwise."""
    if not (root / ".git").exists():
        raise _not_a_repository(root)
    return Path(run_git(root, "rev-parse", "--absolute-git-dir").strip())


# -- revisions -------------------------------------------------------------------------------------


def is_revision(root: Path, name: str) -> bool:
    """Whether ``name`` names a commit (branch, tag, sha, ``HEAD~2``…)."""
    if not name or name.startswith("-"):
        return False
    out = run_git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{name}^{{commit}}",
                  answers=(0, 1))
    return bool(out.strip())


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


def head(root: Path) -> str | None:
    """The sha of ``HEAD``; ``None`` in a repository without any commit yet."""
    return run_git(root, "rev-parse", "--verify", "--quiet", "HEAD", answers=(0, 1)).strip() or None


def last_commit(root: Path, path: str) -> str | None:
    """The last commit that touched ``path``; ``None`` if none did (or there is no commit yet)."""
    if head(root) is None:
        return None
    return run_git(root, "log", "-1", "--format=%H", "--", path).strip() or None


# -- files at revisions ----------------------------------------------------------------------------


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


_FOUND = re.compile(rb"^[0-9a-f]{40,64} (?P<type>[a-z]+) (?P<size>\d+)$")


def read_many(root: Path, wanted: list[tuple[str, str]]) -> list[Blob]:
    """Several ``rev:path`` at once, through one ``git cat-file --batch`` process.

    A name git cannot be asked (a line break in it) is missing, as is anything git answers
    « missing » or « ambiguous » for, or that is a tree or a commit rather than a file.
    """
    asked = [(rev, path) for rev, path in wanted if "\n" not in rev + path and "\r" not in rev + path]
    if not asked:
        return [Blob(path, rev, None) for rev, path in wanted]
    request = "".join(f"{rev}:{path}\n" for rev, path in asked).encode("utf-8")
    out = run_git_bytes(root, "cat-file", "--batch", input=request).stdout
    pos, found = 0, {}
    for rev, path in asked:
        end = out.index(b"\n", pos)
        header = out[pos:end]
        pos = end + 1
        match = _FOUND.match(header)
        if match is None:  # "<name> missing", "<name> ambiguous"
            continue
        size = int(match["size"])
        if match["type"] == b"blob":
            found[(rev, path)] = out[pos:pos + size]
        pos += size + 1
    return [Blob(path, rev, found.get((rev, path))) for rev, path in wanted]


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


# -- committing ------------------------------------------------------------------------------------
#
# Rules: check the repository *before* writing anything (not a repository, index locked by
# another git process, merge/rebase/cherry-pick in progress, the target files already modified,
# no identity); commit only the files amend wrote (``git commit --only``), so that the user's
# other staged or unstaged changes stay exactly where they were.

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


def _relative(root: Path, files: list[Path]) -> list[str]:
    return [Path(os.path.relpath(f, root)).as_posix() for f in files]


def modified_files(root: Path, files: list[Path]) -> list[str]:
    """Those of ``files`` that differ from HEAD (staged or not); new untracked files do not count."""
    out = run_git(root, "status", "--porcelain", "--", *_relative(root, files))
    return [line[3:] for line in out.splitlines() if line and not line.startswith("??")]


def ensure_identity(root: Path) -> None:
    """Refuse (GIT005), before anything is written, when git does not know who commits."""
    for who in ("GIT_AUTHOR_IDENT", "GIT_COMMITTER_IDENT"):
        run_git(root, "var", who)


def ensure_can_commit(root: Path, files: list[Path], *, git_dir: Path | None = None,
                      identity: bool = True) -> Path:
    """Refuse, before anything is written, when a commit of ``files`` would not be clean.

    Returns the git folder. ``identity=False``: :func:`ensure_identity` was already called.
    """
    git_dir = git_dir or ensure_repository(root)
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
    if identity:
        ensure_identity(root)
    ensure_unmodified(root, files)
    return git_dir


def ensure_unmodified(root: Path, files: list[Path]) -> None:
    """Refuse (GIT004) files with changes not committed yet (staged or not)."""
    dirty = modified_files(root, files) if files else []
    if dirty:
        names = ", ".join(dirty)
        raise GitError(
            f"modifications non enregistrées dans {names} : enregistrez-les (git commit) ou "
            "mettez-les de côté (git stash) avant qu’amend réécrive ce fichier. Rien n’a été modifié.",
            rule=GIT004)


@contextmanager
def commit_lock(git_dir: Path, *, wait: float | None = None) -> Iterator[None]:
    """One amend at a time checks, writes and commits in a repository (``.git/amend.lock``).

    Concurrent amends wait their turn (up to :data:`COMMIT_LOCK_WAIT` seconds, then GIT002)
    instead of failing on each other's ``.git/index.lock``. The lock is released when the
    process ends, however it ends. Where the lock file cannot be opened, nothing is serialised.
    """
    import time

    try:
        fd = os.open(git_dir / COMMIT_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        limit = COMMIT_LOCK_WAIT if wait is None else wait
        deadline = time.monotonic() + limit
        delay = 0.002
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise GitError(
                    f"un autre amend enregistre dans ce dépôt depuis plus de {limit:g} s "
                    f"(verrou {git_dir / COMMIT_LOCK}) : attendez qu’il se termine, puis recommencez. "
                    "Rien n’a été modifié.", rule=GIT002)
            time.sleep(delay)
            delay = min(delay * 2, 0.02)
        yield
    finally:
        os.close(fd)  # releases the lock


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def stage(root: Path, files: list[Path]) -> None:
    """``git add`` these files (and only them)."""
    run_git(root, "add", "--", *_relative(root, files))


def commit_staged(root: Path, files: list[Path], message: str) -> Commit:
    """Commit ``files`` alone (``git commit --only``), with ``message``; they must be staged."""
    rel = _relative(root, files)
    run_git(root, "commit", "-q", "-m", message, "--only", "--", *rel)
    sha = head(root)
    assert sha is not None
    return Commit(sha, message, tuple(rel))


def commit_files(root: Path, files: list[Path], message: str) -> Commit:
    """Add ``files`` and commit them alone, with ``message``."""
    stage(root, files)
    return commit_staged(root, files, message)


def unstage(root: Path, files: list[Path]) -> None:
    """Put the index entries of ``files`` back as they are in HEAD (undo a ``git add``)."""
    run_git(root, "reset", "-q", "--", *_relative(root, files))


def in_head(root: Path, path: Path) -> bool:
    """Whether ``path`` is in the last commit (``False`` before the first commit)."""
    return read(root, "HEAD", _relative(root, [path])[0]).raw is not None
