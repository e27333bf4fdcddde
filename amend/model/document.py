"""The document model: typed, frozen values built from a validated YAML file.

The YAML file stays the source of truth; these objects are a read-only view of it, with the
position of every line in the file so that checks can point at it. Build one with
:func:`document_from_loaded` (after schema validation) or :func:`read_document` (which does both).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amend.model.kinds import DocType
from amend.rules import SCH002
from amend.rules.base import Diagnostic
from amend.storage.yamlio import Loaded

Key = tuple[Any, ...]


@dataclass(frozen=True)
class Line:
    """One piece of text written by the authors, and where it sits in its file (1-based)."""

    text: str
    key: Key = ()
    line: int = 0
    column: int = 0


@dataclass(frozen=True)
class Group:
    name: str
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Adoption:
    date: _dt.date | None
    nature: str = "resolution_europeenne"
    mode: str = "seance"
    voir_les_numeros: tuple[int, ...] = ()
    session: str | None = None
    president: str | None = None


@dataclass(frozen=True)
class Numbering:
    """The alinéa numbering convention (README, « Numérotation des alinéas »)."""

    first: int = 1
    number_opening: bool = True


@dataclass(frozen=True)
class Dispositif:
    visas: tuple[Line, ...] = ()
    considerants: tuple[Line, ...] = ()
    points: tuple[Line, ...] = ()
    points_numbered: bool = True


@dataclass(frozen=True)
class Document:
    type: DocType
    legislature: int
    titre: Line
    dispositif: Dispositif
    chamber: str = "an"
    numero: int | None = None
    date_depot: _dt.date | None = None
    renvoi: str | None = None
    auteurs: tuple[str | Group, ...] = ()
    mention_auteurs: str = "députées et députés"
    expose_des_motifs: tuple[Line, ...] = ()
    numbering: Numbering = field(default_factory=Numbering)
    adoption: Adoption | None = None
    path: Path | None = None

    @property
    def groups(self) -> tuple[Group, ...]:
        return tuple(a for a in self.auteurs if isinstance(a, Group))

    def lines(self) -> list[Line]:
        """Every line of prose in the document, in reading order (title, exposé, dispositif)."""
        d = self.dispositif
        return [self.titre, *self.expose_des_motifs, *d.visas, *d.considerants, *d.points]


def _line(loaded: Loaded, key: Key, text: str) -> Line:
    line, column = loaded.position(key)
    return Line(text=text, key=key, line=line, column=column)


def _lines(loaded: Loaded, key: Key, values: list[str] | None) -> tuple[Line, ...]:
    return tuple(_line(loaded, key + (i,), v) for i, v in enumerate(values or []))


def parse_date(loaded: Loaded, key: Key, value: str | None,
               problems: list[Diagnostic]) -> _dt.date | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        line, column = loaded.position(key)
        problems.append(SCH002.diagnostic(loaded.path, line, column, f"date inexistante : « {value} »"))
        return None


def document_from_loaded(loaded: Loaded) -> tuple[Document, list[Diagnostic]]:
    """Build the model from data that passed the schema. Returns it with calendar problems."""
    data = loaded.data
    problems: list[Diagnostic] = []
    auteurs: list[str | Group] = []
    for author in data.get("auteurs", []):
        if isinstance(author, dict):
            auteurs.append(Group(author["groupe"], tuple(author.get("membres", []))))
        else:
            auteurs.append(author)
    disp = data.get("dispositif", {})
    numbering = data.get("numerotation", {})
    adoption = None
    if "adoption" in data:
        a = data["adoption"]
        adoption = Adoption(
            date=parse_date(loaded, ("adoption", "date"), a.get("date"), problems),
            nature=a.get("nature", "resolution_europeenne"), mode=a.get("mode", "seance"),
            voir_les_numeros=tuple(a.get("voir_les_numeros", [])), session=a.get("session"),
            president=a.get("president"))
    document = Document(
        type=DocType(data["type"]),
        legislature=data["legislature"],
        titre=_line(loaded, ("titre",), data["titre"]),
        chamber=data.get("chambre", "an"),
        numero=data.get("numero"),
        date_depot=parse_date(loaded, ("date_depot",), data.get("date_depot"), problems),
        renvoi=data.get("renvoi"),
        auteurs=tuple(auteurs),
        mention_auteurs=data.get("mention_auteurs", "députées et députés"),
        expose_des_motifs=_lines(loaded, ("expose_des_motifs",), data.get("expose_des_motifs")),
        dispositif=Dispositif(
            visas=_lines(loaded, ("dispositif", "visas"), disp.get("visas")),
            considerants=_lines(loaded, ("dispositif", "considerants"), disp.get("considerants")),
            points=_lines(loaded, ("dispositif", "points"), disp.get("points")),
            points_numbered=disp.get("points_numerotes", True)),
        numbering=Numbering(first=numbering.get("premier_numero", 1),
                            number_opening=numbering.get("numeroter_ouverture", True)),
        adoption=adoption,
        path=loaded.path,
    )
    return document, problems
