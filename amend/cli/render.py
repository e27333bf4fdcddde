"""``amend render``: a text (or an amendment) as the Assemblée nationale prints it, in PDF, DOCX,
ODT, HTML or text."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from amend.cli.app import app
from amend.cli.output import guarded

HELP = """Met en forme un texte (proposition de résolution européenne, proposition de résolution, texte adopté) comme ceux de l’Assemblée nationale : en-tête de dépôt, exposé des motifs, dispositif avec les numéros d’alinéa dans la marge, pages numérotées « – 2 – ». Un fichier d’amendement est mis en forme de la même façon.

Formats : pdf (Typst, polices du dépôt), docx et odt (styles nommés modifiables dans Word ou LibreOffice), html, txt ; « all » les produit tous dans un dossier. Sans --output, le fichier va dans out/ (par exemple out/ppre-1775.pdf). La même entrée donne toujours les mêmes octets."""


@app.command("render", help=HELP)
@guarded
def render(
    path: str = typer.Argument(..., help="Texte ou amendement (fichier YAML), ou DOSSIER (ppre-1775)."),
    to: str = typer.Option("pdf", "--to", "-t", help="pdf, docx, odt, html, txt ou all."),
    output: Optional[str] = typer.Option(None, "--output", "-o",
                                         help="Fichier à écrire (avec --to all : un dossier)."),
) -> None:
    from amend.core.workspace import display, find_root
    from amend.render.files import render_file

    root = find_root()
    for written in render_file(path, root, to=to, output=output):
        sys.stdout.write(f"écrit : {display(written, root)}\n")
