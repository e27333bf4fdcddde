"""Drafting rules (RED): what the Règlement de l’Assemblée nationale and the house style require
of a resolution as a whole (domain-rules.md § 1.3, § 6)."""

from __future__ import annotations

from amend.rules.base import Rule, Severity


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
