"""``amend apply``: the commission's text, with the adopted amendments applied."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from amend.cli.app import app
from amend.cli.output import guarded

HELP = """Applique au texte du dossier les amendements adoptés (sort : adopte), dans l’ordre de discussion (art. 100 du Règlement : par position dans le texte, suppressions d’abord), renumérote et écrit le texte de la commission dans un nouveau fichier YAML validé (par défaut drafts/DOSSIER/texte-commission.yaml), enregistré dans git. Affiche chaque amendement appliqué et chaque amendement tombé parce que sa cible n’existe plus.

Relancer la commande sans changement n’écrit rien. Avec --no-commit (par exemple --output out/texte.yaml), le fichier est écrit sans être enregistré."""


@app.command("apply", help=HELP)
@guarded
def apply(
    dossier: str = typer.Argument(..., help="Dossier (ppre-1775) ou son chemin."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Fichier YAML à écrire (dans le dépôt)."),
    no_commit: bool = typer.Option(False, "--no-commit", help="Écrire le fichier sans l’enregistrer dans git."),
) -> None:
    from amend.amendments.consolidated import write_consolidated
    from amend.amendments.formulas import generate
    from amend.core.workspace import display, find_root

    root = find_root()
    written = write_consolidated(root, dossier, output=output, commit=not no_commit)
    out = sys.stdout
    for outcome in written.consolidation.outcomes:
        a = outcome.amendment
        what = a.kind.label
        if outcome.applied:
            summary = generate(a.operations).split("\n")[0]
            out.write(f"appliqué : {what} {a.label} — {summary}\n")
        else:
            out.write(f"tombé    : {what} {a.label} — {outcome.reason}\n")
    if not written.consolidation.outcomes:
        out.write("aucun amendement adopté : le texte de la commission reprend le texte déposé.\n")
    for label in written.stale:
        out.write(f"attention : {label} a été rédigé sur une autre version du texte (numéros "
                  "d’alinéa à vérifier).\n")
    where = display(written.path, root)
    n = len(written.consolidation.document.dispositif.points)
    if not written.changed:
        out.write(f"{where} déjà à jour.\n")
    elif written.commit:
        out.write(f"{where} écrit ({n} points) et enregistré (commit {written.commit[:8]}).\n")
    else:
        out.write(f"{where} écrit ({n} points, non enregistré dans git).\n")
