"""``amend new``: a valid text from a template, committed alone, never overwriting anything."""

from __future__ import annotations

from pathlib import Path

from conftest import git


def status(repo: Path) -> str:
    return git(repo, "status", "--porcelain")


def test_new_creates_validates_and_commits_only_its_file(repo: Path, amend) -> None:
    (repo / "notes.txt").write_text("brouillon\n")
    (repo / "staged.txt").write_text("indexé\n")
    git(repo, "add", "staged.txt")
    before = status(repo)
    result = amend("new", "ppre-1800", "--type", "ppre", "--titre", "relative à la protection des mineurs",
                   "--auteur", "Mme Marie DUPONT", "--auteur", "M. Jean MARTIN", cwd=repo)
    assert result.exit_code == 0, result.output
    created = repo / "drafts" / "ppre-1800" / "texte.yaml"
    assert created.is_file()
    assert git(repo, "show", "--name-only", "--format=%s", "HEAD").split() == [
        "feat(drafts):", "nouvelle", "proposition", "de", "résolution", "européenne", "ppre-1800",
        "drafts/ppre-1800/texte.yaml"]
    assert status(repo) == before  # the user's own changes are exactly where they were
    text = created.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/texte.schema.json\n")
    assert "# Écrivez le contenu de chaque alinéa" in text
    assert amend("check", str(created), cwd=repo).exit_code == 0
    numbered = amend("number", "drafts/ppre-1800", cwd=repo).stdout
    assert "Vu l’article 88\u20114 de la Constitution," in numbered


def test_new_ppr_and_dossier_given_as_a_path(repo: Path, amend) -> None:
    result = amend("new", "drafts/ppr-12", "--type", "ppr", "--titre", "relative à X", cwd=repo)
    assert result.exit_code == 0, result.output
    assert "Vu l’article 34\u20111 de la Constitution," in amend("number", "ppr-12", cwd=repo).stdout


def test_new_refuses_existing_dossier_and_bad_names(repo: Path, amend) -> None:
    original = (repo / "drafts" / "ppre-1775" / "texte.yaml").read_bytes()
    result = amend("new", "ppre-1775", "--type", "ppre", "--titre", "relative à X", cwd=repo)
    assert result.exit_code == 1 and "existe déjà" in result.output and "IO008" in result.output
    assert (repo / "drafts" / "ppre-1775" / "texte.yaml").read_bytes() == original
    for name in ("../evasion", "Mauvais Nom", "/tmp/x"):
        result = amend("new", name, "--type", "ppre", "--titre", "relative à X", cwd=repo)
        assert result.exit_code in (1, 2), result.output
        assert "Traceback" not in result.output
    assert not (repo.parent / "evasion").exists()
    assert status(repo) == ""


def test_new_outside_git_says_how_to_fix(tmp_path: Path, amend) -> None:
    result = amend("new", "ppre-1", "--type", "ppre", "--titre", "relative à X", cwd=tmp_path)
    assert result.exit_code == 1
    assert "git init" in result.output
    assert not (tmp_path / "drafts").exists()


def test_new_with_index_lock_changes_nothing(repo: Path, amend) -> None:
    (repo / "notes.txt").write_text("brouillon\n")
    lock = repo / ".git" / "index.lock"
    lock.write_text("")
    index = (repo / ".git" / "index").read_bytes()
    before = status_without_lock(repo)
    result = amend("new", "ppre-2", "--type", "ppre", "--titre", "relative à X", cwd=repo)
    assert result.exit_code == 1
    assert "verrouillé" in result.output and "Traceback" not in result.output
    assert not (repo / "drafts" / "ppre-2").exists()
    assert (repo / ".git" / "index").read_bytes() == index
    lock.unlink()
    assert status(repo) == before


def status_without_lock(repo: Path) -> str:
    lock = repo / ".git" / "index.lock"
    lock.rename(repo / ".git" / "index.lock.bak")
    try:
        return status(repo)
    finally:
        (repo / ".git" / "index.lock.bak").rename(lock)


def test_new_refuses_during_a_merge(repo: Path, amend) -> None:
    (repo / ".git" / "MERGE_HEAD").write_text(git(repo, "rev-parse", "HEAD"))
    result = amend("new", "ppre-3", "--type", "ppre", "--titre", "relative à X", cwd=repo)
    assert result.exit_code == 1 and "fusion" in result.output
    assert not (repo / "drafts" / "ppre-3").exists()
