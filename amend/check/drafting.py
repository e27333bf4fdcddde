"""Drafting checks (RED): see ``amend/data/rules/drafting.yaml`` for the rules."""

from __future__ import annotations

from collections.abc import Iterator

from amend.check.context import Context
from amend.citations.patterns import compiled, normalise
from amend.core.french import fold_hyphens
from amend.model.kinds import DocType, Kind
from amend.model.numbering import split_line
from amend.rules import RED001, RED002, RED003, RED004
from amend.rules.base import Finding, Segment

_EU_DOCUMENT = (r"(?:\b(?:COM|SEC|SWD|JOIN) ?[(\[/]|\bproposition (?:de|d’|d')|\bcommunication (?:de la|conjointe)"
                r"|\b(?:règlement|directive|décision(?:-cadre)?|recommandation)(?: délégu\w+| d['’]exécution)? "
                r"(?:\([A-Za-z, ]{2,16}\) )?(?:n[°º] ?)?\d|\bconclusions du Conseil|\blivre (?:vert|blanc)|\bdocument de travail)")
_INJUNCTION = r"^(?:Enjoint|Ordonne|Somme|Exige du Gouvernement|Impose au Gouvernement|Commande au Gouvernement)\b"


def check_procedure(context: Context) -> Iterator[Finding]:
    visas = context.of_kind("visa")
    if context.doc_type is DocType.PPRE and visas:
        from amend.check.citations import acts, references

        cites_eu = any(acts(v.text) or references(v.text) for v in visas) or any(
            compiled(_EU_DOCUMENT).search(normalise(v.text)) for v in visas)
        if not cites_eu:
            last = visas[-1]
            yield Finding(RED001, last, 0, len(last.text))
    from amend.check.citations import french

    for visa in visas:
        for article in french(visa.text)[1]:
            if article.kind != "reglement" or article.extra.endswith("Sénat"):
                continue
            number = fold_hyphens(article.number)
            if context.doc_type is DocType.PPRE and number == "136":
                yield Finding(RED002, visa, article.number_start, article.number_start + len(number),
                              f"{RED002.message} : une proposition de résolution européenne vise l’article 151‑5")
            elif context.doc_type is DocType.PPR and number.startswith("151-"):
                yield Finding(RED002, visa, article.number_start, article.number_start + len(number),
                              f"{RED002.message} : une proposition de résolution (art. 34-1) vise l’article 136")


def check_injunction(segment: Segment, context: Context) -> Iterator[Finding]:
    if context.doc_type is not DocType.PPR or segment.kind != "point":
        return
    m = compiled(_INJUNCTION).match(segment.text)
    if m:
        yield Finding(RED003, segment, m.start(), m.end())


def check_punctuation(context: Context) -> Iterator[Finding]:
    """RED004, on a dispositif as typed (plain files): « Vu …, », « Considérant … ; », points
    « … ; » and the last point « … . ». A YAML text holds no final punctuation: amend adds it."""
    lines = [(n, text, split_line(text)[0]) for n, text in context.printed]
    points = [i for i, (_, _, kind) in enumerate(lines) if kind is Kind.POINT]
    last_point = points[-1] if points else None
    expected = {Kind.VISA: ",", Kind.CONSIDERANT: ";", Kind.POINT: ";"}
    for i, (number, text, kind) in enumerate(lines):
        want = "." if i == last_point else expected.get(kind)
        if want and not text.endswith(want):
            yield Finding(RED004, None, at=(number, len(text)),
                          message=f"{RED004.message} : ce {kind.label} devrait finir par « {want} »")


SEGMENT_CHECKS = (check_injunction,)
TEXT_CHECKS = (check_procedure, check_punctuation)
