"""Amendments as data: what an amendment does to a text, independent of how it is worded.

An :class:`Amendment` holds its number, authors, the text (and git revision) it was written
against, its fate and one or more operations. Each operation is a frozen value; the formulas the
Assemblée nationale prints (« À l’alinéa 12, substituer aux mots … ») are generated from them by
:mod:`amend.amendments.formulas` and parsed back by :mod:`amend.amendments.parse`.

Alinéa numbers are those printed in the margin (:func:`amend.model.numbering.number`). The title is
targeted with :data:`TITLE` in place of an alinéa number. Inserted or rewritten alinéas are
kept in their full printed form (« Vu la directive …, »), as they are quoted in the dispositif.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Union

from amend.model.kinds import AmendmentKind, Fate

TITLE = "titre"
"""The target of an operation on the title of the text, in place of an alinéa number."""

Target = Union[int, str]
"""An alinéa number, or :data:`TITLE`."""


# --- operations on the article as a whole --------------------------------------------------


@dataclass(frozen=True)
class DeleteArticle:
    """« Supprimer cet article. »"""


@dataclass(frozen=True)
class RewriteArticle:
    """« Rédiger ainsi cet article : » (or, Sénat, « Rétablir cet article dans la rédaction suivante : »)."""

    texts: tuple[str, ...]
    restore: bool = False


@dataclass(frozen=True)
class InsertArticle:
    """« Après l’article unique, insérer l’article suivant : » (an article additionnel)."""

    position: Literal["before", "after"]
    article: str
    texts: tuple[str, ...]
    senat: bool = False
    """Sénat layout: « Après l’article 6 » then « Insérer un article additionnel ainsi rédigé : »."""


# --- operations on whole alinéas ----------------------------------------------------------


@dataclass(frozen=True)
class DeleteAlineas:
    """« Supprimer l’alinéa 5. » / « Supprimer les alinéas 3 à 5. »"""

    first: int
    last: int


@dataclass(frozen=True)
class Rewrite:
    """« Rédiger ainsi l’alinéa 2 : » (or the title: « Rédiger ainsi le titre : »)."""

    alinea: Target
    text: str


@dataclass(frozen=True)
class ReplaceAlineas:
    """« Substituer à l’alinéa 2 les deux alinéas suivants : » / « … aux alinéas 30 à 42 … »."""

    first: int
    last: int
    texts: tuple[str, ...]


@dataclass(frozen=True)
class InsertAlineas:
    """« Après l’alinéa 7, insérer les deux alinéas suivants : »; ``end``: « Compléter cet article par … »."""

    position: Literal["before", "after", "end"]
    alinea: int | None
    texts: tuple[str, ...]


# --- operations on words and sentences inside one alinéa (or the title) -------------------


@dataclass(frozen=True)
class SubstituteWords:
    """« À l’alinéa 12, substituer aux mots : « … » les mots : « … ». »

    ``occurrence`` (1-based) says which one when the words appear more than once; ``where``
    keeps « À la fin de l’alinéa » / « Au début de l’alinéa ».
    """

    alinea: Target
    old: str
    new: str
    occurrence: int | None = None
    where: Literal["fin", "debut"] | None = None


@dataclass(frozen=True)
class InsertWords:
    """« À l’alinéa 29, après le mot : « crimes », insérer les mots : « de guerre ». »"""

    alinea: Target
    anchor: str
    position: Literal["before", "after"]
    words: str
    occurrence: int | None = None


@dataclass(frozen=True)
class AddWords:
    """« Compléter l’alinéa 7 par les mots : « … ». » / « Au début de l’alinéa 3, insérer les mots : … »"""

    alinea: Target
    position: Literal["start", "end"]
    words: str


@dataclass(frozen=True)
class DeleteWords:
    """« À l’alinéa 3, supprimer les mots : « … ». »"""

    alinea: Target
    words: str
    occurrence: int | None = None


@dataclass(frozen=True)
class InsertSentence:
    """« Après la première phrase de l’alinéa 6, insérer la phrase suivante : »"""

    alinea: int
    after: int
    text: str


@dataclass(frozen=True)
class AddSentence:
    """« Compléter l’alinéa 7 par la phrase suivante : »"""

    alinea: Target
    text: str


Operation = Union[DeleteArticle, RewriteArticle, InsertArticle, DeleteAlineas, Rewrite,
                  ReplaceAlineas, InsertAlineas, SubstituteWords, InsertWords, AddWords,
                  DeleteWords, InsertSentence, AddSentence]

ARTICLE_OPERATIONS = (DeleteArticle, RewriteArticle, InsertArticle)


def targets(op: Operation) -> tuple[Target, ...]:
    """The alinéas (or the title) an operation reads or replaces; () for the whole article."""
    if isinstance(op, (DeleteAlineas, ReplaceAlineas)):
        return tuple(range(op.first, op.last + 1))
    if isinstance(op, InsertAlineas):
        return () if op.alinea is None else (op.alinea,)
    if isinstance(op, ARTICLE_OPERATIONS):
        return ()
    return (op.alinea,)


@dataclass(frozen=True)
class TextRef:
    """The text an amendment was written against: its file and the git revision of that file."""

    path: str
    revision: str | None = None


@dataclass(frozen=True)
class Amendment:
    numero: str
    texte: TextRef
    operations: tuple[Operation, ...]
    expose: str
    auteurs: tuple[str, ...] = ()
    sort: Fate = Fate.EN_DISCUSSION
    kind: AmendmentKind = AmendmentKind.AMENDEMENT
    parent: str | None = None
    article: str = "unique"
    rectification: int = 0
    dispositif: str | None = None
    """The dispositif as written by its authors, when the file holds one instead of operations."""
    path: Path | None = field(default=None, compare=False)

    @property
    def label(self) -> str:
        return numero_label(self.numero, self.rectification)


RECTIFICATIONS = ("", "rectifié", "rectifié bis", "rectifié ter", "rectifié quater",
                  "rectifié quinquies", "rectifié sexies")


def rectification_label(rectification: int) -> str:
    """« » (none), « rectifié », « rectifié bis »…"""
    if rectification < len(RECTIFICATIONS):
        return RECTIFICATIONS[rectification]
    return f"rectifié ({rectification})"


def numero_label(numero: str, rectification: int = 0) -> str:
    """« CE12 », « n° 52 », « CE12 rectifié bis »."""
    shown = f"n°\u00a0{numero}" if numero.isdigit() else numero
    if rectification:
        shown = f"{shown} {rectification_label(rectification)}"
    return shown
