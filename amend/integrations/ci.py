"""``amend ci init``: continuous-integration files that check what each pull request changes.

The workflows are data (``amend/data/ci_github_workflow.txt``, ``ci_gitlab_job.txt``); only the
way amend is installed is filled in. By default: ``pip install .`` when the repository is amend's
own source, otherwise ``pip install amend==<this version>``; ``--install`` replaces it (a git URL
such as ``git+https://forge.example/amend@v0.1.0``, or a wheel). Existing files are never
overwritten without ``force``; every write is atomic.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

from amend.core.errors import InputError, Location, UsageError
from amend import data
from amend.rules import CI001
from amend.storage.yamlio import atomic_write

TARGETS = {
    "github": (Path(".github/workflows/amend.yml"), "ci_github_workflow.txt"),
    "gitlab": (Path(".gitlab-ci.yml"), "ci_gitlab_job.txt"),
}
_SAFE_SPEC = re.compile(r"^[A-Za-z0-9._\-+=<>!~@:/\[\],]+$")


def default_install(root: Path) -> str:
    """What the CI installs: this repository if it is amend itself, else the same version."""
    pyproject = root / "pyproject.toml"
    if pyproject.is_file() and re.search(r'(?m)^name\s*=\s*"amend"\s*$',
                                         pyproject.read_text(encoding="utf-8")):
        return "."
    from amend import __version__

    return f"amend=={__version__}"


def render(platform: str, install: str) -> str:
    if not _SAFE_SPEC.match(install):
        raise UsageError(f"spécification d’installation refusée : « {install} » (un nom de paquet, "
                         "une version, un chemin ou une URL, sans espace ni caractère du shell)")
    template = data.path(TARGETS[platform][1]).read_text(encoding="utf-8")
    return template.replace("@INSTALL@", shlex.quote(install))


@dataclass(frozen=True)
class Written:
    path: Path
    replaced: bool


def init(root: Path, platforms: list[str], *, install: str | None = None,
         force: bool = False) -> list[Written]:
    """Write the files of ``platforms``; refuse (before writing any) if one exists and not ``force``."""
    spec = install or default_install(root)
    contents = {p: render(p, spec) for p in platforms}
    existing = [TARGETS[p][0] for p in platforms if (root / TARGETS[p][0]).exists()]
    if existing and not force:
        names = " et ".join(str(p) for p in existing)
        many = len(existing) > 1
        raise InputError(f"{names} {'existent' if many else 'existe'} déjà : amend ne "
                         f"{'les ' if many else 'l’'}écrase pas. Relancez avec --force pour "
                         f"{'les' if many else 'le'} remplacer (l’historique git garde ce qui y "
                         "était enregistré).",
                         location=Location(existing[0]), rule=CI001)
    written = []
    for platform in platforms:
        relative = TARGETS[platform][0]
        target = root / relative
        replaced = target.exists()
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(target, contents[platform])
        written.append(Written(relative, replaced))
    return written
