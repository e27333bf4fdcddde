"""``amend amendment new|show``, ``amend check`` on amendments and ``amend apply``, end to end
through the real CLI, in scratch repositories holding n° 1775 and its example amendments."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE, ROOT, git

AMENDMENTS = ROOT / "drafts" / "ppre-1775" / "amendements"
GOLDEN = ROOT / "tests" / "golden" / "ppre-1775-texte-commission.yaml"
FOLDER = Path("drafts/ppre-1775/amendements")


@pytest.fixture
def dossier(repo: Path) -> Path:
    """The scratch repository with the example amendments committed beside the text."""
    shutil.copytree(AMENDMENTS, repo / FOLDER)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "amendements")
    return repo


def commits(repo: Path) -> int:
    return int(git(repo, "rev-list", "--count", "HEAD").strip())


def test_new_substitution_is_checked_written_and_committed(repo: Path, amend) -> None:
    result = amend("amendment", "new", "ppre-1775", "--alinea", "15", "--substituer", "2011/92/UE",
                   "--par", "2011/93/UE", "--expose", "Corrige le numéro de la directive.",
                   "--auteur", "Mme Colette CAPDEVIELLE", cwd=repo)
    assert result.exit_code == 0, result.output
    assert "À l’alinéa 15, substituer au mot\u00a0: «\u00a02011/92/UE\u00a0» le mot" in result.stdout
    file = repo / FOLDER / "CE1.yaml"
    text = file.read_text(encoding="utf-8")
    revision = git(repo, "log", "-1", "--format=%H", "--", "drafts/ppre-1775/texte.yaml").strip()
    assert f"revision: {revision}" in text and "operation: substituer_mots" in text
    assert git(repo, "log", "-1", "--format=%s").strip() == "feat(amendements): CE1 à ppre-1775"
    assert git(repo, "status", "--porcelain").strip() == ""
    check = amend("check", str(file), cwd=repo)
    assert check.exit_code == 0 and "0 erreur" in check.output, check.output


def test_new_numbers_insertions_and_dispositif(repo: Path, amend) -> None:
    first = amend("amendment", "new", "ppre-1775", "--apres", "13", "--inserer", "Vu la Convention de Lanzarote,",
                  "--inserer", "Vu la Convention de Budapest,", "--expose", "Ajoute deux visas.", cwd=repo)
    assert first.exit_code == 0, first.output
    assert "Après l’alinéa 13, insérer les deux alinéas suivants" in first.stdout
    second = amend("amendment", "new", "ppre-1775", "--dispositif", "Supprimer l’alinéa 13.",
                   "--expose", "Doublon.", "--prefixe", "CE", cwd=repo)
    assert second.exit_code == 0, second.output
    assert sorted(p.name for p in (repo / FOLDER).iterdir()) == ["CE1.yaml", "CE2.yaml"]
    assert "operation: supprimer_alineas" in (repo / FOLDER / "CE2.yaml").read_text(encoding="utf-8")
    third = amend("amendment", "new", "ppre-1775", "--supprimer", "3-4", "--numero", "52",
                  "--expose", "Suppression.", "--no-commit", cwd=repo)
    assert third.exit_code == 0 and "Supprimer les alinéas 3 et 4." in third.stdout
    assert (repo / FOLDER / "52.yaml").is_file()


@pytest.mark.parametrize("args, expected", [
    (("--supprimer", "99"), "l’alinéa 99 n’existe pas (le texte compte 52 alinéas)"),
    (("--alinea", "15", "--substituer", "2011/94/UE", "--par", "2011/93/UE"),
     "les mots « 2011/94/UE » ne figurent pas à l’alinéa 15"),
    (("--dispositif", "À l’alinéa 99, supprimer le mot : « Vu »."), "l’alinéa 99 n’existe pas"),
    (("--dispositif", "Modifier l’alinéa 3 comme suit."), "formule non reconnue"),
])
def test_new_refuses_bad_targets_and_writes_nothing(repo: Path, amend, args, expected) -> None:
    before = commits(repo)
    result = amend("amendment", "new", "ppre-1775", *args, "--expose", "x", cwd=repo)
    assert result.exit_code == 1, result.output
    assert expected in result.stderr and "Traceback" not in result.output
    assert not (repo / FOLDER).exists() and commits(repo) == before


def test_new_never_prompts(repo: Path, amend) -> None:
    result = amend("amendment", "new", "ppre-1775", "--supprimer", "13", cwd=repo)
    assert result.exit_code == 2 and "exposé sommaire obligatoire" in result.stderr


def test_check_refuses_alinea_99_and_absent_words(dossier: Path, amend) -> None:
    bad = (AMENDMENTS / "CE1.yaml").read_text(encoding="utf-8")
    (dossier / FOLDER / "CE90.yaml").write_text(
        bad.replace("numero: CE1", "numero: CE90").replace("alinea: 15", "alinea: 99"), encoding="utf-8")
    (dossier / FOLDER / "CE91.yaml").write_text(
        bad.replace("numero: CE1", "numero: CE91").replace('mots: 2011/92/UE', 'mots: 2011/94/UE'),
        encoding="utf-8")
    result = amend("check", str(FOLDER), cwd=dossier)
    assert result.exit_code == 1
    assert "CE90.yaml" in result.output and "AMD001" in result.output and "l’alinéa 99 n’existe pas" in result.output
    assert "CE91.yaml" in result.output and "AMD002" in result.output and "ne figurent pas à l’alinéa 15" in result.output


def test_check_refuses_an_amendment_to_a_34_1_resolution(repo: Path, amend) -> None:
    created = amend("new", "ppr-12", "--type", "ppr", "--titre", "relative à la protection des enfants",
                    cwd=repo)
    assert created.exit_code == 0, created.output
    (repo / "drafts/ppr-12/amendements").mkdir()
    (repo / "drafts/ppr-12/amendements/1.yaml").write_text(
        "type: amendement\nnumero: \"1\"\ntexte:\n  chemin: drafts/ppr-12/texte.yaml\n  revision: null\n"
        "operations:\n  - operation: supprimer_alineas\n    alinea: 2\nexpose_sommaire: Suppression.\n",
        encoding="utf-8")
    result = amend("check", "drafts/ppr-12/amendements/1.yaml", cwd=repo)
    assert result.exit_code == 1 and "AMD012" in result.output and "34-1" in result.output
    refused = amend("amendment", "new", "ppr-12", "--supprimer", "2", "--expose", "x", cwd=repo)
    assert refused.exit_code == 1 and "ne peut pas être amendée" in refused.stderr


def test_example_amendments_pass_check() -> None:
    from amend.check.pipeline import check_paths

    result = check_paths([AMENDMENTS], ROOT)
    assert len(result.files) >= 15 and result.errors == 0, [d.concise() for d in result.diagnostics]


def test_example_set_uses_every_operation_and_fate() -> None:
    from amend.amendments.store import read_all

    amendments = read_all(ROOT / "drafts" / "ppre-1775", ROOT)
    kinds = {type(op).__name__ for a in amendments for op in a.operations}
    assert {"DeleteAlineas", "Rewrite", "InsertAlineas", "SubstituteWords", "InsertWords", "AddWords",
            "DeleteWords", "ReplaceAlineas", "AddSentence", "DeleteArticle"} <= kinds
    assert any(op.alinea == "titre" for a in amendments for op in a.operations if hasattr(op, "alinea"))
    assert any(len(a.operations) > 1 for a in amendments)
    assert {a.sort.value for a in amendments} == {"en_discussion", "adopte", "rejete", "retire", "tombe",
                                                 "non_soutenu"}
    assert any(a.kind == "sous_amendement" for a in amendments)


def test_show_prints_the_amendment_as_the_assembly_does(amend) -> None:
    result = amend("amendment", "show", "drafts/ppre-1775/amendements/CE1.yaml")
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")
    assert lines[:4] == ["AMENDEMENT N°\u00a0CE1", "présenté par", "Mme Colette CAPDEVIELLE", "----------"]
    assert "ARTICLE UNIQUE" in lines and "EXPOSÉ SOMMAIRE" in lines
    assert lines[lines.index("ARTICLE UNIQUE") + 2].startswith("À l’alinéa 15, substituer au mot")
    assert "Texte visé : proposition de résolution européenne n°\u00a01775 relative à" in result.stdout


def test_apply_writes_the_golden_consolidated_text_and_commits_it(dossier: Path, amend) -> None:
    result = amend("apply", "ppre-1775", cwd=dossier)
    assert result.exit_code == 0, result.output
    written = dossier / "drafts/ppre-1775/texte-commission.yaml"
    assert written.read_text(encoding="utf-8") == GOLDEN.read_text(encoding="utf-8")
    assert (ROOT / "drafts/ppre-1775/texte-commission.yaml").read_text(encoding="utf-8") == \
        GOLDEN.read_text(encoding="utf-8")
    applied = {line.split(" — ")[0].split()[-1] for line in result.stdout.splitlines()
               if line.startswith("appliqué : ")}
    fallen = {line.split(" — ")[0].split()[-1] for line in result.stdout.splitlines()
              if line.startswith("tombé")}
    assert {"CE1", "CE2", "CE3", "CE4", "CE5", "CE6", "CE17"} <= applied and not applied & fallen
    assert git(dossier, "log", "-1", "--format=%s").strip() == "feat(drafts): texte de la commission ppre-1775"
    before = commits(dossier)
    again = amend("apply", "ppre-1775", cwd=dossier)
    assert again.exit_code == 0 and "déjà à jour" in again.stdout and commits(dossier) == before
    check = amend("check", "drafts/ppre-1775/texte-commission.yaml", cwd=dossier)
    assert check.exit_code == 0 and "0 erreur" in check.output, check.output


def test_consolidated_text_holds_every_adopted_change() -> None:
    text = GOLDEN.read_text(encoding="utf-8").split("\ndispositif:\n")[1]
    assert "2011/92/UE" not in text and text.count("2011/93/UE") == 2
    assert ("le règlement (UE)\u00a02022/868 du Parlement européen et du Conseil du 30 mai 2022 portant sur la "
            "gouvernance européenne des données et modifiant le règlement (UE) 2018/1724") in text
    assert ("le règlement (UE) 2022/2065 du Parlement européen et du Conseil du 19 octobre 2022 relatif à un "
            "marché unique des services numériques et modifiant la directive 2000/31/CE") in text
    assert "8novembre" not in text and "du\u00a08 novembre\u00a02001" in text
    assert "n°\u00a0\u202f25" not in text and "n°\u00a025 (2021)" in text
    assert "- la Convention internationale des droits de l’enfant\n" not in text
    original = EXAMPLE.read_text(encoding="utf-8").split("\ndispositif:\n")[1]
    assert "- la Convention internationale des droits de l’enfant\n" in original


def test_apply_reports_amendments_that_fall(dossier: Path, amend) -> None:
    ce6 = (AMENDMENTS / "CE6.yaml").read_text(encoding="utf-8")
    (dossier / FOLDER / "CE80.yaml").write_text(
        ce6.replace("numero: CE6", "numero: CE80").replace(
            "  - operation: supprimer_alineas\n    alinea: 13\n",
            "  - operation: completer\n    alinea: 13\n    position: fin\n    mots: du 20 novembre 1989\n"),
        encoding="utf-8")
    result = amend("apply", "ppre-1775", "--output", "out/commission.yaml", "--no-commit", cwd=dossier)
    assert result.exit_code == 0, result.output
    assert "tombé    : amendement CE80 — l’alinéa 13 a été supprimé par l’amendement CE6" in result.stdout
    assert (dossier / "out/commission.yaml").is_file()
    twice = amend("apply", "ppre-1775", "--output", "out/commission.yaml", "--no-commit", cwd=dossier)
    assert twice.exit_code == 0 and "déjà à jour" in twice.stdout


def test_apply_refuses_to_overwrite_the_tabled_text(dossier: Path, amend) -> None:
    result = amend("apply", "ppre-1775", "--output", "drafts/ppre-1775/texte.yaml", cwd=dossier)
    assert result.exit_code == 1 and "ne remplace jamais le texte déposé" in result.stderr


def test_subamendment_new_checks_its_parent(dossier: Path, amend) -> None:
    ok = amend("amendment", "new", "ppre-1775", "--parent", "CE1", "--alinea", "1", "--substituer",
               "2011/93/UE", "--par", "2011/93/UE du 13 décembre 2011", "--expose", "Précise.", cwd=dossier)
    assert ok.exit_code == 0, ok.output
    text = (dossier / FOLDER / "CE18.yaml").read_text(encoding="utf-8")
    assert "type: sous_amendement" in text and "parent: CE1" in text
    of_sub = amend("amendment", "new", "ppre-1775", "--parent", "CE17", "--alinea", "1", "--substituer",
                   "2022", "--par", "2023", "--expose", "x", cwd=dossier)
    assert of_sub.exit_code == 1 and "AMD011" in of_sub.stderr and "ne peut être sous-amendé" in of_sub.stderr
    missing = amend("amendment", "new", "ppre-1775", "--parent", "CE99", "--alinea", "1", "--substituer",
                    "a", "--par", "b", "--expose", "x", cwd=dossier)
    assert missing.exit_code == 1 and "parent CE99 introuvable" in missing.stderr
    assert not (dossier / FOLDER / "CE19.yaml").exists()


def test_check_points_at_the_formula_line_of_a_written_dispositif(dossier: Path, amend) -> None:
    (dossier / FOLDER / "CE95.yaml").write_text(
        "type: amendement\nnumero: CE95\ntexte:\n  chemin: drafts/ppre-1775/texte.yaml\n  revision: null\n"
        "dispositif: |\n  I. – À l’alinéa 15, substituer au mot : « 2011/92/UE » le mot : « 2011/93/UE ».\n"
        "  II. – En conséquence, à l’alinéa 99, supprimer le mot : « Vu ».\n"
        "  III. – En conséquence, modifier l’alinéa 3.\nexpose_sommaire: Exposé.\n", encoding="utf-8")
    result = amend("check", "--format", "concise", str(FOLDER / "CE95.yaml"), cwd=dossier)
    assert result.exit_code == 1
    assert "CE95.yaml:9:26: AMD003" in result.stdout, result.stdout
    fixed = (dossier / FOLDER / "CE95.yaml").read_text(encoding="utf-8").replace(
        "  III. – En conséquence, modifier l’alinéa 3.\n", "")
    (dossier / FOLDER / "CE95.yaml").write_text(fixed, encoding="utf-8")
    result = amend("check", "--format", "concise", str(FOLDER / "CE95.yaml"), cwd=dossier)
    assert "CE95.yaml:8:3: AMD001 l’alinéa 99 n’existe pas" in result.stdout, result.stdout
