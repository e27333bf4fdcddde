"""Structure rules: what authors typed that amend adds by itself, and the shape of the document.

``amend number --write`` removes what these rules flag (see :func:`fixes`).
"""

from __future__ import annotations

from amend.rules.base import Rule, Severity


W, E = Severity.WARNING, Severity.ERROR

SCH001 = Rule("SCH001", "schema", E, "document non conforme au schéma", "schemas/texte.schema.json",
              "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif: {}\ninconnu: 1\n",
              "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif: {}\n")
SCH002 = Rule("SCH002", "date-inexistante", E, "date inexistante", "calendrier grégorien",
            "type: ppre\nlegislature: 17\ndate_depot: \"2025-02-30\"\ntitre: relative à X\ndispositif: {}\n",
            "type: ppre\nlegislature: 17\ndate_depot: \"2025-02-28\"\ntitre: relative à X\ndispositif: {}\n")
STR001 = Rule("STR001", "vu-saisi", W,
               "« Vu » saisi à la main : amend l’ajoute lui-même (amend number --write le retire)",
               "DESIGN.md § 3 ; domain-rules.md § 1.3", "Vu l’article 88‑4 de la Constitution",
               "l’article 88‑4 de la Constitution", "visa")
STR002 = Rule("STR002", "considerant-saisi", W,
                   "« Considérant » saisi à la main : amend l’ajoute lui-même",
                   "DESIGN.md § 3 ; domain-rules.md § 1.3", "Considérant que l’Union agit",
                   "que l’Union agit", "considerant")
STR003 = Rule("STR003", "numero-saisi", W,
                    "numéro de point saisi à la main : amend numérote les points lui-même",
                    "DESIGN.md § 3 ; domain-rules.md § 1.3", "1. Salue la proposition",
                    "Salue la proposition", "point")
STR004 = Rule("STR004", "ponctuation-saisie", W,
                 "ponctuation finale saisie à la main : amend ajoute « , », « ; » ou « . » lui-même",
                 "DESIGN.md § 3 ; domain-rules.md § 1.3 (R-STR-2 à R-STR-4)",
                 "l’article 88‑4 de la Constitution,", "l’article 88‑4 de la Constitution", "visa")
STR005 = Rule("STR005", "dispositif-sans-point", W,
                "le dispositif n’a aucun point : une résolution se conclut par au moins un point",
                "domain-rules.md § 1.3 (R-STR-4)",
                "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas: [l’article 88‑4 de la Constitution]\n",
                "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas: [l’article 88‑4 de la Constitution]\n  points: [Demande au Gouvernement d’agir]\n")

RULES = (SCH001, SCH002, STR001, STR002, STR003, STR004, STR005)
