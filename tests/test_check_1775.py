"""Issue 3, must show: what ``amend check`` reports on n° 1775, in YAML and as plain text.

n° 1775 is kept as tabled, mistakes included; the repository's baseline (``amend-baseline.json``)
lists its findings, so ``amend check`` reports them all (marked « [connu] ») and exits 0, while
the same text without the baseline fails on its one error. The golden files pin the exact output.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, SEED, git

GOLDEN = ROOT / "tests" / "golden"
TEXT = "drafts/ppre-1775/texte.yaml"
CONCISE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d{3}) (?P<msg>.+)$")


def golden(name: str, actual: str) -> None:
    """Compare with tests/golden/NAME; AMEND_UPDATE_GOLDEN=1 rewrites it (review the git diff)."""
    path = GOLDEN / name
    if os.environ.get("AMEND_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"golden manquant : {path} (AMEND_UPDATE_GOLDEN=1 pour le créer)"
    assert actual == path.read_text(encoding="utf-8")


def findings(output: str) -> list[dict]:
    rows = []
    for line in output.splitlines():
        m = CONCISE.match(line)
        assert m, f"ligne hors format concise : {line!r}"
        rows.append({**m.groupdict(), "line": int(m["line"]), "col": int(m["col"])})
    return rows


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2011", "-")


def at(path: Path, row: dict, length: int) -> str:
    """The characters of ``path`` at the finding's line and column."""
    line = path.read_text(encoding="utf-8").splitlines()[row["line"] - 1]
    return line[row["col"] - 1:row["col"] - 1 + length]


@pytest.fixture(scope="module")
def concise() -> str:
    from conftest import run_amend

    result = run_amend("check", "--format", "concise", TEXT, env={"AMEND_NO_CACHE": "1"})
    assert result.exit_code == 0, result.output  # every finding is known: the seed stays verbatim
    return result.stdout


def test_concise_output_is_golden(concise: str) -> None:
    golden("check-1775.concise", concise)


def test_must_show_findings_are_at_the_right_place(concise: str) -> None:
    rows = findings(concise)
    assert all(r["path"] == TEXT and r["msg"].endswith(" [connu]") for r in rows)
    by_code: dict[str, list[dict]] = {}
    for r in rows:
        by_code.setdefault(r["code"], []).append(r)
    # the 2011/92/UE title mismatch, naming 2011/93/UE, on the title of the act
    (wrong,) = by_code["REG001"]
    assert "vouliez-vous dire la directive 2011/93/UE ?" in wrong["msg"]
    assert plain(at(EXAMPLE, wrong, 30)) == "relative à la lutte contre les"
    assert "2011/92/UE" in EXAMPLE.read_text(encoding="utf-8").splitlines()[wrong["line"] - 1]
    # 2022/868 and 2022/2065 cited without date or title, with the full citation proposed
    incomplete = by_code["REG002"]
    assert [plain(at(EXAMPLE, r, 24)) for r in incomplete] == ["règlement (UE) 2022/868", "règlement (UE) 2022/2065"]
    assert "du 30 mai 2022 portant sur la gouvernance européenne des données" in incomplete[0]["msg"]
    assert "du 19 octobre 2022 relatif à un marché unique des services numériques" in incomplete[1]["msg"]
    # « 8novembre » at the column of its 8; the double space in « n°  25 »
    (glued,) = by_code["TYP007"]
    assert at(EXAMPLE, glued, 9) == "8novembre"
    (double,) = by_code["TYP002"]
    assert plain(at(EXAMPLE, double, 4)) == "  25"
    # the same convention on the rights of the child, visaed twice under two names
    (twice,) = by_code["REG004"]
    assert plain(at(EXAMPLE, twice, 46)) == "la Convention internationale des droits de l’e"
    assert "Convention des Nations unies relative aux droits de l’enfant" in twice["msg"]


def test_no_error_on_the_correct_citations() -> None:
    from conftest import run_amend

    result = run_amend("check", "--format", "json", "--no-baseline", TEXT, env={"AMEND_NO_CACHE": "1"})
    import json

    errors = [d for d in json.loads(result.stdout)["diagnostics"] if d["severity"] == "error"]
    assert [d["code"] for d in errors] == ["REG001"]
    assert result.exit_code == 1  # without the baseline, the known error fails the check
    lines = plain(EXAMPLE.read_text(encoding="utf-8")).splitlines()
    flagged = {d["line"] for d in json.loads(result.stdout)["diagnostics"]
               if d["severity"] == "error"}
    for number in ("2002/58/CE", "2012/29/UE", "(UE) 2016/679", "(UE) 2016/680", "2017/1939",
                   "2021/1232", "88-4 de la Constitution", "151-5 du Règlement"):
        line = next(i for i, text in enumerate(lines, 1) if number in text and text.startswith("    - "))
        assert line not in flagged, number


def _comparable(rows: list[dict], path: Path) -> set[tuple[str, str, str]]:
    return {(r["code"], r["msg"].removesuffix(" [connu]"), at(path, r, 12)) for r in rows}


def test_plain_text_gives_the_same_findings_on_the_same_text(concise: str) -> None:
    from conftest import run_amend

    result = run_amend("check", "--format", "concise", str(SEED.relative_to(ROOT)),
                       env={"AMEND_NO_CACHE": "1"})
    golden("check-1775.plain.concise", result.stdout)
    assert result.exit_code == 1  # the seed text file is not in the baseline: its error counts
    assert _comparable(findings(result.stdout), SEED) == _comparable(findings(concise), EXAMPLE)


def test_a_new_error_still_fails(repo: Path, amend) -> None:
    shutil.copy(ROOT / "amend-baseline.json", repo / "amend-baseline.json")
    (repo / "pyproject.toml").write_text('[tool.amend]\nbaseline = "amend-baseline.json"\n', encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "baseline")
    assert amend("check", TEXT, cwd=repo).exit_code == 0
    target = repo / TEXT
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    first_visa = lines.index("  visas:\n") + 1
    lines.insert(first_visa + 1, "    - le règlement (UE) n° 2016/679\n")
    target.write_text("".join(lines), encoding="utf-8")
    result = amend("check", "--format", "concise", TEXT, cwd=repo)
    assert result.exit_code == 1
    new = [r for r in findings(result.stdout) if not r["msg"].endswith("[connu]")]
    assert {r["code"] for r in new} >= {"CIT001"}
    # the known findings moved down one line, and are still known
    assert sum(1 for r in findings(result.stdout) if r["msg"].endswith("[connu]")) == 14


def test_update_baseline_rewrites_it(repo: Path, amend) -> None:
    (repo / "amend.toml").write_text('baseline = "connus.json"\n', encoding="utf-8")
    assert amend("check", TEXT, cwd=repo).exit_code == 1
    result = amend("check", "--update-baseline", TEXT, cwd=repo)
    assert result.exit_code == 0, result.output
    assert "14 constats connus" in result.stderr
    import json

    data = json.loads((repo / "connus.json").read_text(encoding="utf-8"))
    assert {e["code"] for e in data["constats"]} >= {"REG001", "REG002", "REG004", "TYP002", "TYP007"}
    assert amend("check", TEXT, cwd=repo).exit_code == 0
