"""``amend check``: schema, structure, citations and typography of texts and amendments."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from amend.cli.app import app
from amend.cli.output import guarded

if TYPE_CHECKING:
    from amend.check.policy import Report


class Format(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"


HELP = """Vérifie des textes et des amendements (fichiers ou dossiers ; par défaut drafts/) : schéma, structure, citations (actes de l’Union, documents COM, textes français), registre des actes, typographie. Les fichiers .txt, .md, .docx et .odt sont lus aussi (un projet Word se vérifie avant conversion).

Codes de sortie : 0 si aucune erreur (les avertissements et les constats connus de la baseline ne comptent pas) ; 1 si une erreur nouvelle est trouvée ou un fichier refusé (YAML invalide, non UTF-8, conflit de fusion…) ; 2 si la commande est mal formée.

Configuration : section tool.amend de pyproject.toml, ou amend.toml (select, ignore, baseline, registre). Un commentaire « # amend: ignore » en fin de ligne YAML, suivi de codes entre crochets (CIT003,TYP002), fait taire ces règles sur cette ligne."""


def _codes(values: Optional[list[str]]) -> tuple[str, ...]:
    result: list[str] = []
    for value in values or []:
        result.extend(v.strip().upper() for v in value.split(",") if v.strip())
    return tuple(result)


@app.command("check", help=HELP)
@guarded
def check(
    paths: Optional[list[str]] = typer.Argument(None, help="Fichiers ou dossiers à vérifier.",
                                                show_default=False),
    format: Format = typer.Option(Format.text, "--format", "-f",
                                  help="text : regroupé par fichier ; concise : « chemin:ligne:col: CODE message » ; json ; github : annotations GitHub Actions ; sarif : SARIF 2.1.0."),
    select: Optional[list[str]] = typer.Option(None, "--select", help="Ne signaler que les codes commençant par ces préfixes (ex. CIT,REG002).", show_default=False),
    ignore: Optional[list[str]] = typer.Option(None, "--ignore", help="Ne pas signaler les codes commençant par ces préfixes.", show_default=False),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Toujours sortir avec le code 0 (les constats sont affichés)."),
    since: Optional[str] = typer.Option(None, "--since", help="Ne vérifier que les fichiers modifiés depuis cette révision git, et n’afficher que les constats de leurs lignes modifiées.", show_default=False),
    fix: bool = typer.Option(False, "--fix", help="Appliquer les corrections typographiques sûres (espaces, apostrophes, ordinaux…) et enregistrer les fichiers corrigés dans git."),
    no_commit: bool = typer.Option(False, "--no-commit", help="Avec --fix : écrire sans enregistrer dans git."),
    update_baseline: bool = typer.Option(False, "--update-baseline", help="Réécrire la baseline avec tous les constats actuels (ils deviennent « connus »)."),
    no_baseline: bool = typer.Option(False, "--no-baseline", help="Ignorer la baseline : tout constat compte."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Tout revérifier, sans utiliser ni remplir le cache .amend_cache/ (comme AMEND_NO_CACHE=1)."),
) -> None:
    import gc

    # A short-lived command that allocates many small objects (YAML nodes, regex compilation):
    # the objects alive now never become garbage, and collecting every 700 allocations costs
    # ~10 ms on n° 1775. Rarer collections, same memory bound.
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    from amend.check.policy import Policy, run_check
    from amend.core.workspace import display, find_root

    root = find_root()
    policy = Policy(select=_codes(select), ignore=_codes(ignore), since=since,
                    use_baseline=not no_baseline, update_baseline=update_baseline, exit_zero=exit_zero,
                    use_cache=not no_cache, fix=fix, commit_fix=not no_commit,
                    rooted=format in (Format.github, Format.sarif))
    report = run_check(root, paths, policy, progress=_progress())
    if report.fixed is not None:
        _fixed(report, root)
    if report.baseline_written:
        written, count = report.baseline_written
        sys.stderr.write(f"baseline réécrite : {display(written, root)} ({count} constats connus)\n")
    _write(format, report)
    raise typer.Exit(report.exit_code)


def _write(format: Format, report: Report) -> None:
    out = sys.stdout
    result, known = report.result, report.known
    if format is Format.concise:
        from amend.check.report import concise

        concise.write(result, out)
    elif format is Format.json:
        from amend.check.report import json

        json.write(result, out, known)
    elif format is Format.github:
        from amend.check.report import github

        github.write(result, out, known)
    elif format is Format.sarif:
        from amend.check.report import sarif

        sarif.write(result, out, known, report.use_baseline)
    else:
        from amend.check.report import text

        text.write(result, out, color=out.isatty())
        if known:
            n = len(known)
            out.write(f"dont {n} constat{'s' if n > 1 else ''} connu{'s' if n > 1 else ''} (baseline), "
                      "qui ne font pas échouer la vérification.\n")


def _progress():
    """A rich progress bar on stderr for long runs on a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None
    state: dict = {}

    def update(done: int, total: int) -> None:
        if total < 50:
            return
        if "bar" not in state:
            from rich.progress import Progress

            bar = Progress(transient=True)
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task("vérification", total=total)
        state["bar"].update(state["task"], completed=done)
        if done == total:
            state["bar"].stop()

    return update


def _fixed(report: Report, root: Path) -> None:
    from amend.core.workspace import display

    fixed = report.fixed
    if fixed is None or not fixed.files:
        sys.stderr.write("--fix : aucune correction à apporter.\n")
        return
    names = ", ".join(str(display(p, root)) for p in fixed.files)
    sys.stderr.write(f"--fix : {fixed.count} correction{'s' if fixed.count > 1 else ''} dans {names}\n")
    if fixed.commit:
        sys.stderr.write(f"enregistré dans git : {fixed.commit[:10]}\n")
