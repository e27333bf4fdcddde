"""``amend diff`` as a library: read the two versions of each text and compare them.

A text at a revision is read with ``git cat-file`` (one process for every file), parsed by the
safe loader of :mod:`amend.storage.yamlio` and validated against the schema like any text; a
version that is not a valid text is refused with its ``revision:chemin:ligne:colonne``.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from amend.core.errors import InputError, Location
from amend.model.document import Document
from amend.model.kinds import is_amendment, is_text
from amend.review.semantic import TextDiff, compare
from amend.rules import IO005, SCH001
from amend.storage.git import WORKTREE_LABEL, Blob, changed_files, read, read_many


class Skipped(NamedTuple):
    """A changed file that is not a text: an amendment (summarised in one line), or other YAML."""

    path: str
    reason: str
    """``amendement`` or ``pas un texte``."""
    summary: str = ""


def kind_of_text(text: str | None) -> str | None:
    """``texte``, ``amendement`` or ``None``, read from the ``type:`` line without parsing."""
    if text is None:
        return None
    for line in text.splitlines():
        if line.startswith("type:"):
            value = line[5:].split("#", 1)[0].strip().strip("\"'")
            if is_text(value):
                return "texte"
            return "amendement" if is_amendment(value) else None
    return None


def document_of(blob: Blob) -> Document | None:
    """The document held by ``blob`` (``None`` if the file is absent at that revision)."""
    if blob.raw is None:
        return None
    from amend.model.texts import load_document
    from amend.storage import yamlio

    shown = Path(blob.label)
    loaded = yamlio.load(shown, display=shown, text=yamlio.decode(blob.raw, shown))
    if not is_text(loaded.data):
        raise InputError("ce fichier n’est pas un texte (clé « type » : ppre, ppr ou ta)",
                         location=Location(shown), rule=SCH001)
    return load_document(loaded)


def label(rev: str | None) -> str:
    """How a revision is named in reports (a full sha is shortened, as git does)."""
    if rev is None:
        return WORKTREE_LABEL
    return rev[:8] if len(rev) == 40 and all(c in "0123456789abcdef" for c in rev) else rev


def diff_file(root: Path, rev_a: str, rev_b: str | None, path: str,
              blobs: tuple[Blob, Blob] | None = None) -> TextDiff:
    """The semantic diff of one text (``path`` relative to ``root``) between two revisions."""
    if blobs is None:
        if rev_b is None:
            old_blob = read_many(root, [(rev_a, path)])[0]
            blobs = (old_blob, read(root, None, path))
        else:
            old_blob, new_blob = read_many(root, [(rev_a, path), (rev_b, path)])
            blobs = (old_blob, new_blob)
    old_blob, new_blob = blobs
    if old_blob.raw is None and new_blob.raw is None:
        raise InputError(f"ce fichier n’existe ni dans {label(rev_a)} ni dans {label(rev_b)}",
                         location=Location(Path(path)), rule=IO005)
    return compare(document_of(old_blob), document_of(new_blob), path=path,
                   old_label=label(rev_a), new_label=label(rev_b))


def diff_path(root: Path, rev_a: str, rev_b: str | None,
              path: str) -> tuple[list[TextDiff], list[Skipped]]:
    """One file named by the user: a text is compared, an amendment summarised."""
    old_blob = read_many(root, [(rev_a, path)])[0]
    new_blob = read(root, rev_b, path)
    kinds = {kind_of_text(old_blob.text), kind_of_text(new_blob.text)} - {None}
    if "amendement" in kinds and "texte" not in kinds:
        from amend.review.amendments import summarise

        return [], [Skipped(path, "amendement", summarise(old_blob, new_blob))]
    return [diff_file(root, rev_a, rev_b, path, (old_blob, new_blob))], []


def diff_changed(root: Path, rev_a: str, rev_b: str | None,
                 under: str = "drafts") -> tuple[list[TextDiff], list[Skipped]]:
    """Every text under ``under`` that changed between the two revisions."""
    names = changed_files(root, rev_a, rev_b, under)
    wanted = [(rev_a, n) for n in names] + ([(rev_b, n) for n in names] if rev_b else [])
    blobs = read_many(root, wanted)
    olds = blobs[:len(names)]
    news = blobs[len(names):] if rev_b else [read(root, None, n) for n in names]
    diffs, skipped = [], []
    for name, old, new in zip(names, olds, news, strict=True):
        kinds = {kind_of_text(old.text), kind_of_text(new.text)} - {None}
        if "texte" not in kinds:
            if "amendement" in kinds:
                from amend.review.amendments import summarise

                skipped.append(Skipped(name, "amendement", summarise(old, new)))
            else:
                skipped.append(Skipped(name, "pas un texte"))
            continue
        diffs.append(diff_file(root, rev_a, rev_b, name, (old, new)))
    return diffs, skipped
