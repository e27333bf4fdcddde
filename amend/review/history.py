"""``amend log PATH``: the history of one text, each commit summarised in the text's own terms.

For every commit that touched the file (renames followed), the version before (the commit's
first parent) and after are read in one ``git cat-file --batch`` call and compared with
:mod:`amend.review.semantic`: « 1 visa supprimé, 1 considérant reformulé, 1 point ajouté ; points 5
à 13 renumérotés 6 à 14 ». A version that is not a valid text is said so, not fatal: history
must stay readable even across a broken commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from amend.core.errors import AmendError
from amend.storage.git import Blob, LogEntry, log, paths_in_log, read_many


@dataclass(frozen=True)
class HistoryEntry:
    commit: LogEntry
    path: str
    """The file's name at that commit."""
    summary: str


def history(root: Path, path: str, *, limit: int | None = None) -> list[HistoryEntry]:
    """Newest first: every commit touching ``path`` with a one-line summary of its change."""
    entries = log(root, path, limit=limit)
    if not entries:
        return []
    names = paths_in_log(root, path) if len(entries) > 1 else {}
    wanted: list[tuple[str, str]] = []
    for i, entry in enumerate(entries):
        name = names.get(entry.sha, path)
        older = entries[i + 1] if i + 1 < len(entries) else None
        previous_name = names.get(older.sha, name) if older else name
        wanted.append((entry.sha, name))
        wanted.append((entry.parent or "0" * 40, previous_name))
    blobs = read_many(root, wanted)
    result = []
    for i, entry in enumerate(entries):
        after, before = blobs[2 * i], blobs[2 * i + 1]
        if entry.parent is None:
            before = Blob(before.path, None, None)
        result.append(HistoryEntry(entry, after.path, summarise(before, after)))
    return result


def summarise(before: Blob, after: Blob) -> str:
    from amend.review.compare import document_of, kind_of_text
    from amend.review.semantic import compare
    from amend.review.wording import summary

    kinds = {kind_of_text(before.text), kind_of_text(after.text)} - {None}
    if "texte" not in kinds:
        if "amendement" in kinds:
            from amend.review.amendments import summarise as summarise_amendment

            return summarise_amendment(before, after)
        if after.text is None:
            return "fichier supprimé"
        return "fichier créé" if before.text is None else "fichier modifié"
    try:
        old, new = document_of(before), document_of(after)
    except AmendError as error:
        return f"version illisible ({error.code} : {error.message})"
    diff = compare(old, new)
    if before.text is not None and after.text is not None and before.path != after.path:
        if diff.status == "identique":
            return f"renommé depuis {before.path} (texte inchangé)"
        return f"renommé depuis {before.path} ; {summary(diff)}"
    return summary(diff)
