"""``amend log``: each commit of a text with a one-line summary of what changed in it."""

from __future__ import annotations

import json
from pathlib import Path

from test_vcs_scenario import AMENDMENT, TEXT, commit_scenario

from conftest import git


def test_log_summarises_each_commit(repo: Path, amend) -> None:
    commit_scenario(repo)
    git(repo, "mv", "drafts/ppre-1775", "drafts/ppre-1775-bis")
    git(repo, "commit", "-qm", "refactor(drafts): renomme le dossier")
    moved = repo / "drafts" / "ppre-1775-bis" / "texte.yaml"
    moved.write_text(moved.read_text(encoding="utf-8").replace("renvoi: commission", "renvoi: la commission"),
                     encoding="utf-8")
    git(repo, "commit", "-qam", "fix(drafts): renvoi")
    result = amend("log", "ppre-1775-bis", cwd=repo)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 8
    assert lines[0].endswith("  Test  fix(drafts): renvoi")
    assert lines[1].strip() == "en-tête modifié (renvoi)"
    assert lines[3].strip() == f"renommé depuis {TEXT} (texte inchangé)"
    assert lines[5].strip() == ("1 visa supprimé, 1 considérant reformulé, 1 point ajouté ; "
                                "points 5 à 13 renumérotés 6 à 14")
    assert lines[6].endswith("  Test  initial")
    assert lines[7].strip() == "texte créé : 33 visas, 5 considérants, 13 points"


def test_log_json_and_limit(repo: Path, amend) -> None:
    commit_scenario(repo)
    result = amend("log", TEXT, "-n", "1", "--format", "json", cwd=repo)
    [entry] = json.loads(result.stdout)
    assert entry["auteur"] == "Test" and entry["chemin"] == TEXT
    assert entry["commit"] == git(repo, "rev-parse", "HEAD").strip()
    assert entry["resume"].startswith("1 visa supprimé")


def test_log_survives_a_broken_version(repo: Path, amend) -> None:
    path = repo / TEXT
    path.write_text(path.read_text(encoding="utf-8").replace("legislature: 17", "legislature: [17"),
                    encoding="utf-8")
    git(repo, "commit", "-qam", "casse")
    result = amend("log", TEXT, cwd=repo)
    assert result.exit_code == 0, result.output
    assert "version illisible (YML001" in result.stdout


def test_log_of_an_untracked_file(repo: Path, amend) -> None:
    (repo / "drafts" / "x.yaml").write_text("type: ppre\n", encoding="utf-8")
    result = amend("log", "drafts/x.yaml", cwd=repo)
    assert result.exit_code == 0 and "aucun commit" in result.stdout


def test_log_of_an_amendment(repo: Path, amend) -> None:
    path = repo / "drafts" / "ppre-1775" / "amendements" / "CE1.yaml"
    path.parent.mkdir()
    path.write_text(AMENDMENT, encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "feat(drafts): amendement CE1")
    path.write_text(AMENDMENT.replace("sort: en_discussion", "sort: rejete"), encoding="utf-8")
    git(repo, "commit", "-qam", "fix(drafts): sort de CE1")
    lines = amend("log", "drafts/ppre-1775/amendements/CE1.yaml", cwd=repo).stdout.splitlines()
    assert [line.strip() for line in lines[1::2]] == [
        "amendement CE1 : sort : en discussion → rejeté", "amendement CE1 créé (en discussion)"]
