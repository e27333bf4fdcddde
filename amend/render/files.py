"""``amend render`` as a library: a text or an amendment file, rendered to the files asked for.

:func:`render_file` reads the file (a text — PPRE, PPR, texte adopté — or an amendment), builds its
Pandoc AST (:mod:`.document`, :mod:`.amendment`), chooses where each format goes (``out/`` by
default, named after the dossier or the file) and renders them all (:func:`.pipeline.render_many`:
every file written, or none).
"""

from __future__ import annotations

from pathlib import Path

from amend.amendments.store import load_amendment
from amend.core.errors import InputError, Location, UsageError
from amend.core.workspace import display, resolve_inside
from amend.model.kinds import is_amendment, is_text
from amend.model.texts import load_document, resolve_text
from amend.render.amendment import amendment_ast
from amend.render.ast import Node
from amend.render.document import epoch, text_ast
from amend.render.pipeline import EXTENSIONS, FORMATS, render_many, warm_up
from amend.rules import SCH001
from amend.storage import yamlio

OUT = "out"


def ast_of(source: Path, root: Path, shown: Path) -> tuple[list[Node], dict[str, Node], int]:
    """Blocks, metadata and timestamp of a text or an amendment file."""
    loaded = yamlio.load(source, display=shown)
    if is_amendment(loaded.data):
        blocks, meta = amendment_ast(load_amendment(loaded), root)
        return blocks, meta, 0
    if not is_text(loaded.data):
        raise InputError("ce fichier n’est ni un texte (type : ppre, ppr, ta) ni un amendement",
                         location=Location(shown), rule=SCH001)
    document = load_document(loaded)
    blocks, meta = text_ast(document)
    return blocks, meta, epoch(document)


def render_file(path: str, root: Path, *, to: str = "pdf", output: str | None = None) -> list[Path]:
    """Render the text or amendment ``path`` (a file or a DOSSIER) to ``to`` (a format or
    ``all``); returns the files written."""
    formats = FORMATS if to == "all" else (to,)
    if to != "all" and to not in FORMATS:
        raise UsageError(f"format inconnu : « {to} » (pdf, docx, odt, html, txt ou all)")
    if "pdf" in formats:
        warm_up()  # Typst starts in the background while the text is read
    source = resolve_text(path, root)
    blocks, meta, stamp = ast_of(source, root, display(source, root))
    stem = source.parent.name if source.name == "texte.yaml" else source.stem
    if to == "all":
        folder = resolve_inside(output, root) if output else root / OUT
        if output is None:
            folder.mkdir(exist_ok=True)
        targets = {fmt: folder / f"{stem}{EXTENSIONS[fmt]}" for fmt in formats}
    elif output:
        targets = {to: resolve_inside(output, root)}
    else:
        (root / OUT).mkdir(exist_ok=True)
        targets = {to: root / OUT / f"{stem}{EXTENSIONS[to]}"}
    return render_many(blocks, meta, targets, epoch=stamp)
