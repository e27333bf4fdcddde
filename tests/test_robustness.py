"""Arbitrary input never crashes amend: it is refused with a code, or checked.

Property tests over mutated copies of n° 1775 and of an amendment, random prose in every line of
a text, and random dispositifs given to the formula parser.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amend.amendments.formulas import generate
from amend.amendments.parse import parse_report
from amend.check.pipeline import check_loaded
from amend.core.errors import InputError
from amend.rules import all_rules
from amend.rules.base import Severity
from amend.storage import yamlio
from conftest import EXAMPLE, ROOT

TEXT = EXAMPLE.read_text(encoding="utf-8")
AMENDMENT = (ROOT / "drafts" / "ppre-1775" / "amendements" / "CE3.yaml").read_text(encoding="utf-8")
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))

FRAGMENTS = st.sampled_from(
    list("abé «»’'\"-\u2011\u00a0\u202f:;,.()[]{}#&*!|>%@`0123456789°º/\n\t") + [
        "règlement (UE) ", "directive ", "n° ", "COM(", "loi n° ", "du 1er ", "31 avril 2023 ",
        "article 88-4 de la Constitution", "(CE) n° 1049/2001 ", "2011/93/UE ", "C-293/12 ",
        "ECLI:EU:C:2014:238 ", "A9-0364/2023 ", "2022/0155(COD) ", "L. 34-1 du code ", "1ère ",
        "Etat ", "  ", "Vu ", "1. ", "&a ", "*a ", "!!str ", "<<<<<<< ", "- ", ": "])


CODES = set(all_rules())


def check_text(text: str) -> None:
    """Checked or refused; and then every finding names a rule of the table and points inside the
    file, and a second check finds exactly the same."""
    try:
        diagnostics = check_loaded(yamlio.parse(text, Path("drafts/ppre-1775/essai.yaml")), ROOT)
    except InputError as error:
        assert error.code in CODES and error.message
        return
    lines = text.count("\n") + 1
    for d in diagnostics:
        assert d.code in CODES and d.message
        assert 1 <= d.line <= lines and d.column >= 1, d
    assert check_loaded(yamlio.parse(text, Path("drafts/ppre-1775/essai.yaml")), ROOT) == diagnostics


@SETTINGS
@given(st.sampled_from([TEXT, AMENDMENT]), st.lists(st.tuples(st.floats(0, 1), FRAGMENTS, st.booleans()),
                                                   min_size=1, max_size=4))
def test_mutated_files_are_checked_or_refused(base: str, edits: list[tuple[float, str, bool]]) -> None:
    text = base
    for where, fragment, insert in edits:
        k = int(where * (len(text) - 1))
        text = text[:k] + fragment + text[k:] if insert else text[:k] + text[k + len(fragment):]
    check_text(text)


@SETTINGS
@given(st.sampled_from(["visas", "considerants", "points", "expose_des_motifs"]),
       st.lists(FRAGMENTS, min_size=1, max_size=25).map("".join).map(str.strip).filter(bool))
def test_any_prose_in_any_line_is_checked(where: str, prose: str) -> None:
    value = json.dumps(prose, ensure_ascii=False)
    if where == "expose_des_motifs":
        text = TEXT.replace("expose_des_motifs:\n", f"expose_des_motifs:\n  - {value}\n", 1)
    else:
        text = TEXT.replace(f"  {where}:\n", f"  {where}:\n    - {value}\n", 1)
    check_text(text)


@SETTINGS
@given(st.lists(st.sampled_from([
    "À l’alinéa ", "12", ", substituer aux mots : ", "« ", " »", " les mots : ", ".", "\n",
    "Après l’alinéa ", ", insérer les deux alinéas suivants :", "« Vu la directive, »",
    "Supprimer les alinéas ", " à ", "I. – ", "II. – En conséquence, ", "Compléter l’alinéa ",
    " par les mots : ", "Rédiger ainsi l’alinéa ", "vingt", "x", " ", "\u00a0", "le titre",
    "Au début de ", "99999999999999999999"]), max_size=30).map("".join))
def test_formula_parser_reports_instead_of_crashing(dispositif: str) -> None:
    operations, problems = parse_report(dispositif)
    assert operations or problems or not dispositif.strip()
    lines = dispositif.count("\n") + 1
    assert all(1 <= p.line <= lines and p.column >= 1 and p.rule.code in CODES for p in problems)
    if operations and not any(p.severity is Severity.ERROR for p in problems):
        # what was understood is written back in the canonical formulas, which read the same
        assert parse_report(generate(operations))[0] == operations
