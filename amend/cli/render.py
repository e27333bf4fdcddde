"""``amend render``: a text (or an amendment) as the Assemblée nationale prints it, in PDF, DOCX,
ODT, HTML or text."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Optional

import typer

from amend.cli.app import app
from amend.cli.output import guarded
from amend.rules import SCH001

FORMATS = ("pdf", "docx", "odt", "html", "txt")

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
    from amend.core.errors import UsageError
    from amend.core.workspace import display, find_root, resolve_inside
    from amend.render.pipeline import EXTENSIONS, render_many, warm_up
    from amend.model.texts import resolve_text

    formats = FORMATS if to == "all" else (to,)
    if to != "all" and to not in FORMATS:
        raise UsageError(f"format inconnu : « {to} » (pdf, docx, odt, html, txt ou all)")
    if "pdf" in formats:
        warm_up()  # Typst starts in the background while the text is read
    root = find_root()
    source = resolve_text(path, root)
    blocks, meta, stamp = _ast_of(source, root, display(source, root))
    stem = source.parent.name if source.name == "texte.yaml" else source.stem

    if to == "all":
        folder = resolve_inside(output, root) if output else root / "out"
        if output is None:
            folder.mkdir(exist_ok=True)
        targets = {fmt: folder / f"{stem}{EXTENSIONS[fmt]}" for fmt in formats}
    elif output:
        targets = {to: resolve_inside(output, root)}
    else:
        (root / "out").mkdir(exist_ok=True)
        targets = {to: root / "out" / f"{stem}{EXTENSIONS[to]}"}

    for written in render_many(blocks, meta, targets, epoch=stamp):
        sys.stdout.write(f"écrit : {display(written, root)}\n")


def _ast_of(source: Path, root: Path, shown: Path) -> tuple[list[Any], dict[str, Any], int]:
    """Blocks, metadata and timestamp of a text or an amendment file."""
    from amend.storage import yamlio

    loaded = yamlio.load(source, display=shown)
    kind = loaded.data.get("type") if isinstance(loaded.data, dict) else None
    if kind in ("amendement", "sous_amendement"):
        from amend.amendments.store import load_amendment
        from amend.render.amendment import amendment_ast

        blocks, meta = amendment_ast(load_amendment(loaded), root)
        return blocks, meta, 0
    if kind not in ("ppre", "ppr", "ta"):
        from amend.core.errors import InputError, Location

        raise InputError("ce fichier n’est ni un texte (type : ppre, ppr, ta) ni un amendement",
                         location=Location(shown), rule=SCH001)
    from amend.render.document import epoch, text_ast
    from amend.model.texts import load_document

    document = load_document(loaded)
    blocks, meta = text_ast(document)
    return blocks, meta, epoch(document)

