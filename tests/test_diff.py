"""``amend diff`` end to end: the real CLI on a scratch repository holding n° 1775."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from test_vcs_scenario import (AMENDMENT, DELETED_VISA, NEW_POINT, NEW_WORDS, OLD_WORDS, TEXT,
                               commit_scenario)

from conftest import ROOT, git

GOLDEN = ROOT / "tests" / "golden"


def golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; AMEND_UPDATE_GOLDEN=1 rewrites it (review the git diff)."""
    path = GOLDEN / name
    if os.environ.get("AMEND_UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"golden manquant : {path} (AMEND_UPDATE_GOLDEN=1 pour le créer)"
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture
def reviewed(repo: Path) -> Path:
    commit_scenario(repo)
    return repo


def test_must_show_exactly_the_three_changes(reviewed: Path, amend) -> None:
    result = amend("diff", "HEAD~1", "HEAD", "--format", "json", cwd=reviewed)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [text] = data["textes"]
    assert text["chemin"] == TEXT and text["statut"] == "modifie"
    changes = [(c["action"], c["partie"], c["avant"], c["apres"]) for c in text["changements"]]
    assert changes == [
        ("supprime", "visa", {"rang": 12, "alinea": 13}, None),
        ("reformule", "considerant", {"rang": 3, "alinea": 37}, {"rang": 3, "alinea": 36}),
        ("ajoute", "point", None, {"rang": 5, "alinea": 43}),
    ]
    removed, reworded, added = text["changements"]
    assert removed["texte_avant"] == DELETED_VISA
    assert added["texte_apres"] == NEW_POINT
    assert [m for m in reworded["mots"] if m["op"] != "="] == [
        {"op": "-", "texte": OLD_WORDS}, {"op": "+", "texte": NEW_WORDS}]
    # Points 5 to 13 became 6 to 14: one renumbering run, not nine changes.
    assert text["renumerotations"] == [
        {"quoi": "point", "avant": [5, 13], "apres": [6, 14]},
        {"quoi": "alinea", "avant": [14, 43], "apres": [13, 42]},
    ]
    assert text["resume"] == ("1 visa supprimé, 1 considérant reformulé, 1 point ajouté ; "
                              "points 5 à 13 renumérotés 6 à 14")


def test_must_show_text_output_marks_the_words(reviewed: Path, amend) -> None:
    result = amend("diff", "HEAD~1", "HEAD", cwd=reviewed)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"[-{OLD_WORDS}-]{{+{NEW_WORDS}+}}" in out
    assert "points 5 à 13 renumérotés 6 à 14" in out
    assert out.count("\n  - ") + out.count("\n  + ") + out.count("\n  ~ ") == 3
    golden("diff-1775.txt", out)


def test_markdown_is_golden_and_escaped(reviewed: Path, amend) -> None:
    result = amend("diff", "HEAD~1", "HEAD", "ppre-1775", "--format", "markdown", cwd=reviewed)
    assert result.exit_code == 0, result.output
    assert f"<del>{OLD_WORDS}</del><ins>{NEW_WORDS}</ins>" in result.stdout
    golden("diff-1775.md", result.stdout)


def test_html_is_a_standalone_escaped_page(reviewed: Path, amend) -> None:
    path = reviewed / TEXT
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(NEW_WORDS, "<script>alert(1)</script> & co"), encoding="utf-8")
    result = amend("diff", "HEAD", "--format", "html", cwd=reviewed)
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page
    assert "<ins>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</ins>" in page
    assert f"<del>{NEW_WORDS}</del>" in page


def test_golden_html(reviewed: Path, amend) -> None:
    result = amend("diff", "HEAD~1", "HEAD", TEXT, "--format", "html", cwd=reviewed)
    golden("diff-1775.html", result.stdout)


def test_default_is_last_commit_against_working_tree(reviewed: Path, amend) -> None:
    assert amend("diff", cwd=reviewed).stdout == "Aucun texte modifié.\n"
    assert amend("diff", "--exit-code", cwd=reviewed).exit_code == 0
    assert amend("diff", "HEAD~1", "--exit-code", cwd=reviewed).exit_code == 1
    path = reviewed / TEXT
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Exhorte le Conseil", "Exhorte vivement le Conseil"), encoding="utf-8")
    result = amend("diff", "--format", "json", cwd=reviewed)
    [text] = json.loads(result.stdout)["textes"]
    assert (text["avant"], text["apres"]) == ("HEAD", "copie de travail")
    [change] = text["changements"]
    assert change["action"] == "reformule" and change["apres"] == {"rang": 9, "alinea": 47}
    # One revision: that revision against the working tree (both commits' changes show).
    result = amend("diff", "HEAD~1", "--format", "json", cwd=reviewed)
    assert len(json.loads(result.stdout)["textes"][0]["changements"]) == 4


def test_ranges_branches_and_tags(reviewed: Path, amend) -> None:
    git(reviewed, "tag", "depot", "HEAD~1")
    git(reviewed, "branch", "travail")
    for args in (("depot", "travail"), ("depot..travail",), ("depot...travail",), ("main~1", "main"),
                 ("depot", "travail", "--", TEXT)):
        result = amend("diff", "--format", "json", *args, cwd=reviewed)
        assert result.exit_code == 0, (args, result.output)
        assert len(json.loads(result.stdout)["textes"][0]["changements"]) == 3, args


