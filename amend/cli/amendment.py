"""``amend amendment new|show``: draft an amendment from options or formulas; print it as the AN does."""

from __future__ import annotations

import sys
from typing import Optional

import typer

from amend.cli.app import group
from amend.cli.output import guarded
from amend.rules import IO005

HELP = """Amendements (et sous-amendements) d’un dossier : un fichier YAML par amendement dans drafts/DOSSIER/amendements/, vérifié contre le texte à la révision sur laquelle il a été rédigé."""

NEW_HELP = """Crée un amendement à partir d’options (--supprimer 13, --alinea 15 --substituer « 2011/92/UE » --par « 2011/93/UE », --apres 7 --inserer « Vu … , », --alinea 20 --completer « … ») ou d’un dispositif rédigé selon les formules de l’Assemblée (--dispositif « À l’alinéa 12, substituer aux mots : … »), le numérote (CE1, CE2… ; --prefixe ou --numero), le vérifie contre le texte (alinéa existant, mots présents) et l’enregistre dans git. Plusieurs opérations font un amendement en plusieurs parties (I., II.…). Ne pose jamais de question : une option manquante est une erreur.

Les numéros d’alinéa sont ceux qu’affiche « amend number DOSSIER ». « titre » vise le titre."""

SHOW_HELP = """Affiche un amendement comme l’imprime l’Assemblée nationale : numéro, « présenté par », auteurs, texte visé, « ARTICLE UNIQUE », dispositif rédigé selon les formules, « EXPOSÉ SOMMAIRE »."""

amendment_app = group("amendment", HELP, "amendement")


