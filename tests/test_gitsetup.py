"""``amend git setup``: plain git diff / log -p / show read texts as printed; --remove undoes it."""

from __future__ import annotations

import re
from pathlib import Path

from test_vcs_scenario import AMENDMENT, DELETED_VISA, TEXT, commit_scenario

from conftest import git

NUMBERED = re.compile(r"^[-+ ]\s*\d+  (Vu|Considérant|\d+\.)", re.MULTILINE)
YAML_KEY = re.compile(r"^[-+ ]\s*(visas|considerants|points|dispositif):", re.MULTILINE)


def test_git_diff_shows_numbered_alineas_after_setup(repo: Path, amend) -> None:
    commit_scenario(repo)
    raw = git(repo, "diff", "HEAD~1", "HEAD", "--", TEXT)
    assert f"-    - {DELETED_VISA}" in raw  # YAML before setup
    result = amend("git", "setup", cwd=repo)
    assert result.exit_code == 0, result.output
    shown = git(repo, "diff", "HEAD~1", "HEAD", "--", TEXT)
    assert f"-13  Vu {DELETED_VISA}," in shown
    assert "+12  Vu la Convention du Conseil de l’Europe" not in shown  # unchanged alinéa 12
    assert " 12  Vu la Convention du Conseil de l’Europe" in shown
    assert NUMBERED.search(shown) and not YAML_KEY.search(shown)
    assert f"    - {DELETED_VISA}" not in shown
    # git log -p and git show use the same driver, from any folder
    sub = repo / "drafts"
    assert f"-13  Vu {DELETED_VISA}," in git(sub, "log", "-p", "-1", "--", "ppre-1775/texte.yaml")
    assert f"-13  Vu {DELETED_VISA}," in git(sub, "show", "HEAD", "--", "ppre-1775/texte.yaml")


def test_setup_is_idempotent_and_remove_restores_exactly(repo: Path, amend) -> None:
    attributes = repo / ".gitattributes"
    attributes.write_text("*.png binary\n", encoding="utf-8")
    config_before = (repo / ".git" / "config").read_text(encoding="utf-8")
    first = amend("git", "setup", cwd=repo)
    assert first.exit_code == 0 and "ajouté" in first.stdout
    after_first = (attributes.read_text(encoding="utf-8"), (repo / ".git" / "config").read_text())
    second = amend("git", "setup", cwd=repo / "drafts")
    assert second.exit_code == 0 and "Déjà configuré" in second.stdout
    assert (attributes.read_text(encoding="utf-8"), (repo / ".git" / "config").read_text()) == after_first
    assert "drafts/**/*.yaml diff=amend" in after_first[0]
    assert "*.png binary" in after_first[0]
    removed = amend("git", "setup", "--remove", cwd=repo)
    assert removed.exit_code == 0, removed.output
    assert attributes.read_text(encoding="utf-8") == "*.png binary\n"
    assert (repo / ".git" / "config").read_text(encoding="utf-8") == config_before
    again = amend("git", "setup", "--remove", cwd=repo)
    assert "Rien à retirer" in again.stdout


def test_remove_deletes_a_gitattributes_it_created(repo: Path, amend) -> None:
    amend("git", "setup", cwd=repo)
    assert (repo / ".gitattributes").exists()
    amend("git", "setup", "--remove", cwd=repo)
    assert not (repo / ".gitattributes").exists()
    assert git(repo, "status", "--porcelain") == ""


def test_textconv_command_is_absolute(repo: Path, amend) -> None:
    amend("git", "setup", cwd=repo)
    command = git(repo, "config", "--get", "diff.amend.textconv").strip()
    assert command.endswith(" -m amend git textconv")
    assert Path(command.split(" -m ")[0].strip("'")).is_absolute()


def test_textconv_prints_text_amendment_or_raw(tmp_path: Path, repo: Path, amend) -> None:
    result = amend("git", "textconv", str(repo / TEXT), cwd=tmp_path)  # any cwd, path outside
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "PROPOSITION DE RÉSOLUTION EUROPÉENNE"
    assert lines[1] == "n° 1775 — 17e législature — déposée le 8 septembre 2025"
    assert " 1  L’Assemblée nationale," in lines
    assert "13  Vu la Convention internationale des droits de l’enfant," in lines
    assert any(line.startswith("12  Vu la Convention du Conseil de l’Europe pour la protection des "
                               "personnes") for line in lines)
    assert lines[-1].startswith("52  13.\u00a0Appelle à une refondation")
    amendment = tmp_path / "CE1.yaml"
    amendment.write_text(AMENDMENT, encoding="utf-8")
    shown = amend("git", "textconv", str(amendment), cwd=tmp_path).stdout.splitlines()
    assert shown[0] == "AMENDEMENT N°\u00a0CE1"
    assert ("À l’alinéa 15, substituer au mot\u00a0: «\u00a02011/92/UE\u00a0» le mot\u00a0: "
            "«\u00a02011/93/UE\u00a0».") in shown
    assert "EXPOSÉ SOMMAIRE" in shown
    # an amendment the model refuses is still readable, field by field
    amendment.write_text("type: amendement\nnumero: CE2\nauteurs: [Mme A]\n"
                         "dispositif: « Supprimer l’alinéa 13. »\nexpose: Doublon.\n", encoding="utf-8")
    shown = amend("git", "textconv", str(amendment), cwd=tmp_path).stdout
    assert shown.splitlines()[:2] == ["AMENDEMENT", "Amendement : CE2"]
    assert "« Supprimer l’alinéa 13. »" in shown and "EXPOSÉ SOMMAIRE" in shown
    broken = tmp_path / "casse.yaml"
    broken.write_text("<<<<<<< HEAD\ntype: ppre\n=======\ntype: ppr\n>>>>>>> b\n", encoding="utf-8")
    assert amend("git", "textconv", str(broken), cwd=tmp_path).stdout == broken.read_text(encoding="utf-8")