def test_new_and_removed_texts_and_amendments_are_summarised(reviewed: Path, amend) -> None:
    new = reviewed / "drafts" / "ppre-2000"
    new.mkdir()
    (new / "texte.yaml").write_text((reviewed / TEXT).read_text(encoding="utf-8"), encoding="utf-8")
    amendment = reviewed / "drafts" / "ppre-1775" / "amendements" / "CE1.yaml"
    amendment.parent.mkdir()
    amendment.write_text(AMENDMENT, encoding="utf-8")
    (reviewed / "drafts" / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    result = amend("diff", cwd=reviewed)
    assert result.exit_code == 0, result.output
    assert "drafts/ppre-2000/texte.yaml (HEAD → copie de travail)" in result.stdout
    assert "texte créé : 32 visas, 5 considérants, 14 points" in result.stdout
    assert "amendements/CE1.yaml : amendement CE1 créé (en discussion)" in result.stdout
    assert "drafts/notes.yaml : modifié, mais ce n’est ni un texte ni un amendement" in result.stdout
    git(reviewed, "add", ".")
    git(reviewed, "commit", "-qm", "amendement")
    amendment.write_text(AMENDMENT.replace("sort: en_discussion", "sort: adopte")
                         .replace("2011/93/UE\nexpose", "2011/93/UE.\nexpose"), encoding="utf-8")
    result = amend("diff", "--format", "json", cwd=reviewed)
    [other] = json.loads(result.stdout)["autres"]
    alone = amend("diff", "--format", "json", "drafts/ppre-1775/amendements/CE1.yaml", cwd=reviewed)
    assert json.loads(alone.stdout)["autres"] == [other]
    assert other == {"chemin": "drafts/ppre-1775/amendements/CE1.yaml", "nature": "amendement",
                     "resume": "amendement CE1 : dispositif modifié (« À l’alinéa 15, substituer au "
                               "mot\u00a0: «\u00a02011/92/UE\u00a0» le mot\u00a0: "
                               "«\u00a02011/93/UE.\u00a0». »), sort : en discussion → adopté"}
    git(reviewed, "rm", "-q", TEXT)
    result = amend("diff", "HEAD~1", "--format", "json", cwd=reviewed)
    statuses = {t["chemin"]: t["statut"] for t in json.loads(result.stdout)["textes"]}
    assert statuses == {TEXT: "supprime", "drafts/ppre-2000/texte.yaml": "ajoute"}


def test_bad_arguments_are_refused_in_french(reviewed: Path, amend, tmp_path: Path) -> None:
    result = amend("diff", "HEAD~1", "nimporte", TEXT, cwd=reviewed)
    assert result.exit_code == 2 and "révision git inconnue : « nimporte »" in result.stderr
    result = amend("diff", "HEAD~1", "HEAD", str(tmp_path / "ailleurs.yaml"), cwd=reviewed)
    assert result.exit_code == 1 and "IO004" in result.stderr
    result = amend("diff", "HEAD~1", "HEAD", "drafts/absent.yaml", cwd=reviewed)
    assert result.exit_code == 1 and "IO005" in result.stderr
    assert "Traceback" not in result.output


def test_an_invalid_version_is_reported_at_its_revision(reviewed: Path, amend) -> None:
    path = reviewed / TEXT
    path.write_text(path.read_text(encoding="utf-8").replace("legislature: 17", "legislature: [17"),
                    encoding="utf-8")
    result = amend("diff", TEXT, cwd=reviewed)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{TEXT}:") and "YML001" in result.stderr
    git(reviewed, "commit", "-qam", "casse")
    result = amend("diff", "HEAD~1", "HEAD", TEXT, cwd=reviewed)
    assert result.exit_code == 1 and result.stderr.startswith(f"HEAD:{TEXT}:")


def test_outside_a_repository_or_before_the_first_commit(tmp_path: Path, amend) -> None:
    result = amend("diff", cwd=tmp_path)
    assert result.exit_code == 1 and "GIT001" in result.stderr
    git(tmp_path, "init", "-q")
    result = amend("diff", cwd=tmp_path)
    assert result.exit_code == 2 and "aucun commit" in result.stderr


def test_diff_stays_lean(reviewed: Path) -> None:
    """No gitpython, no reference jsonschema, no rich when the output is not a terminal."""
    import subprocess
    import sys

    code = ("import sys\nfrom amend.cli import main\ntry:\n    main(['diff', 'HEAD~1', 'HEAD', "
            f"'{TEXT}'])\nexcept SystemExit:\n    pass\nprint([m for m in ('git', 'jsonschema', "
            "'rich', 'pypandoc', 'typst') if m in sys.modules], file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], cwd=reviewed, capture_output=True, text=True)
    assert "1 visa supprimé" in out.stdout
    assert out.stderr.strip().splitlines()[-1] == "[]"


def test_a_version_not_in_utf8_is_refused_at_its_byte(reviewed: Path, amend) -> None:
    path = reviewed / TEXT
    path.write_bytes(path.read_bytes().replace(b"legislature: 17", b"legislature: 17 # l\xe9g"))
    git(reviewed, "commit", "-qam", "latin-1")
    result = amend("diff", "HEAD~1", "HEAD", TEXT, cwd=reviewed)
    assert result.exit_code == 1 and "IO001" in result.stderr
    assert result.stderr.startswith(f"HEAD:{TEXT}:")
