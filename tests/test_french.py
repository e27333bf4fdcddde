"""amend.core.french: dates, numbers in words, ordinals and folding — examples written by hand
from the French rules, then round trips (hypothesis) over the whole supported range."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amend.core import french
from amend.core.french import (CARDINAL_MAX, MONTHS, cardinal, collapse, fold, fold_apostrophes,
                               fold_hyphens, fold_spaces, format_date, ordinal, parse_cardinal,
                               parse_date, parse_ordinal)
from amend.data import path as data_path

NBSP, NNBSP, THIN, NBH = "\u00a0", "\u202f", "\u2009", "\u2011"

# Traditional spelling, as the Assemblée nationale prints it (hyphens below one hundred except
# around « et », « vingt » and « cent » plural only when they end the number).
CARDINALS = [
    (1, "un"), (2, "deux"), (3, "trois"), (7, "sept"), (10, "dix"), (11, "onze"), (16, "seize"),
    (17, "dix-sept"), (18, "dix-huit"), (19, "dix-neuf"), (20, "vingt"), (21, "vingt et un"),
    (22, "vingt-deux"), (29, "vingt-neuf"), (30, "trente"), (31, "trente et un"),
    (32, "trente-deux"), (41, "quarante et un"), (45, "quarante-cinq"), (51, "cinquante et un"),
    (60, "soixante"), (61, "soixante et un"), (69, "soixante-neuf"), (70, "soixante-dix"),
    (71, "soixante et onze"), (72, "soixante-douze"), (77, "soixante-dix-sept"),
    (79, "soixante-dix-neuf"), (80, "quatre-vingts"), (81, "quatre-vingt-un"),
    (82, "quatre-vingt-deux"), (89, "quatre-vingt-neuf"), (90, "quatre-vingt-dix"),
    (91, "quatre-vingt-onze"), (97, "quatre-vingt-dix-sept"), (99, "quatre-vingt-dix-neuf"),
    (100, "cent"), (101, "cent un"), (110, "cent dix"), (121, "cent vingt et un"),
    (171, "cent soixante et onze"), (180, "cent quatre-vingts"), (181, "cent quatre-vingt-un"),
    (200, "deux cents"), (201, "deux cent un"), (280, "deux cent quatre-vingts"),
    (300, "trois cents"), (342, "trois cent quarante-deux"), (500, "cinq cents"),
    (580, "cinq cent quatre-vingts"), (711, "sept cent onze"), (900, "neuf cents"),
    (999, "neuf cent quatre-vingt-dix-neuf"),
]

ORDINALS = [
    (1, "première", "premier"), (2, "deuxième", "deuxième"), (3, "troisième", "troisième"),
    (4, "quatrième", "quatrième"), (5, "cinquième", "cinquième"), (9, "neuvième", "neuvième"),
    (10, "dixième", "dixième"), (11, "onzième", "onzième"), (16, "seizième", "seizième"),
    (17, "dix-septième", "dix-septième"), (20, "vingtième", "vingtième"),
    (21, "vingt et unième", "vingt et unième"), (22, "vingt-deuxième", "vingt-deuxième"),
    (30, "trentième", "trentième"), (35, "trente-cinquième", "trente-cinquième"),
    (71, "soixante et onzième", "soixante et onzième"), (80, "quatre-vingtième", "quatre-vingtième"),
    (81, "quatre-vingt-unième", "quatre-vingt-unième"),
    (99, "quatre-vingt-dix-neuvième", "quatre-vingt-dix-neuvième"), (100, "centième", "centième"),
    (101, "cent unième", "cent unième"), (200, "deux centième", "deux centième"),
    (999, "neuf cent quatre-vingt-dix-neuvième", "neuf cent quatre-vingt-dix-neuvième"),
]


# -- numbers -----------------------------------------------------------------------------------

@pytest.mark.parametrize("n, words", CARDINALS)
def test_cardinal_examples(n: int, words: str) -> None:
    assert cardinal(n) == words
    assert parse_cardinal(words) == n


@pytest.mark.parametrize("n, feminine, masculine", ORDINALS)
def test_ordinal_examples(n: int, feminine: str, masculine: str) -> None:
    assert ordinal(n) == ordinal(n, feminine=True) == feminine
    assert ordinal(n, feminine=False) == masculine
    assert parse_ordinal(feminine) == parse_ordinal(masculine) == n


@pytest.mark.parametrize("n", [0, -1, CARDINAL_MAX + 1, 10_000])
def test_outside_the_range_is_a_value_error(n: int) -> None:
    with pytest.raises(ValueError):
        cardinal(n)
    with pytest.raises(ValueError):
        ordinal(n)


def test_only_integers_are_numbers() -> None:
    with pytest.raises(TypeError):
        cardinal(2.0)  # type: ignore[arg-type]


def test_every_number_has_its_own_words() -> None:
    assert len({cardinal(n) for n in range(1, CARDINAL_MAX + 1)}) == CARDINAL_MAX
    assert len({ordinal(n) for n in range(1, CARDINAL_MAX + 1)}) == CARDINAL_MAX


@pytest.mark.parametrize("word, n", [
    ("Vingt et un", 21), (f"vingt{NBSP}et{NNBSP}un", 21), ("vingt  et un", 21),
    ("vingt-et-un", 21), (f"trente{NBH}deux", 32), ("deux-cent-un", 201), ("QUATRE-VINGTS", 80),
])
def test_cardinals_are_read_whatever_the_case_spaces_or_1990_spelling(word: str, n: int) -> None:
    assert parse_cardinal(word) == n


@pytest.mark.parametrize("word", ["", "alinéas", "zéro", "quatre-vingt", "vingt et une", "deux cent",
                                  "mille", "un un", "21", "vingt et unième"])
def test_what_is_not_a_cardinal_is_none(word: str) -> None:
    assert parse_cardinal(word) is None


@pytest.mark.parametrize("word, n", [("second", 2), ("Seconde", 2), ("Première", 1),
                                     (f"vingt{NBSP}et unième", 21), ("vingt-et-unième", 21)])
def test_ordinals_are_read_with_the_same_leniency(word: str, n: int) -> None:
    assert parse_ordinal(word) == n


@pytest.mark.parametrize("word", ["", "unième", "deux", "3e", "quatre-vingtsième", "premiere"])
def test_what_is_not_an_ordinal_is_none(word: str) -> None:
    assert parse_ordinal(word) is None


NUMBERS = st.integers(1, CARDINAL_MAX)


@settings(max_examples=300, deadline=None)
@given(n=NUMBERS)
def test_parse_cardinal_inverts_cardinal(n: int) -> None:
    assert parse_cardinal(cardinal(n)) == n


@settings(max_examples=300, deadline=None)
@given(n=NUMBERS, feminine=st.booleans())
def test_parse_ordinal_inverts_ordinal(n: int, feminine: bool) -> None:
    assert parse_ordinal(ordinal(n, feminine=feminine)) == n


def test_the_inverses_hold_over_the_whole_range() -> None:
    """Not a sample: every number from 1 to CARDINAL_MAX, both genders."""
    for n in range(1, CARDINAL_MAX + 1):
        assert parse_cardinal(cardinal(n)) == n
        assert parse_ordinal(ordinal(n)) == parse_ordinal(ordinal(n, feminine=False)) == n


@settings(max_examples=200, deadline=None)
@given(n=NUMBERS, space=st.sampled_from([" ", NBSP, NNBSP, THIN, "  "]), upper=st.booleans())
def test_cardinals_read_back_whatever_the_spaces_and_case(n: int, space: str, upper: bool) -> None:
    written = cardinal(n).replace(" ", space)
    assert parse_cardinal(written.upper() if upper else written) == n


# -- dates -------------------------------------------------------------------------------------

def test_months_come_from_their_data_file() -> None:
    data = json.loads(data_path("months.json").read_text(encoding="utf-8"))
    assert data["_source"]
    assert MONTHS == tuple(data["months"]) == (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")


@pytest.mark.parametrize("day, text", [
    (dt.date(2008, 8, 1), "1er août 2008"), (dt.date(2025, 9, 8), "8 septembre 2025"),
    (dt.date(2022, 3, 2), "2 mars 2022"), (dt.date(2023, 12, 31), "31 décembre 2023"),
    (dt.date(2024, 2, 29), "29 février 2024"),
])
def test_date_examples(day: dt.date, text: str) -> None:
    assert format_date(day) == text
    assert parse_date(text) == day


@pytest.mark.parametrize("text, day", [
    (f"1er{NBSP}août{NNBSP}2008", dt.date(2008, 8, 1)), ("  2 mars 2022 ", dt.date(2022, 3, 2)),
    ("02 mars 2022", dt.date(2022, 3, 2)), ("1 août 2008", dt.date(2008, 8, 1)),
    ("31 avril 2023", None), ("29 février 2023", None), ("2 Mars 2022", None), ("2 mars 22", None),
    ("2 mars 2022,", None), ("le 2 mars 2022", None), ("", None), ("2  mars 2022", None),
])
def test_parse_date_reads_one_real_french_date(text: str, day: dt.date | None) -> None:
    assert parse_date(text) == day


@settings(max_examples=300, deadline=None)
@given(day=st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)),
       space=st.sampled_from([" ", NBSP, NNBSP, THIN]))
def test_parse_date_inverts_format_date(day: dt.date, space: str) -> None:
    assert parse_date(format_date(day).replace(" ", space)) == day


# -- folding -----------------------------------------------------------------------------------

VARIANTS = st.text(alphabet=st.sampled_from(
    list(french.SPACES + french.HYPHENS + french.APOSTROPHES) + ["a", "é", "\t", "\n", "«", "»"]),
    max_size=30)


@settings(max_examples=300, deadline=None)
@given(text=VARIANTS)
def test_folds_keep_the_length_so_offsets_hold(text: str) -> None:
    for folded in (fold_spaces(text), fold_hyphens(text), fold_apostrophes(text), fold(text)):
        assert len(folded) == len(text)
    assert fold(text) == fold_apostrophes(fold_hyphens(fold_spaces(text)))
    assert set(fold(text)).isdisjoint(french.SPACES[1:] + french.HYPHENS[1:] + "\u2019")
    assert all(a == b or b in " -'" for a, b in zip(text, fold(text), strict=True))


@settings(max_examples=300, deadline=None)
@given(text=VARIANTS)
def test_collapse_is_a_comparison_key(text: str) -> None:
    key = collapse(text)
    assert key == key.strip() and "  " not in key and collapse(key) == key
    assert collapse(fold(text)) == key


def test_fold_examples() -> None:
    assert fold_spaces(f"n°{NBSP}25{NNBSP}; 3{THIN}000") == "n° 25 ; 3 000"
    assert fold_hyphens(f"88{NBH}4 et 151\u20105") == "88-4 et 151-5"
    assert fold_apostrophes("l’Union et l'enfant") == "l'Union et l'enfant"
    assert fold(f"l’article{NBSP}88{NBH}4") == "l'article 88-4"
    assert collapse(f"  Vu\tl’article{NBSP}{NNBSP}88{NBH}4,\n") == "Vu l'article 88-4,"


# -- the callers -------------------------------------------------------------------------------

def test_twenty_one_alineas_are_counted_in_words_and_read_back() -> None:
    from amend.amendments.formulas import generate
    from amend.amendments.parse import parse
    from amend.model.amendment import InsertAlineas

    op = InsertAlineas("after", 7, tuple(f"Vu le texte {i}," for i in range(1, 22)))
    text = generate((op,))
    assert text.splitlines()[0] == f"Après l’alinéa 7, insérer les vingt et un alinéas suivants{NBSP}:"
    assert parse(text) == (op,)


@pytest.mark.parametrize("count, words", [(2, "deux"), (21, "vingt et un"), (32, "trente-deux"),
                                          (71, "soixante et onze"), (80, "quatre-vingts"),
                                          (201, "deux cent un"), (999, "neuf cent quatre-vingt-dix-neuf"),
                                          (1000, "1000")])
def test_every_count_is_written_and_read(count: int, words: str) -> None:
    from amend.amendments.formulas import generate
    from amend.amendments.parse import parse
    from amend.model.amendment import InsertAlineas, ReplaceAlineas

    texts = tuple(f"alinéa {i} ;" for i in range(count))
    for op in (InsertAlineas("end", None, texts), ReplaceAlineas(3, 4, texts)):
        text = generate((op,))
        assert f" les {words} alinéas suivants{NBSP}:" in text.splitlines()[0]
        assert parse(text) == (op,)


def test_composed_counts_are_read_whatever_the_spaces() -> None:
    from amend.amendments.parse import parse_report

    block = "\n".join(["« Vu a,"] * 31 + ["« Vu b, »."])
    for formula in ("Après l’alinéa 2, insérer les trente-deux alinéas suivants :",
                    f"Après l’alinéa 2, insérer les trente{NBH}deux alinéas suivants{NBSP}:",
                    "Compléter cet article par les Trente-Deux alinéas suivants :"):
        ops, problems = parse_report(f"{formula}\n{block}")
        assert problems == [] and len(ops[0].texts) == 32
    ops, problems = parse_report(f"Après l’alinéa 2, insérer les vingt{NBSP}et  un alinéas suivants :\n{block}")
    assert [p.rule.code for p in problems] == ["AMD004"] and "annonce 21" in problems[0].message
    _, problems = parse_report("Après l’alinéa 2, insérer les vingt et une alinéas suivants :\n« Vu b, ».")
    assert [p.rule.code for p in problems] == ["AMD004"]
    assert "illisible : « vingt et une »" in problems[0].message


def test_composed_ordinals_in_occurrences_and_sentences() -> None:
    from amend.amendments.formulas import generate
    from amend.amendments.parse import parse
    from amend.model.amendment import InsertSentence, SubstituteWords

    for op in (SubstituteWords(10, "de l’enfant", "des enfants", 21), SubstituteWords(3, "et", "ou", 80),
               InsertSentence(4, 32, "Il agit."), InsertSentence(4, 1, "Il agit.")):
        assert parse(generate((op,))) == (op,)
    assert "à la vingt et unième occurrence des mots" in generate((SubstituteWords(10, "a b", "c", 21),))
    assert "la 1000e occurrence" in generate((SubstituteWords(10, "a b", "c", 1000),))
    assert parse(generate((SubstituteWords(10, "a b", "c", 1000),)))[0].occurrence == 1000



@pytest.mark.parametrize("space", list(french.SPACES))
def test_formulas_read_alike_whatever_the_spaces(space: str) -> None:
    """Each kind of space the parser accepts between words is also understood (« à la fin »,
    « le mot », « du mot »), not only matched."""
    from amend.amendments.parse import parse_report
    from amend.model.amendment import DeleteWords, InsertAlineas, SubstituteWords

    examples = [
        ("À la fin de l’alinéa 3, substituer au mot : « a » le mot : « b ».",
         SubstituteWords(3, "a", "b", None, "fin")),
        ("À l’alinéa 4, substituer à la seconde occurrence du mot : « et » le mot : « ou ».",
         SubstituteWords(4, "et", "ou", 2)),
        ("À l’alinéa 4, supprimer le mot : « et ».", DeleteWords(4, "et")),
        ("Après l’alinéa 2, insérer les vingt et un alinéas suivants :\n" + "« x,\n" * 20 + "« y, ».",
         InsertAlineas("after", 2, ("x,",) * 20 + ("y,",))),
    ]
    for formula, op in examples:
        assert parse_report(formula.replace(" ", space)) == ((op,), []), formula

def test_the_legislature_is_written_with_the_ordinal() -> None:
    from amend.render.parliament import legislature

    assert legislature(17) == "DIX-SEPTIÈME LÉGISLATURE"
    assert legislature(21) == "VINGT ET UNIÈME LÉGISLATURE"


def test_the_callers_fold_the_same_variants() -> None:
    """Citations, registry, quoted words and line matching all accept every variant of core.french."""
    from amend.amendments.words import find
    from amend.citations.patterns import normalise
    from amend.citations.registry import comparable
    from amend.review.words import words

    text = f"l’article{THIN}88\u20104 et l'article{NBSP}88{NBH}4"
    assert normalise(text) == "l’article 88-4 et l'article 88-4"  # apostrophes kept: parts are read from it
    assert len(normalise(text)) == len(text)
    assert find(text, "l'article 88-4") == [(0, 14), (18, 32)]
    assert comparable(text) == "l'article 88-4 et l'article 88-4"
    assert comparable(f"Directive{NNBSP}2011/93/UE, (l’enfant)") == "directive 2011/93/ue l'enfant"
    assert words(text) == words("l'article 88-4 et l'article 88-4")


# -- lists that are data -----------------------------------------------------------------------

def test_every_plain_data_file_names_its_public_source() -> None:
    """The JSON tables of amend/data (not the twins of a YAML file) each carry a ``_source``."""
    folder = data_path("x").parent
    plain = [p for p in sorted(folder.glob("*.json")) if not p.with_suffix(".yaml").is_file()]
    assert {p.name for p in plain} >= {"months.json", "typography.json", "constitution.json",
                                       "european-parliament.json"}
    for path in plain:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(data.get("_source"), str) and "http" in data["_source"], path.name


def test_the_tables_are_read_from_their_data_files() -> None:
    from amend.check.typography import ACCENTED, INSTITUTIONS
    from amend.citations.documents import ep_terms
    from amend.citations.french_texts import constitution_articles

    assert INSTITUTIONS["Assemblée Nationale"] == "Assemblée nationale"
    assert INSTITUTIONS["Conseil d'Etat"] == INSTITUTIONS["Conseil d’Etat"] == "Conseil d’État"
    assert ACCENTED["ETATS"] == "ÉTATS"
    assert {"1er", "1", "34-1", "88-4", "88-7", "89"} <= constitution_articles()
    assert not {"0", "78", "86", "90", "88-8", "341"} & constitution_articles()
    assert ep_terms()[9] == (2019, 2024) and ep_terms()[10] == (2024, 2029)


def test_the_wheel_ships_the_data_files() -> None:
    import tomllib

    from conftest import ROOT

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "*.json" in config["tool"]["setuptools"]["package-data"]["amend.data"]


def test_every_institution_of_the_data_file_is_found() -> None:
    """A name added to typography.json is checked: the cheap pre-test is built from the same data
    (« Union Européenne » and « Commission Européenne » used to slip through it)."""
    from pathlib import Path

    from amend.check.context import Context
    from amend.check.typography import INSTITUTIONS, check_typography
    from amend.rules.base import Segment

    for wrong, right in INSTITUTIONS.items():
        segment = Segment("considerant", 0, f"que la {wrong} agit", lambda offset: (1, offset + 1))
        findings = [f for f in check_typography(segment, Context(Path("x.txt"), None, [segment]))
                    if f.rule.code == "TYP009"]
        assert len(findings) == 1 and right in findings[0].message, wrong
