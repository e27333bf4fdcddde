"""Formulas both ways: every example of domain-rules.md § 2.3 parses and regenerates, and
``parse(generate(ops)) == ops`` for any operations (hypothesis)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amend.amendments.formulas import generate
from amend.amendments.parse import DispositifError, parse, parse_report
from amend.model.amendment import (TITLE, AddSentence, AddWords, DeleteAlineas, DeleteArticle,
                                   DeleteWords, InsertAlineas, InsertArticle, InsertSentence,
                                   InsertWords, ReplaceAlineas, Rewrite, RewriteArticle,
                                   SubstituteWords)
from amend.rules.base import Severity

NBSP = "\u00a0"

# The formulas quoted in domain-rules.md § 2.3 (the « … » placeholders filled in), with the
# operations each one means.
SECTION_2_3 = [
    ("Supprimer cet article.", (DeleteArticle(),)),
    ("Supprimer l’alinéa 5.", (DeleteAlineas(5, 5),)),
    ("Supprimer les alinéas 3 à 5.", (DeleteAlineas(3, 5),)),
    ("À l’alinéa 28, substituer aux mots : « en l’état » les mots : « dans sa rédaction actuelle ».",
     (SubstituteWords(28, "en l’état", "dans sa rédaction actuelle"),)),
    ("À la fin de l’alinéa 3, substituer aux mots : « à long terme » les mots : « dès à présent ».",
     (SubstituteWords(3, "à long terme", "dès à présent", None, "fin"),)),
    ("Substituer à l’alinéa 2 les deux alinéas suivants :\n« Vu l’article 88‑4 de la Constitution,\n"
     "« Vu l’article 151‑5 du Règlement de l’Assemblée nationale, ».",
     (ReplaceAlineas(2, 2, ("Vu l’article 88‑4 de la Constitution,",
                            "Vu l’article 151‑5 du Règlement de l’Assemblée nationale,")),)),
    ("Substituer aux alinéas 30 à 42 les cinq alinéas suivants :\n« 1. Salue ;\n« 2. Regrette ;\n"
     "« 3. Demande ;\n« 4. Invite ;\n« 5. Appelle. ».",
     (ReplaceAlineas(30, 42, ("1. Salue ;", "2. Regrette ;", "3. Demande ;", "4. Invite ;",
                              "5. Appelle.")),)),
    ("Rédiger ainsi l’alinéa 2 :\n« Condamne avec fermeté l’invasion russe de l’Ukraine ; ».",
     (Rewrite(2, "Condamne avec fermeté l’invasion russe de l’Ukraine ;"),)),
    ("Rédiger ainsi cet article :\n« L’Assemblée nationale,\n« Vu l’article 88‑4 de la Constitution,\n"
     "« 1. Demande au Gouvernement d’agir. ».",
     (RewriteArticle(("L’Assemblée nationale,", "Vu l’article 88‑4 de la Constitution,",
                      "1. Demande au Gouvernement d’agir.")),)),
    ("Rédiger ainsi le titre :\n« relative à la lutte contre la pédocriminalité en ligne ».",
     (Rewrite(TITLE, "relative à la lutte contre la pédocriminalité en ligne"),)),
    ("Après l’alinéa 7, insérer l’alinéa suivant :\n« Vu la Convention de Lanzarote, ».",
     (InsertAlineas("after", 7, ("Vu la Convention de Lanzarote,",)),)),
    ("Avant l’alinéa 1, insérer les deux alinéas suivants :\n« Vu a,\n« Vu b, ».",
     (InsertAlineas("before", 1, ("Vu a,", "Vu b,")),)),
    ("À l’alinéa 29, après le mot : « crimes », insérer les mots : « de guerre ».",
     (InsertWords(29, "crimes", "after", "de guerre"),)),
    ("Après la première phrase de l’alinéa 6, insérer la phrase suivante :\n« Elle est publique. ».",
     (InsertSentence(6, 1, "Elle est publique."),)),
    ("Compléter l’alinéa 7 par les mots : « un chat ».", (AddWords(7, "end", "un chat"),)),
    ("Compléter l’alinéa 7 par la phrase suivante :\n« Il en rend compte. ».",
     (AddSentence(7, "Il en rend compte."),)),
    ("Compléter cet article par l’alinéa suivant :\n« 14. Invite le Gouvernement à agir. ».",
     (InsertAlineas("end", None, ("14. Invite le Gouvernement à agir.",)),)),
    ("Au début de l’alinéa 3, insérer les mots : « en outre ».", (AddWords(3, "start", "en outre"),)),
    ("Après l’article unique, insérer l’article suivant :\n« L’Assemblée nationale demande un rapport. ».",
     (InsertArticle("after", "unique", ("L’Assemblée nationale demande un rapport.",)),)),
    ("Après l’article 6\nInsérer un article additionnel ainsi rédigé :\n« Le Gouvernement remet un rapport. ».",
     (InsertArticle("after", "6", ("Le Gouvernement remet un rapport.",), senat=True),)),
    ("Rétablir cet article dans la rédaction suivante :\n« L’Assemblée nationale, ».",
     (RewriteArticle(("L’Assemblée nationale,",), restore=True),)),
    ("I. – À l’alinéa 3, supprimer les mots : « à long terme ».\n"
     "II. – En conséquence, à l’alinéa 5, substituer au mot : « deux » le mot : « trois ».",
     (DeleteWords(3, "à long terme"), SubstituteWords(5, "deux", "trois"))),
]


def loosely(text: str) -> str:
    """Punctuation spacing and no-break spaces aside (the must-show's wording)."""
    text = text.replace(NBSP, " ").replace("\u202f", " ").replace("'", "’")
    text = re.sub(r" *([:;]) *", r" \1 ", text)
    return re.sub(r"[ \t]+", " ", text).strip()


@pytest.mark.parametrize("formula, operations", SECTION_2_3, ids=[f[:40] for f, _ in SECTION_2_3])
def test_section_2_3_formula_parses_and_regenerates(formula: str, operations: tuple) -> None:
    assert parse(formula) == operations
    assert loosely(generate(operations)) == loosely(formula)


def test_generated_formulas_use_no_break_spaces() -> None:
    text = generate((SubstituteWords(15, "2011/92/UE", "2011/93/UE"),))
    assert text == f"À l’alinéa 15, substituer au mot{NBSP}: «{NBSP}2011/92/UE{NBSP}» le mot{NBSP}: «{NBSP}2011/93/UE{NBSP}»."


def test_only_the_last_inserted_alinea_closes_the_quotation() -> None:
    text = generate((InsertAlineas("after", 7, ("Vu a,", "Vu b,", "Vu c,")),))
    assert text.split("\n") == ["Après l’alinéa 7, insérer les trois alinéas suivants\u00a0:",
                                "«\u00a0Vu a,", "«\u00a0Vu b,", "«\u00a0Vu c,\u00a0»."]


def test_singular_and_plural_agree() -> None:
    assert generate((DeleteWords(3, "politique"),)) == "À l’alinéa 3, supprimer le mot\u00a0: «\u00a0politique\u00a0»."
    assert "les mots" in generate((DeleteWords(3, "urgence politique"),))
    assert "l’alinéa suivant" in generate((InsertAlineas("after", 2, ("Vu a,",)),))


def test_occurrence_is_written_and_read() -> None:
    op = SubstituteWords(10, "de l’enfant", "des enfants", 2)
    assert "à la deuxième occurrence des mots" in generate((op,))
    assert parse(generate((op,))) == (op,)
    assert parse("À l’alinéa 4, substituer à la seconde occurrence du mot : « et » le mot : « ou ».") == \
        (SubstituteWords(4, "et", "ou", 2),)


def test_straight_apostrophes_and_plain_spaces_are_accepted() -> None:
    assert parse("A l'alinéa 12, substituer aux mots : « a b » les mots : « c d ».") == \
        (SubstituteWords(12, "a b", "c d"),)


def test_unknown_formula_is_reported_precisely() -> None:
    with pytest.raises(DispositifError) as caught:
        parse("Supprimer l’alinéa 4.\nModifier l’alinéa 3 comme suit.")
    problem = caught.value.problems[0]
    assert (problem.line, problem.rule.code) == (2, "AMD003")
    assert "Modifier l’alinéa 3 comme suit" in problem.message and "attendu" in problem.message


def test_count_word_must_match_the_quoted_alineas() -> None:
    _, problems = parse_report("Après l’alinéa 7, insérer les trois alinéas suivants :\n« Vu a,\n« Vu b, ».")
    assert [p.rule.code for p in problems] == ["AMD004"]
    assert "annonce 3" in problems[0].message and "cite 2" in problems[0].message


def test_quote_closed_before_the_last_alinea_is_an_error() -> None:
    _, problems = parse_report("Après l’alinéa 7, insérer les deux alinéas suivants :\n« Vu a, »\n« Vu b, ».")
    assert [(p.rule.code, p.line) for p in problems] == [("AMD006", 2)]


def test_disagreeing_noun_is_a_warning() -> None:
    ops, problems = parse_report("À l’alinéa 3, supprimer les mots : « politique ».")
    assert ops == (DeleteWords(3, "politique"),)
    assert [(p.rule.code, p.severity) for p in problems] == [("AMD005", Severity.WARNING)]


def test_reversed_range_is_refused() -> None:
    with pytest.raises(DispositifError, match="inférieur"):
        parse("Supprimer les alinéas 5 à 3.")


# --- property: parse(generate(ops)) == ops ------------------------------------------------

_word = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzéèàçôœABCDEÉ0123456789’'()/‑-"),
                min_size=1, max_size=8)
