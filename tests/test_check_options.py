"""``amend check`` options: --select/--ignore, inline suppression, configuration, --exit-zero,
--since, --fix, and the repository's own registry (``amend registry``)."""

from __future__ import annotations

from pathlib import Path

from conftest import git

TEXT = "drafts/ppre-1775/texte.yaml"


def codes(output: str) -> list[str]:
    return [line.split(": ", 1)[1].split(" ", 1)[0] for line in output.splitlines()]


def test_select_and_ignore_by_prefix(repo: Path, amend) -> None:
    selected = amend("check", "--format", "concise", "--select", "REG", TEXT, cwd=repo)
    assert set(codes(selected.stdout)) == {"REG001", "REG002", "REG004", "REG007"}
    assert selected.exit_code == 1
    ignored = amend("check", "--format", "concise", "--ignore", "REG001,TYP", TEXT, cwd=repo)
    assert "REG001" not in codes(ignored.stdout) and not any(c.startswith("TYP") for c in codes(ignored.stdout))
    assert ignored.exit_code == 0  # the only error is ignored
    assert amend("check", "--exit-zero", TEXT, cwd=repo).exit_code == 0


def test_configuration_in_amend_toml(repo: Path, amend) -> None:
    (repo / "amend.toml").write_text('ignore = ["REG001", "CIT008"]\n', encoding="utf-8")
    out = amend("check", "--format", "concise", TEXT, cwd=repo)
    assert out.exit_code == 0 and "REG001" not in out.stdout and "CIT008" not in out.stdout
    (repo / "amend.toml").write_text('ignorer = ["REG001"]\n', encoding="utf-8")
    bad = amend("check", TEXT, cwd=repo)
    assert bad.exit_code == 1 and "CFG001" in bad.stderr and "ignorer" in bad.stderr
    assert "Traceback" not in bad.output


def test_configuration_in_pyproject(repo: Path, amend) -> None:
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.amend]\nselect = ["TYP"]\n',
                                         encoding="utf-8")
    out = amend("check", "--format", "concise", TEXT, cwd=repo)
    assert set(codes(out.stdout)) == {"TYP002", "TYP007", "TYP009"} and out.exit_code == 0


def test_inline_comment_silences_one_rule_on_one_line(repo: Path, amend) -> None:
    target = repo / TEXT
    text = target.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    index = next(i for i, l in enumerate(lines) if "2011/92/UE" in l)
    lines[index] = lines[index].rstrip("\n") + "  # amend: ignore[REG001]\n"
    glued = next(i for i, l in enumerate(lines) if "8novembre" in l)
    lines[glued] = lines[glued].rstrip("\n") + "  # amend: ignore[REG]\n"
    target.write_text("".join(lines), encoding="utf-8")
    out = amend("check", "--format", "concise", TEXT, cwd=repo)
    assert "REG001" not in codes(out.stdout) and out.exit_code == 0
    assert "TYP007" in codes(out.stdout)  # only the codes named are silenced
    assert f"{TEXT}:{index + 1}:" not in out.stdout


def test_since_checks_only_changed_files_and_lines(repo: Path, amend) -> None:
    (repo / "drafts" / "autre").mkdir()
    new = repo / "drafts" / "autre" / "texte.yaml"
    new.write_text("type: ppre\nlegislature: 17\ntitre: relative à l'Union\ndispositif:\n  visas:\n"
                   "    - la communication COM(2022) 209 final\n  points: [Demande au Gouvernement d’agir]\n",
                   encoding="utf-8")
    out = amend("check", "--format", "concise", "--since", "HEAD", cwd=repo)
    assert out.stdout.splitlines() == [
        "drafts/autre/texte.yaml:3:20: TYP004 apostrophe droite : les textes de l’Assemblée emploient « ’ »"]
    target = repo / TEXT
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, l in enumerate(lines) if "2022/868" in l)
    lines[index] = lines[index].replace(
        "2022/868", "2022/868 du Parlement européen et du Conseil du 30 mai 2022 portant sur la 2ème gouvernance")
    target.write_text("".join(lines), encoding="utf-8")
    out = amend("check", "--format", "concise", "--since", "HEAD", TEXT, cwd=repo)
    assert codes(out.stdout) == ["REG007", "TYP003"]  # findings of unchanged lines are not shown
    assert amend("check", "--since", "nimporte", cwd=repo).exit_code == 2


