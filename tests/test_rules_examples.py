"""The meta-test: every rule of the table fires on its ``bad`` example and not on its ``good`` one.

Each example is checked through the real checker in a scratch repository holding n° 1775 (so that
amendment examples find their text). Rules whose examples cannot be written as a file are listed
in ``amend.check.examples.NOT_EXPRESSIBLE`` and tested elsewhere.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from amend.check.examples import BASE, LINE_CONTEXTS, NOT_EXPRESSIBLE, codes_for, text_with
from amend.rules import all_rules
from conftest import EXAMPLE, git

RULES = all_rules()
REFUSALS = [code for code, rule in RULES.items() if rule.context == "refus"]
TESTED = [code for code in RULES if code not in NOT_EXPRESSIBLE and code not in REFUSALS]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "depot"
    (root / "drafts" / "ppre-1775").mkdir(parents=True)
    shutil.copy(EXAMPLE, root / "drafts" / "ppre-1775" / "texte.yaml")
    git(root, "init", "-q")  # amendment examples name revisions: git must be able to answer
    monkeypatch.chdir(root)
    monkeypatch.setenv("AMEND_NO_CACHE", "1")
    return root


def test_base_text_is_clean(scratch: Path) -> None:
    from amend.check.pipeline import check_paths

    target = scratch / "drafts" / "base" / "texte.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(text_with("visa", "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques"), encoding="utf-8")
    assert check_paths([target], scratch).diagnostics == []
    target.write_text(BASE.format(**{k: "" for k in LINE_CONTEXTS}), encoding="utf-8")
    assert check_paths([target], scratch).diagnostics == []


@pytest.mark.parametrize("code", TESTED)
def test_bad_example_fires(code: str, scratch: Path) -> None:
    rule = RULES[code]
    assert rule.bad, f"{code} n’a pas d’exemple fautif"
    codes = codes_for(rule, rule.bad, scratch)
    assert code in codes, f"{code} ne se déclenche pas sur « {rule.bad} » ({codes})"


@pytest.mark.parametrize("code", TESTED)
def test_good_example_is_silent(code: str, scratch: Path) -> None:
    rule = RULES[code]
    codes = codes_for(rule, rule.good, scratch)
    assert code not in codes, f"{code} se déclenche sur l’exemple correct « {rule.good} »"


def test_every_rule_is_tested_or_listed() -> None:
    assert set(NOT_EXPRESSIBLE) <= set(RULES)
    for code, where in NOT_EXPRESSIBLE.items():
        assert RULES[code].bad == "" and where.startswith("tests/")
    assert len(TESTED) + len(NOT_EXPRESSIBLE) + len(REFUSALS) == len(RULES)


def test_no_rule_code_is_written_outside_the_table() -> None:
    """Every diagnostic and refusal is built from its rule object: no « "GIT007" » in the code."""
    import ast
    import re

    code = re.compile(r"^[A-Z]{2,4}\d{3}$")
    found = []
    for path in (ROOT / "amend").rglob("*.py"):
        if path.parent.name == "rules":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and code.match(node.value):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value}")
    assert found == []


def test_every_rule_has_message_source_and_slug() -> None:
    slugs = set()
    for code, rule in RULES.items():
        assert rule.message and rule.source and rule.slug, code
        assert rule.slug not in slugs, f"slug en double : {rule.slug}"
        slugs.add(rule.slug)
