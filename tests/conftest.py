from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "drafts" / "ppre-1775" / "texte.yaml"
SEED = ROOT / "tests" / "fixtures" / "ppre-1775.txt"

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
}


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                          env={**os.environ, **GIT_ENV}).stdout


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A scratch git repository holding a copy of n° 1775, committed."""
    root = tmp_path / "depot"
    (root / "drafts" / "ppre-1775").mkdir(parents=True)
    shutil.copy(EXAMPLE, root / "drafts" / "ppre-1775" / "texte.yaml")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "initial")
    return root


class Result:
    def __init__(self, proc: subprocess.CompletedProcess[str]) -> None:
        self.exit_code = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.output = proc.stdout + proc.stderr


def run_amend(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Result:
    """Run the real CLI in a subprocess (as a user or CI would)."""
    proc = subprocess.run([sys.executable, "-m", "amend", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, env={**os.environ, **GIT_ENV, **(env or {})})
    return Result(proc)


@pytest.fixture
def amend():
    return run_amend
