"""``amend diff``: what changed in a text between two revisions, alinéa by alinéa."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from amend.cli.app import app
from amend.cli.output import guarded


class DiffFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    html = "html"
    json = "json"


HELP = """Compare deux versions d’un texte et dit ce qui a changé pour le lecteur : en-tête, paragraphes de l’exposé des motifs, visas, considérants et points ajoutés, supprimés, déplacés ou reformulés (mots changés marqués), avec l’ancienne et la nouvelle numérotation. Une renumérotation qui n’est que la conséquence d’un ajout ou d’une suppression est résumée une seule fois (« points 5 à 13 renumérotés 6 à 14 »).

Sans révision : le dernier commit (HEAD) contre la copie de travail ; une révision : celle-ci contre la copie de travail ; deux révisions (ou A..B) : l’une contre l’autre ; A...B : B contre son point de départ depuis A, comme une demande de fusion. Toute branche, étiquette ou identifiant de commit convient. Sans TEXTE, compare chaque texte modifié sous drafts/ ; un amendement modifié est résumé en une ligne (dispositif, exposé sommaire, sort…).

Exemples : amend diff ; amend diff HEAD~1 HEAD ppre-1775 ; amend diff origin/main...HEAD --format markdown."""


@app.command("diff", help=HELP)
@guarded
def diff(
    args: Optional[list[str]] = typer.Argument(
        None, metavar="[RÉVISION_A [RÉVISION_B]] [TEXTE]", show_default=False,
        help="Révisions git puis, facultatif, un texte (fichier YAML, dossier ou nom de DOSSIER)."),
    format: DiffFormat = typer.Option(
        DiffFormat.text, "--format", "-f",
        help="text : pour un terminal ; markdown : à coller dans une demande de fusion ; html : page autonome ; json : pour les outils."),
    exit_code: bool = typer.Option(False, "--exit-code", help="Sortir avec le code 1 si un texte ou un amendement a changé (comme git diff --exit-code)."),
) -> None:
    from amend.core.workspace import find_root
    from amend.review import arguments
    from amend.review.compare import diff_changed, diff_path
    from amend.storage.git import ensure_repository

    root = find_root()
    ensure_repository(root)
    comparison = arguments.parse(args or [], root)
    if comparison.path is not None:
        diffs, skipped = diff_path(root, comparison.rev_a, comparison.rev_b, comparison.path)
    else:
        diffs, skipped = diff_changed(root, comparison.rev_a, comparison.rev_b)
    import io

    from amend.cli.emit import emit
    from amend.review import report

    out = io.StringIO()
    if format is DiffFormat.markdown:
        report.write_markdown(diffs, out, skipped)
    elif format is DiffFormat.html:
        report.write_html(diffs, out, skipped)
    elif format is DiffFormat.json:
        report.write_json(diffs, out, skipped)
    else:
        report.write_text(diffs, out, skipped, color=sys.stdout.isatty())
    emit(out.getvalue())
    if exit_code and (skipped or any(d.status != "identique" for d in diffs)):
        raise typer.Exit(1)
