"""What changed between two versions of a text, in the terms reviewers use.

Pure: two :class:`~amend.model.document.Document` in, a :class:`TextDiff` out. Visas,
considérants, points and the paragraphs of the exposé des motifs are paired across renumbering
(:mod:`amend.review.matching`); each line is then *added*, *removed*, *reworded* (with its changed
words) or *moved*. A line that only changed number because another was inserted or removed
before it is not a change: the renumbering is summarised once, as runs
(« points 5 à 13 renumérotés 6 à 14 »).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, NamedTuple

from amend import data
from amend.model.document import Document, Group
from amend.model.kinds import Kind, Labelled
from amend.review.matching import match
from amend.review.words import Segment, segments


class Action(str, Enum):
    ADDED = "ajoute"
    REMOVED = "supprime"
    REWORDED = "reformule"
    MOVED = "deplace"
    MODIFIED = "modifie"


class Section(Labelled):
    HEADER = "entete"
    EXPOSE = "expose"
    VISA = "visa"
    CONSIDERANT = "considerant"
    POINT = "point"

    @property
    def plural(self) -> str:
        return str(data.load("labels.yaml")["Section.pluriel"][self.value])


DISPOSITIF = {Section.VISA: Kind.VISA, Section.CONSIDERANT: Kind.CONSIDERANT,
              Section.POINT: Kind.POINT}


@dataclass(frozen=True)
class Place:
    """Where a line stands in one version: its rank among its kind and its alinéa number."""

    index: int
    alinea: int | None = None

    @property
    def rank(self) -> int:
        """1-based rank: the point number for a point, the paragraph number in the exposé."""
        return self.index + 1


# Records are NamedTuples where they can be: ten times cheaper to define than frozen dataclasses,
# and ``amend diff`` is a cold start (≤ 300 ms). Place stays a dataclass: a tuple has ``index``.
class Change(NamedTuple):
    action: Action
    section: Section
    old: Place | None = None
    new: Place | None = None
    old_text: str | None = None
    new_text: str | None = None
    segments: tuple[Segment, ...] = ()
    field: str | None = None
    """For the header: the YAML key that changed (``titre``, ``auteurs``…)."""
    moved: bool = False
    """A reworded line that also left its place among its neighbours."""
    was: Section | None = None
    """For a line that changed kind (a visa become a considérant…): its kind before."""


class Renumbering(NamedTuple):
    """A run of lines whose number shifted because of changes elsewhere."""

    what: str
    """``point`` (point numbers) or ``alinea`` (alinéa numbers)."""
    old_first: int
    old_last: int
    new_first: int
    new_last: int


@dataclass(frozen=True)
class TextDiff:
    path: str
    old_label: str
    new_label: str
    status: str
    """``modifie``, ``identique``, ``ajoute`` (no old version) or ``supprime`` (no new one)."""
    changes: tuple[Change, ...] = ()
    renumberings: tuple[Renumbering, ...] = ()
    old_counts: dict[str, int] = field(default_factory=dict)
    """How many exposé paragraphs, visas, considérants and points each version has."""
    new_counts: dict[str, int] = field(default_factory=dict)

    def count(self, action: Action, section: Section | None = None) -> int:
        return sum(1 for c in self.changes
                   if c.action is action and (section is None or c.section is section))


# ---------------------------------------------------------------------------------------------

def compare(old: Document | None, new: Document | None, *, path: str = "", old_label: str = "",
            new_label: str = "") -> TextDiff:
    """The semantic difference between two versions of a text (``None``: absent)."""
    if old is None or new is None:
        present = new if old is None else old
        status = "ajoute" if old is None else "supprime"
        if present is None:
            return TextDiff(path, old_label, new_label, "identique")
        return TextDiff(path, old_label, new_label, status,
                        old_counts=counts(old) if old else {}, new_counts=counts(new) if new else {})
    changes = [*_header(old, new)]
    changes += _lines(Section.EXPOSE, [p.text for p in old.expose_des_motifs],
                      [p.text for p in new.expose_des_motifs], {}, {})
    old_numbers, new_numbers = _alinea_numbers(old), _alinea_numbers(new)
    renumbered: dict[str, list[tuple[int, int]]] = {"point": [], "alinea": []}
    for section, kind in DISPOSITIF.items():
        old_lines = [line.text for line in _of(old, kind)]
        new_lines = [line.text for line in _of(new, kind)]
        section_changes = _lines(section, old_lines, new_lines, old_numbers[kind], new_numbers[kind],
                                 renumbered)
        changes += section_changes
    changes = _across_kinds(changes)
    opening_old, opening_new = old_numbers["opening"], new_numbers["opening"]
    if opening_old is not None and opening_new is not None and opening_old != opening_new:
        renumbered["alinea"].append((opening_old, opening_new))
    runs = [*_runs("point", renumbered["point"]), *_runs("alinea", renumbered["alinea"])]
    status = "modifie" if changes else "identique"
    return TextDiff(path, old_label, new_label, status, tuple(changes), tuple(runs),
                    old_counts=counts(old), new_counts=counts(new))


def counts(document: Document) -> dict[str, int]:
    d = document.dispositif
    return {"expose": len(document.expose_des_motifs), "visa": len(d.visas),
            "considerant": len(d.considerants), "point": len(d.points)}


def _of(document: Document, kind: Kind) -> tuple[Any, ...]:
    d = document.dispositif
    return {Kind.VISA: d.visas, Kind.CONSIDERANT: d.considerants, Kind.POINT: d.points}[kind]


def _alinea_numbers(document: Document) -> dict[Any, Any]:
    from amend.model.numbering import number

    numbers: dict[Any, Any] = {Kind.VISA: {}, Kind.CONSIDERANT: {}, Kind.POINT: {}, "opening": None}
    for alinea in number(document):
        if alinea.kind is Kind.OUVERTURE:
            numbers["opening"] = alinea.number
        else:
            numbers[alinea.kind][alinea.index] = alinea.number
    return numbers


def _lines(section: Section, old: list[str], new: list[str], old_numbers: dict[int, int | None],
           new_numbers: dict[int, int | None],
           renumbered: dict[str, list[tuple[int, int]]] | None = None) -> list[Change]:
    changes = []
    for pair in match(old, new):
        before = Place(pair.old, old_numbers.get(pair.old)) if pair.old is not None else None
        after = Place(pair.new, new_numbers.get(pair.new)) if pair.new is not None else None
        if before is None:
            assert after is not None
            changes.append(Change(Action.ADDED, section, new=after, new_text=new[after.index]))
            continue
        if after is None:
            changes.append(Change(Action.REMOVED, section, old=before, old_text=old[before.index]))
            continue
        old_text, new_text = old[before.index], new[after.index]
        if old_text != new_text:
            changes.append(Change(Action.REWORDED, section, before, after, old_text, new_text,
                                  segments(old_text, new_text), moved=pair.moved))
        elif pair.moved:
            changes.append(Change(Action.MOVED, section, before, after, old_text, new_text))
        if renumbered is not None and not pair.moved:
            if section is Section.POINT and before.rank != after.rank:
                renumbered["point"].append((before.rank, after.rank))
            if before.alinea is not None and after.alinea is not None and \
                    before.alinea != after.alinea:
                renumbered["alinea"].append((before.alinea, after.alinea))
    return changes


def _across_kinds(changes: list[Change]) -> list[Change]:
    """A line removed from one part of the dispositif and added to another is one change.

    « Vu … » turned into « Considérant … » (or a considérant into a point): paired like lines
    of one kind, identical first, then by word similarity; what pairs becomes a single *moved*
    (or *reworded*) change, at its new place, saying what it was.
    """
    removed = [c for c in changes if c.action is Action.REMOVED and c.section in DISPOSITIF]
    added = [c for c in changes if c.action is Action.ADDED and c.section in DISPOSITIF]
    if not removed or not added:
        return changes
    pairs = [(r, a) for pair in match([r.old_text or "" for r in removed],
                                      [a.new_text or "" for a in added])
             if pair.old is not None and pair.new is not None
             for r, a in [(removed[pair.old], added[pair.new])] if r.section is not a.section]
    if not pairs:
        return changes
    replaced = {id(r) for r, _ in pairs}
    merged = {id(a): (r, a) for r, a in pairs}
    result = []
    for change in changes:
        if id(change) in replaced:
            continue
        if id(change) in merged:
            r, a = merged[id(change)]
            old_text, new_text = r.old_text or "", a.new_text or ""
            if old_text == new_text:
                change = Change(Action.MOVED, a.section, r.old, a.new, old_text, new_text, was=r.section)
            else:
                change = Change(Action.REWORDED, a.section, r.old, a.new, old_text, new_text,
                                segments(old_text, new_text), moved=True, was=r.section)
        result.append(change)
    return result


def _runs(what: str, shifts: list[tuple[int, int]]) -> list[Renumbering]:
    """Consecutive (old → new) numbers with the same shift, as runs."""
    runs: list[Renumbering] = []
    for old, new in sorted(shifts):
        last = runs[-1] if runs else None
        if last and old == last.old_last + 1 and new == last.new_last + 1:
            runs[-1] = Renumbering(what, last.old_first, old, last.new_first, new)
        else:
            runs.append(Renumbering(what, old, old, new, new))
    return runs


# ---------------------------------------------------------------------------------------------
# Header

_SCALARS = (
    ("type", lambda d: d.type.label),
    ("chambre", lambda d: {"an": "Assemblée nationale", "senat": "Sénat"}.get(d.chamber, d.chamber)),
    ("numero", lambda d: str(d.numero) if d.numero is not None else None),
    ("legislature", lambda d: str(d.legislature)),
    ("date_depot", lambda d: d.date_depot.isoformat() if d.date_depot else None),
    ("renvoi", lambda d: d.renvoi),
    ("mention_auteurs", lambda d: d.mention_auteurs),
    ("numerotation", lambda d: f"premier numéro {d.numbering.first}, ouverture "
                               f"{'numérotée' if d.numbering.number_opening else 'non numérotée'}"),
    ("points_numerotes", lambda d: "oui" if d.dispositif.points_numbered else "non"),
    ("adoption", lambda d: _adoption(d)),
)

FIELD_LABELS = {
    "type": "type de texte", "chambre": "chambre", "numero": "numéro", "legislature": "législature",
    "date_depot": "date de dépôt", "renvoi": "renvoi", "mention_auteurs": "mention des auteurs",
    "numerotation": "numérotation des alinéas", "points_numerotes": "points numérotés",
    "adoption": "adoption", "titre": "titre", "auteurs": "auteurs",
}


def _adoption(document: Document) -> str | None:
    a = document.adoption
    if a is None:
        return None
    parts = [a.date.isoformat() if a.date else "sans date", a.nature, a.mode]
    if a.voir_les_numeros:
        parts.append("voir les n° " + ", ".join(map(str, a.voir_les_numeros)))
    if a.session:
        parts.append(a.session)
    if a.president:
        parts.append(a.president)
    return " ; ".join(parts)


def _authors(document: Document) -> list[str]:
    names = []
    for author in document.auteurs:
        if isinstance(author, Group):
            names.append(f"groupe {author.name}")
            names.extend(f"{m} ({author.name})" for m in author.members)
        else:
            names.append(author)
    return names


def _header(old: Document, new: Document) -> list[Change]:
    changes = []
    if old.titre.text != new.titre.text:
        changes.append(Change(Action.MODIFIED, Section.HEADER, old_text=old.titre.text,
                              new_text=new.titre.text, field="titre",
                              segments=segments(old.titre.text, new.titre.text)))
    for name, get in _SCALARS:
        before, after = get(old), get(new)
        if before != after:
            action = Action.ADDED if before is None else Action.REMOVED if after is None \
                else Action.MODIFIED
            changes.append(Change(action, Section.HEADER, old_text=before, new_text=after, field=name))
    old_authors, new_authors = _authors(old), _authors(new)
    for pair in match(old_authors, new_authors, threshold=1.01):
        if pair.old is None:
            assert pair.new is not None
            changes.append(Change(Action.ADDED, Section.HEADER, new=Place(pair.new),
                                  new_text=new_authors[pair.new], field="auteurs"))
        elif pair.new is None:
            changes.append(Change(Action.REMOVED, Section.HEADER, old=Place(pair.old),
                                  old_text=old_authors[pair.old], field="auteurs"))
    return changes
