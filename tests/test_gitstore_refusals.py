"""Git refusals that need a particular repository state: a hook that refuses, no git, bad revision."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from conftest import git


def test_a_refused_commit_leaves_nothing_behind(repo: Path, amend) -> None:
    hook = repo / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\necho 'refusé par le crochet' >&2\nexit 1\n")
    hook.chmod(hook.stat().st_mode | stat.S_IEXEC)
    staged = git(repo, "ls-files", "--stage")
    result = amend("new", "ppre-2000", "--type", "ppre", "--titre", "relative à X", cwd=repo)
    assert result.exit_code == 1 and "GIT006" in result.output and "refusé par le crochet" in result.output
    assert not (repo / "drafts" / "ppre-2000").exists()
    assert git(repo, "ls-files", "--stage") == staged  # nothing left staged
    assert git(repo, "status", "--porcelain") == ""


def test_unknown_revision_is_a_usage_error(repo: Path, amend) -> None:
    result = amend("diff", "branche-inexistante", "HEAD", "ppre-1775", cwd=repo)
    assert result.exit_code == 2 and "GIT012" in result.output and "révision git inconnue" in result.output


def test_missing_git_program_is_said_in_french(repo: Path, amend, tmp_path: Path) -> None:
    empty = tmp_path / "sans-git"
    empty.mkdir()
    python_dir = str(Path(os.sys.executable).parent)
    result = amend("diff", "HEAD", "ppre-1775", cwd=repo, env={"PATH": f"{empty}:{python_dir}"})
    assert result.exit_code == 1 and "GIT007" in result.output and "git est introuvable" in result.output


def test_apply_refuses_to_overwrite_the_tabled_text_or_write_a_non_yaml_file(repo: Path, amend) -> None:
    import shutil

    from conftest import ROOT

    shutil.copytree(ROOT / "drafts" / "ppre-1775" / "amendements", repo / "drafts" / "ppre-1775" / "amendements")
    original = (repo / "drafts" / "ppre-1775" / "texte.yaml").read_bytes()
    result = amend("apply", "ppre-1775", "--output", "drafts/ppre-1775/texte.yaml", "--no-commit", cwd=repo)
    assert result.exit_code == 1 and "IO008" in result.output
    assert (repo / "drafts" / "ppre-1775" / "texte.yaml").read_bytes() == original
    result = amend("apply", "ppre-1775", "--output", "out.txt", "--no-commit", cwd=repo)
    assert result.exit_code == 1 and "IO007" in result.output and not (repo / "out.txt").exists()
