"""Create and commit, all or nothing (amend/storage/commits.py): a failure undoes only what this
run did — its own file (never one another program put in its place), the folders it created if
they are empty again, its own entry in the index — and leaves the user's work where it was.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from amend.core.errors import GitError
from amend.rules import GIT006
from amend.storage import commits
from conftest import git

AMENDMENT = ("amendment", "new", "ppre-1775", "--supprimer", "13", "--expose",
             "Cet amendement se justifie par son texte même.", "--auteur", "Mme Anne DUPONT")


def draft(repo: Path, rel: str = "drafts/ppre-1900/amendements/CE1.yaml") -> commits.Draft:
    return commits.Draft(repo / rel, "type: amendement\n", "feat(amendements): CE1", Path(rel))


def refuse_the_commit(monkeypatch: pytest.MonkeyPatch, before_refusing=lambda: None) -> None:
    def refused(*args, **kwargs):
        before_refusing()
        raise GitError("git a refusé l’enregistrement : crochet", rule=GIT006)

    monkeypatch.setattr(commits, "commit_staged", refused)


def test_a_refused_commit_leaves_the_users_work_alone(repo: Path, monkeypatch) -> None:
    (repo / "notes.txt").write_text("brouillon\n")
    (repo / "staged.txt").write_text("déjà indexé\n")
    git(repo, "add", "staged.txt")
    refuse_the_commit(monkeypatch)
    with pytest.raises(GitError) as caught:
        commits.create(repo, draft(repo))
    assert caught.value.code == "GIT006" and "retiré" in (caught.value.hint or "")
    assert not (repo / "drafts" / "ppre-1900").exists()  # the folders it created, gone
    assert git(repo, "status", "--porcelain") == "A  staged.txt\n?? notes.txt\n"


def test_folders_another_run_filled_meanwhile_stay(repo: Path, monkeypatch) -> None:
    other = repo / "drafts" / "ppre-1900" / "amendements" / "CE2.yaml"
    refuse_the_commit(monkeypatch, lambda: other.write_text("type: amendement\n"))
    with pytest.raises(GitError):
        commits.create(repo, draft(repo))
    assert not (repo / "drafts" / "ppre-1900" / "amendements" / "CE1.yaml").exists()
    assert other.read_text() == "type: amendement\n"
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == \
        "?? drafts/ppre-1900/amendements/CE2.yaml\n"


def test_a_file_put_in_its_place_by_another_program_is_never_removed(repo: Path,
                                                                      monkeypatch) -> None:
    target = draft(repo).target

    def someone_replaces_it() -> None:
        replacement = target.with_name("autre.tmp")
        replacement.write_text("le travail de quelqu’un d’autre\n")
        os.replace(replacement, target)

    refuse_the_commit(monkeypatch, someone_replaces_it)
    with pytest.raises(GitError):
        commits.create(repo, draft(repo))
    assert target.read_text() == "le travail de quelqu’un d’autre\n"
    assert git(repo, "diff", "--cached", "--name-only") == ""  # but nothing of ours is staged


def test_an_existing_file_is_never_replaced(repo: Path) -> None:
    target = repo / "drafts" / "ppre-1775" / "texte.yaml"
    before = target.read_bytes()
    with pytest.raises(commits.Exists) as caught:
        commits.create(repo, commits.Draft(target, "x\n", "m", Path("drafts/ppre-1775/texte.yaml")))
    assert caught.value.code == "IO008"
    assert target.read_bytes() == before


def test_the_next_free_name_is_taken_when_one_is_taken(repo: Path) -> None:
    folder = repo / "drafts" / "ppre-1775" / "amendements"
    folder.mkdir()
    (folder / "CE1.yaml").write_text("déjà là\n")
    names = iter(["CE1", "CE2"])

    def next_one() -> commits.Draft:
        name = next(names)
        return commits.Draft(folder / f"{name}.yaml", f"numero: {name}\n", f"feat: {name}",
                             Path(name))

    written, sha = commits.create(repo, next_one, attempts=5, commit=False)
    assert written.target.name == "CE2.yaml" and sha is None
    assert (folder / "CE1.yaml").read_text() == "déjà là\n"


def test_interrupted_after_the_commit_keeps_the_commit(repo: Path, monkeypatch) -> None:
    real = commits.commit_staged

    def commit_then_interrupt(*args, **kwargs):
        real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(commits, "commit_staged", commit_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        commits.create(repo, draft(repo))
    assert draft(repo).target.exists()
    assert git(repo, "status", "--porcelain") == ""
    assert git(repo, "log", "-1", "--format=%s") == "feat(amendements): CE1\n"


def test_amendment_new_refused_by_a_hook_leaves_nothing(repo: Path, amend) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'refusé par le crochet' >&2\nexit 1\n")
    hook.chmod(hook.stat().st_mode | stat.S_IEXEC)
    staged = git(repo, "ls-files", "--stage")
    result = amend(*AMENDMENT, cwd=repo)
    assert result.exit_code == 1 and "GIT006" in result.stderr
    assert "refusé par le crochet" in result.stderr and "Traceback" not in result.output
    assert not (repo / "drafts" / "ppre-1775" / "amendements").exists()
    assert git(repo, "ls-files", "--stage") == staged
    assert git(repo, "status", "--porcelain", "--untracked-files=all") == ""


def test_amendment_new_with_a_foreign_index_lock_writes_nothing(repo: Path, amend) -> None:
    (repo / ".git" / "index.lock").write_text("")
    result = amend(*AMENDMENT, cwd=repo)
    assert result.exit_code == 1 and "GIT002" in result.stderr and "verrouillé" in result.stderr
    assert not (repo / "drafts" / "ppre-1775" / "amendements").exists()


def test_amendment_new_with_a_taken_imposed_number_is_refused(repo: Path, amend) -> None:
    assert amend(*AMENDMENT, "--numero", "CE4", cwd=repo).exit_code == 0
    path = repo / "drafts" / "ppre-1775" / "amendements" / "CE4.yaml"
    before = path.read_bytes()
    result = amend(*AMENDMENT, "--numero", "CE4", cwd=repo)
    assert result.exit_code == 1 and "IO008" in result.stderr and "existe déjà" in result.stderr
    assert path.read_bytes() == before


def test_amend_commit_lock_waits_then_refuses(repo: Path) -> None:
    """Another amend waits for the lock while it is held, and says so in French if it lasts."""
    from amend.storage.git import commit_lock, ensure_repository

    git_dir = ensure_repository(repo)
    # a second descriptor: another amend, for flock
    with commit_lock(git_dir), pytest.raises(GitError) as caught, commit_lock(git_dir, wait=0.2):
        pass
    assert caught.value.code == "GIT002" and "un autre amend" in caught.value.message
    with commit_lock(git_dir, wait=0.2):  # released: free again
        pass
