"""``amend number``: the dispositif as the Assemblée nationale prints it, alinéas numbered."""

from __future__ import annotations

import sys

import typer

from amend.cli.app import app
from amend.cli.output import guarded

HELP = """Affiche le dispositif numéroté : « L’Assemblée nationale, », les visas « Vu … , », les considérants « Considérant … ; » et les points « 1. … ; » … « N. … . », chacun précédé de son numéro d’alinéa (celui que citent les amendements).

Avec --write, retire du fichier ce qu’amend ajoute lui-même (« Vu », « Considérant », numéros, ponctuation finale) en gardant commentaires et mise en forme."""


@app.command("number", help=HELP)
@guarded
def number(
    path: str = typer.Argument(..., help="Texte (fichier YAML) ou DOSSIER (ppre-1775)."),
    write: bool = typer.Option(False, "--write", help="Retirer du fichier ce qu’amend ajoute lui-même (et enregistrer la correction dans git)."),
    no_commit: bool = typer.Option(False, "--no-commit", help="Avec --write : corriger le fichier sans l’enregistrer dans git."),
) -> None:
    from amend.check.fixes import strip_added
    from amend.core.workspace import display, find_root, in_git_repository
    from amend.model.texts import read_text_file, resolve_text

    root = find_root()
    target = resolve_text(path, root)
    if write:
        commit = not no_commit and in_git_repository(root)
        changed = strip_added(target, display=display(target, root), root=root if commit else None)
        sys.stdout.write(f"{display(target, root)} : {changed} ligne(s) corrigée(s).\n"
                         if changed else f"{display(target, root)} : rien à corriger.\n")
        return
    document = read_text_file(target, display=display(target, root))
    from amend.model.numbering import number as number_alineas

    width = len(str(max((a.number or 0) for a in number_alineas(document)) or 1))
    for alinea in number_alineas(document):
        label = str(alinea.number) if alinea.number is not None else ""
        sys.stdout.write(f"{label:>{width}}  {alinea.text}\n")
