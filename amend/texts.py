"""Reading and rewriting texts: the library behind ``number``, ``render`` and friends."""

from __future__ import annotations

from pathlib import Path

from amend.errors import InputError, InvalidFile, Location
from amend.model.document import Document, document_from_loaded
from amend.paths import dossier_path, resolve_inside, text_of_dossier
from amend.storage import yamlio


class InvalidDocument(InvalidFile):
    """A file that is YAML but not a valid text."""


def resolve_text(arg: str, root: Path) -> Path:
    """A TEXT argument: a YAML file, or a DOSSIER whose ``texte.yaml`` is meant."""
    candidate = resolve_inside(arg, root)
    if candidate.is_file():
        return candidate
    if candidate.is_dir() or "/" not in arg:
        folder = candidate if candidate.is_dir() else dossier_path(arg, root)
        text = text_of_dossier(folder)
        if text.is_file():
            return text
        raise InputError(f"pas de texte.yaml dans {arg}", location=Location(Path(arg)), code="IO005")
    raise InputError("fichier introuvable", location=Location(Path(arg)), code="IO005")


def load_document(loaded: yamlio.Loaded) -> Document:
    """The model of a loaded text; :class:`InvalidDocument` if the schema or a date refuses it."""
    from amend.storage.schema import validate

    problems = validate(loaded, "texte.schema.json")
    if problems:
        raise InvalidDocument(problems)
    document, problems = document_from_loaded(loaded)
    if problems:
        raise InvalidDocument(problems)
    return document


def read_text_file(path: Path, *, display: Path | None = None) -> Document:
    loaded = yamlio.load(path, display=display)
    if not isinstance(loaded.data, dict) or loaded.data.get("type") not in ("ppre", "ppr", "ta"):
        raise InputError("ce fichier n’est pas un texte (clé « type » : ppre, ppr ou ta)",
                         location=Location(display or path), code="SCH001")
    return load_document(loaded)


def strip_added(path: Path, *, display: Path | None = None, root: Path | None = None) -> int:
    """Remove « Vu », « Considérant », point numbers and final punctuation typed by hand.

    Rewrites the file atomically through ruamel's round trip (comments and layout kept). With
    ``root`` (a git repository), the repository is checked before writing and the file is then
    committed alone. Returns the number of lines changed; the file is untouched when it is 0.
    """
    from amend.rules.structure import fixes

    document = read_text_file(path, display=display)
    changes = fixes(document)
    if not changes:
        return 0
    data, _ = yamlio.load_roundtrip(path, display=display)
    for line, new in changes:
        set_in(data, line.key, new)
    if root is not None:
        from amend.storage.gitstore import commit_files, ensure_can_commit

        ensure_can_commit(root, [path])
    yamlio.atomic_write(path, yamlio.dump_roundtrip(data))
    if root is not None:
        commit_files(root, [path], f"style(drafts): {path.parent.name} — retire « Vu », « Considérant », "
                                   f"numéros et ponctuation saisis à la main (amend number --write)")
    return len(changes)


def set_in(data: object, key: tuple, value: object) -> None:
    """Replace one scalar in a round-trip tree, keeping its quoting style."""
    from ruamel.yaml.scalarstring import (DoubleQuotedScalarString, FoldedScalarString,
                                          LiteralScalarString, SingleQuotedScalarString)

    parent = data
    for part in key[:-1]:
        parent = parent[part]  # type: ignore[index]
    old = parent[key[-1]]  # type: ignore[index]
    for style in (DoubleQuotedScalarString, SingleQuotedScalarString, LiteralScalarString,
                  FoldedScalarString):
        if isinstance(old, style):
            value = style(value)
            break
    parent[key[-1]] = value  # type: ignore[index]
