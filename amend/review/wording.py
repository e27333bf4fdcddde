"""The French sentences that describe a semantic diff — shared by every output format.

« Considérant reformulé (alinéa 37 → 36) », « points 5 à 13 renumérotés 6 à 14 »,
« 1 visa supprimé, 1 considérant reformulé, 1 point ajouté ». Pure functions, no markup.
"""

from __future__ import annotations

from amend.model.kinds import Kind
from amend.review.semantic import (DISPOSITIF, FIELD_LABELS, Action, Change, Renumbering, Section,
                                   TextDiff)

_PARTICIPLES = {Action.ADDED: "ajouté", Action.REMOVED: "supprimé", Action.REWORDED: "reformulé",
                Action.MOVED: "déplacé", Action.MODIFIED: "modifié"}
_NOUNS = {Section.VISA: ("visa", "visas"), Section.CONSIDERANT: ("considérant", "considérants"),
          Section.POINT: ("point", "points"),
          Section.EXPOSE: ("paragraphe de l’exposé des motifs", "paragraphes de l’exposé des motifs")}
_SUMMARY_ORDER = [(s, a) for s in (Section.EXPOSE, Section.VISA, Section.CONSIDERANT, Section.POINT)
                  for a in (Action.REMOVED, Action.REWORDED, Action.MOVED, Action.ADDED)]


def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n <= 1 else (words or word + 's')}"


def _arrow(before: int | None, after: int | None) -> str:
    if before is None or after is None:
        return str(after if before is None else before)
    return str(before) if before == after else f"{before} → {after}"


def title(change: Change) -> str:
    """One line saying what happened to one line of the text."""
    verb = _PARTICIPLES[change.action]
    if change.section is Section.HEADER:
        name = FIELD_LABELS.get(change.field or "", change.field or "")
        if change.field == "auteurs":
            return f"Auteur {'ajouté' if change.action is Action.ADDED else 'retiré'}"
        if change.field == "titre":
            return "Titre modifié"
        return f"{name[0].upper()}{name[1:]} {verb}"
    old, new = change.old, change.new
    if change.section is Section.EXPOSE:
        where = f"paragraphe {_arrow(old.rank if old else None, new.rank if new else None)}"
        what = f"{where[0].upper()}{where[1:]} de l’exposé des motifs"
        return f"{what} {verb}{' et déplacé' if change.moved else ''}"
    alinea = _arrow(old.alinea if old else None, new.alinea if new else None)
    if change.was is not None:  # a visa become a considérant, a considérant become a point…
        now = _NOUNS[change.section][0] + (f" {new.rank}" if change.section is Section.POINT and new
                                           else "")
        before = _NOUNS[change.was][0].capitalize()
        reworded = ", reformulé" if change.action is Action.REWORDED else ""
        return f"{before} devenu {now}{reworded} (alinéa {alinea})"
    noun = _NOUNS[change.section][0].capitalize()
    if change.section is Section.POINT:
        noun += " " + _arrow(old.rank if old else None, new.rank if new else None)
    where = f"était l’alinéa {alinea}" if change.action is Action.REMOVED else f"alinéa {alinea}"
    if change.action is Action.MOVED:
        return f"{noun} déplacé ({where})"
    return f"{noun} {verb}{' et déplacé' if change.moved else ''} ({where})"


def detail(change: Change) -> str | None:
    """For header fields: « ancien → nouveau »; ``None`` when the text itself is shown."""
    if change.section is not Section.HEADER or change.field in ("titre", "auteurs"):
        return None
    return f"{change.old_text or '(absent)'} → {change.new_text or '(absent)'}"


def renumbering(run: Renumbering) -> str:
    word, words = ("point", "points") if run.what == "point" else ("alinéa", "alinéas")
    if run.old_first == run.old_last:
        return f"{word} {run.old_first} renuméroté {run.new_first}"
    return f"{words} {run.old_first} à {run.old_last} renumérotés {run.new_first} à {run.new_last}"


def renumberings(diff: TextDiff) -> str:
    """All renumbering runs, points first, as one sentence part (empty when nothing moved)."""
    return " ; ".join(renumbering(r) for r in diff.renumberings)


def summary(diff: TextDiff, *, with_renumbering: bool = True) -> str:
    """One line: what changed in the text (``amend log``; headings, without the renumbering)."""
    if diff.status == "ajoute":
        return "texte créé : " + _contents(diff.new_counts)
    if diff.status == "supprime":
        return "texte supprimé : " + _contents(diff.old_counts)
    if diff.status == "identique":
        return "aucun changement du texte (mise en forme ou commentaires du YAML seulement)"
    parts = []
    header = [c for c in diff.changes if c.section is Section.HEADER]
    fields = []
    for change in header:
        name = FIELD_LABELS.get(change.field or "", change.field or "")
        if name not in fields:
            fields.append(name)
    if fields:
        parts.append("en-tête modifié (" + ", ".join(fields) + ")")
    for section, action in _SUMMARY_ORDER:
        n = sum(1 for c in diff.changes if c.action is action and c.section is section and not c.was)
        if n:
            word, words = _NOUNS[section]
            verb = _PARTICIPLES[action] + ("s" if n > 1 else "")
            if section is Section.EXPOSE:
                parts.append(f"{_plural(n, 'paragraphe', 'paragraphes')} de l’exposé des motifs {verb}")
            else:
                parts.append(f"{_plural(n, word, words)} {verb}")
    turned: dict[tuple[Section, Section], int] = {}
    for change in diff.changes:
        if change.was is not None:
            turned[(change.was, change.section)] = turned.get((change.was, change.section), 0) + 1
    for (was, now), n in turned.items():
        s = "s" if n > 1 else ""
        parts.append(f"{_plural(n, *_NOUNS[was])} devenu{s} {_NOUNS[now][n > 1]}")
    line = ", ".join(parts)
    points = [r for r in diff.renumberings if r.what == "point"]
    if points and with_renumbering:
        line += " ; " + " ; ".join(renumbering(r) for r in points)
    return line


def _contents(counts: dict[str, int]) -> str:
    return ", ".join([
        _plural(counts.get("visa", 0), "visa"),
        _plural(counts.get("considerant", 0), "considérant"),
        _plural(counts.get("point", 0), "point"),
    ])


def affixes(change: Change, diff: TextDiff, *, new_side: bool) -> tuple[str, str]:
    """What the printed line adds around the content: (« Vu  », « , »), (« 3. », « ; »)…"""
    from amend.model.numbering import format_line

    if change.section not in DISPOSITIF:
        return "", ""
    place = change.new if new_side else change.old
    if place is None:
        return "", ""
    kind: Kind = DISPOSITIF[change.section]
    counts = diff.new_counts if new_side else diff.old_counts
    last = kind is Kind.POINT and place.index == counts.get("point", 0) - 1
    printed = format_line(kind, "\x00", index=place.index, last=last)
    prefix, _, suffix = printed.partition("\x00")
    return prefix, suffix
