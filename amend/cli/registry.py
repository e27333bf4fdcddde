"""``amend registry``: look EU acts up in the registry (shipped, plus the repository's own file)."""

from __future__ import annotations

import sys

import typer

from amend.cli.app import group
from amend.cli.output import guarded
from amend.rules import REG003

HELP = """Consulte le registre des actes de l’Union européenne qu’amend utilise pour vérifier les citations (numéro, date, auteurs, intitulé, CELEX, sources). Le dépôt peut ajouter ses propres actes dans registre-ue.yaml (même format que amend/data/eu-acts.yaml), ou dans les fichiers nommés par la clé « registre » de la section tool.amend de pyproject.toml."""

registry_app = group("registry", HELP)

SEARCH_HELP = """Cherche les actes dont le numéro, l’intitulé ou le titre court contiennent tous les mots donnés (sans tenir compte de la casse ni des apostrophes). Exemple : amend registry search abus sexuels."""
SHOW_HELP = """Affiche la fiche d’un acte et sa citation complète. NUMÉRO s’écrit comme on le cite : 2011/93/UE, 2016/679, (UE) 2022/868, n° 1049/2001, COM(2022) 209 final."""


def _registry():
    from amend.citations.registry import load_registry
    from amend.core.config import registry_files
    from amend.core.workspace import find_root

    return load_registry(registry_files(find_root()))


@registry_app.command("search", help=SEARCH_HELP)
@guarded
def search(words: list[str] = typer.Argument(..., help="Mots à chercher.", show_default=False)) -> None:
    found = _registry().search(" ".join(words))
    if not found:
        sys.stdout.write("aucun acte trouvé.\n")
        raise typer.Exit(1)
    for entry in found:
        title = entry.title or "(intitulé non vérifié)"
        sys.stdout.write(f"{entry.label}  {title[:100]}{'…' if len(title) > 100 else ''}\n")


@registry_app.command("show", help=SHOW_HELP)
@guarded
def show(number: list[str] = typer.Argument(..., metavar="NUMÉRO", help="Numéro de l’acte.",
                                            show_default=False)) -> None:
    from amend.core.errors import InputError
    from amend.core.french import format_date

    wanted = " ".join(number)
    entry = _registry().lookup(wanted)
    if entry is None:
        raise InputError(f"acte absent du registre : {wanted}", rule=REG003,
                         hint="amend registry search MOTS cherche par intitulé ; ajoutez l’acte dans "
                              "registre-ue.yaml")
    rows = [("acte", entry.label), ("auteurs", entry.authors),
            ("date", format_date(entry.date) if entry.date else None),
            ("intitulé", entry.title), ("titre court", entry.short_title), ("CELEX", entry.celex),
            ("abrogé par", entry.repealed_by), ("registre", entry.origin)]
    for label, value in rows:
        if value:
            sys.stdout.write(f"{label:<12} {value}\n")
    for source in entry.sources:
        sys.stdout.write(f"{'source':<12} {source}\n")
    sys.stdout.write(f"\ncitation complète :\n  {entry.full_citation()}\n")
