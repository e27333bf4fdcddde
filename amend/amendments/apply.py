"""Applying adopted amendments to a text: a pure function (Document + amendments → Document, report).

Every amendment refers to the alinéas of the text as tabled (« l’alinéa 12 » of the revision it
was written against), not to the text as already amended: each original alinéa keeps its
identity while amendments are applied, in discussion order. An amendment whose target no longer
exists (its alinéa was deleted, its words were already replaced) falls (« tombe ») as a whole: it
is applied entirely or not at all. Inserted alinéas are written in their printed form (« Vu …, »,
« Considérant … ; », « 3. … ; ») and classified with :func:`amend.model.numbering.split_line`; points
are renumbered, and the result is a new :class:`~amend.model.document.Document`.

Adopted sous-amendements change the dispositif of their parent before it is applied: their alinéa
numbers are the lines of the parent's dispositif (1 = its first line).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from amend.amendments import words as W
from amend.amendments.formulas import generate
from amend.model.amendment import (TITLE, AddSentence, AddWords, Amendment, DeleteAlineas,
                                   DeleteArticle, DeleteWords, InsertAlineas, InsertArticle,
                                   InsertSentence, InsertWords, Operation, ReplaceAlineas, Rewrite,
                                   RewriteArticle, SubstituteWords, Target)
from amend.model.document import Document, Line
from amend.model.kinds import AmendmentKind, Fate, Kind
from amend.model.numbering import format_line, number, split_line, strip_end
from amend.rules import AMD001, AMD002, AMD007, AMD008, AMD010
from amend.rules.base import Rule


class Falls(Exception):
    """The target of an operation no longer exists: the amendment falls (French reason).

    ``rule`` is the rule the same problem gets from ``amend check`` (``amend/data/rules/amendments.yaml``).
    """

    def __init__(self, message: str, rule: Rule = AMD001) -> None:
        super().__init__(message)
        self.rule = rule


@dataclass(eq=False)
class _Row:
    origin: Target | None
    kind: Kind | None
    content: str
    index: int = 0
    last: bool = False
    numbered: bool = True
    deleted_by: str | None = None
    before: list[_Row] = field(default_factory=list)
    after: list[_Row] = field(default_factory=list)
    replaced: list[_Row] | None = None

    def printed(self) -> str:
        if self.kind is None:
            return self.content
        return format_line(self.kind, self.content, index=self.index, last=self.last,
                           numbered_points=self.numbered)

    def set_printed(self, text: str) -> None:
        if self.kind is None:
            self.content = text
            return
        prefix, _, suffix = format_line(self.kind, "\x00", index=self.index, last=self.last,
                                        numbered_points=self.numbered).partition("\x00")
        if text.startswith(prefix) and text.endswith(suffix) and \
                len(text) >= len(prefix) + len(suffix):
            self.content = text[len(prefix):len(text) - len(suffix)]
            return
        kind, content = split_line(text)
        if kind is not self.kind:
            kind, content = self.kind, strip_end(text.strip())
        self.content = content


@dataclass(frozen=True)
class Outcome:
    amendment: Amendment
    applied: bool
    reason: str | None = None


@dataclass(frozen=True)
class Consolidation:
    document: Document
    outcomes: tuple[Outcome, ...]

    @property
    def applied(self) -> list[Amendment]:
        return [o.amendment for o in self.outcomes if o.applied]

    @property
    def fallen(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.applied]


def _new_row(text: str, plain: bool) -> _Row:
    if plain:
        return _Row(None, None, text)
    kind, content = split_line(text)
    return _Row(None, kind, content)


class _State:
    """The text being amended: original rows by number, insertions attached to them."""

    def __init__(self, rows: list[_Row], title: _Row | None, *, plain: bool = False) -> None:
        self.rows = rows
        self.title = title
        self.plain = plain
        self.by_origin: dict[Target, _Row] = {r.origin: r for r in rows if r.origin is not None}
        if title is not None:
            self.by_origin[TITLE] = title
        self.tail: list[_Row] = []
        self.article_deleted: str | None = None
        self.highest = max((r.origin for r in rows if isinstance(r.origin, int)), default=0)
        self.current = ""

    # -- transactions: an amendment applies entirely or not at all --------------------------
    def begin(self) -> None:
        """Start recording the rows an amendment touches, to undo them if it falls."""
        self.journal: dict[int, tuple] | None = {}
        self.saved = (list(self.tail), self.article_deleted)

    def touch(self, r: _Row) -> _Row:
        journal = getattr(self, "journal", None)
        if journal is not None and id(r) not in journal:
            journal[id(r)] = (r, r.content, r.kind, r.deleted_by, list(r.before), list(r.after),
                              r.replaced)
        return r

    def rollback(self) -> None:
        for r, content, kind, deleted_by, before, after, replaced in (self.journal or {}).values():
            r.content, r.kind, r.deleted_by, r.before, r.after, r.replaced = \
                content, kind, deleted_by, before, after, replaced
        self.tail, self.article_deleted = self.saved
        self.journal = None

    # -- targets ---------------------------------------------------------------------------
    def row(self, target: Target, *, for_insertion: bool = False) -> _Row:
        name = "le titre" if target == TITLE else f"l’alinéa {target}"
        if self.article_deleted:
            raise Falls(f"l’article a été supprimé par l’amendement {self.article_deleted}")
        found = self.by_origin.get(target)
        if found is None:
            raise Falls(f"{name} n’existe pas (le texte compte {self.highest} alinéas)")
        if found.kind is Kind.OUVERTURE and not for_insertion:
            raise Falls(f"{name} est la formule d’ouverture « {found.content} », qu’on ne modifie pas")
        if found.deleted_by and not for_insertion:
            if found.deleted_by == self.current:
                raise Falls(f"{name} est déjà supprimé ou remplacé par une autre partie de cet "
                            "amendement", AMD008)
            raise Falls(f"{name} a été supprimé par l’amendement {found.deleted_by}")
        return self.touch(found)

    def occurrence(self, row: _Row, target: Target, quoted: str, occurrence: int | None,
                   text: str | None = None) -> tuple[int, int]:
        text = row.printed() if text is None else text
        spans = W.find(text, quoted)
        name = "au titre" if target == TITLE else f"à l’alinéa {target}"
        if not spans:
            raise Falls(f"les mots « {quoted} » ne figurent pas {name}", AMD002)
        if occurrence is None:
            if len(spans) > 1:
                raise Falls(f"les mots « {quoted} » figurent {len(spans)} fois {name} : "
                            "préciser l’occurrence", AMD007)
            return spans[0]
        if occurrence > len(spans):
            raise Falls(f"les mots « {quoted} » ne figurent que {len(spans)} fois {name} "
                        f"(occurrence {occurrence} demandée)", AMD007)
        return spans[occurrence - 1]

    # -- operations ------------------------------------------------------------------------
    def apply(self, op: Operation, label: str) -> None:
        self.current = label
        if isinstance(op, DeleteArticle):
            self.row_check_article()
            for r in self.rows:
                if r.kind is not Kind.OUVERTURE:
                    self.touch(r).deleted_by = r.deleted_by or label
            self.article_deleted = label
        elif isinstance(op, RewriteArticle):
            self.row_check_article()
            for r in self.rows:
                if r.kind is not Kind.OUVERTURE:
                    self.touch(r).deleted_by = r.deleted_by or label
            self.tail = [_new_row(t, self.plain) for t in op.texts]
            self.tail = [r for r in self.tail if r.kind is not Kind.OUVERTURE]
        elif isinstance(op, InsertArticle):
            raise Falls("le texte n’a qu’un article unique : un article additionnel ne peut y être "
                        "inséré (déposer plutôt l’insertion d’alinéas)", AMD010)
        elif isinstance(op, DeleteAlineas):
            rows = [self.row(n) for n in range(op.first, op.last + 1)]
            for r in rows:
                r.deleted_by = label
        elif isinstance(op, ReplaceAlineas):
            rows = [self.row(n) for n in range(op.first, op.last + 1)]
            for r in rows:
                r.deleted_by = label
            rows[0].replaced = [_new_row(t, self.plain) for t in op.texts]
        elif isinstance(op, Rewrite):
            r = self.row(op.alinea)
            if r.kind is None:
                r.content = op.text
            else:
                kind, content = split_line(op.text)
                r.kind, r.content = kind, content
        elif isinstance(op, InsertAlineas):
            new = [_new_row(t, self.plain) for t in op.texts]
            if op.position == "end":
                self.row_check_article()
                self.tail.extend(new)
            else:
                r = self.row(op.alinea, for_insertion=True)  # type: ignore[arg-type]
                if r.kind is Kind.OUVERTURE and op.position == "before":
                    raise Falls("rien ne peut être inséré avant la formule d’ouverture")
                (r.after if op.position == "after" else r.before).extend(new)
        elif isinstance(op, SubstituteWords):
            r = self.row(op.alinea)
            if op.where is not None:
                content = r.content
                spans = W.find(content, op.old)
                tail = len(content.rstrip())  # once, not once per occurrence
                wanted = [s for s in spans if (s[1] == tail if op.where == "fin" else s[0] == 0)]
                if not wanted:
                    place = "à la fin" if op.where == "fin" else "au début"
                    raise Falls(f"les mots « {op.old} » ne figurent pas {place} "
                                f"{'du titre' if op.alinea == TITLE else f'de l’alinéa {op.alinea}'}",
                                AMD002)
                start, end = wanted[0]
                r.content = content[:start] + op.new + content[end:]
            else:
                text = r.printed()
                start, end = self.occurrence(r, op.alinea, op.old, op.occurrence, text)
                r.set_printed(text[:start] + op.new + text[end:])
        elif isinstance(op, InsertWords):
            r = self.row(op.alinea)
            text = r.printed()
            start, end = self.occurrence(r, op.alinea, op.anchor, op.occurrence, text)
            if op.position == "after":
                r.set_printed(W.join(text[:end], op.words) + _space_then(text[end:]))
            else:
                r.set_printed(text[:start] + W.join(op.words, text[start:]))
        elif isinstance(op, DeleteWords):
            r = self.row(op.alinea)
            text = r.printed()
            start, end = self.occurrence(r, op.alinea, op.words, op.occurrence, text)
            r.set_printed(W.tidy(text[:start] + text[end:]))
        elif isinstance(op, AddWords):
            r = self.row(op.alinea)
            r.content = W.join(r.content, op.words) if op.position == "end" \
                else W.join(op.words, r.content)
        elif isinstance(op, AddSentence):
            r = self.row(op.alinea)
            r.content = W.join(_with_stop(r.content), strip_end(op.text) if r.kind else op.text)
        elif isinstance(op, InsertSentence):
            r = self.row(op.alinea)
            ends = W.sentence_ends(r.content)
            if op.after > len(ends):
                raise Falls(f"l’alinéa {op.alinea} ne compte que {len(ends) + 1} phrase(s)", AMD002)
            cut = ends[op.after - 1]
            r.content = W.join(r.content[:cut], op.text) + _space_then(r.content[cut:])
        else:  # pragma: no cover - every operation is handled above
            raise TypeError(op)

    def row_check_article(self) -> None:
        if self.article_deleted:
            raise Falls(f"l’article a été supprimé par l’amendement {self.article_deleted}")

    def result(self) -> list[_Row]:
        out: list[_Row] = []
        for r in self.rows:
            out.extend(r.before)
            if r.replaced is not None:
                out.extend(r.replaced)
            elif not r.deleted_by:
                out.append(r)
            out.extend(r.after)
        out.extend(self.tail)
        return out


def _space_then(rest: str) -> str:
    if rest and rest[0] not in W.SPACES and rest[0] not in ",.;:)":
        return " " + rest
    return rest


def _with_stop(text: str) -> str:
    return text if text.rstrip().endswith((".", "!", "?", "…")) else text.rstrip() + "."


def _document_state(document: Document) -> _State:
    numbered = document.dispositif.points_numbered
    last_point = len(document.dispositif.points) - 1
    rows = [_Row(a.number if a.number is not None else "ouverture", a.kind, a.content, a.index,
                 a.kind is Kind.POINT and a.index == last_point, numbered)
            for a in number(document)]
    title = _Row(TITLE, None, document.titre.text)
    return _State(rows, title)


def _apply_one(state: _State, amendment: Amendment, operations: tuple[Operation, ...]) -> str | None:
    state.begin()
    try:
        for op in operations:
            state.apply(op, amendment.label)
    except Falls as fall:
        state.rollback()
        return str(fall)
    state.journal = None
    return None


def apply_to_lines(lines: list[str], operations: tuple[Operation, ...], label: str) -> list[str]:
    """Apply operations to plain numbered lines (a parent's dispositif); :class:`Falls` if not."""
    state = _State([_Row(i, None, line) for i, line in enumerate(lines, start=1)], None, plain=True)
    for op in operations:
        state.apply(op, label)
    return [r.content for r in state.result()]


def merge_subamendments(amendments: list[Amendment]) -> tuple[list[Amendment], list[Outcome]]:
    """Adopted parents with their adopted sous-amendements folded in; outcomes of the latter."""
    from amend.amendments.parse import DispositifError, parse

    by_number = {a.numero: a for a in amendments}
    outcomes: list[Outcome] = []
    changed: dict[str, Amendment] = {}
    for sub in amendments:
        if sub.kind is not AmendmentKind.SOUS_AMENDEMENT or sub.sort is not Fate.ADOPTE:
            continue
        parent = changed.get(sub.parent or "") or by_number.get(sub.parent or "")
        if parent is None or parent.sort is not Fate.ADOPTE:
            why = "son amendement parent n’existe pas" if parent is None else \
                f"l’amendement {parent.label} n’est pas adopté ({parent.sort.label})"
            outcomes.append(Outcome(sub, False, f"sans objet : {why}"))
            continue
        try:
            lines = apply_to_lines(generate(parent.operations).split("\n"), sub.operations, sub.label)
            operations = parse("\n".join(lines))
        except Falls as fall:
            outcomes.append(Outcome(sub, False, str(fall)))
            continue
        except DispositifError as error:
            outcomes.append(Outcome(sub, False, f"l’amendement modifié n’est plus lisible : {error.message}"))
            continue
        changed[parent.numero] = dataclasses.replace(parent, operations=operations)
        outcomes.append(Outcome(sub, True))
    merged = [changed.get(a.numero, a) for a in amendments if a.kind is not AmendmentKind.SOUS_AMENDEMENT]
    return merged, outcomes


def consolidate(document: Document, amendments: list[Amendment]) -> Consolidation:
    """Apply the adopted amendments, in discussion order, and renumber: the commission's text."""
    from amend.amendments.order import discussion_order

    merged, outcomes = merge_subamendments(amendments)
    state = _document_state(document)
    for amendment in discussion_order([a for a in merged if a.sort is Fate.ADOPTE]):
        reason = _apply_one(state, amendment, amendment.operations)
        outcomes.append(Outcome(amendment, reason is None, reason))
    return Consolidation(_rebuild(document, state), tuple(outcomes))


def _rebuild(document: Document, state: _State) -> Document:
    kinds: dict[Kind, list[str]] = {Kind.VISA: [], Kind.CONSIDERANT: [], Kind.POINT: []}
    for row in state.result():
        if row.kind in kinds:
            kinds[row.kind].append(row.content)

    def lines(name: str, kind: Kind) -> tuple[Line, ...]:
        return tuple(Line(text, ("dispositif", name, i)) for i, text in enumerate(kinds[kind]))

    dispositif = dataclasses.replace(
        document.dispositif, visas=lines("visas", Kind.VISA),
        considerants=lines("considerants", Kind.CONSIDERANT), points=lines("points", Kind.POINT))
    title = Line(state.title.content if state.title else document.titre.text, ("titre",))
    return dataclasses.replace(document, titre=title, dispositif=dispositif)


def apply_operations(document: Document, operations: tuple[Operation, ...]) -> Document:
    """Apply operations (of one amendment) to a document; :class:`Falls` if a target is missing."""
    state = _document_state(document)
    for op in operations:
        state.apply(op, "—")
    return _rebuild(document, state)


__all__ = ["Consolidation", "Falls", "Outcome", "apply_operations", "apply_to_lines",
           "consolidate", "merge_subamendments"]
