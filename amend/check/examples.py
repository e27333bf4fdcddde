"""Running a rule's ``bad`` and ``good`` examples through the real checker (the meta-test).

Each example is turned into a file according to the rule's ``context`` and checked with
:func:`amend.check.pipeline.check_paths`, exactly as ``amend check`` would:

* ``fichier`` — the example is the whole YAML file;
* ``visa``, ``considerant``, ``point``, ``expose`` — the example is one more line of that kind in
  :data:`BASE`, a minimal valid proposition de résolution européenne that no rule flags;
  ``titre`` — the example replaces its title;
* ``amendement`` — the example is an amendment file placed in ``drafts/ppre-1775/amendements/``
  of a repository holding n° 1775 (the caller provides it, see :func:`materialise`);
* ``texte-brut`` — the example is the content of a plain text file (``.txt``).

Rules whose examples cannot be expressed as a file are listed in :data:`NOT_EXPRESSIBLE`, with
where they are tested instead.
"""

from __future__ import annotations

import json
from pathlib import Path

from amend.rules import IO003, IO004, IO005
from amend.rules.base import Rule

BASE = """type: ppre
legislature: 17
titre: relative à la protection des enfants en ligne
expose_des_motifs:
  - Mesdames, Messieurs, la proposition se justifie par son texte même.{expose}
dispositif:
  visas:
    - l’article 88‑4 de la Constitution
    - l’article 151‑5 du Règlement de l’Assemblée nationale
    - la proposition de règlement du Parlement européen et du Conseil du 11 mai 2022 établissant des règles en vue de prévenir et de combattre les abus sexuels sur enfants (COM(2022) 209 final){visa}
  considerants:
    - que les enfants doivent être protégés en ligne{considerant}
  points:
    - Demande au Gouvernement d’agir{point}
"""

LINE_CONTEXTS = ("visa", "considerant", "point", "expose")

NOT_EXPRESSIBLE = {
    IO003.code: "tests/test_bad_input.py (fichier de plus de 5 Mo)",
    IO004.code: "tests/test_bad_input.py (chemin hors du dépôt)",
    IO005.code: "tests/test_bad_input.py (fichier introuvable)",
}


def text_with(context: str, example: str) -> str:
    """The YAML text of :data:`BASE` with ``example`` as a line of kind ``context``."""
    slots = {name: "" for name in LINE_CONTEXTS}
    if context == "titre":
        return BASE.format(**slots).replace("titre: relative à la protection des enfants en ligne",
                                            f"titre: {json.dumps(example, ensure_ascii=False)}")
    indent = "  " if context == "expose" else "    "
    slots[context] = f"\n{indent}- {json.dumps(example, ensure_ascii=False)}"
    return BASE.format(**slots)


def materialise(rule: Rule, example: str, folder: Path) -> Path:
    """Write ``example`` as the file its context describes, under ``folder``; return its path."""
    if rule.context in (*LINE_CONTEXTS, "titre"):
        target = folder / "drafts" / "exemple" / "texte.yaml"
        content = text_with(rule.context, example)
    elif rule.context == "amendement":
        target = folder / "drafts" / "ppre-1775" / "amendements" / "EXEMPLE.yaml"
        content = example
    elif rule.context == "texte-brut":
        target = folder / "exemple.txt"
        content = example
    elif rule.context == "fichier":
        target = folder / "drafts" / "exemple" / "texte.yaml"
        content = example
    else:
        raise ValueError(f"contexte d’exemple inconnu : {rule.context}")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content.encode("utf-8", errors="surrogateescape"))
    return target


def codes_for(rule: Rule, example: str, folder: Path) -> list[str]:
    """The codes ``amend check`` reports on ``example`` in the rule's context."""
    from amend.check.pipeline import check_paths

    target = materialise(rule, example, folder)
    result = check_paths([target], folder)
    return [d.code for d in result.diagnostics]