words = st.lists(_word, min_size=1, max_size=5).map(" ".join)
lines = st.lists(st.lists(_word, min_size=1, max_size=8).map(" ".join), min_size=1, max_size=25) \
    .map(tuple)
num = st.integers(min_value=1, max_value=400)
target = st.one_of(num, st.just(TITLE))
occurrence = st.one_of(st.none(), st.integers(min_value=1, max_value=25))


@st.composite
def ranges(draw: st.DrawFn) -> tuple[int, int]:
    first = draw(num)
    return first, draw(st.integers(min_value=first, max_value=first + 40))


operations = st.one_of(
    st.just(DeleteArticle()),
    st.builds(RewriteArticle, lines, st.booleans()),
    st.builds(InsertArticle, st.sampled_from(["before", "after"]),
              st.one_of(st.just("unique"), num.map(str)), lines, st.booleans()),
    ranges().map(lambda r: DeleteAlineas(*r)),
    st.builds(Rewrite, target, lines.map(lambda t: t[0])),
    st.tuples(ranges(), lines).map(lambda x: ReplaceAlineas(x[0][0], x[0][1], x[1])),
    st.builds(InsertAlineas, st.sampled_from(["before", "after"]), num, lines),
    st.builds(InsertAlineas, st.just("end"), st.none(), lines),
    st.builds(SubstituteWords, target, words, words, occurrence, st.sampled_from([None, "fin", "debut"]))
    .filter(lambda op: op.occurrence is None or op.where is None),
    st.builds(InsertWords, target, words, st.sampled_from(["before", "after"]), words, occurrence),
    st.builds(AddWords, target, st.sampled_from(["start", "end"]), words),
    st.builds(DeleteWords, target, words, occurrence),
    st.builds(InsertSentence, num, st.integers(min_value=1, max_value=30), lines.map(lambda t: t[0])),
    st.builds(AddSentence, target, lines.map(lambda t: t[0])),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(operations, min_size=1, max_size=6).map(tuple))
def test_parse_inverts_generate(ops: tuple) -> None:
    assert parse(generate(ops)) == ops
