"""Amendment files: ``drafts/DOSSIER/amendements/CE12.yaml``, read and written.

Files are read through :mod:`amend.storage.yamlio` (the safe loader) and validated by
``schemas/amendement.schema.json``. The YAML keeps the operations as data (French keys); a
hand-written file may hold the ``dispositif`` in the AN formulas instead, which is parsed.
New amendments are numbered after the highest number of the same prefix in the folder.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from amend.amendments.parse import Problem, parse_report
from amend.core.errors import InputError, InvalidFile, Location
from amend.model.amendment import (TITLE, AddSentence, AddWords, Amendment, DeleteAlineas,
                                   DeleteArticle, DeleteWords, InsertAlineas, InsertArticle,
                                   InsertSentence, InsertWords, Operation, ReplaceAlineas, Rewrite,
                                   RewriteArticle, SubstituteWords, TextRef)
from amend.model.kinds import AmendmentKind, Fate, is_amendment
from amend.rules import SCH001
from amend.rules.base import Severity
from amend.storage import yamlio

FOLDER = "amendements"
SCHEMA = "amendement.schema.json"
NUMERO = re.compile(r"^(?P<prefix>[A-Z]{0,4})(?P<num>\d{1,5})$")

_POS = {"avant": "before", "apres": "after", "fin": "end", "debut": "start"}
_SOP = {v: k for k, v in _POS.items()}


def _target(value: Any) -> Any:
    return TITLE if value == "titre" else value


def operation_from_data(d: dict[str, Any]) -> Operation:
    """One operation from its YAML mapping (already schema-valid)."""
    kind = d["operation"]
    if kind == "supprimer_article":
        return DeleteArticle()
    if kind == "rediger_article":
        return RewriteArticle(tuple(d["alineas"]), bool(d.get("retablir", False)))
    if kind == "inserer_article":
        return InsertArticle(_POS[d["position"]], str(d["article"]), tuple(d["alineas"]),  # type: ignore[arg-type]
                             bool(d.get("senat", False)))
    if kind == "supprimer_alineas":
        return DeleteAlineas(d["alinea"], d.get("jusqu_a", d["alinea"]))
    if kind == "rediger":
        return Rewrite(_target(d["alinea"]), d["texte"])
    if kind == "remplacer_alineas":
        return ReplaceAlineas(d["alinea"], d.get("jusqu_a", d["alinea"]), tuple(d["alineas"]))
    if kind == "inserer_alineas":
        return InsertAlineas(_POS[d["position"]], d.get("alinea"), tuple(d["alineas"]))  # type: ignore[arg-type]
    if kind == "substituer_mots":
        return SubstituteWords(_target(d["alinea"]), d["mots"], d["par"], d.get("occurrence"),
                               d.get("endroit"))
    if kind == "inserer_mots":
        return InsertWords(_target(d["alinea"]), d["ancre"], _POS[d["position"]], d["mots"],  # type: ignore[arg-type]
                           d.get("occurrence"))
    if kind == "completer":
        return AddWords(_target(d["alinea"]), "start" if d["position"] == "debut" else "end", d["mots"])
    if kind == "supprimer_mots":
        return DeleteWords(_target(d["alinea"]), d["mots"], d.get("occurrence"))
    if kind == "inserer_phrase":
        return InsertSentence(d["alinea"], d["apres_phrase"], d["texte"])
    if kind == "completer_phrase":
        return AddSentence(_target(d["alinea"]), d["texte"])
    raise ValueError(kind)


def operation_to_data(op: Operation) -> dict[str, Any]:
    """The YAML mapping of one operation (inverse of :func:`operation_from_data`)."""
    if isinstance(op, DeleteArticle):
        return {"operation": "supprimer_article"}
    if isinstance(op, RewriteArticle):
        return {"operation": "rediger_article", "alineas": list(op.texts),
                **({"retablir": True} if op.restore else {})}
    if isinstance(op, InsertArticle):
        return {"operation": "inserer_article", "position": _SOP[op.position], "article": op.article,
                "alineas": list(op.texts), **({"senat": True} if op.senat else {})}
    if isinstance(op, DeleteAlineas):
        return {"operation": "supprimer_alineas", "alinea": op.first,
                **({"jusqu_a": op.last} if op.last != op.first else {})}
    if isinstance(op, Rewrite):
        return {"operation": "rediger", "alinea": op.alinea, "texte": op.text}
    if isinstance(op, ReplaceAlineas):
        return {"operation": "remplacer_alineas", "alinea": op.first,
                **({"jusqu_a": op.last} if op.last != op.first else {}), "alineas": list(op.texts)}
    if isinstance(op, InsertAlineas):
        return {"operation": "inserer_alineas", "position": _SOP[op.position],
                **({"alinea": op.alinea} if op.alinea is not None else {}), "alineas": list(op.texts)}
    if isinstance(op, SubstituteWords):
        return {"operation": "substituer_mots", "alinea": op.alinea, "mots": op.old, "par": op.new,
                **({"occurrence": op.occurrence} if op.occurrence else {}),
                **({"endroit": op.where} if op.where else {})}
    if isinstance(op, InsertWords):
        return {"operation": "inserer_mots", "alinea": op.alinea, "position": _SOP[op.position],
                "ancre": op.anchor, "mots": op.words,
                **({"occurrence": op.occurrence} if op.occurrence else {})}
    if isinstance(op, AddWords):
        return {"operation": "completer", "alinea": op.alinea,
                "position": "debut" if op.position == "start" else "fin", "mots": op.words}
    if isinstance(op, DeleteWords):
        return {"operation": "supprimer_mots", "alinea": op.alinea, "mots": op.words,
                **({"occurrence": op.occurrence} if op.occurrence else {})}
    if isinstance(op, InsertSentence):
        return {"operation": "inserer_phrase", "alinea": op.alinea, "apres_phrase": op.after,
                "texte": op.text}
    if isinstance(op, AddSentence):
        return {"operation": "completer_phrase", "alinea": op.alinea, "texte": op.text}
    raise TypeError(op)


def dispositif_position(loaded: yamlio.Loaded) -> tuple[int, int]:
    """Line and column of the first line of a ``dispositif`` block in the file."""
    line, column = loaded.position(("dispositif",))
    if loaded.styles.get(("dispositif",)) in ("|", ">"):
        lines = loaded.text.splitlines()
        following = lines[line:] if line < len(lines) else []
        for offset, text in enumerate(following, start=1):
            if text.strip():
                return line + offset, len(text) - len(text.lstrip()) + 1
    return line, column


def amendment_from_loaded(loaded: yamlio.Loaded) -> tuple[Amendment, list[Problem]]:
    """The model of a schema-valid amendment file, with the problems of its ``dispositif``
    (located at their line and column in the file)."""
    data = loaded.data
    problems: list[Problem] = []
    if "operations" in data:
        operations = tuple(operation_from_data(d) for d in data["operations"])
    else:
        operations, found = parse_report(data["dispositif"])
        first_line, first_column = dispositif_position(loaded)
        block = loaded.styles.get(("dispositif",)) in ("|", ">")
        for p in found:
            line = first_line + p.line - 1 if block else first_line
            column = (first_column + p.column - 1) if (block or p.line == 1) else first_column
            problems.append(dataclasses.replace(p, line=line, column=column))
    texte = data["texte"]
    amendment = Amendment(
        numero=data["numero"], texte=TextRef(texte["chemin"], texte.get("revision")),
        operations=operations, expose=data["expose_sommaire"],
        auteurs=tuple(data.get("auteurs", [])), sort=Fate(data.get("sort", "en_discussion")),
        kind=AmendmentKind(data["type"]), parent=data.get("parent"),
        article="titre" if data.get("cible") == "titre" else "unique",
        rectification=data.get("rectification", 0), dispositif=data.get("dispositif"),
        path=loaded.path)
    return amendment, problems


class InvalidAmendment(InvalidFile):
    """A file that is YAML but not a valid amendment."""


def load_amendment(loaded: yamlio.Loaded) -> Amendment:
    from amend.storage.schema import validate

    if not is_amendment(loaded.data):
        raise InputError("ce fichier n’est pas un amendement (clé « type » : amendement ou "
                         "sous_amendement)", location=Location(loaded.path), rule=SCH001)
    problems = validate(loaded, SCHEMA)
    if problems:
        raise InvalidAmendment(problems)
    amendment, found = amendment_from_loaded(loaded)
    errors = [p.rule.diagnostic(loaded.path, p.line, p.column, p.message, severity=p.severity)
              for p in found if p.severity is Severity.ERROR]
    if errors:
        raise InvalidAmendment(errors)
    return amendment


def read_amendment(path: Path, *, display: Path | None = None) -> Amendment:
    return load_amendment(yamlio.load(path, display=display))


def folder_of(dossier: Path) -> Path:
    return dossier / FOLDER


def amendment_files(dossier: Path) -> list[Path]:
    folder = folder_of(dossier)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.suffix in (".yaml", ".yml")
                   and not p.name.startswith(".")), key=lambda p: _sort_name(p.stem))


def _sort_name(stem: str) -> tuple[str, int, str]:
    match = re.match(r"^([A-Za-z]*)(\d*)(.*)$", stem)
    assert match
    return match.group(1), int(match.group(2) or 0), match.group(3)


def read_all(dossier: Path, root: Path) -> list[Amendment]:
    """Every amendment of a dossier (refuses, with all diagnostics, an invalid file)."""
    from amend.core.workspace import display

    return [read_amendment(p, display=display(p, root)) for p in amendment_files(dossier)]


def next_numero(dossier: Path, prefix: str) -> str:
    """The next free number with this prefix: « CE13 » after CE1…CE12 (files and ``numero`` keys)."""
    highest = 0
    for path in amendment_files(dossier):
        for candidate in (path.stem, _numero_in(path)):
            match = NUMERO.match(candidate or "")
            if match and match.group("prefix") == prefix:
                highest = max(highest, int(match.group("num")))
    return f"{prefix}{highest + 1}"


def _numero_in(path: Path) -> str | None:
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("numero:"):
                return line.split(":", 1)[1].strip().strip("\"'")
    except (OSError, UnicodeDecodeError):
        return None
    return None


def to_yaml(amendment: Amendment, *, schema_line: str, extra: dict[str, Any] | None = None) -> str:
    """The YAML file of an amendment (operations as data, the dispositif in a comment)."""
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.scalarstring import LiteralScalarString

    data = CommentedMap()
    data["type"] = amendment.kind.value
    data["numero"] = amendment.numero
    if amendment.rectification:
        data["rectification"] = amendment.rectification
    if amendment.parent:
        data["parent"] = amendment.parent
    data["auteurs"] = list(amendment.auteurs)
    for key, value in (extra or {}).items():
        data[key] = value
    data["texte"] = {"chemin": amendment.texte.path, "revision": amendment.texte.revision}
    if amendment.article == "titre":
        data["cible"] = "titre"
    data["operations"] = [operation_to_data(op) for op in amendment.operations]
    data["expose_sommaire"] = LiteralScalarString(amendment.expose.rstrip("\n") + "\n") \
        if "\n" in amendment.expose or len(amendment.expose) > 90 else amendment.expose
    data["sort"] = amendment.sort.value
    return f"{schema_line}\n" + yamlio.dump_roundtrip(data)
