"""One git runner (amend/storage/git.py), and every git failure mapped to the rule table.

The CLI is driven as a user would: git removed from the PATH, an empty ``.git`` folder, a
repository without commits. Each time: exit 1 (2 for a revision), the rule's code, a French
message, no traceback, nothing written.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from amend.core.errors import GitError, UsageError
from conftest import EXAMPLE, ROOT, git

EXPOSE = "Cet amendement se justifie par son texte même."
AUTHOR = "Mme Anne DUPONT"
NEW = ("new", "ppre-1900", "--type", "ppre", "--titre", "relative à un essai")
AMENDMENT = ("amendment", "new", "ppre-1775", "--supprimer", "13", "--expose", EXPOSE,
             "--auteur", AUTHOR)


@pytest.fixture
def no_git(tmp_path: Path) -> dict[str, str]:
    """An environment whose PATH holds python (a symlink to this interpreter) but no git."""
    folder = tmp_path / "sans-git"
    folder.mkdir()
    (folder / "python").symlink_to(sys.executable)
    (folder / "python3").symlink_to(sys.executable)
    assert shutil.which("git", path=str(folder)) is None
    return {"PATH": str(folder)}


def refused(result, code: str, exit_code: int = 1) -> None:
    assert result.exit_code == exit_code, result.output
    assert f"{code} erreur" in result.stderr, result.stderr
    assert "Traceback" not in result.output and "erreur interne" not in result.output


def snapshot(repo: Path) -> tuple[str, str, str]:
    return (git(repo, "status", "--porcelain", "--untracked-files=all"),
            git(repo, "ls-files", "--stage"), git(repo, "rev-parse", "HEAD"))


# -- git missing from the PATH: GIT007, exit 1, for every command that needs git ---------------

def test_new_without_git(repo: Path, amend, no_git) -> None:
    before = snapshot(repo)
    result = amend(*NEW, cwd=repo, env=no_git)
    refused(result, "GIT007")
    assert "git est introuvable" in result.stderr
    assert not (repo / "drafts" / "ppre-1900").exists() and snapshot(repo) == before


def test_amendment_new_without_git(repo: Path, amend, no_git) -> None:
    before = snapshot(repo)
    result = amend(*AMENDMENT, cwd=repo, env=no_git)
    refused(result, "GIT007")
    assert "git est introuvable" in result.stderr
    assert not (repo / "drafts" / "ppre-1775" / "amendements").exists() and snapshot(repo) == before


def test_checking_an_amendment_without_git_is_not_an_unknown_revision(repo: Path, amend,
                                                                      no_git) -> None:
    assert amend(*AMENDMENT, cwd=repo).exit_code == 0
    path = "drafts/ppre-1775/amendements/CE1.yaml"
    with_git = amend("check", "--format", "concise", path, cwd=repo)
    assert with_git.exit_code == 0 and "AMD013" not in with_git.output, with_git.output
    result = amend("check", "--format", "concise", path, cwd=repo, env=no_git)
    refused(result, "GIT007")
    assert "AMD013" not in result.output and "inconnue" not in result.output


@pytest.mark.parametrize("args", [(), ("HEAD",), ("HEAD", "ppre-1775"), ("ppre-1775",),
                                  ("HEAD~1...HEAD",)])
def test_diff_without_git(repo: Path, amend, no_git, args: tuple[str, ...]) -> None:
    result = amend("diff", *args, cwd=repo, env=no_git)
    refused(result, "GIT007")  # exit 1: git is missing, not a usage error


@pytest.mark.parametrize("args", [("log", "ppre-1775"), ("check", "--since", "HEAD", "drafts"),
                                  ("git", "setup")])
def test_other_git_commands_without_git(repo: Path, amend, no_git, args: tuple[str, ...]) -> None:
    refused(amend(*args, cwd=repo, env=no_git), "GIT007")


def test_an_unknown_revision_stays_a_usage_error(repo: Path, amend) -> None:
    refused(amend("diff", "pas-une-branche", "ppre-1775", cwd=repo), "GIT012", exit_code=2)
    refused(amend("check", "--since", "pas-une-branche", "drafts", cwd=repo), "GIT012", exit_code=2)


# -- an empty or broken .git: GIT001, never a crash, never the repository further up ------------

@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """A folder holding n° 1775 and an empty .git (« mkdir .git »), inside a real repository."""
    outer = tmp_path / "englobant"
    outer.mkdir()
    git(outer, "init", "-q", "-b", "main")
    (outer / "README").write_text("dépôt englobant\n")
    git(outer, "add", "README")
    git(outer, "commit", "-qm", "englobant")
    root = outer / "depot"
    (root / "drafts" / "ppre-1775").mkdir(parents=True)
    shutil.copy(EXAMPLE, root / "drafts" / "ppre-1775" / "texte.yaml")
    (root / ".git").mkdir()
    return root


def test_new_in_a_broken_repository(broken: Path, amend) -> None:
    outer = broken.parent
    head = git(outer, "rev-parse", "HEAD")
    result = amend(*NEW, cwd=broken)
    refused(result, "GIT001")
    assert "dépôt git" in result.stderr and "git init" in result.stderr
    assert not (broken / "drafts" / "ppre-1900").exists()
    assert git(outer, "rev-parse", "HEAD") == head  # nothing committed in the repository above


def test_amendment_new_in_a_broken_repository(broken: Path, amend) -> None:
    refused(amend(*AMENDMENT, cwd=broken), "GIT001")
    assert not (broken / "drafts" / "ppre-1775" / "amendements").exists()


@pytest.mark.parametrize("args", [("diff",), ("log", "ppre-1775"),
                                  ("check", "--since", "HEAD", "drafts")])
def test_reading_a_broken_repository(broken: Path, amend, args: tuple[str, ...]) -> None:
    refused(amend(*args, cwd=broken), "GIT001")


def test_checking_an_amendment_in_a_broken_repository(broken: Path, amend) -> None:
    folder = broken / "drafts" / "ppre-1775" / "amendements"
    folder.mkdir()
    shutil.copy(ROOT / "drafts" / "ppre-1775" / "amendements" / "CE1.yaml", folder)
    refused(amend("check", "drafts/ppre-1775/amendements/CE1.yaml", cwd=broken), "GIT001")


def test_outside_any_repository_an_amendment_is_checked_on_the_working_tree(tmp_path: Path,
                                                                            amend) -> None:
    """No .git at all: nothing to ask git; the recorded revision cannot be read (a warning)."""
    folder = tmp_path / "drafts" / "ppre-1775"
    shutil.copytree(ROOT / "drafts" / "ppre-1775", folder,
                    ignore=shutil.ignore_patterns("texte-commission.yaml"))
    result = amend("check", "--format", "concise", "drafts/ppre-1775/amendements/CE1.yaml",
                   cwd=tmp_path)
    assert result.exit_code == 0 and "AMD013" in result.stdout, result.output


def test_log_before_the_first_commit(tmp_path: Path, amend) -> None:
    (tmp_path / "drafts" / "ppre-1775").mkdir(parents=True)
    shutil.copy(EXAMPLE, tmp_path / "drafts" / "ppre-1775" / "texte.yaml")
    git(tmp_path, "init", "-q")
    result = amend("log", "ppre-1775", cwd=tmp_path)
    refused(result, "GIT012", exit_code=2)
    assert "aucun commit" in result.stderr


def test_amendment_new_before_the_first_commit_records_no_revision(tmp_path: Path, amend) -> None:
    (tmp_path / "drafts" / "ppre-1775").mkdir(parents=True)
    shutil.copy(EXAMPLE, tmp_path / "drafts" / "ppre-1775" / "texte.yaml")
    git(tmp_path, "init", "-q")
    result = amend(*AMENDMENT, "--no-commit", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    written = (tmp_path / "drafts" / "ppre-1775" / "amendements" / "CE1.yaml").read_text()
    assert "revision: null" in written or "revision:\n" in written


# -- the runner itself ------------------------------------------------------------------------

def test_only_the_runner_runs_git() -> None:
    """No gitpython, no subprocess outside amend/storage/git.py (pandoc's runner aside)."""
    found = []
    for path in (ROOT / "amend").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(import git\b|from git\b)", text, re.MULTILINE):
            found.append(f"{rel}: gitpython")
        if "subprocess" in text and rel not in ("amend/storage/git.py", "amend/render/pipeline.py"):
            found.append(f"{rel}: subprocess")
    assert found == []
    assert not (ROOT / "amend" / "storage" / "gitstore.py").exists()
    assert "gitpython" not in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "stderr", "code", "kind"), [
    (("commit",), "fatal: Unable to create '/d/.git/index.lock': File exists.", "GIT002", GitError),
    (("add",), "fatal: Unable to create '/d/.git/index.lock': File exists.", "GIT002", GitError),
    (("commit",), "fatal: cannot do a partial commit during a merge.", "GIT003", GitError),
    (("commit",), "Author identity unknown\n\n*** Please tell me who you are.\n", "GIT005", GitError),
    (("var",), "fatal: unable to auto-detect email address (got 'x@y.(none)')", "GIT005", GitError),
    (("commit",), "refusé par le crochet", "GIT006", GitError),
    (("log",), "fatal: not a git repository (or any of the parent directories): .git", "GIT001",
     GitError),
    (("log",), "fatal: bad revision 'nope'", "GIT012", UsageError),
    (("log",), "fatal: your current branch 'main' does not have any commits yet", "GIT012",
     UsageError),
    (("status",), "fatal: detected dubious ownership in repository at '/d'", "GIT008", GitError),
    (("merge-base",), "fatal: something else went wrong", "GIT008", GitError),
])
def test_every_git_failure_maps_to_a_rule(tmp_path: Path, args, stderr: str, code: str,
                                          kind: type) -> None:
    from amend.storage.git import _refusal

    error = _refusal(tmp_path, args, stderr)
    assert type(error) is kind and error.code == code
    assert error.message and not error.message.startswith("fatal")


def test_names_git_cannot_be_asked_are_missing(repo: Path) -> None:
    from amend.storage.git import read, read_many

    text = "drafts/ppre-1775/texte.yaml"
    assert read(repo, "HEAD", text).raw == (repo / text).read_bytes()
    assert read(repo, "HEAD", "drafts").raw is None  # a tree, not a file
    assert read(repo, "HEAD", "absent.yaml").raw is None
    assert read(repo, "0123456789abcdef0123456789abcdef01234567", text).raw is None
    blobs = read_many(repo, [("HE\tAD", text), ("HEAD\nHEAD", text), ("HEAD", text),
                             ("pas une révision", text)])
    assert [b.raw is not None for b in blobs] == [False, False, True, False]


def test_reads_never_take_the_index_lock(repo: Path) -> None:
    """A concurrent commit must not fail because amend was reading (GIT_OPTIONAL_LOCKS=0)."""
    from amend.storage.git import _env

    assert _env(repo)["GIT_OPTIONAL_LOCKS"] == "0"
    assert _env(repo)["GIT_CEILING_DIRECTORIES"].split(os.pathsep)[0] == str(repo.resolve().parent)
