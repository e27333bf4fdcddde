"""Commits made by amend: only its files, conventional messages, clean refusals, nothing lost."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from amend.core.errors import GitError
from amend.storage.git import commit_files, ensure_can_commit
from conftest import git

TEXT = Path("drafts/ppre-1775/texte.yaml")
CONVENTIONAL = re.compile(r"^(feat|fix|docs|refactor|chore)\([a-z0-9-]+\): \S.*$")


def snapshot(repo: Path) -> tuple[str, bytes, str]:
    """What must not move when amend refuses: status, index bytes, HEAD."""
    return (git(repo, "status", "--porcelain", "--untracked-files=all"),
            (repo / ".git" / "index").read_bytes(), git(repo, "rev-parse", "HEAD"))


def refusal(repo: Path, files: list[Path]) -> GitError:
    with pytest.raises(GitError) as caught:
        ensure_can_commit(repo, files)
    return caught.value


def test_not_a_repository(tmp_path: Path) -> None:
    error = refusal(tmp_path, [tmp_path / "x.yaml"])
    assert error.code == "GIT001" and "git init" in error.message


def test_index_lock_changes_nothing(repo: Path) -> None:
    before = snapshot(repo)
    (repo / ".git" / "index.lock").write_text("")
    error = refusal(repo, [repo / TEXT])
    assert error.code == "GIT002" and "index.lock" in error.message
    (repo / ".git" / "index.lock").unlink()
    assert snapshot(repo) == before


def test_index_lock_in_a_linked_worktree(repo: Path, tmp_path: Path) -> None:
    other = tmp_path / "arbre"
    git(repo, "worktree", "add", "-q", str(other), "-b", "arbre")
    gitdir = Path(git(other, "rev-parse", "--git-dir").strip())
    (gitdir / "index.lock").write_text("")
    assert refusal(other, [other / TEXT]).code == "GIT002"


@pytest.mark.parametrize(("marker", "what"), [("MERGE_HEAD", "fusion"), ("rebase-merge", "rebase"),
                                              ("CHERRY_PICK_HEAD", "cherry-pick")])
def test_operation_in_progress(repo: Path, marker: str, what: str) -> None:
    target = repo / ".git" / marker
    if marker.startswith("rebase"):
        target.mkdir()
    else:
        target.write_text("0" * 40 + "\n")
    error = refusal(repo, [repo / TEXT])
    assert error.code == "GIT003" and what in error.message


def renumber(path: Path, numero: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("numero: 1775", f"numero: {numero}"),
                    encoding="utf-8")


def test_real_rebase_stopped_on_a_conflict(repo: Path) -> None:
    path = repo / TEXT
    git(repo, "checkout", "-q", "-b", "b")
    renumber(path, "1776")
    git(repo, "commit", "-qam", "b")
    git(repo, "checkout", "-q", "main")
    renumber(path, "1777")
    git(repo, "commit", "-qam", "main")
    subprocess.run(["git", "rebase", "b"], cwd=repo, capture_output=True, env=os.environ)
    assert refusal(repo, [repo / "drafts" / "autre.yaml"]).code == "GIT003"


@pytest.mark.parametrize("staged", [False, True])
def test_target_with_unrelated_changes(repo: Path, staged: bool) -> None:
    path = repo / TEXT
    path.write_text(path.read_text(encoding="utf-8") + "# note\n", encoding="utf-8")
    if staged:
        git(repo, "add", str(TEXT))
    before = snapshot(repo)
    error = refusal(repo, [path])
    assert error.code == "GIT004" and str(TEXT) in error.message and "git stash" in error.message
    assert snapshot(repo) == before
    ensure_can_commit(repo, [repo / "drafts" / "autre.yaml"])  # other files: fine


def test_commit_only_the_files_written(repo: Path) -> None:
    (repo / "notes.txt").write_text("brouillon\n")
    staged = repo / "staged.txt"
    staged.write_text("déjà indexé\n")
    git(repo, "add", "staged.txt")
    written = repo / "drafts" / "ppre-1800" / "texte.yaml"
    written.parent.mkdir()
    written.write_text("type: ppre\n", encoding="utf-8")
    commit = commit_files(repo, [written], "feat(drafts): crée ppre-1800")
    assert commit.files == ("drafts/ppre-1800/texte.yaml",)
    assert git(repo, "show", "--format=%s", "--name-only", "HEAD").split() == [
        "feat(drafts):", "crée", "ppre-1800", "drafts/ppre-1800/texte.yaml"]
    # the user's staged and untracked work is exactly where it was
    assert git(repo, "status", "--porcelain") == "A  staged.txt\n?? notes.txt\n"


def test_commit_without_identity_says_how_to_fix(repo: Path, tmp_path: Path, monkeypatch) -> None:
    for key in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    subprocess.run(["git", "config", "user.useConfigOnly", "true"], cwd=repo, check=True)
    written = repo / "drafts" / "x.yaml"
    written.write_text("type: ppre\n", encoding="utf-8")
    with pytest.raises(GitError) as caught:
        commit_files(repo, [written], "feat(drafts): x")
    assert caught.value.code == "GIT005" and "git config user.name" in caught.value.message


def test_amend_new_commits_with_a_conventional_message(repo: Path, amend) -> None:
    result = amend("new", "ppre-1900", "--type", "ppre", "--titre", "relative à un essai", cwd=repo)
    assert result.exit_code == 0, result.output
    message = git(repo, "log", "-1", "--format=%s").strip()
    assert CONVENTIONAL.match(message), message
    assert git(repo, "show", "--name-only", "--format=", "HEAD").split() == ["drafts/ppre-1900/texte.yaml"]


def test_amend_new_with_index_lock_leaves_everything(repo: Path, amend) -> None:
    (repo / "notes.txt").write_text("x\n")
    before = snapshot(repo)
    (repo / ".git" / "index.lock").write_text("")
    result = amend("new", "ppre-1901", "--type", "ppre", "--titre", "relative à un essai", cwd=repo)
    assert result.exit_code != 0 and "GIT002" in result.stderr and "verrouillé" in result.stderr
    assert "Traceback" not in result.output
    (repo / ".git" / "index.lock").unlink()
    assert snapshot(repo) == before
    assert not (repo / "drafts" / "ppre-1901").exists()


def test_lock_taken_after_the_check_keeps_the_rewrite_and_says_what_to_run(repo: Path,
                                                                          monkeypatch) -> None:
    from amend.storage import commits

    written = repo / "drafts" / "x.yaml"
    written.write_text("type: ppre\n", encoding="utf-8")
    git(repo, "add", "drafts/x.yaml")
    git(repo, "commit", "-qm", "x")
    checked = commits.ensure_can_commit

    def then_another_git_starts(*args, **kwargs):
        result = checked(*args, **kwargs)
        (repo / ".git" / "index.lock").write_text("")
        return result

    monkeypatch.setattr(commits, "ensure_can_commit", then_another_git_starts)
    change = commits.Change(written, b"type: ppre\n", "type: ppr\n", Path("drafts/x.yaml"))
    with pytest.raises(GitError) as caught:
        commits.rewrite(repo, [change], "feat(drafts): x")
    assert caught.value.code == "GIT002" and "index.lock" in caught.value.message
    assert "git commit -m \"feat(drafts): x\" -- drafts/x.yaml" in caught.value.hint
    assert written.read_text(encoding="utf-8") == "type: ppr\n"


def test_a_broken_git_folder_is_not_a_repository(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    error = refusal(tmp_path, [tmp_path / "x.yaml"])
    assert error.code == "GIT001" and "abîmé" in error.message


def test_identity_is_checked_before_anything_is_written(repo: Path, tmp_path: Path,
                                                          monkeypatch) -> None:
    for key in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    git(repo, "config", "user.useConfigOnly", "true")
    before = snapshot(repo)
    assert refusal(repo, [repo / "drafts" / "x.yaml"]).code == "GIT005"
    assert snapshot(repo) == before
