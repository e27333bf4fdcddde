"""Texts on disk: resolve a TEXT argument, read and validate a text, create a dossier's first
text (``amend new``) from a template and commit it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from amend.core.errors import InputError, InvalidFile, Location, UsageError
from amend.core.resources import template_path
from amend.core.workspace import dossier_path, resolve_inside, text_of_dossier
from amend.model.document import Document, document_from_loaded
from amend.model.kinds import DocType, is_text
from amend.rules import IO005, IO008, SCH001
from amend.storage import yamlio
from amend.storage.schema import schema_comment


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
        raise InputError(f"pas de texte.yaml dans {arg}", location=Location(Path(arg)), rule=IO005)
    raise InputError("fichier introuvable", location=Location(Path(arg)), rule=IO005)


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


def read_text_file(path: Path, *, display: Path | None = None, text: str | None = None) -> Document:
    """The text in ``path`` (or ``text``, its content already read); refused if it is not one."""
    loaded = yamlio.load(path, display=display, text=text)
    if not is_text(loaded.data):
        raise InputError("ce fichier n’est pas un texte (clé « type » : ppre, ppr ou ta)",
                         location=Location(display or path), rule=SCH001)
    return load_document(loaded)


# -- amend new: a dossier's first text ---------------------------------------------------

KINDS = (DocType.PPRE, DocType.PPR)
"""What ``amend new`` creates (a texte adopté is written by the Assemblée, not drafted)."""


@dataclass(frozen=True)
class Created:
    path: Path
    commit: str | None


def render_template(kind: str, *, titre: str, legislature: int, auteurs: list[str],
                    schema_line: str) -> str:
    """The YAML of a new text: the template with the given header, comments kept."""
    if kind not in KINDS:
        raise UsageError(f"type inconnu « {kind} » : ppre (résolution européenne, art. 88-4 C) "
                         "ou ppr (résolution, art. 34-1 C)")
    template = template_path(f"{kind}.yaml").read_text(encoding="utf-8")
    data = yamlio._roundtrip_yaml().load(template)
    data["titre"] = titre.strip().rstrip(",")
    data["legislature"] = legislature
    data["auteurs"] = list(auteurs)
    return schema_line + "\n" + yamlio.dump_roundtrip(data)


def create_text(root: Path, dossier: str, *, kind: str, titre: str, legislature: int,
                auteurs: list[str], commit: bool = True) -> Created:
    """Create ``drafts/DOSSIER/texte.yaml``, validate it, and commit it alone.

    The repository is checked before anything is written; if the commit fails, what this run
    created (the file, the dossier) is removed again, so nothing is left half-done.
    """
    from amend.storage import commits

    folder = dossier_path(dossier, root, must_exist=False)
    if folder.exists():
        raise _exists(dossier, folder)
    target = text_of_dossier(folder)
    content = render_template(kind, titre=titre, legislature=legislature, auteurs=auteurs,
                              schema_line=schema_comment("texte.schema.json", target, root))
    load_document(yamlio.parse(content, target.relative_to(root)))  # refuse before writing
    label = "résolution européenne" if kind == DocType.PPRE else "résolution"
    message = f"feat(drafts): nouvelle proposition de {label} {folder.name}\n\n{titre}"
    draft = commits.Draft(target, content, message, target.relative_to(root))
    try:
        _, sha = commits.create(root, draft, commit=commit)
    except commits.Exists:  # another amend new of the same dossier was faster
        raise _exists(dossier, folder) from None
    return Created(target, sha)


def _exists(dossier: str, folder: Path) -> InputError:
    return InputError(f"le dossier {dossier} existe déjà : amend new ne remplace jamais un texte",
                      location=Location(folder), rule=IO008)
