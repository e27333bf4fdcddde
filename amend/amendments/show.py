"""An amendment as the Assemblée nationale prints it (domain-rules.md § 2.3, « Header »).

::

    AMENDEMENT N° CE1
    présenté par
    Mme Colette CAPDEVIELLE
    ----------
    Texte visé : proposition de résolution européenne n° 1775 relative à …
    Examiné par : commission des affaires européennes

    ARTICLE UNIQUE

    À l’alinéa 15, substituer au mot : « 2011/92/UE » le mot : « 2011/93/UE ».

    EXPOSÉ SOMMAIRE

    …

:func:`view` gives the pieces (used by the renderer), :func:`as_text` the plain-text page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from amend.amendments.formulas import generate
from amend.model.amendment import Amendment, rectification_label
from amend.model.kinds import AmendmentKind

SEPARATOR = "----------"


@dataclass(frozen=True)
class View:
    heading: str
    presented_by: tuple[str, ...]
    texte_vise: str | None
    examined_by: str | None
    division: str
    dispositif: tuple[str, ...]
    expose: tuple[str, ...]
    sort: str


def heading(amendment: Amendment) -> str:
    word = "SOUS-AMENDEMENT" if amendment.kind is AmendmentKind.SOUS_AMENDEMENT else "AMENDEMENT"
    head = f"{word} N°\u00a0{amendment.numero}"
    if amendment.rectification:
        head += " " + rectification_label(amendment.rectification).upper()
    return head


def texte_vise(amendment: Amendment, root: Path | None) -> str | None:
    if root is None:
        return amendment.texte.path
    from amend.amendments.targets import read_text_at

    text = read_text_at(root.resolve(), amendment.texte.path, amendment.texte.revision)
    if text.document is None:
        return amendment.texte.path
    d = text.document
    number = f" n°\u00a0{d.numero}" if d.numero else ""
    return f"{d.type.label}{number} {d.titre.text}"


def view(amendment: Amendment, root: Path | None = None, *, examined_by: str | None = None) -> View:
    division = "TITRE" if amendment.article == "titre" or all(
        getattr(op, "alinea", None) == "titre" for op in amendment.operations) else "ARTICLE UNIQUE"
    if amendment.kind is AmendmentKind.SOUS_AMENDEMENT:
        division = f"à l’amendement n°\u00a0{amendment.parent}"
    sort = amendment.sort.label
    return View(
        heading=heading(amendment),
        presented_by=amendment.auteurs,
        texte_vise=texte_vise(amendment, root),
        examined_by=examined_by,
        division=division,
        dispositif=tuple(generate(amendment.operations).split("\n")),
        expose=tuple(p.strip() for p in amendment.expose.split("\n\n") if p.strip()),
        sort=sort[:1].upper() + sort[1:],
    )


def as_text(amendment: Amendment, root: Path | None = None) -> str:
    v = view(amendment, root)
    lines = [v.heading]
    if v.presented_by:
        lines += ["présenté par", ", ".join(v.presented_by)]
    lines.append(SEPARATOR)
    if v.texte_vise:
        lines.append(f"Texte visé : {v.texte_vise}")
    lines += ["", v.division, "", *v.dispositif, "", "EXPOSÉ SOMMAIRE", ""]
    lines += "\n\n".join(v.expose).split("\n")
    lines += ["", f"Sort : {v.sort}"]
    return "\n".join(lines) + "\n"
