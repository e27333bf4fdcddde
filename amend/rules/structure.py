"""Structure rules: what authors typed that amend adds by itself, and the shape of the document.

``amend number --write`` removes what these rules flag (see :func:`fixes`).
"""

from __future__ import annotations

from amend.diagnostics import Diagnostic, Severity
from amend.model.document import Document, Line
from amend.numbering import (CONSIDERANT_PREFIX, END_PUNCTUATION, POINT_PREFIX, VISA_PREFIX,
                             strip_end)
from amend.rules.base import Rule

W, E = Severity.WARNING, Severity.ERROR

SCHEMA = Rule("SCH001", "schema", E, "document non conforme au schéma", "schemas/texte.schema.json",
              "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif: {}\ninconnu: 1\n",
              "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif: {}\n")
DATE = Rule("SCH002", "date-inexistante", E, "date inexistante", "calendrier grégorien",
            "type: ppre\nlegislature: 17\ndate_depot: \"2025-02-30\"\ntitre: relative à X\ndispositif: {}\n",
            "type: ppre\nlegislature: 17\ndate_depot: \"2025-02-28\"\ntitre: relative à X\ndispositif: {}\n")
VISA_VU = Rule("STR001", "vu-saisi", W,
               "« Vu » saisi à la main : amend l’ajoute lui-même (amend number --write le retire)",
               "DESIGN.md § 3 ; domain-rules.md § 1.3", "Vu l’article 88‑4 de la Constitution",
               "l’article 88‑4 de la Constitution", "visa")
CONS_PREFIX = Rule("STR002", "considerant-saisi", W,
                   "« Considérant » saisi à la main : amend l’ajoute lui-même",
                   "DESIGN.md § 3 ; domain-rules.md § 1.3", "Considérant que l’Union agit",
                   "que l’Union agit", "considerant")
POINT_NUMBER = Rule("STR003", "numero-saisi", W,
                    "numéro de point saisi à la main : amend numérote les points lui-même",
                    "DESIGN.md § 3 ; domain-rules.md § 1.3", "1. Salue la proposition",
                    "Salue la proposition", "point")
END_PUNCT = Rule("STR004", "ponctuation-saisie", W,
                 "ponctuation finale saisie à la main : amend ajoute « , », « ; » ou « . » lui-même",
                 "DESIGN.md § 3 ; domain-rules.md § 1.3 (R-STR-2 à R-STR-4)",
                 "l’article 88‑4 de la Constitution,", "l’article 88‑4 de la Constitution", "visa")
NO_POINT = Rule("STR005", "dispositif-sans-point", W,
                "le dispositif n’a aucun point : une résolution se conclut par au moins un point",
                "domain-rules.md § 1.3 (R-STR-4)",
                "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas: [l’article 88‑4 de la Constitution]\n",
                "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas: [l’article 88‑4 de la Constitution]\n  points: [Demande au Gouvernement d’agir]\n")

RULES = (SCHEMA, DATE, VISA_VU, CONS_PREFIX, POINT_NUMBER, END_PUNCT, NO_POINT)

_PREFIXES = (("visas", VISA_PREFIX, VISA_VU), ("considerants", CONSIDERANT_PREFIX, CONS_PREFIX),
             ("points", POINT_PREFIX, POINT_NUMBER))


def check_text(document: Document, loaded: object = None) -> list[Diagnostic]:
    path = document.path
    found: list[Diagnostic] = []
    d = document.dispositif
    for name, prefix, rule in _PREFIXES:
        for line in getattr(d, name):
            text = line.text
            match = prefix.match(text)
            if match:
                found.append(rule.diagnostic(path, line.line, line.column))
            if END_PUNCTUATION.search(text) and strip_end(text) != text:
                found.append(END_PUNCT.diagnostic(path, line.line, line.column))
    if not d.points:
        found.append(NO_POINT.diagnostic(path, *_dispositif_position(document)))
    return found


def _dispositif_position(document: Document) -> tuple[int, int]:
    lines = [*document.dispositif.visas, *document.dispositif.considerants]
    if lines:
        return lines[-1].line, lines[-1].column
    return document.titre.line, document.titre.column


def fixed_content(key_kind: str, text: str) -> str:
    """The content of a line once what amend adds itself is removed."""
    for name, prefix, _ in _PREFIXES:
        if name == key_kind:
            match = prefix.match(text)
            if match:
                text = text[match.end():]
    return strip_end(text)


def fixes(document: Document) -> list[tuple[Line, str]]:
    """(line, corrected content) for every line that carries what amend adds by itself."""
    result = []
    d = document.dispositif
    for name in ("visas", "considerants", "points"):
        for line in getattr(d, name):
            new = fixed_content(name, line.text)
            if new != line.text:
                result.append((line, new))
    return result
