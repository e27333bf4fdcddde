"""The kinds amend distinguishes, as enumerations used everywhere instead of strings: the type of a
text (:class:`DocType`), the kind of an alinéa (:class:`Kind`), the fate of an amendment
(:class:`Fate`) and the kind of an amendment file (:class:`AmendmentKind`).

Their French labels are data (``amend/data/labels.yaml``), shared with the other enumerations
shown to users (:class:`Labelled`).
"""

from __future__ import annotations

from enum import Enum

from amend import data


class Labelled(str, Enum):
    """A string enumeration whose French label is read from ``amend/data/labels.yaml``."""

    @property
    def label(self) -> str:
        return str(data.load("labels.yaml")[type(self).__name__][self.value])


class DocType(Labelled):
    PPRE = "ppre"
    PPR = "ppr"
    TA = "ta"


class Kind(Labelled):
    """What an alinéa of the dispositif is."""

    OUVERTURE = "ouverture"
    VISA = "visa"
    CONSIDERANT = "considerant"
    POINT = "point"


class Fate(Labelled):
    """The fate (« sort ») of an amendment."""

    EN_DISCUSSION = "en_discussion"
    ADOPTE = "adopte"
    REJETE = "rejete"
    RETIRE = "retire"
    TOMBE = "tombe"
    NON_SOUTENU = "non_soutenu"


class AmendmentKind(Labelled):
    """``type`` of an amendment file."""

    AMENDEMENT = "amendement"
    SOUS_AMENDEMENT = "sous_amendement"


def kind_of(value: object) -> DocType | AmendmentKind | None:
    """What a file holds, from its ``type`` value (or a YAML mapping holding it): a text, an
    amendment, or neither (``None``)."""
    if isinstance(value, dict):
        value = value.get("type")
    if isinstance(value, str):
        for kinds in (DocType, AmendmentKind):
            if value in kinds._value2member_map_:
                return kinds(value)
    return None


def is_text(value: object) -> bool:
    """Whether ``value`` (a ``type`` value or a YAML mapping) is a text: ppre, ppr or ta."""
    return isinstance(kind_of(value), DocType)


def is_amendment(value: object) -> bool:
    """Whether ``value`` (a ``type`` value or a YAML mapping) is an amendment or a sous-amendement."""
    return isinstance(kind_of(value), AmendmentKind)
