"""Concurrent runs of amend on one repository: real processes, started together.

What must hold whatever the timing (the tests assert these invariants, not how many runs win):
no file is ever overwritten; each run either creates and commits its own file under a name no
other run used, or refuses in French (exit 1, a rule code) and leaves nothing behind — no stray
file, nothing staged, no lock.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import GIT_ENV, git

AUTHOR = "Mme Anne DUPONT"
CREATED = re.compile(r"^(?P<path>\S+) créé et enregistré \(commit (?P<sha>[0-9a-f]{8})\)\.$", re.M)
REFUSAL = re.compile(r"\b(GIT00[1-8]|IO008) erreur : ")


def start(repo: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "amend", *args], cwd=repo, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, **GIT_ENV, "AMEND_NO_CACHE": "1"})


def run_together(repo: Path, commands: list[tuple[str, ...]]) -> list[tuple[int, str, str]]:
    procs = [start(repo, *command) for command in commands]
    outputs = [p.communicate(timeout=120) for p in procs]
    return [(p.returncode, out, err) for p, (out, err) in zip(procs, outputs, strict=True)]


def refused_cleanly(code: int, out: str, err: str) -> bool:
    return code == 1 and REFUSAL.search(err) is not None and "Traceback" not in out + err


def assert_nothing_left_behind(repo: Path) -> None:
    assert git(repo, "status", "--porcelain", "--untracked-files=all", "--ignored") == ""
    assert not (repo / ".git" / "index.lock").exists()


def test_twenty_concurrent_amendments_never_overwrite_each_other(repo: Path) -> None:
    commands = [("amendment", "new", "ppre-1775", "--supprimer", "13", "--auteur", AUTHOR,
                 "--expose", f"Exposé de l’essai numéro {i}.") for i in range(20)]
    results = run_together(repo, commands)
    folder = repo / "drafts" / "ppre-1775" / "amendements"
    won: dict[str, tuple[int, str]] = {}
    for i, (code, out, err) in enumerate(results):
        if code == 0:
            created = CREATED.search(out)
            assert created, out
            name = Path(created["path"]).name
            assert name not in won, f"{name} annoncé par deux exécutions"
            won[name] = (i, created["sha"])
        else:
            assert refused_cleanly(code, out, err), (code, out, err)
    assert won, "aucune exécution n’a abouti"
    # exactly the winners' files, each holding its own run's exposé, each in its own commit
    assert sorted(p.name for p in folder.iterdir()) == sorted(won)
    for name, (i, sha) in won.items():
        rel = f"drafts/ppre-1775/amendements/{name}"
        text = (folder / name).read_text(encoding="utf-8")
        assert f"Exposé de l’essai numéro {i}." in text and f"numero: {name[:-5]}" in text
        commits = git(repo, "log", "--format=%H", "--", rel).split()
        assert len(commits) == 1 and commits[0].startswith(sha)
        assert git(repo, "show", "--name-only", "--format=", commits[0]).split() == [rel]
    assert int(git(repo, "rev-list", "--count", "HEAD")) == 1 + len(won)
    assert_nothing_left_behind(repo)


def test_the_same_imposed_number_is_created_once(repo: Path) -> None:
    commands = [("amendment", "new", "ppre-1775", "--supprimer", "13", "--auteur", AUTHOR,
                 "--numero", "CE7", "--expose", f"Exposé {i}.") for i in range(6)]
    results = run_together(repo, commands)
    winners = [i for i, (code, _, _) in enumerate(results) if code == 0]
    assert len(winners) <= 1
    for i, (code, out, err) in enumerate(results):
        if i not in winners:
            assert refused_cleanly(code, out, err), (code, out, err)
    folder = repo / "drafts" / "ppre-1775" / "amendements"
    if winners:
        assert [p.name for p in folder.iterdir()] == ["CE7.yaml"]
        assert f"Exposé {winners[0]}." in (folder / "CE7.yaml").read_text(encoding="utf-8")
    assert_nothing_left_behind(repo)


def test_the_same_new_dossier_is_created_once(repo: Path) -> None:
    commands = [("new", "ppre-1900", "--type", "ppre", "--titre", f"relative à l’essai {i}")
                for i in range(6)]
    results = run_together(repo, commands)
    winners = [i for i, (code, _, _) in enumerate(results) if code == 0]
    assert len(winners) <= 1
    for i, (code, out, err) in enumerate(results):
        if i not in winners:
            assert refused_cleanly(code, out, err), (code, out, err)
    folder = repo / "drafts" / "ppre-1900"
    if winners:
        assert [p.name for p in folder.iterdir()] == ["texte.yaml"]
        assert f"relative à l’essai {winners[0]}" in (folder / "texte.yaml").read_text(encoding="utf-8")
    else:
        assert not folder.exists()
    assert_nothing_left_behind(repo)