def test_fix_applies_safe_fixes_keeps_comments_and_commits(repo: Path, amend) -> None:
    target = repo / TEXT
    original = target.read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    index = next(i for i, l in enumerate(lines) if "2022/868" in l)
    lines[index] = lines[index].rstrip("\n") + "  # à compléter\n"
    lines.insert(index + 1, "    - 'la 1ère décision de l''Union , du 2 mars 2022'\n")
    target.write_text("".join(lines), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "travail")
    out = amend("check", "--fix", "--format", "concise", TEXT, cwd=repo)
    fixed = target.read_text(encoding="utf-8")
    assert "# à compléter" in fixed, out.stderr
    assert "la 1re décision de l’Union, du 2 mars 2022" in fixed
    assert "du 8 novembre" in fixed.replace("\u00a0", " "), out.stderr
    assert "n°\u00a025 (2021)" in fixed  # one space left: the (first) no-break one
    assert "2011/92/UE" in fixed  # never the substance of a citation
    assert "TYP003" not in out.stdout and "TYP007" not in out.stdout and "REG001" in out.stdout
    assert git(repo, "log", "-1", "--format=%s") == "fix(drafts): corrections typographiques (amend check --fix)\n"
    assert git(repo, "status", "--porcelain") == ""
    assert git(repo, "show", "--name-only", "--format=", "HEAD").split() == [TEXT]


def test_fix_refuses_a_file_with_uncommitted_changes(repo: Path, amend) -> None:
    target = repo / TEXT
    changed = target.read_text(encoding="utf-8").replace("8novembre", "8novembre ", 1)
    target.write_text(changed, encoding="utf-8")
    out = amend("check", "--fix", TEXT, cwd=repo)
    assert out.exit_code == 1 and "GIT004" in out.stderr
    assert target.read_text(encoding="utf-8") == changed  # nothing written
    out = amend("check", "--fix", "--no-commit", TEXT, cwd=repo)
    assert "8 novembre" in target.read_text(encoding="utf-8")


def test_repository_registry_file(repo: Path, amend) -> None:
    (repo / "registre-ue.yaml").write_text(
        "- type: directive\n  domaine: CE\n  numero: 2004/35/CE\n  celex: 32004L0035\n"
        "  date: \"2004-04-21\"\n  auteurs: du Parlement européen et du Conseil\n"
        "  titre: sur la responsabilité environnementale en ce qui concerne la prévention et la réparation des dommages environnementaux\n"
        "  titre_court: null\n  abroge_par: null\n  source:\n    - https://eur-lex.europa.eu/eli/dir/2004/35/oj\n",
        encoding="utf-8")
    show = amend("registry", "show", "2004/35/CE", cwd=repo)
    assert show.exit_code == 0, show.output
    assert "21 avril 2004" in show.stdout and "registre-ue.yaml" in show.stdout
    assert "directive 2011/93/UE" in amend("registry", "search", "abus", "sexuels", cwd=repo).stdout
    assert amend("registry", "show", "1234/99", cwd=repo).exit_code == 1
    target = repo / TEXT
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, l in enumerate(lines) if "2022/868" in l)
    lines.insert(index, "    - la directive 2004/35/CE du Conseil du 21 avril 2004\n")
    target.write_text("".join(lines), encoding="utf-8")
    out = amend("check", "--format", "concise", "--select", "REG", TEXT, cwd=repo)
    assert f"{TEXT}:{index + 1}:" in out.stdout and "REG006" in out.stdout and "REG003" not in out.stdout


def test_a_broken_repository_registry_is_refused(repo: Path, amend) -> None:
    (repo / "registre-ue.yaml").write_text("- type: directive\n  inconnu: 1\n  numero: 1/2/CE\n", encoding="utf-8")
    out = amend("registry", "show", "2011/93/UE", cwd=repo)
    assert out.exit_code == 1 and "REG010" in out.stderr and "registre-ue.yaml:1:3" in out.stderr


def test_a_broken_baseline_is_refused_with_a_message(repo: Path, amend) -> None:
    (repo / "amend.toml").write_text('baseline = "connus.json"\n', encoding="utf-8")
    (repo / "connus.json").write_text("{pas du json", encoding="utf-8")
    out = amend("check", TEXT, cwd=repo)
    assert out.exit_code == 1 and "CFG002" in out.stderr and "--update-baseline" in out.stderr
    assert "Traceback" not in out.output


def test_update_baseline_without_configuration_is_a_usage_error(repo: Path, amend) -> None:
    out = amend("check", "--update-baseline", TEXT, cwd=repo)
    assert out.exit_code == 2 and "baseline" in out.stderr


def test_update_baseline_for_one_file_keeps_the_others(repo: Path, amend) -> None:
    import json
    import shutil

    (repo / "amend.toml").write_text('baseline = "connus.json"\n', encoding="utf-8")
    other = repo / "drafts" / "autre" / "texte.yaml"
    other.parent.mkdir()
    shutil.copy(repo / TEXT, other)
    assert amend("check", "--update-baseline", cwd=repo).exit_code == 0
    before = json.loads((repo / "connus.json").read_text(encoding="utf-8"))["constats"]
    assert {e["path"] for e in before} == {TEXT, "drafts/autre/texte.yaml"}
    assert amend("check", "--update-baseline", "drafts/autre", cwd=repo).exit_code == 0
    after = json.loads((repo / "connus.json").read_text(encoding="utf-8"))["constats"]
    assert after == before
    assert amend("check", "--update-baseline", "--select", "REG", cwd=repo).exit_code == 2
