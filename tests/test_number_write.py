"""``amend number --write`` strips what amend adds itself, keeping every comment."""

import re
from pathlib import Path

from conftest import EXAMPLE

ORIGINAL = EXAMPLE.read_text(encoding="utf-8")
FIRST_VISA = next(l for l in ORIGINAL.splitlines() if "88\u20114 de la Constitution" in l) + "\n"


def commented(first_visa: str) -> str:
    text = ORIGINAL.replace("  visas:\n", "  visas:  # les visas\n", 1)
    return text.replace(FIRST_VISA, "    # commentaire sur le premier visa\n" + first_visa, 1)


def test_write_keeps_comments_and_fixes_lines(tmp_path: Path, amend) -> None:
    content = FIRST_VISA.rstrip("\n")[len("    - "):]
    text = commented(f"    - Vu {content},  # fin\n")
    text = text.replace("    - que la prolifération", "    - Considérant que la prolifération", 1)
    text = text.replace("    - Salue la proposition", "    - 1. Salue la proposition", 1)
    target = tmp_path / "texte.yaml"
    target.write_text(text, encoding="utf-8")
    check = amend("check", "--format", "concise", str(target), cwd=tmp_path)
    codes = sorted(c for c in (line.split()[1] for line in check.stdout.splitlines()) if c.startswith("STR"))
    assert codes == ["STR001", "STR002", "STR003", "STR004"], check.stdout
    result = amend("number", "--write", str(target), cwd=tmp_path)
    assert result.exit_code == 0, result.output
    rewritten = target.read_text(encoding="utf-8")
    # ruamel keeps an end-of-line comment at its column: only the spaces before it may differ
    assert re.sub(r" +# fin", "  # fin", rewritten) == commented(f"    - {content}  # fin\n")
    after = amend("check", "--format", "concise", str(target), cwd=tmp_path).stdout
    assert " STR0" not in after
    assert amend("number", str(target), cwd=tmp_path).stdout == amend("number", str(EXAMPLE)).stdout


def test_write_leaves_a_clean_file_byte_identical(tmp_path: Path, amend) -> None:
    target = tmp_path / "texte.yaml"
    target.write_text(ORIGINAL, encoding="utf-8")
    before = target.stat().st_mtime_ns
    result = amend("number", "--write", str(target), cwd=tmp_path)
    assert result.exit_code == 0 and "rien à corriger" in result.stdout
    assert target.read_text(encoding="utf-8") == ORIGINAL and target.stat().st_mtime_ns == before


def test_write_in_a_repository_commits_only_the_fixed_file(repo: Path, amend) -> None:
    from conftest import git

    target = repo / "drafts" / "ppre-1775" / "texte.yaml"
    target.write_text(ORIGINAL.replace("    - Salue la proposition", "    - 1. Salue la proposition", 1),
                      encoding="utf-8")
    git(repo, "commit", "-qam", "saisie du point 1 avec son numéro")
    (repo / "autre.txt").write_text("en cours\n")
    result = amend("number", "--write", "ppre-1775", cwd=repo)
    assert result.exit_code == 0, result.output
    assert git(repo, "show", "--name-only", "--format=%s", "HEAD").splitlines()[-1] == "drafts/ppre-1775/texte.yaml"
    assert git(repo, "status", "--porcelain") == "?? autre.txt\n"
    assert target.read_text(encoding="utf-8") == ORIGINAL


def test_write_refuses_a_file_with_uncommitted_changes(repo: Path, amend) -> None:
    target = repo / "drafts" / "ppre-1775" / "texte.yaml"
    edited = ORIGINAL.replace("    - Salue la proposition", "    - 1. Salue la proposition", 1)
    target.write_text(edited, encoding="utf-8")
    result = amend("number", "--write", "ppre-1775", cwd=repo)
    assert result.exit_code == 1 and "GIT004" in result.output and "git stash" in result.output
    assert target.read_text(encoding="utf-8") == edited
    assert amend("number", "--write", "--no-commit", "ppre-1775", cwd=repo).exit_code == 0
    assert target.read_text(encoding="utf-8") == ORIGINAL
