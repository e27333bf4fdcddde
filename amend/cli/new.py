"""``amend new``: start a dossier with a text that validates, committed in git."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from amend.cli.app import app
from amend.cli.output import guarded

HELP = """Crée drafts/DOSSIER/texte.yaml à partir d’un modèle valide et l’enregistre dans git (un commit qui ne contient que ce fichier). Refuse un dossier existant."""


@app.command("new", help=HELP)
@guarded
def new(
    dossier: str = typer.Argument(..., help="Nom du dossier sous drafts/ (ex. ppre-1800) ou son chemin."),
    type: str = typer.Option(..., "--type", "-t", help="ppre (art. 88-4 C) ou ppr (art. 34-1 C)."),
    titre: str = typer.Option(..., "--titre", help="Intitulé : « relative à … »."),
    legislature: int = typer.Option(17, "--legislature", help="Numéro de la législature."),
    auteur: Optional[list[str]] = typer.Option(None, "--auteur", help="« Mme Prénom NOM » (répétable)."),
    no_commit: bool = typer.Option(False, "--no-commit", help="Écrire le fichier sans l’enregistrer dans git."),
) -> None:
    from amend.core.workspace import display, find_root
    from amend.model.texts import create_text

    root = find_root()
    created = create_text(root, dossier, kind=type, titre=titre, legislature=legislature,
                          auteurs=auteur or [], commit=not no_commit)
    where = display(created.path, root)
    if created.commit:
        sys.stdout.write(f"{where} créé et enregistré (commit {created.commit[:8]}).\n")
    else:
        sys.stdout.write(f"{where} créé (non enregistré dans git).\n")
