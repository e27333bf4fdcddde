"""What changed in an amendment between two versions, in one line.

« amendement CE1 : dispositif modifié (À l’alinéa 15, substituer … ), sort : en discussion →
adopté ». Used by ``amend diff`` (changed amendments are listed after the texts) and
``amend log`` (the history of an amendment file). Reads through amend's amendment model
(:mod:`amend.amendments.store`); a version it refuses is said to be unreadable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from amend.core.errors import AmendError
from amend.storage.git import Blob


def amendment_of(blob: Blob) -> Any | None:
    if blob.raw is None:
        return None
    from amend.amendments.store import load_amendment
    from amend.storage import yamlio

    shown = Path(blob.label)
    return load_amendment(yamlio.load(shown, display=shown, text=yamlio.decode(blob.raw, shown)))


def changes(old: Any, new: Any) -> list[str]:
    """The parts of an amendment that differ, in French (empty when nothing did)."""
    from amend.amendments.formulas import generate

    parts = []
    if old.label != new.label:
        parts.append(f"numéro : {old.label} → {new.label}")
    if old.kind != new.kind or old.parent != new.parent:
        parts.append("nature (amendement / sous-amendement) modifiée")
    if old.auteurs != new.auteurs:
        parts.append("auteurs modifiés")
    if old.texte != new.texte:
        parts.append("texte visé ou sa révision modifié")
    if old.operations != new.operations or old.article != new.article:
        formula = generate(new.operations).split("\n")[0]
        parts.append(f"dispositif modifié (« {formula[:80]}{'…' if len(formula) > 80 else ''} »)")
    if old.expose != new.expose:
        parts.append("exposé sommaire modifié")
    if old.sort != new.sort:
        parts.append(f"sort : {old.sort.label} → {new.sort.label}")
    return parts


def summarise(before: Blob, after: Blob) -> str:
    """One line for ``amend log`` / ``amend diff``."""
    try:
        old, new = amendment_of(before), amendment_of(after)
    except AmendError as error:
        return f"version illisible ({error.code} : {error.message})"
    if new is None:
        return f"amendement {old.label} supprimé" if old is not None else "fichier absent"
    if old is None:
        return f"amendement {new.label} créé ({new.sort.label})"
    parts = changes(old, new)
    if not parts:
        return f"amendement {new.label} : aucun changement (mise en forme du YAML seulement)"
    return f"amendement {new.label} : " + ", ".join(parts)
