"""The kinds amend distinguishes, as enumerations used everywhere instead of strings: the type of a
text (:class:`DocType`), the kind of an alinéa (:class:`Kind`), the fate of an amendment
(:class:`Fate`) and the kind of an amendment file (:class:`AmendmentKind`)."""

from __future__ import annotations

from enum import Enum


class DocType(str, Enum):
    PPRE = "ppre"
    PPR = "ppr"
    TA = "ta"

    @property
    def label(self) -> str:
        return {"ppre": "proposition de résolution européenne", "ppr": "proposition de résolution",
                "ta": "texte adopté"}[self.value]


class Kind(str, Enum):
    """What an alinéa of the dispositif is."""

    OUVERTURE = "ouverture"
    VISA = "visa"
    CONSIDERANT = "considerant"
    POINT = "point"

    @property
    def label(self) -> str:
        return {"ouverture": "formule d’ouverture", "visa": "visa", "considerant": "considérant",
                "point": "point"}[self.value]


class Fate(str, Enum):
    """The fate (« sort ») of an amendment."""

    EN_DISCUSSION = "en_discussion"
    ADOPTE = "adopte"
    REJETE = "rejete"
    RETIRE = "retire"
    TOMBE = "tombe"
    NON_SOUTENU = "non_soutenu"

    @property
    def label(self) -> str:
        return {"en_discussion": "en discussion", "adopte": "adopté", "rejete": "rejeté",
                "retire": "retiré", "tombe": "tombé", "non_soutenu": "non soutenu"}[self.value]


class AmendmentKind(str, Enum):
    """``type`` of an amendment file."""

    AMENDEMENT = "amendement"
    SOUS_AMENDEMENT = "sous_amendement"
