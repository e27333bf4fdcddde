"""Writing a file and committing it alone, all or nothing: the one way amend creates or rewrites
what it then records in git (``amend new``, ``amend amendment new``; ``amend check --fix``,
``amend number --write``, ``amend apply``).

* :func:`create` checks the repository before writing anything, creates the file *exclusively*
  (it never replaces a file, not even one created a moment ago by another amend), commits only
  that file and, on any failure, undoes only what it did: the file it created (and no other),
  the folders it created if they are empty again, its own entry in the index.
* :func:`rewrite` checks the repository, then replaces files read earlier only if they did not
  change on disk in between (otherwise IO009, and nothing is written), and commits them alone.

In a repository, one amend at a time runs these steps (:func:`amend.storage.git.commit_lock`):
concurrent runs wait for each other instead of failing on ``.git/index.lock``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from amend.core.errors import AmendError, GitError, InputError, Location
from amend.rules import IO008
from amend.storage import yamlio
from amend.storage.git import (commit_files, commit_lock, commit_staged, ensure_can_commit,
                               ensure_identity, ensure_repository, ensure_unmodified, in_head,
                               stage, unstage)


class Exists(InputError):
    """The file to create already exists (another amend may just have created it)."""

    def __init__(self, path: Path, shown: Path) -> None:
        self.path = path
        super().__init__(f"{shown} existe déjà : amend ne remplace jamais un fichier existant",
                         location=Location(shown), rule=IO008)


@dataclass(frozen=True)
class _Made:
    path: Path
    inode: int
    folders: tuple[Path, ...]
    """Folders this run created, outermost first."""


@dataclass(frozen=True)
class Draft:
    """A file to create: where, what, and the message of its commit."""

    target: Path
    content: str
    message: str
    shown: Path


def create(root: Path, draft: Draft | Callable[[], Draft], *, commit: bool = True,
           attempts: int = 1) -> tuple[Draft, str | None]:
    """Create a file that must not exist yet and commit it alone; returns it and the commit's sha.

    ``draft`` is the file, or a function making it: then, when the name is taken (by another
    amend that just committed, or by any program), the function is called again — up to
    ``attempts`` times in all — to pick the next free name (amendments numbered automatically).
    In a repository this runs under amend's commit lock, so concurrent amends never pick the
    same name. Raises :class:`Exists` when no attempt found a free name, a :class:`GitError`
    when the repository refuses; nothing is left behind either way.
    """
    make = draft if callable(draft) else _always(draft)
    if not commit:
        return _create_free(make, attempts, None)[0], None
    git_dir = ensure_repository(root)
    ensure_identity(root)
    with commit_lock(git_dir):
        ensure_can_commit(root, [], git_dir=git_dir, identity=False)  # names: checked when tried
        chosen, made = _create_free(make, attempts, root)
        staged = False
        try:
            try:
                stage(root, [chosen.target])
            except GitError:
                raise  # git refused the « git add »: nothing was staged
            except BaseException:
                staged = True  # interrupted: it may have been
                raise
            staged = True
            return chosen, commit_staged(root, [chosen.target], chosen.message).sha
        except BaseException as error:
            _undo(root, made, staged=staged, error=error)
            raise


def _always(draft: Draft) -> Callable[[], Draft]:
    return lambda: draft


def _create_free(make: Callable[[], Draft], attempts: int, root: Path | None) -> tuple[Draft, _Made]:
    """Make drafts until one's name is free, and create that file (:class:`Exists` otherwise)."""
    for attempt in range(1, attempts + 1):
        draft = make()
        try:
            if draft.target.exists():
                raise Exists(draft.target, draft.shown)
            if root is not None:
                ensure_unmodified(root, [draft.target])
            return draft, _create(draft.target, draft.content, draft.shown)
        except Exists:
            if attempt == attempts:
                raise
    raise ValueError("attempts must be at least 1")


def _create(target: Path, content: str, shown: Path) -> _Made:
    folders = _make_folders(target.parent)
    try:
        inode = yamlio.create_exclusive(target, content)
    except FileExistsError:
        _remove_folders(folders)
        raise Exists(target, shown) from None
    except BaseException:
        _remove_folders(folders)
        raise
    return _Made(target, inode, folders)


def _make_folders(folder: Path) -> tuple[Path, ...]:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    created = []
    for each in reversed(missing):
        try:
            each.mkdir()
        except FileExistsError:  # another run made it a moment ago: it is not ours to remove
            continue
        created.append(each)
    return tuple(created)


def _remove_folders(folders: tuple[Path, ...]) -> None:
    for folder in reversed(folders):
        try:
            folder.rmdir()  # only when empty: another run's files are never touched
        except OSError:
            return


def _undo(root: Path, made: _Made, *, staged: bool, error: BaseException) -> None:
    rel = made.path.relative_to(root).as_posix() if made.path.is_relative_to(root) else str(made.path)
    if staged:
        try:
            if in_head(root, made.path):  # interrupted after the commit went through: keep it
                return
            unstage(root, [made.path])
        except AmendError:
            if isinstance(error, AmendError):
                error.hint = (f"{rel} est peut-être resté dans l’index git : lancez "
                              f"« git reset -q -- {rel} ».")
    try:
        if os.stat(made.path).st_ino == made.inode:  # still the file this run created
            made.path.unlink()
    except FileNotFoundError:
        pass
    _remove_folders(made.folders)
    if isinstance(error, AmendError) and error.hint is None:
        error.hint = f"rien n’a été modifié : {rel}, qu’amend venait de créer, a été retiré."


@dataclass(frozen=True)
class Change:
    """A file to rewrite: what was read (``None``: no such file then) and what replaces it."""

    path: Path
    before: bytes | None
    content: str
    shown: Path


def rewrite(root: Path, changes: list[Change], message: str, *, commit: bool = True) -> str | None:
    """Replace each file by its new content, unless one changed since it was read; commit them.

    Returns the commit's sha (``None`` without ``commit``). If git refuses the commit, the files
    stay rewritten and the error says which ``git commit`` to run.
    """
    if not commit:
        _replace_all(changes)
        return None
    paths = [c.path for c in changes]
    git_dir = ensure_repository(root)
    ensure_identity(root)
    with commit_lock(git_dir):
        ensure_can_commit(root, paths, git_dir=git_dir, identity=False)
        _replace_all(changes)
        try:
            return commit_files(root, paths, message).sha
        except GitError as error:
            rel = " ".join(Path(os.path.relpath(p, root)).as_posix() for p in paths)
            error.hint = (f"{rel} : réécrit mais pas enregistré dans git. Une fois le problème réglé, "
                          f"lancez « git commit -m \"{message}\" -- {rel} ».")
            raise


def _replace_all(changes: list[Change]) -> None:
    for change in changes:  # every file first: nothing is written if one of them changed
        if yamlio.current_bytes(change.path) != change.before:
            raise yamlio.changed_on_disk(change.shown)
    done: list[Change] = []
    try:
        for change in changes:
            yamlio.atomic_write(change.path, change.content, expected=change.before,
                                display=change.shown)
            done.append(change)
    except BaseException:
        for change in reversed(done):  # put back what this run wrote, unless changed since
            _put_back(change)
        raise


def _put_back(change: Change) -> None:
    written = change.content.encode("utf-8")
    try:
        if change.before is None:
            if yamlio.current_bytes(change.path) == written:
                change.path.unlink()
        else:
            yamlio.atomic_write(change.path, change.before, expected=written, display=change.shown)
    except (InputError, OSError):
        pass  # changed again by someone else: theirs stays
