"""Drafting rules (RED): what the Règlement de l’Assemblée nationale and the house style require
of a resolution as a whole (domain-rules.md § 1.3, § 6)."""

from __future__ import annotations

from typing import Iterator

from amend.citations.patterns import compiled, normalise
from amend.diagnostics import Severity
from amend.rules.base import Rule
from amend.rules.engine import Context, Finding, Segment

E, W = Severity.ERROR, Severity.WARNING

_PPRE = "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas:\n{visas}  points: [Demande au Gouvernement d’agir]\n"
_PPR = "type: ppr\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas:\n    - l’article 34‑1 de la Constitution\n    - l’article 136 du Règlement de l’Assemblée nationale\n  points: [{point}]\n"

RED001 = Rule("RED001", "ppre-sans-document-ue", W,
              "une proposition de résolution européenne doit viser au moins un document de l’Union européenne",
              "Règlement de l’Assemblée nationale, art. 151-4, al. 2",
              _PPRE.format(visas="    - l’article 88‑4 de la Constitution\n"),
              _PPRE.format(visas="    - l’article 88‑4 de la Constitution\n    - la proposition de règlement COM(2022) 209 final\n"))
RED002 = Rule("RED002", "article-reglement-procedure", E,
              "article du Règlement de l’Assemblée nationale qui ne correspond pas à la procédure",
              "Règlement de l’Assemblée nationale, art. 136 (art. 34-1 C) et 151-5 (art. 88-4 C)",
              _PPRE.format(visas="    - l’article 88‑4 de la Constitution\n    - l’article 136 du Règlement de l’Assemblée nationale\n    - la proposition de règlement COM(2022) 209 final\n"),
              _PPRE.format(visas="    - l’article 88‑4 de la Constitution\n    - l’article 151‑5 du Règlement de l’Assemblée nationale\n    - la proposition de règlement COM(2022) 209 final\n"))
RED003 = Rule("RED003", "injonction-gouvernement", W,
              "une résolution de l’article 34-1 ne peut adresser d’injonction au Gouvernement (« Invite le Gouvernement à … »)",
              "Constitution, art. 34-1, al. 2 ; domain-rules.md (E-34-1-INJ)",
              _PPR.format(point="Enjoint au Gouvernement de publier le décret"),
              _PPR.format(point="Invite le Gouvernement à publier le décret"))
RED004 = Rule("RED004", "ponctuation-alineas", W,
              "ponctuation finale incohérente : visa « , », considérant « ; », point « ; » et dernier point « . »",
              "domain-rules.md § 1.3 (R-STR-2 à R-STR-4, E-STR-PUNCT)",
              "Article unique\n\nL’Assemblée nationale,\n\nVu l’article 88‑4 de la Constitution ;\n\nVu la proposition de règlement COM(2022) 209 final,\n\n1. Demande au Gouvernement d’agir.\n",
              "Article unique\n\nL’Assemblée nationale,\n\nVu l’article 88‑4 de la Constitution,\n\nVu la proposition de règlement COM(2022) 209 final,\n\n1. Demande au Gouvernement d’agir.\n",
              "texte-brut")

RULES = (RED001, RED002, RED003, RED004)

_EU_DOCUMENT = (r"(?:\b(?:COM|SEC|SWD|JOIN) ?[(\[/]|\bproposition (?:de|d’|d')|\bcommunication (?:de la|conjointe)"
                r"|\b(?:règlement|directive|décision(?:-cadre)?|recommandation)(?: délégu\w+| d['’]exécution)? "
                r"(?:\([A-Za-z, ]{2,16}\) )?(?:n[°º] ?)?\d|\bconclusions du Conseil|\blivre (?:vert|blanc)|\bdocument de travail)")
_INJUNCTION = r"^(?:Enjoint|Ordonne|Somme|Exige du Gouvernement|Impose au Gouvernement|Commande au Gouvernement)\b"


def check_procedure(context: Context) -> Iterator[Finding]:
    visas = context.of_kind("visa")
    if context.doc_type == "ppre" and visas:
        from amend.rules.citations import acts, references

        cites_eu = any(acts(v.text) or references(v.text) for v in visas) or any(
            compiled(_EU_DOCUMENT).search(normalise(v.text)) for v in visas)
        if not cites_eu:
            last = visas[-1]
            yield Finding(RED001, last, 0, len(last.text))
    from amend.rules.citations import french

    for visa in visas:
        for article in french(visa.text)[1]:
            if article.kind != "reglement" or article.extra.endswith("Sénat"):
                continue
            number = article.number.replace("\u2011", "-")
            if context.doc_type == "ppre" and number == "136":
                yield Finding(RED002, visa, article.number_start, article.number_start + len(number),
                              f"{RED002.message} : une proposition de résolution européenne vise l’article 151‑5")
            elif context.doc_type == "ppr" and number.startswith("151-"):
                yield Finding(RED002, visa, article.number_start, article.number_start + len(number),
                              f"{RED002.message} : une proposition de résolution (art. 34-1) vise l’article 136")


def check_injunction(segment: Segment, context: Context) -> Iterator[Finding]:
    if context.doc_type != "ppr" or segment.kind != "point":
        return
    m = compiled(_INJUNCTION).match(segment.text)
    if m:
        yield Finding(RED003, segment, m.start(), m.end())


SEGMENT_CHECKS = (check_injunction,)
TEXT_CHECKS = (check_procedure,)
