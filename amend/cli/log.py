"""``amend log``: the history of a text, commit by commit, in the text's own terms."""

from __future__ import annotations

from enum import Enum
from typing import Optional

import typer

from amend.cli.app import app
from amend.cli.output import guarded


class LogFormat(str, Enum):
    text = "text"
    json = "json"


HELP = """Historique d’un texte ou d’un amendement : pour chaque commit qui l’a modifié (du plus récent au plus ancien, renommages suivis), la date, l’auteur, le message et un résumé d’une ligne de ce qui a changé dans le texte (« 1 visa supprimé, 1 point ajouté ; points 5 à 13 renumérotés 6 à 14 »)."""


@app.command("log", help=HELP)
@guarded
def log_command(
    path: str = typer.Argument(..., help="Texte ou amendement (fichier YAML), dossier ou nom de DOSSIER."),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", min=1, help="Nombre maximal de commits."),
    format: LogFormat = typer.Option(LogFormat.text, "--format", "-f", help="text ou json."),
) -> None:
    import io
    import json

    from amend.cli.emit import emit
    from amend.core.workspace import find_root
    from amend.review.arguments import text_path
    from amend.review.history import history
    from amend.storage.git import ensure_repository

    root = find_root()
    ensure_repository(root)
    relative = text_path(path, root)
    entries = history(root, relative, limit=limit)
    out = io.StringIO()
    if format is LogFormat.json:
        json.dump([{"commit": e.commit.sha, "date": e.commit.date, "auteur": e.commit.author,
                    "courriel": e.commit.email, "message": e.commit.subject, "chemin": e.path,
                    "resume": e.summary} for e in entries], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif not entries:
        out.write(f"{relative} : aucun commit ne touche ce fichier.\n")
    else:
        for e in entries:
            out.write(f"{e.commit.sha[:8]}  {e.commit.date[:10]}  {e.commit.author}  {e.commit.subject}\n")
            out.write(f"          {e.summary}\n")
    emit(out.getvalue())
