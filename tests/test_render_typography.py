"""French typography at render time and the Pandoc AST builders."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from amend.core.french import format_date, ordinal
from amend.render import parliament
from amend.render.ast import plain_inlines, stringify, text
from amend.render.typography import NBHYPHEN, NBSP, NNBSP, runs, typeset


def test_spaces_before_high_punctuation_whatever_was_typed() -> None:
    assert typeset("voir; ok ? oui!") == f"voir{NNBSP}; ok{NNBSP}? oui{NNBSP}!"
    assert typeset("constat alarmant: plus") == f"constat alarmant{NBSP}: plus"
    assert typeset(f"Considérant que{NBSP};") == f"Considérant que{NNBSP};"
    assert typeset("Quoi ?!") == f"Quoi{NNBSP}?!"


def test_colons_inside_identifiers_are_left_alone() -> None:
    for value in ("http://x.eu/a", "12:30", "ECLI:EU:C:2014:238", "COM(2022) 209 final"):
        assert typeset(value) == value


def test_guillemets_numero_hyphen_apostrophe() -> None:
    assert typeset("«texte »") == f"«{NBSP}texte{NBSP}»"
    assert typeset("n°25, N° 3, nº 7") == f"n°{NBSP}25, N°{NBSP}3, n°{NBSP}7"
    assert typeset("l'article 88-4") == f"l’article 88{NBHYPHEN}4"
    assert typeset("la loi n° 2022-300") == f"la loi n°{NBSP}2022{NBHYPHEN}300"
    assert typeset("bien-être") == "bien-être"


def test_runs_of_spaces_become_one_keeping_no_break() -> None:
    assert typeset(f"du{NBSP} 20{NBSP} novembre  1989") == f"du{NBSP}20{NBSP}novembre 1989"


def test_ordinals_are_raised() -> None:
    assert runs("le 1er août, la 1re, le 2e, le 17e, chapitre Ier") == [
        ("le 1", False), ("er", True), (" août, la 1", False), ("re", True), (", le 2", False),
        ("e", True), (", le 17", False), ("e", True), (", chapitre I", False), ("er", True)]
    assert runs("Ce texte, 1ere, 2021/1232, A9e") == [("Ce texte, 1ere, 2021/1232, A9e", False)]


def test_text_nodes_are_str_and_superscript_only() -> None:
    nodes = text("  le 1er   août ")
    assert nodes == [{"t": "Str", "c": "le 1"}, {"t": "Superscript", "c": [{"t": "Str", "c": "er"}]},
                     {"t": "Str", "c": " août"}]
    assert stringify(nodes) == "le 1er août"
    assert plain_inlines(" #set  page(fill: red)\n") == [{"t": "Str", "c": "#set page(fill: red)"}]
    assert plain_inlines("   ") == []


def test_french_words() -> None:
    assert parliament.legislature(17) == "DIX-SEPTIÈME LÉGISLATURE"
    assert [ordinal(n) for n in (1, 5, 9, 11, 21, 22, 30)] == [
        "première", "cinquième", "neuvième", "onzième", "vingt et unième", "vingt-deuxième",
        "trentième"]
    assert format_date(dt.date(2025, 9, 8)) == "8 septembre 2025"
    assert format_date(dt.date(2025, 10, 1)) == "1er octobre 2025"
    assert parliament.session(dt.date(2025, 10, 15)) == "SESSION ORDINAIRE DE 2025-2026"
    assert parliament.session(dt.date(2026, 3, 2)) == "SESSION ORDINAIRE DE 2025-2026"
    assert parliament.session(dt.date(2025, 7, 10)) == "SESSION EXTRAORDINAIRE DE 2024-2025"


PROSE = st.text(alphabet=st.sampled_from(list("abcé ' ;:!?«»n°º1234-er\u00a0\u202fIEX.,()/#$@*[]{}<>\\")),
                max_size=60)


@given(PROSE)
def test_typeset_is_idempotent(value: str) -> None:
    once = typeset(value)
    assert typeset(once) == once
    assert "'" not in once


@given(PROSE)
def test_typography_only_touches_spaces_hyphens_and_apostrophes(value: str) -> None:
    def skeleton(s: str) -> str:
        return "".join(s.split()).replace("'", "’").replace("-", NBHYPHEN).replace("º", "°")

    assert skeleton(typeset(value)) == skeleton(value)
    assert skeleton(stringify(text(value))) == skeleton(value)
