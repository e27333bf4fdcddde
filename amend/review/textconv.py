"""The readable form of a text or amendment file, for git's ``textconv`` diff driver.

After ``amend git setup``, ``git diff``, ``git log -p`` and ``git show`` pass each version of a
``drafts/**/*.yaml`` file through ``amend git textconv FILE`` and compare what it prints: the
header, the exposé des motifs paragraph by paragraph, and the dispositif numbered as
``amend number`` prints it (« 12  Vu … , »), one line per alinéa, so that a diff line *is* an
alinéa. An amendment prints its header fields and its dispositif.

Never fails: a file that cannot be read as a text or an amendment (broken YAML, conflict markers,
another kind of YAML) is printed unchanged, so that ``git diff`` always shows something.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from amend.core.errors import AmendError
from amend.core.french import format_date
from amend.model.kinds import AmendmentKind, is_amendment, is_text


def render_file(path: Path) -> str:
    """What git shows for ``path``: the rendered text, or the file itself when it is not one."""
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    try:
        return render_text(text, path)
    except (AmendError, KeyError, TypeError, ValueError, AttributeError, IndexError):
        return text


def render_text(text: str, shown: Path) -> str:
    from amend.storage import yamlio

    loaded = yamlio.load(shown, display=shown, text=text)
    data = loaded.data
    if not isinstance(data, dict):
        return text
    kind = data.get("type")
    if is_text(kind):
        from amend.model.texts import load_document

        return "\n".join(document_lines(load_document(loaded))) + "\n"
    if is_amendment(kind):
        return render_amendment(loaded)
    return text


def render_amendment(loaded: Any) -> str:
    """As the AN prints it (:func:`amend.amendments.show.as_text`): header, formula, exposé.

    A file amend's amendment model refuses is still shown, field by field.
    """
    try:
        from amend.amendments.show import as_text
        from amend.amendments.store import load_amendment
    except ImportError:  # pragma: no cover - the amendment model ships with amend
        return "\n".join(amendment_lines(loaded.data)) + "\n"
    try:
        return as_text(load_amendment(loaded))
    except (AmendError, KeyError, TypeError, ValueError, AttributeError, IndexError):
        return "\n".join(amendment_lines(loaded.data)) + "\n"


def document_lines(document: Any) -> list[str]:
    from amend.model.document import Group
    from amend.model.numbering import number

    lines = [document.type.label.upper()]
    facts = []
    if document.numero is not None:
        facts.append(f"n° {document.numero}")
    facts.append(f"{document.legislature}e législature")
    if document.date_depot:
        facts.append(f"déposée le {format_date(document.date_depot)}")
    lines.append(" — ".join(facts))
    lines.append(document.titre.text)
    if document.renvoi:
        lines.append(f"Renvoi : {document.renvoi}")
    if document.auteurs:
        lines.append("Présentée par :")
        for author in document.auteurs:
            if isinstance(author, Group):
                lines.append(f"  groupe {author.name} :")
                lines.extend(f"    {member}" for member in author.members)
            else:
                lines.append(f"  {author}")
        lines.append(f"  {document.mention_auteurs}")
    if document.adoption is not None:
        a = document.adoption
        when = format_date(a.date) if a.date else "date inconnue"
        lines.append(f"Adoptée le {when} ({a.nature}, {a.mode})")
    if document.expose_des_motifs:
        lines += ["", "EXPOSÉ DES MOTIFS", "", "Mesdames, Messieurs,", ""]
        width = len(str(len(document.expose_des_motifs)))
        lines.extend(f"§ {i:>{width}}  {p.text}"
                     for i, p in enumerate(document.expose_des_motifs, start=1))
    lines += ["", "DISPOSITIF — Article unique", ""]
    alineas = number(document)
    width = len(str(max((a.number or 0) for a in alineas) or 1))
    for alinea in alineas:
        label = str(alinea.number) if alinea.number is not None else ""
        lines.append(f"{label:>{width}}  {alinea.text}")
    return lines


_AMENDMENT_FIELDS = (
    ("numero", "Amendement"), ("rectification", "Rectification"), ("parent", "Sous-amendement à"),
    ("texte", "Texte"), ("revision", "Révision du texte"), ("article", "Article"),
    ("sort", "Sort"), ("date", "Date"),
)


def amendment_lines(data: dict[str, Any]) -> list[str]:
    """An amendment the model cannot read, shown field by field (dispositif, operations…)."""
    kind = "SOUS-AMENDEMENT" if data.get("type") == AmendmentKind.SOUS_AMENDEMENT else "AMENDEMENT"
    lines = [kind]
    for key, label in _AMENDMENT_FIELDS:
        if key in data and data[key] not in (None, "", 0):
            value = data[key]
            if isinstance(value, dict):
                value = ", ".join(f"{k} : {_scalar(v)}" for k, v in value.items())
            lines.append(f"{label} : {_scalar(value)}")
    authors = data.get("auteurs") or []
    if authors:
        lines.append("Auteurs :")
        lines.extend(f"  {_scalar(a)}" for a in authors)
    lines += ["", "DISPOSITIF", ""]
    formula = _formula(data)
    if formula is not None:
        lines.extend(formula.splitlines())
    else:
        operations = data.get("operations")
        if isinstance(operations, list):
            for i, op in enumerate(operations, start=1):
                lines.append(f"Opération {i} :")
                lines.extend(_fields(op, indent="  "))
    expose = data.get("expose") or data.get("expose_sommaire")
    if expose:
        lines += ["", "EXPOSÉ SOMMAIRE", ""]
        lines.extend(expose if isinstance(expose, list) else str(expose).splitlines())
    known = {"type", "auteurs", "operations", "dispositif", "expose", "expose_sommaire",
             *(k for k, _ in _AMENDMENT_FIELDS)}
    rest = {k: v for k, v in data.items() if k not in known}
    if rest:
        lines += ["", "AUTRES CHAMPS", ""]
        lines.extend(_fields(rest))
    return lines


def _formula(data: dict[str, Any]) -> str | None:
    """The dispositif as written in the file, when it holds one."""
    if isinstance(data.get("dispositif"), str):
        return str(data["dispositif"])
    return None


def _scalar(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} : {_scalar(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value)
    return str(value)


def _fields(value: Any, indent: str = "") -> list[str]:
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{indent}{key} :")
                lines.extend(_fields(item, indent + "  "))
            else:
                lines.append(f"{indent}{key} : {_scalar(item)}")
        return lines
    if isinstance(value, list):
        return [line for item in value for line in _fields(item, indent + "- ")] \
            if any(isinstance(v, (dict, list)) for v in value) else [f"{indent}{_scalar(v)}" for v in value]
    return [f"{indent}{_scalar(value)}"]
