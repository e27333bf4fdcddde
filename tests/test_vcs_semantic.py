"""The semantic diff as a library: pairing across renumbering, word changes, properties."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from test_vcs_scenario import edit

from amend.model.document import Dispositif, Document, Group, Line
from amend.model.kinds import DocType
from amend.model.texts import load_document
from amend.review.matching import match
from amend.review.semantic import Action, Section, compare
from amend.review.wording import summary, title
from amend.review.words import segments
from amend.storage import yamlio
from conftest import EXAMPLE


def doc(visas=(), considerants=(), points=(), expose=(), titre="relative à un essai", **kw) -> Document:
    return Document(type=DocType.PPRE, legislature=17, titre=Line(titre),
                    dispositif=Dispositif(visas=tuple(Line(t) for t in visas),
                                          considerants=tuple(Line(t) for t in considerants),
                                          points=tuple(Line(t) for t in points)),
                    expose_des_motifs=tuple(Line(t) for t in expose), **kw)


def line(i: int, n: int = 5) -> str:
    """A line whose words no other line shares."""
    return " ".join(f"mot{i}x{k}" for k in range(n))


def example() -> Document:
    return load_document(yamlio.load(EXAMPLE))


def test_real_example_against_itself_has_no_change() -> None:
    diff = compare(example(), example())
    assert diff.status == "identique" and not diff.changes and not diff.renumberings


def test_real_example_scenario_in_process() -> None:
    new = load_document(yamlio.parse(edit(EXAMPLE.read_text(encoding="utf-8")), Path("b.yaml")))
    diff = compare(example(), new)
    assert [(c.action, c.section) for c in diff.changes] == [
        (Action.REMOVED, Section.VISA), (Action.REWORDED, Section.CONSIDERANT),
        (Action.ADDED, Section.POINT)]
    assert [title(c) for c in diff.changes] == [
        "Visa supprimé (était l’alinéa 13)", "Considérant reformulé (alinéa 37 → 36)",
        "Point 5 ajouté (alinéa 43)"]


def test_move_is_reported_once_and_others_are_only_renumbered() -> None:
    points = [line(i) for i in range(6)]
    moved = points[:1] + points[2:5] + points[1:2] + points[5:]  # point 2 goes after point 5
    diff = compare(doc(points=points), doc(points=moved))
    [change] = diff.changes
    assert change.action is Action.MOVED
    assert (change.old.rank, change.new.rank) == (2, 5)
    assert title(change) == "Point 2 → 5 déplacé (alinéa 3 → 6)"
    runs = [(r.what, r.old_first, r.old_last, r.new_first, r.new_last) for r in diff.renumberings]
    assert ("point", 3, 5, 2, 4) in runs


def test_reworded_and_moved() -> None:
    visas = [line(i, 8) for i in range(4)]
    changed = visas[1:] + [visas[0].replace("mot0x3", "autre")]
    [change] = compare(doc(visas=visas), doc(visas=changed)).changes
    assert change.action is Action.REWORDED and change.moved
    assert "reformulé et déplacé" in title(change)


def test_dissimilar_replacement_is_removed_plus_added() -> None:
    diff = compare(doc(considerants=[line(1)]), doc(considerants=[line(2)]))
    assert [c.action for c in diff.changes] == [Action.REMOVED, Action.ADDED]


def test_header_changes() -> None:
    old = doc(points=["a"], date_depot=dt.date(2025, 9, 8), auteurs=("Mme A", Group("G", ("M. B",))))
    new = doc(points=["a"], titre="relative à un autre essai", date_depot=dt.date(2025, 9, 9),
              auteurs=("Mme A", Group("G", ("M. B", "Mme C"))))
    diff = compare(old, new)
    fields = [(c.field, c.action) for c in diff.changes]
    assert fields == [("titre", Action.MODIFIED), ("date_depot", Action.MODIFIED),
                      ("auteurs", Action.ADDED)]
    assert diff.changes[2].new_text == "Mme C (G)"
    assert summary(diff) == "en-tête modifié (titre, date de dépôt, auteurs)"


def test_expose_paragraphs() -> None:
    diff = compare(doc(expose=[line(1), line(2, 8)]),
                   doc(expose=[line(2, 8).replace("mot2x7", "fin"), line(3)]))
    assert [(c.action, c.section) for c in diff.changes] == [
        (Action.REMOVED, Section.EXPOSE), (Action.REWORDED, Section.EXPOSE), (Action.ADDED, Section.EXPOSE)]
    assert title(diff.changes[1]) == "Paragraphe 2 → 1 de l’exposé des motifs reformulé"


def test_spaces_and_hyphens_do_not_hide_a_change() -> None:
    old, new = "l’article 88\u20114 de la Constitution", "l’article 88-4 de la Constitution"
    diff = compare(doc(visas=[old]), doc(visas=[new]))
    [change] = diff.changes
    assert change.action is Action.REWORDED
    assert [s for s in change.segments if s.op != "="] == [
        type(change.segments[0])("-", "\u2011"), type(change.segments[0])("+", "-")]


def test_segments_merge_neighbouring_changes() -> None:
    result = segments("Salue la proposition de la Commission", "Regrette la décision de la Commission")
    assert [(s.op, s.text) for s in result] == [
        ("-", "Salue la proposition"), ("+", "Regrette la décision"), ("=", " de la Commission")]


# ---------------------------------------------------------------------------------------------
# Properties

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@given(texts, texts)
def test_segments_rebuild_both_sides(old: str, new: str) -> None:
    result = segments(old, new)
    assert "".join(s.text for s in result if s.op != "+") == old
    assert "".join(s.text for s in result if s.op != "-") == new


@given(st.permutations(list(range(8))))
def test_match_pairs_every_line_once_and_moves_the_fewest(order: list[int]) -> None:
    old = [line(i) for i in range(8)]
    new = [old[i] for i in order]
    pairs = match(old, new)
    assert sorted(p.old for p in pairs) == list(range(8))
    assert sorted(p.new for p in pairs) == list(range(8))
    # the lines not moved are a longest increasing run of the permutation
    longest = [1] * 8
    for j in range(8):
        for k in range(j):
            if order[k] < order[j]:
                longest[j] = max(longest[j], longest[k] + 1)
    assert sum(not p.moved for p in pairs) == max(longest)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_insertions_and_deletions_are_exactly_reported(data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 12))
    old = [line(i) for i in range(n)]
    deleted = data.draw(st.sets(st.integers(0, n - 1), max_size=n - 1))
    new = [t for i, t in enumerate(old) if i not in deleted]
    inserted = data.draw(st.lists(st.integers(0, len(new)), max_size=4))
    for k, at in enumerate(inserted):
        new.insert(min(at, len(new)), line(100 + k))
    diff = compare(doc(points=old), doc(points=new))
    assert diff.count(Action.REMOVED) == len(deleted)
    assert diff.count(Action.ADDED) == len(inserted)
    assert diff.count(Action.REWORDED) == diff.count(Action.MOVED) == 0
    # every surviving point whose number changed is in exactly one renumbering run
    shifted = {old.index(t) + 1: new.index(t) + 1 for t in old if t in new and old.index(t) != new.index(t)}
    covered = {}
    for run in diff.renumberings:
        if run.what == "point":
            for k in range(run.old_last - run.old_first + 1):
                covered[run.old_first + k] = run.new_first + k
    assert covered == shifted


REAL = example()


def with_lines(document: Document, **kinds: list[str]) -> Document:
    lines = {k: tuple(Line(t) for t in v) for k, v in kinds.items()}
    return dataclasses.replace(document, dispositif=dataclasses.replace(document.dispositif, **lines))


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_real_text_edits_are_reported_exactly(data: st.DataObject) -> None:
    """On n° 1775: delete some visas and points, insert new points, reword one considérant."""
    visas = [v.text for v in REAL.dispositif.visas]
    points = [p.text for p in REAL.dispositif.points]
    considerants = [c.text for c in REAL.dispositif.considerants]
    gone_visas = data.draw(st.sets(st.integers(0, len(visas) - 1), max_size=4))
    gone_points = data.draw(st.sets(st.integers(0, len(points) - 1), max_size=3))
    new_visas = [v for i, v in enumerate(visas) if i not in gone_visas]
    new_points = [p for i, p in enumerate(points) if i not in gone_points]
    inserted = data.draw(st.lists(st.integers(0, len(new_points)), max_size=3))
    for k, at in enumerate(inserted):
        new_points.insert(at, line(500 + k))
    reworded = data.draw(st.integers(0, len(considerants) - 1))
    words = considerants[reworded].split()
    position = data.draw(st.integers(1, len(words) - 1))
    words[position] = "zzzmot"
    new_considerants = [*considerants]
    new_considerants[reworded] = " ".join(words)
    diff = compare(REAL, with_lines(REAL, visas=new_visas, points=new_points,
                                    considerants=new_considerants))
    assert diff.count(Action.REMOVED, Section.VISA) == len(gone_visas)
    assert diff.count(Action.REMOVED, Section.POINT) == len(gone_points)
    assert diff.count(Action.ADDED, Section.POINT) == len(inserted)
    [change] = [c for c in diff.changes if c.action is Action.REWORDED]
    assert change.section is Section.CONSIDERANT and change.new.rank == reworded + 1
    assert [s.text for s in change.segments if s.op == "+"] == ["zzzmot"]
    assert diff.count(Action.MOVED) == 0 and len(diff.changes) == (
        len(gone_visas) + len(gone_points) + len(inserted) + 1)


def test_a_visa_become_a_considerant_is_one_change() -> None:
    visas = [line(i) for i in range(3)]
    considerants = [line(10 + i) for i in range(2)]
    new = doc(visas=visas[:1] + visas[2:], considerants=[visas[1], *considerants])
    diff = compare(doc(visas=visas, considerants=considerants), new)
    [change] = diff.changes
    assert (change.action, change.was, change.section) == (Action.MOVED, Section.VISA, Section.CONSIDERANT)
    assert title(change) == "Visa devenu considérant (alinéa 3 → 4)"
    reworded = doc(visas=visas[:1] + visas[2:],
                   considerants=[visas[1].replace("mot1x4", "que"), *considerants])
    [change] = compare(doc(visas=visas, considerants=considerants), reworded).changes
    assert change.action is Action.REWORDED and change.was is Section.VISA
    assert title(change) == "Visa devenu considérant, reformulé (alinéa 3 → 4)"
    assert summary(compare(doc(visas=visas, considerants=considerants), reworded)) == \
        "1 visa devenu considérant"
