"""``amend new`` as a library: write a dossier's first text from a template and commit it."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from amend.errors import InputError, Location, UsageError
from amend.paths import dossier_path, text_of_dossier
from amend.resources import template_path
from amend.storage import yamlio
from amend.storage.schema import schema_comment

KINDS = ("ppre", "ppr")


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

    The repository is checked before anything is written; if the commit fails, the new
    dossier is removed again, so nothing is left half-done.
    """
    from amend.texts import load_document

    folder = dossier_path(dossier, root, must_exist=False)
    if folder.exists():
        raise InputError(f"le dossier {dossier} existe déjà : amend new ne remplace jamais un texte",
                         location=Location(folder), code="IO008")
    target = text_of_dossier(folder)
    content = render_template(kind, titre=titre, legislature=legislature, auteurs=auteurs,
                              schema_line=schema_comment("texte.schema.json", target, root))
    load_document(yamlio.parse(content, target.relative_to(root)))  # refuse before writing
    if commit:
        from amend.storage.gitstore import commit_files, ensure_can_commit

        ensure_can_commit(root, [target])
    folder.mkdir(parents=True)
    try:
        yamlio.atomic_write(target, content)
        sha = None
        if commit:
            label = "résolution européenne" if kind == "ppre" else "résolution"
            message = f"feat(drafts): nouvelle proposition de {label} {folder.name}\n\n{titre}"
            sha = commit_files(root, [target], message).sha
    except BaseException:
        _unstage(root, target)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return Created(target, sha)


def _unstage(root: Path, target: Path) -> None:
    try:
        import git

        git.Repo(root).git.rm("--cached", "-q", "--ignore-unmatch", "--", str(target.relative_to(root)))
    except Exception:  # nothing staged, or not a repository: nothing to undo
        pass
