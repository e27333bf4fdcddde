"""``amend check``: schema, structure, citations and typography of texts and amendments."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from amend.cli.app import app
from amend.cli.output import guarded


class Format(str, Enum):
    text = "text"
    concise = "concise"


HELP = """Vérifie des textes et des amendements (fichiers ou dossiers ; par défaut drafts/).

Codes de sortie : 0 si aucune erreur (les avertissements ne comptent pas) ; 1 si une erreur est trouvée ou un fichier refusé (YAML invalide, non UTF-8, conflit de fusion…) ; 2 si la commande est mal formée."""


@app.command("check", help=HELP)
@guarded
def check(
    paths: Optional[list[str]] = typer.Argument(None, help="Fichiers ou dossiers à vérifier.",
                                                show_default=False),
    format: Format = typer.Option(Format.text, "--format", "-f",
                                  help="text : regroupé par fichier ; concise : « chemin:ligne:col: CODE message »."),
) -> None:
    from amend.checker import check_paths
    from amend.paths import DRAFTS, display, find_root, resolve_inside

    root = find_root()
    targets = [resolve_inside(p, root) for p in paths] if paths else [
        root / DRAFTS if (root / DRAFTS).is_dir() else root]
    missing = [p for p, t in zip(paths or [], targets) if not t.exists()]
    result = check_paths([t for t in targets if t.exists()], root, shown=lambda p: display(p, root))
    if missing:
        from amend.diagnostics import Diagnostic, Severity

        for name in missing:
            result.diagnostics.insert(0, Diagnostic(Path(name), 1, 1, "IO005", Severity.ERROR,
                                                    "fichier ou dossier introuvable"))
    out = sys.stdout
    if format is Format.concise:
        from amend.report import concise

        concise.write(result, out)
    else:
        from amend.report import text

        text.write(result, out, color=out.isatty())
    raise typer.Exit(1 if result.errors else 0)
