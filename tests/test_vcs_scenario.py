"""The review scenario of issue 6, shared by the diff, git-setup and history tests.

n° 1775 is committed; a second commit rewords one considérant, inserts a point after point 4
and deletes a visa — three edits made on the YAML text itself, as an author would.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import EXAMPLE, git

TEXT = "drafts/ppre-1775/texte.yaml"
DELETED_VISA = "la Convention internationale des droits de l’enfant"
OLD_WORDS, NEW_WORDS = "reposant largement", "fondés pour l’essentiel"
NEW_POINT = "Demande que le futur Centre européen dispose d’un budget pluriannuel garanti"


AMENDMENT = """type: amendement
numero: CE1
auteurs:
  - Mme Colette CAPDEVIELLE
texte:
  chemin: drafts/ppre-1775/texte.yaml
  revision: null
operations:
  - operation: substituer_mots
    alinea: 15
    mots: 2011/92/UE
    par: 2011/93/UE
expose_sommaire: La directive visée est la directive 2011/93/UE.
sort: en_discussion
"""


def edit(text: str) -> str:
    """Reword considérant 3, insert a point after point 4, delete visa 12."""
    visa = f"    - {DELETED_VISA}\n"
    assert text.count(visa) == 1
    text = text.replace(visa, "")
    assert text.count(OLD_WORDS) == 1
    text = text.replace(OLD_WORDS, NEW_WORDS)
    point_4 = re.search(r"^    - Accueille favorablement le constat.*\n", text, re.MULTILINE)
    assert point_4 is not None
    return text[:point_4.end()] + f"    - {NEW_POINT}\n" + text[point_4.end():]


def commit_scenario(repo: Path) -> None:
    path = repo / TEXT
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    git(repo, "commit", "-q", "-am",
        "fix(drafts): reformule un considérant, ajoute un point, retire un visa")


def test_scenario_edits_are_the_three_announced() -> None:
    before = EXAMPLE.read_text(encoding="utf-8")
    after = edit(before)
    removed = set(before.splitlines()) - set(after.splitlines())
    added = set(after.splitlines()) - set(before.splitlines())
    assert len(removed) == 2 and len(added) == 2  # the visa, the old considérant / the new ones
    assert any(DELETED_VISA in line for line in removed)
    assert any(NEW_POINT in line for line in added)
