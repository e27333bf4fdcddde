"""Every refused input: non-zero exit, a French message naming the line, no traceback, file intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLE

VALID = EXAMPLE.read_text(encoding="utf-8")

BOMB = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{k}: &a{k} [{', '.join([f'*a{k - 1}'] * 10)}]\n" for k in range(1, 20))

CASES = {
    "yaml-invalide": (b"type: ppre\n  legislature: 17\n", "YML001", ":2:"),
    "cle-en-double": (b"type: ppre\nlegislature: 17\nlegislature: 18\n", "YML002", ":3:1"),
    "non-utf8": ("type: ppre\ntitre: caf\u00e9\n".encode("latin-1"), "IO001", ":2:"),
    "conflit": (VALID.replace("type: ppre\n", "<<<<<<< HEAD\ntype: ppre\n=======\ntype: ppr\n>>>>>>> autre\n").encode(),
                "IO002", ":5:1"),
    "etiquette-python": (b"type: ppre\ntitre: !!python/object/apply:os.system [touch pwned]\n", "YML003", ":2:8"),
    "alias-bomb": (BOMB.encode(), "YML004", ":2:10"),
    "schema": (VALID.replace("legislature: 17", "legislature: dix-sept").encode(), "SCH001", ":7:"),
    "cle-inconnue": (VALID.replace("renvoi:", "renvoie:").encode(), "SCH001", ":10:1"),
    "date-inexistante": (VALID.replace('"2025-09-08"', '"2025-02-30"').encode(), "SCH002", ":8:"),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("command", ["check", "number"])
def test_refused_input(tmp_path: Path, amend, name: str, command: str) -> None:
    content, code, where = CASES[name]
    target = tmp_path / "texte.yaml"
    target.write_bytes(content)
    args = ["check", "--format", "concise"] if command == "check" else [command]
    result = amend(*args, str(target), cwd=tmp_path)
    assert result.exit_code == 1, result.output
    assert code in result.output
    assert f"texte.yaml{where}" in result.output
    assert "Traceback" not in result.output
    assert target.read_bytes() == content
    assert not (tmp_path / "pwned").exists()


def test_number_write_refuses_without_touching(tmp_path: Path, amend) -> None:
    content = CASES["conflit"][0]
    target = tmp_path / "texte.yaml"
    target.write_bytes(content)
    result = amend("number", "--write", str(target), cwd=tmp_path)
    assert result.exit_code == 1 and "IO002" in result.output
    assert target.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["texte.yaml"]  # no temporary file left


def test_huge_file_is_refused(tmp_path: Path, amend) -> None:
    target = tmp_path / "texte.yaml"
    target.write_bytes(b"# " + b"x" * (6 * 1024 * 1024) + b"\ntype: ppre\n")
    result = amend("check", str(target), cwd=tmp_path)
    assert result.exit_code == 1 and "IO003" in result.output and "Traceback" not in result.output


def test_path_outside_repository_is_refused(repo: Path, amend, tmp_path: Path) -> None:
    outside = tmp_path / "ailleurs.yaml"
    outside.write_text(VALID, encoding="utf-8")
    for args in (["check", str(outside)], ["number", "../ailleurs.yaml"], ["check", "../../etc/passwd"]):
        result = amend(*args, cwd=repo)
        assert result.exit_code == 1, result.output
        assert "IO004" in result.output and "hors du dépôt" in result.output


def test_conflict_reported_at_every_marker_with_both_versions(tmp_path: Path, amend) -> None:
    target = tmp_path / "texte.yaml"
    target.write_bytes(CASES["conflit"][0])
    result = amend("check", "--format", "concise", str(target), cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert [l.split(":")[1] for l in lines] == ["5", "7", "9"]
    text = amend("check", str(target), cwd=tmp_path).stdout
    assert "type: ppre" in text and "type: ppr" in text


def test_all_schema_errors_are_reported_at_once(tmp_path: Path, amend) -> None:
    bad = VALID.replace("legislature: 17", "legislature: dix-sept").replace("renvoi:", "renvoie:")
    target = tmp_path / "texte.yaml"
    target.write_text(bad, encoding="utf-8")
    result = amend("check", "--format", "concise", str(target), cwd=tmp_path)
    assert result.exit_code == 1
    assert len([l for l in result.stdout.splitlines() if "SCH001" in l]) == 2
    assert "doit être un nombre entier" in result.stdout and "clé inconnue" in result.stdout