@amendment_app.command("new", help=NEW_HELP)
@guarded
def new(
    dossier: str = typer.Argument(..., help="Dossier (ppre-1775) ou son chemin."),
    expose: Optional[str] = typer.Option(None, "--expose", help="Exposé sommaire (obligatoire)."),
    supprimer: Optional[str] = typer.Option(None, "--supprimer", help="Supprimer l’alinéa N ou les alinéas N-M."),
    alinea: Optional[str] = typer.Option(None, "--alinea", help="Alinéa visé (numéro, ou « titre ») par --substituer, --supprimer-mots, --completer, --rediger."),
    substituer: Optional[str] = typer.Option(None, "--substituer", help="Mots à remplacer dans l’alinéa (avec --par)."),
    par: Optional[str] = typer.Option(None, "--par", help="Mots qui les remplacent."),
    occurrence: Optional[int] = typer.Option(None, "--occurrence", help="Rang des mots quand ils figurent plusieurs fois."),
    supprimer_mots: Optional[str] = typer.Option(None, "--supprimer-mots", help="Mots à supprimer dans l’alinéa."),
    completer: Optional[str] = typer.Option(None, "--completer", help="Mots ajoutés à la fin de l’alinéa."),
    rediger: Optional[str] = typer.Option(None, "--rediger", help="Nouvelle rédaction de l’alinéa, sous sa forme imprimée (« Vu … , »)."),
    apres: Optional[int] = typer.Option(None, "--apres", help="Insérer après l’alinéa N (avec --inserer)."),
    avant: Optional[int] = typer.Option(None, "--avant", help="Insérer avant l’alinéa N (avec --inserer)."),
    inserer: Optional[list[str]] = typer.Option(None, "--inserer", help="Alinéa inséré, sous sa forme imprimée (« Vu … , », « Considérant … ; », « 5. … ; ») ; répétable."),
    dispositif: Optional[str] = typer.Option(None, "--dispositif", help="Dispositif rédigé selon les formules (« Supprimer l’alinéa 13. »)."),
    auteur: Optional[list[str]] = typer.Option(None, "--auteur", help="« Mme Prénom NOM » (répétable)."),
    numero: Optional[str] = typer.Option(None, "--numero", help="Numéro imposé (CE12, ou 52 en séance)."),
    prefixe: str = typer.Option("CE", "--prefixe", help="Préfixe de la numérotation automatique (CE, AS, CL…)."),
    parent: Optional[str] = typer.Option(None, "--parent", help="Crée un sous-amendement à cet amendement (CE3)."),
    sort: str = typer.Option("en_discussion", "--sort", help="en_discussion, adopte, rejete, retire, tombe ou non_soutenu."),
    no_commit: bool = typer.Option(False, "--no-commit", help="Écrire le fichier sans l’enregistrer dans git."),
) -> None:
    from amend.amendments.create import create_amendment, parse_range, parse_target
    from amend.core.errors import UsageError
    from amend.core.workspace import display, find_root
    from amend.model.amendment import (AddWords, DeleteAlineas, DeleteWords, InsertAlineas, Rewrite,
                                       SubstituteWords)

    if sort not in ("en_discussion", "adopte", "rejete", "retire", "tombe", "non_soutenu"):
        raise UsageError(f"sort inconnu : « {sort} » (en_discussion, adopte, rejete, retire, tombe, "
                         "non_soutenu)")
    if expose is None:
        raise UsageError("exposé sommaire obligatoire : --expose « … » (art. 98 al. 3 du Règlement)")
    ops: list = []
    if dispositif is not None:
        from amend.amendments.parse import parse

        ops.extend(parse(dispositif))
    if supprimer is not None:
        first, last = parse_range(supprimer)
        ops.append(DeleteAlineas(first, last))
    word_options = {"--substituer": substituer if substituer is not None else par,
                    "--supprimer-mots": supprimer_mots,
                    "--completer": completer, "--rediger": rediger}
    if any(v is not None for v in word_options.values()) and alinea is None:
        used = ", ".join(k for k, v in word_options.items() if v is not None)
        raise UsageError(f"{used} demande --alinea N (ou --alinea titre)")
    if (substituer is None) != (par is None):
        raise UsageError("--substituer et --par vont ensemble")
    if alinea is not None:
        target = parse_target(alinea)
        if rediger is not None:
            ops.append(Rewrite(target, rediger))
        if substituer is not None:
            ops.append(SubstituteWords(target, substituer, par, occurrence))  # type: ignore[arg-type]
        if supprimer_mots is not None:
            ops.append(DeleteWords(target, supprimer_mots, occurrence))
        if completer is not None:
            ops.append(AddWords(target, "end", completer))
        if all(v is None for v in word_options.values()):
            raise UsageError("--alinea sans opération : ajouter --substituer/--par, --supprimer-mots, "
                             "--completer ou --rediger")
    if inserer:
        if (apres is None) == (avant is None):
            raise UsageError("--inserer demande --apres N ou --avant N (un seul des deux)")
        ops.append(InsertAlineas("after" if apres is not None else "before",
                                 apres if apres is not None else avant, tuple(inserer)))
    elif apres is not None or avant is not None:
        raise UsageError("--apres/--avant demande au moins un --inserer « … »")
    root = find_root()
    created = create_amendment(root, dossier, tuple(ops), expose=expose, auteurs=auteur or [],
                               numero=numero, prefix=prefixe, parent=parent, sort=sort,
                               commit=not no_commit)
    where = display(created.path, root)
    from amend.amendments.formulas import generate

    sys.stdout.write(generate(created.amendment.operations) + "\n")
    if created.commit:
        sys.stdout.write(f"{where} créé et enregistré (commit {created.commit[:8]}).\n")
    else:
        sys.stdout.write(f"{where} créé (non enregistré dans git).\n")


@amendment_app.command("show", help=SHOW_HELP)
@guarded
def show(path: str = typer.Argument(..., help="Fichier d’amendement (drafts/ppre-1775/amendements/CE1.yaml).")) -> None:
    from amend.amendments.show import as_text
    from amend.amendments.store import read_amendment
    from amend.core.workspace import display, find_root, resolve_inside

    root = find_root()
    file = resolve_inside(path, root)
    if not file.is_file():
        from pathlib import Path

        from amend.core.errors import InputError, Location

        raise InputError("fichier introuvable", location=Location(Path(path)), rule=IO005)
    amendment = read_amendment(file, display=display(file, root))
    sys.stdout.write(as_text(amendment, root))
