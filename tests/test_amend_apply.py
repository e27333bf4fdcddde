"""Applying amendments: a pure function of the text and the amendments (property tests), the
discussion order, sous-amendements, and amendments that fall."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from amend.amendments.apply import Falls, apply_operations, consolidate
from amend.amendments.order import discussion_order
from amend.amendments.words import find
from amend.model.amendment import (TITLE, AddSentence, AddWords, Amendment, DeleteAlineas,
                                   DeleteArticle, DeleteWords, InsertAlineas, InsertSentence,
                                   InsertWords, ReplaceAlineas, Rewrite, SubstituteWords, TextRef)
from amend.model.document import Dispositif, Document, Line
from amend.model.kinds import AmendmentKind, DocType, Fate, Kind
from amend.model.numbering import number
from amend.model.texts import read_text_file
from tests.conftest import EXAMPLE

REF = TextRef("drafts/ppre-1775/texte.yaml", None)


def contents(document: Document) -> tuple:
    d = document.dispositif
    return (document.titre.text, tuple(l.text for l in d.visas), tuple(l.text for l in d.considerants),
            tuple(l.text for l in d.points))


def amendment(numero: str, *ops, sort: Fate = Fate.ADOPTE, **kw) -> Amendment:
    return Amendment(numero, REF, tuple(ops), "Exposé.", sort=sort, **kw)


@pytest.fixture(scope="module")
def text() -> Document:
    return read_text_file(EXAMPLE)


def printed(document: Document) -> dict[int, str]:
    return {a.number: a.text for a in number(document)}


# --- n° 1775 ------------------------------------------------------------------------------

def test_substitution_in_a_visa(text: Document) -> None:
    out = apply_operations(text, (SubstituteWords(15, "2011/92/UE", "2011/93/UE"),))
    assert printed(out)[15].startswith("Vu la directive\u00a02011/93/UE du Parlement")
    assert out.dispositif.visas[13].text.startswith("la directive\u00a02011/93/UE")


def test_words_match_across_no_break_spaces(text: Document) -> None:
    out = apply_operations(text, (SubstituteWords(10, "n°  25", "n° 25"),))
    assert "n° 25 (2021)" in printed(out)[10]


def test_deleting_renumbers(text: Document) -> None:
    before, after = printed(text), printed(apply_operations(text, (DeleteAlineas(13, 13),)))
    assert len(after) == len(before) - 1
    assert after[13] == before[14] and after[51] == before[52]


def test_inserted_point_is_renumbered_and_last_point_keeps_its_full_stop(text: Document) -> None:
    out = apply_operations(text, (InsertAlineas("after", 52, ("14. Demande un rapport annuel.",)),))
    p = printed(out)
    assert p[52].endswith("projet européen\u00a0;") and p[53] == "14.\u00a0Demande un rapport annuel."


def test_inserted_visa_goes_among_visas(text: Document) -> None:
    out = apply_operations(text, (InsertAlineas("after", 11, ("Vu la Convention de Budapest,",)),))
    assert printed(out)[12] == "Vu la Convention de Budapest,"
    assert out.dispositif.visas[10].text == "la Convention de Budapest"


def test_add_words_at_end_goes_before_the_final_comma(text: Document) -> None:
    out = apply_operations(text, (AddWords(20, "end", "du Parlement européen et du Conseil du 30 mai 2022"),))
    assert printed(out)[20] == "Vu le règlement (UE)\u00a02022/868 du Parlement européen et du Conseil du 30 mai 2022,"


def test_word_insertions_deletions_and_sentences(text: Document) -> None:
    out = apply_operations(text, (InsertWords(46, "indépendante", "after", ", confiée à une autorité européenne,"),
                                  DeleteWords(42, "politique"), AddWords(36, "start", "en outre"),
                                  AddSentence(44, "Ce centre a un budget propre.")))
    p = printed(out)
    assert "supervision indépendante, confiée à une autorité européenne, et transparente" in p[46]
    assert p[42].startswith("3.\u00a0Souligne l’urgence que constitue")
    assert p[36].startswith("Considérant en outre les nombreux travaux")
    assert p[44].endswith("la société civile. Ce centre a un budget propre\u00a0;")


def test_replacing_one_alinea_by_two(text: Document) -> None:
    out = apply_operations(text, (ReplaceAlineas(34, 34, ("Vu la stratégie BIK+,", "Vu la déclaration du 15 décembre 2022,")),))
    p = printed(out)
    assert (p[34], p[35]) == ("Vu la stratégie BIK+,", "Vu la déclaration du 15 décembre 2022,")
    assert p[36].startswith("Considérant que la prolifération") and len(p) == 53


def test_inserting_a_sentence_after_the_first_one() -> None:
    document = Document(type=DocType.PPRE, legislature=17, titre=Line("t", ("titre",)),
                        dispositif=Dispositif(points=(Line("Salue le texte. Regrette le délai", ("dispositif", "points", 0)),)))
    out = apply_operations(document, (InsertSentence(2, 1, "Demande un rapport."),))
    assert out.dispositif.points[0].text == "Salue le texte. Demande un rapport. Regrette le délai"
    with pytest.raises(Falls, match="ne compte que 2 phrase"):
        apply_operations(document, (InsertSentence(2, 2, "Trop loin."),))


def test_title_amendment(text: Document) -> None:
    out = apply_operations(text, (SubstituteWords(TITLE, "cyberpédocriminalité", "pédocriminalité en ligne"),))
    assert "contre la pédocriminalité en ligne pour" in out.titre.text


def test_missing_alinea_and_absent_words_fall(text: Document) -> None:
    with pytest.raises(Falls, match="l’alinéa 99 n’existe pas"):
        apply_operations(text, (DeleteAlineas(99, 99),))
    with pytest.raises(Falls, match="« 2011/94/UE » ne figurent pas à l’alinéa 15") as caught:
        apply_operations(text, (SubstituteWords(15, "2011/94/UE", "x"),))
    assert caught.value.rule.code == "AMD002"


def test_ambiguous_words_need_an_occurrence(text: Document) -> None:
    with pytest.raises(Falls) as caught:
        apply_operations(text, (SubstituteWords(10, "de l’enfant", "des enfants"),))
    assert caught.value.rule.code == "AMD007"
    out = apply_operations(text, (SubstituteWords(10, "de l’enfant", "des enfants", 2),))
    assert "Comité des droits de l’enfant des Nations Unies sur les droits des enfants en" in printed(out)[10]


def test_amendment_aimed_at_a_deleted_alinea_falls_and_is_not_half_applied(text: Document) -> None:
    first = amendment("CE1", DeleteAlineas(13, 13))
    second = amendment("CE2", SubstituteWords(15, "2011/92/UE", "2011/93/UE"),
                       AddWords(13, "end", "de 1989"))
    result = consolidate(text, [second, first])
    assert [o.amendment.numero for o in result.outcomes] == ["CE1", "CE2"]
    assert result.outcomes[1].applied is False
    assert "l’alinéa 13 a été supprimé par l’amendement CE1" in result.outcomes[1].reason
    assert "2011/92/UE" in printed(result.document)[14]  # CE2's first part was not kept


def test_only_adopted_amendments_apply(text: Document) -> None:
    result = consolidate(text, [amendment("CE1", DeleteAlineas(13, 13), sort=Fate.REJETE)])
    assert result.outcomes == () and contents(result.document) == contents(text)


def test_subamendment_changes_its_parent_before_it_applies(text: Document) -> None:
    parent = amendment("CE2", AddWords(20, "end", "du 30 mai 2022"))
    sub = amendment("CE3", InsertWords(1, "30 mai 2022", "after", "portant sur les données"),
                    kind=AmendmentKind.SOUS_AMENDEMENT, parent="CE2")
    result = consolidate(text, [parent, sub])
    assert printed(result.document)[20] == "Vu le règlement (UE)\u00a02022/868 du 30 mai 2022 portant sur les données,"
    rejected = dataclasses.replace(parent, sort=Fate.REJETE)
    outcome = consolidate(text, [rejected, sub]).outcomes[0]
    assert not outcome.applied and "n’est pas adopté" in outcome.reason


def test_discussion_order_deletions_first_then_position() -> None:
    a = amendment("CE3", SubstituteWords(15, "a", "b"))
    b = amendment("CE1", AddWords(40, "end", "x"))
    c = amendment("CE2", DeleteAlineas(15, 15))
    d = amendment("CE4", SubstituteWords(TITLE, "a", "b"))
    e = amendment("CE5", DeleteArticle())
    f = amendment("CE6", InsertWords(1, "a", "after", "b"), kind=AmendmentKind.SOUS_AMENDEMENT, parent="CE3")
    assert [x.numero for x in discussion_order([a, b, c, d, e, f])] == ["CE5", "CE2", "CE6", "CE3", "CE1", "CE4"]


# --- properties -------------------------------------------------------------------------

_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéàç", min_size=1, max_size=7)
_content = st.lists(_word, min_size=1, max_size=6).map(" ".join)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    def lines(name: str, values: list[str]) -> tuple[Line, ...]:
        return tuple(Line(v, ("dispositif", name, i)) for i, v in enumerate(values))

    return Document(type=DocType.PPRE, legislature=17, titre=Line(draw(_content), ("titre",)),
                    dispositif=Dispositif(
                        visas=lines("visas", draw(st.lists(_content, max_size=6))),
                        considerants=lines("considerants", draw(st.lists(_content, max_size=4))),
                        points=lines("points", draw(st.lists(_content, min_size=1, max_size=6)))))


@settings(max_examples=200, deadline=None)
@given(documents(), st.data())
def test_insert_then_delete_the_same_alinea_gives_back_the_text(document: Document, data: st.DataObject) -> None:
    alineas = number(document)
    anchor = data.draw(st.sampled_from(alineas[1:]))
    kind = anchor.kind
    content = data.draw(_content)
    text = {Kind.VISA: f"Vu {content},", Kind.CONSIDERANT: f"Considérant {content} ;",
            Kind.POINT: f"{anchor.index + 2}. {content} ;"}[kind]
    inserted = apply_operations(document, (InsertAlineas("after", anchor.number, (text,)),))
    assert printed(inserted)[anchor.number + 1].replace("\u00a0", " ").startswith(text.split(" ;")[0].rstrip(","))
    back = apply_operations(inserted, (DeleteAlineas(anchor.number + 1, anchor.number + 1),))
    assert contents(back) == contents(document)


@settings(max_examples=200, deadline=None)
@given(documents(), st.data())
def test_substituting_words_then_back_gives_back_the_text(document: Document, data: st.DataObject) -> None:
    alinea = data.draw(st.sampled_from(number(document)[1:]))
    word = data.draw(st.sampled_from(alinea.content.split()))
    assume(len(find(alinea.text, word)) == 1)
    new = "MOT-NOUVEAU"
    changed = apply_operations(document, (SubstituteWords(alinea.number, word, new),))
    assert new in printed(changed)[alinea.number]
    back = apply_operations(changed, (SubstituteWords(alinea.number, new, word),))
    assert contents(back) == contents(document)


@settings(max_examples=100, deadline=None)
@given(documents(), st.data())
def test_applying_is_pure_and_deterministic(document: Document, data: st.DataObject) -> None:
    n = len(number(document))
    ops = data.draw(st.lists(st.one_of(
        st.integers(2, n).map(lambda k: DeleteAlineas(k, k)),
        st.integers(2, n).map(lambda k: AddWords(k, "end", "fin")),
        st.integers(2, n).map(lambda k: Rewrite(k, "Vu autre chose,")),
        st.integers(2, n).map(lambda k: InsertAlineas("before", k, ("Considérant que oui ;",))),
    ), min_size=1, max_size=8))
    amends = [amendment(f"CE{i + 1}", op) for i, op in enumerate(ops)]
    snapshot = contents(document)
    first, second = consolidate(document, amends), consolidate(document, amends)
    assert contents(document) == snapshot
    assert contents(first.document) == contents(second.document)
    assert [o.applied for o in first.outcomes] == [o.applied for o in second.outcomes]
    assert sum(o.applied for o in first.outcomes) >= 1  # the first in discussion order always applies
