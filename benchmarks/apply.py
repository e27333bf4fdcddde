"""Applying 1,000 adopted amendments to a 2,000-alinéa text (target: at most 2 s).

The text has 600 visas, 400 considérants and 1,000 points (2,001 alinéas with the opening
formula); the amendments mix every kind of operation on distinct alinéas, plus a few aimed at
alinéas deleted earlier (they fall). Usage: ``python benchmarks/apply.py [--repeat N] [--files]``
(``--files`` also times ``amend apply`` end to end on the same data written as YAML files).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from amend.amendments.apply import consolidate
from amend.model.amendment import (AddWords, Amendment, DeleteAlineas, DeleteWords, InsertAlineas,
                                   InsertWords, Rewrite, SubstituteWords, TextRef)
from amend.model.document import Dispositif, Document, Line
from amend.model.kinds import DocType, Fate
from amend.model.numbering import number

TARGET_SECONDS = 2.0


def big_document(visas: int = 600, considerants: int = 400, points: int = 1000) -> Document:
    def lines(name: str, n: int, make) -> tuple[Line, ...]:
        return tuple(Line(make(i), ("dispositif", name, i)) for i in range(n))

    return Document(
        type=DocType.PPRE, legislature=17, titre=Line("relative à un texte de grande taille", ("titre",)),
        dispositif=Dispositif(
            visas=lines("visas", visas, lambda i: f"la directive 2011/{i}/UE du Parlement européen et du Conseil relative au sujet numéro {i}"),
            considerants=lines("considerants", considerants, lambda i: f"que la question numéro {i} appelle une réponse européenne"),
            points=lines("points", points, lambda i: f"Demande au Gouvernement d’agir sur le point {i} sans délai")))


def amendments(document: Document, count: int = 1000, seed: int = 1775) -> list[Amendment]:
    rng = random.Random(seed)
    alineas = [a for a in number(document) if a.number and a.number > 1]
    chosen = rng.sample(alineas, count)
    ref = TextRef("drafts/big/texte.yaml", None)
    result = []
    for i, a in enumerate(chosen):
        n = a.number
        kind = i % 7
        if kind == 0:
            op = DeleteAlineas(n, n)
        elif kind == 1:
            op = SubstituteWords(n, "numéro" if a.kind.value != "point" else "point", "numéro modifié")
        elif kind == 2:
            op = InsertAlineas("after", n, (a.text,))
        elif kind == 3:
            op = Rewrite(n, a.text.replace("européen", "européen et national", 1))
        elif kind == 4:
            op = AddWords(n, "end", "et sans réserve")
        elif kind == 5:
            op = InsertWords(n, a.content.split()[1], "after", "aussi")
        else:
            op = DeleteWords(n, a.content.split()[-1])
        result.append(Amendment(f"CE{i + 1}", ref, (op,), "Exposé.", sort=Fate.ADOPTE))
    deleted = [r.operations[0].first for r in result if isinstance(r.operations[0], DeleteAlineas)][:20]
    for j, n in enumerate(deleted):  # aimed at alinéas deleted by an earlier amendment: they fall
        result.append(Amendment(f"CE{count + j + 1}", ref, (AddWords(n, "end", "en vain"),), "Exposé.",
                                sort=Fate.ADOPTE))
    return result


def with_files(document: Document, amends: list[Amendment]) -> float:
    """End to end: a repository with the text and 1,020 amendment files; ``amend apply`` timed."""
    import subprocess
    import tempfile

    from amend.amendments.store import to_yaml

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "drafts" / "big"
        (folder / "amendements").mkdir(parents=True)
        d = document.dispositif

        def block(name: str, lines: tuple[Line, ...]) -> str:
            return f"  {name}:\n" + "".join(f"    - {line.text}\n" for line in lines)

        (folder / "texte.yaml").write_text(
            f"type: ppre\nlegislature: 17\ntitre: {document.titre.text}\ndispositif:\n"
            + block("visas", d.visas) + block("considerants", d.considerants) + block("points", d.points),
            encoding="utf-8")
        for a in amends:
            (folder / "amendements" / f"{a.numero}.yaml").write_text(to_yaml(a, schema_line="#"),
                                                                    encoding="utf-8")
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "amend", "apply", "big", "--output", "out/big.yaml",
                               "--no-commit"], cwd=root, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(proc.stderr)
        return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--files", action="store_true",
                        help="mesurer aussi « amend apply » de bout en bout (1 020 fichiers YAML)")
    args = parser.parse_args()
    document = big_document()
    amends = amendments(document)
    size = len(number(document))
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        result = consolidate(document, amends)
        best = min(best, time.perf_counter() - start)
    applied, fallen = len(result.applied), len(result.fallen)
    print(f"texte de {size} alinéas, {len(amends)} amendements adoptés : {applied} appliqués, "
          f"{fallen} tombés ; meilleur temps sur {args.repeat} : {best:.3f} s (cible ≤ {TARGET_SECONDS} s)")
    if args.files:
        print(f"amend apply de bout en bout (lecture et validation de {len(amends)} fichiers, écriture) : "
              f"{with_files(document, amends):.2f} s")
    return 0 if best <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
