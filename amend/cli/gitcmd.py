"""``amend git setup`` (readable ``git diff``) and the plumbing ``amend git textconv``."""

from __future__ import annotations

import sys

import typer

from amend.cli.app import group
from amend.cli.output import guarded
from amend.rules import IO005

HELP = """Réglages git d’amend : « amend git setup » rend git diff, git log -p et git show lisibles sur les textes et amendements (texte numéroté au lieu du YAML)."""

SETUP_HELP = """Configure le dépôt pour que git diff, git log -p et git show montrent les textes et amendements de drafts/ tels qu’ils sont imprimés (alinéas numérotés « 12  Vu … , ») au lieu du YAML : ajoute deux lignes à .gitattributes (à enregistrer dans git pour les partager) et le pilote de diff « amend » dans .git/config (propre à chaque clone). Sans effet si c’est déjà fait.

Avec --remove, retire exactement ce qu’il avait ajouté."""

TEXTCONV_HELP = """Plomberie utilisée par git (pilote de diff « amend ») : affiche FICHIER sous forme lisible (texte numéroté, ou amendement) ; un fichier illisible est affiché tel quel."""

git_app = group("git", HELP)


@git_app.command("setup", help=SETUP_HELP)
@guarded
def setup(
    remove: bool = typer.Option(False, "--remove", help="Retirer ce qu’amend git setup a ajouté."),
) -> None:
    from amend.core.workspace import find_root
    from amend.integrations import gitsetup

    root = find_root()
    out = sys.stdout
    if remove:
        removed = gitsetup.remove(root)
        if not removed.attributes_removed and not removed.config_removed:
            out.write("Rien à retirer : amend git setup n’était pas en place.\n")
            return
        if removed.attributes_file_deleted:
            out.write(".gitattributes : supprimé (il ne contenait que les lignes d’amend).\n")
        elif removed.attributes_removed:
            out.write(".gitattributes : lignes d’amend retirées.\n")
        if removed.config_removed:
            out.write(".git/config : pilote de diff « amend » retiré.\n")
        out.write("git diff montre de nouveau le YAML brut.\n")
        return
    result = gitsetup.setup(root)
    if not result.changed:
        out.write("Déjà configuré : rien n’a changé.\n")
        return
    if result.attributes_added:
        out.write(".gitattributes : " + ", ".join(f"« {a} »" for a in result.attributes_added) +
                  " ajouté(s) — enregistrez ce fichier dans git pour le partager.\n")
    if result.config_changed:
        out.write(f".git/config : diff.amend.textconv = {result.command}\n")
    out.write("git diff, git log -p et git show montrent désormais les textes numérotés "
              "(amend git setup --remove pour revenir au YAML).\n")


@git_app.command("textconv", help=TEXTCONV_HELP, hidden=True)
@guarded
def textconv(
    file: str = typer.Argument(..., help="Fichier à afficher (git donne une copie temporaire)."),
) -> None:
    # Read-only, and git hands us temporary copies outside the repository: no resolve_inside here.
    from pathlib import Path

    from amend.cli.emit import emit
    from amend.core.errors import InputError, Location
    from amend.review.textconv import render_file

    path = Path(file)
    if not path.is_file():
        raise InputError("fichier introuvable", location=Location(path), rule=IO005)
    emit(render_file(path))
