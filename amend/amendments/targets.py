"""Checking an amendment against the text it amends, at the revision it names.

« À l’alinéa 12 » must exist in the text as it stood when the amendment was written, and the
quoted words must be there, exactly once or with their occurrence. The text is read at that git
revision (``git show REV:path``); when the revision is unknown, the working tree is used and a
warning says so. The operations are run, one after another, on that text by the same engine as
``amend apply`` (:mod:`amend.amendments.apply`), so that « checked » and « applicable » agree.
Each finding names the operation it concerns (its index in ``operations``) and the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from amend.model.amendment import (TITLE, AddSentence, AddWords, Amendment, DeleteAlineas,
                                   DeleteArticle, DeleteWords, InsertArticle, InsertSentence,
                                   InsertWords, Operation, ReplaceAlineas, Rewrite, RewriteArticle,
                                   SubstituteWords, Target)
from amend.model.document import Document
from amend.model.kinds import AmendmentKind, DocType
from amend.rules import AMD002, AMD003, AMD007, AMD008, AMD010, AMD011, AMD012, AMD016
from amend.rules.base import Rule


@dataclass(frozen=True)
class Finding:
    rule: Rule
    message: str
    operation: int | None = None
    """Index of the operation concerned (0-based), or None for the amendment as a whole."""
    field: str | None = None
    """The key of that operation the finding is about (« alinea », « mots »…)."""


@dataclass(frozen=True)
class TextAtRevision:
    document: Document | None
    revision_known: bool
    problem: str | None = None


@lru_cache(maxsize=64)
def _git_show(root: Path, revision: str, path: str) -> str | None:
    """The text of ``path`` at ``revision``; ``None`` when git answers that it is not there
    (unknown revision, no such file then) or outside any git repository.

    git missing, or a repository git cannot read, is a :class:`~amend.core.errors.GitError`:
    an amendment is never reported « révision inconnue » because git could not be asked.
    """
    from amend.core.workspace import in_git_repository
    from amend.storage.git import read

    if not in_git_repository(root):
        return None
    raw = read(root, revision, path).raw
    try:
        return None if raw is None else raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


@lru_cache(maxsize=64)
def read_text_at(root: Path, path: str, revision: str | None) -> TextAtRevision:
    """The text an amendment names, at its revision (or in the working tree if unknown)."""
    from amend.core.errors import AmendError
    from amend.model.texts import load_document
    from amend.storage import yamlio

    source = _git_show(root, revision, path) if revision else None
    known = source is not None
    shown = Path(path)
    try:
        if source is not None:
            loaded = yamlio.parse(source, shown)
        else:
            file = (root / path).resolve()
            if not file.is_relative_to(root.resolve()) or not file.is_file():
                return TextAtRevision(None, False, f"texte introuvable : {path}")
            loaded = yamlio.load(file, display=shown)
        return TextAtRevision(load_document(loaded), known)
    except AmendError as error:
        return TextAtRevision(None, known, f"le texte visé {path} est illisible : {error.message}")


def _replaced(op: Operation, highest: int) -> set[Target]:
    if isinstance(op, (DeleteAlineas, ReplaceAlineas)):
        return set(range(op.first, op.last + 1))
    if isinstance(op, Rewrite):
        return {op.alinea}
    if isinstance(op, (DeleteArticle, RewriteArticle)):
        return set(range(1, highest + 1))
    return set()


def _edited(op: Operation) -> set[Target]:
    if isinstance(op, (SubstituteWords, InsertWords, AddWords, DeleteWords, InsertSentence, AddSentence)):
        return {op.alinea}
    return set()


def overlaps(operations: tuple[Operation, ...], highest: int) -> list[Finding]:
    """Parts of one amendment that delete or rewrite what another part changes (AMD008)."""
    found = []
    for j, op in enumerate(operations):
        for i in range(j):
            other = operations[i]
            common = (_replaced(op, highest) & (_replaced(other, highest) | _edited(other))) | \
                (_edited(op) & _replaced(other, highest))
            if common:
                names = ", ".join("le titre" if t == TITLE else str(t)
                                  for t in sorted(common, key=lambda t: (t == TITLE, str(t).zfill(6))))
                found.append(Finding(AMD008, f"les parties {i + 1} et {j + 1} de l’amendement portent "
                                     f"sur le(s) même(s) alinéa(s) ({names}) : l’une supprime ou "
                                     "réécrit ce que l’autre modifie", j, "alinea"))
    return found


def one_article(amendment: Amendment) -> list[Finding]:
    """Art. 98 al. 4: one amendment, one article (the title is a division of its own)."""
    names = {"titre": "le titre", "additionnel": "un article additionnel", "article": "l’article"}
    kinds = ["titre" if op_target_is_title(op) else "additionnel" if isinstance(op, InsertArticle)
             else "article" for op in amendment.operations]
    for i, kind in enumerate(kinds):
        if kind != kinds[0]:
            return [Finding(AMD010, f"l’amendement porte à la fois sur {names[kinds[0]]} et sur "
                            f"{names[kind]} : un amendement par division (art. 98 al. 4 du Règlement)",
                            i)]
    return []


def op_target_is_title(op: Operation) -> bool:
    return getattr(op, "alinea", None) == TITLE


def check_against(amendment: Amendment, document: Document) -> list[Finding]:
    """Run the operations on the text (as tabled) and report each target that is missing."""
    from amend.amendments.apply import Falls, _document_state

    if document.type is DocType.PPR:
        return [Finding(AMD012, "une proposition de résolution de l’article 34-1 de la Constitution "
                        "ne peut pas être amendée (Règlement AN, art. 136, al. 9)")]
    findings = one_article(amendment)
    state = _document_state(document)
    findings.extend(overlaps(amendment.operations, state.highest))
    reported = {f.operation for f in findings if f.rule is AMD008}
    for i, op in enumerate(amendment.operations):
        if i in reported:
            continue
        try:
            state.apply(op, amendment.label)
        except Falls as fall:
            findings.append(Finding(fall.rule, str(fall), i, _field_of(op, fall.rule)))
    return findings


def _field_of(op: Operation, rule: Rule) -> str | None:
    if rule in (AMD002, AMD007):
        if isinstance(op, SubstituteWords):
            return "mots"
        if isinstance(op, InsertWords):
            return "ancre"
        if isinstance(op, (DeleteWords,)):
            return "mots"
    return "alinea" if hasattr(op, "alinea") else None


def precision(amendment: Amendment) -> list[Finding]:
    """P-AMD-5: replace the smallest unit — old and new quoted words share a first or last word."""
    found = []
    for i, op in enumerate(amendment.operations):
        if isinstance(op, SubstituteWords):
            old, new = op.old.split(), op.new.split()
            if old == new or "".join(old) == "".join(new):  # only the spacing changes
                continue
            if len(old) > 1 and len(new) > 1 and (old[0] == new[0] or old[-1] == new[-1]):
                same = old[0] if old[0] == new[0] else old[-1]
                found.append(Finding(AMD016, f"« {op.old} » et « {op.new} » ont en commun le mot "
                                     f"« {same} » : ne citer que ce qui change (P-AMD-5)", i, "mots"))
    return found


def check_subamendment(sub: Amendment, parent: Amendment | None) -> list[Finding]:
    """A sous-amendement: its parent exists, is not itself a sous-amendement, and it applies to it."""
    from amend.amendments.apply import Falls, apply_to_lines
    from amend.amendments.formulas import generate
    from amend.amendments.parse import DispositifError, parse

    if parent is None:
        return [Finding(AMD011, f"amendement parent {sub.parent} introuvable dans le dossier")]
    if parent.kind is AmendmentKind.SOUS_AMENDEMENT:
        return [Finding(AMD011, f"{parent.label} est lui-même un sous-amendement : un "
                        "sous-amendement ne peut être sous-amendé (art. 98 al. 4 du Règlement)")]
    lines = generate(parent.operations).split("\n")
    try:
        changed = apply_to_lines(lines, sub.operations, sub.label)
    except Falls as fall:
        message = str(fall).replace("l’alinéa", "la ligne") + f" du dispositif de {parent.label}"
        return [Finding(fall.rule, message, None, None)]
    try:
        parse("\n".join(changed))
    except DispositifError as error:
        return [Finding(AMD003, f"une fois sous-amendé, le dispositif de {parent.label} n’est plus "
                        f"une formule reconnue : {error.message}")]
    return []
