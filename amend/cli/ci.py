"""``amend ci init``: write the CI workflow that checks each pull request."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from amend.cli.app import group
from amend.cli.output import guarded


class Platform(str, Enum):
    github = "github"
    gitlab = "gitlab"
    all = "all"


HELP = """Intégration continue : « amend ci init » écrit le workflow qui vérifie chaque demande de fusion."""

INIT_HELP = """Écrit .github/workflows/amend.yml (GitHub Actions) et .gitlab-ci.yml (GitLab CI) : à chaque demande de fusion, « amend check --since » vérifie et annote seulement ce qu’elle modifie, et la différence sémantique de chaque texte modifié (amend diff --format markdown) est ajoutée au résumé du job (GitHub) ou jointe au pipeline (GitLab). Sur la branche principale, tous les textes sont vérifiés.

Installe amend avec « pip install . » si le dépôt est celui d’amend, sinon « pip install amend==VERSION » ; --install le remplace (URL git, roue, version). Refuse d’écraser un fichier existant sans --force ; écriture atomique."""

ci_app = group("ci", HELP)


@ci_app.command("init", help=INIT_HELP)
@guarded
def init(
    platform: Platform = typer.Option(Platform.all, "--platform", "-p",
                                      help="github, gitlab ou all (les deux)."),
    install: Optional[str] = typer.Option(None, "--install", metavar="SPEC",
                                          help="Ce que la CI installe avec pip (ex. git+https://…/amend@v0.1.0)."),
    force: bool = typer.Option(False, "--force", help="Remplacer les fichiers existants."),
) -> None:
    from amend.core.workspace import find_root
    from amend.integrations.ci import init as write_ci

    root = find_root()
    platforms = ["github", "gitlab"] if platform is Platform.all else [platform.value]
    for item in write_ci(root, platforms, install=install, force=force):
        verb = "remplacé" if item.replaced else "écrit"
        sys.stdout.write(f"{item.path} : {verb}.\n")
    sys.stdout.write("Enregistrez ces fichiers dans git ; ils s’appliqueront aux prochaines demandes de "
                     "fusion.\n")
