from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


REFUSED: set[str] = set()
"""Every code amend gave during this test session: printed by the real CLI (as a refusal or a
diagnostic) or raised in-process (:class:`amend.core.errors.AmendError`). At the end of a whole
run, each refusal of the rule table must have been seen (:func:`pytest_sessionfinish`)."""
_PRINTED = re.compile(r"\b([A-Z]{2,4}\d{3})\b")


def run_amend(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Result:
    """Run the real CLI in a subprocess (as a user or CI would)."""
    proc = subprocess.run([sys.executable, "-m", "amend", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, env={**os.environ, **GIT_ENV, **(env or {})})
    REFUSED.update(_PRINTED.findall(proc.stderr + proc.stdout))
    return Result(proc)


@pytest.fixture(autouse=True, scope="session")
def _record_refusals() -> Iterator[None]:
    from amend.core.errors import AmendError

    original = AmendError.__init__

    def recording(self: AmendError, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        REFUSED.add(self.code)

    AmendError.__init__ = recording  # type: ignore[method-assign]
    yield
    AmendError.__init__ = original  # type: ignore[method-assign]


UNTRIGGERABLE = {
    "ERR000": "règle par défaut de la classe de base AmendError, jamais levée telle quelle",
    "RND001": "règle par défaut de RenderError, jamais levée telle quelle",
}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A whole, green run must have seen every refusal of the table at least once."""
    whole = not session.config.option.keyword and not session.config.option.markexpr and \
        not session.config.option.deselect and session.config.args in ([], ["tests"], [str(ROOT / "tests")])
    if exitstatus != 0 or not whole or session.testscollected < 100:
        return
    from amend.rules import all_rules

    missing = sorted(code for code, rule in all_rules().items()
                     if rule.context == "refus" and code not in REFUSED and code not in UNTRIGGERABLE)
    if missing:
        sys.stderr.write(f"\nrefus jamais provoqués par les tests : {', '.join(missing)}\n")
        session.exitstatus = 1


@pytest.fixture
def amend():
    return run_amend
