"""Our citation parser next to ``metslesliens`` (the French legal-citation detector on PyPI) on the
seed texts: how many citations each finds, of which kinds, and how long it takes.

``metslesliens`` finds references to articles of French texts (« article L. 34-1 du code … »,
« l’article 88-4 de la Constitution ») with a Parsimonious grammar; amend's parser also finds EU
acts, EU documents, French texts by number and dates. Counts are therefore not a score: the table
says what each tool sees on the same texts.

    .venv/bin/pip install -e '.[bench]'     # metslesliens
    .venv/bin/python benchmarks/citations.py [--seeds ../shared/seeds] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = ROOT.parent / "shared" / "seeds"


def ours(text: str) -> list:
    from amend.citations import find_all

    return find_all(text)


def kind_of(citation) -> str:
    name = type(citation).__name__
    if name == "Reference":
        return citation.kind
    if name == "Article":
        return f"article ({citation.kind})"
    return {"EUAct": "acte UE", "FrenchAct": "texte français", "Resolution": "résolution",
            "FrenchDate": "date"}.get(name, name)


def theirs(text: str) -> list:
    from metslesliens import donnelescandidats

    return donnelescandidats(text, "structuré")


def timed(function, text: str, runs: int) -> tuple[list, float]:
    result = function(text)  # first call: grammar and regexes compiled, not timed
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function(text)
        times.append((time.perf_counter() - start) * 1000)
    return result, statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    try:
        import metslesliens  # noqa: F401
    except ImportError:
        raise SystemExit("metslesliens manque : .venv/bin/pip install -e '.[bench]'") from None
    files = sorted(args.seeds.glob("*.txt"))
    print("| texte | caractères | amend : citations | amend : ms | metslesliens : citations | metslesliens : ms |")
    print("|---|---:|---:|---:|---:|---:|")
    total_kinds: Counter = Counter()
    sums = [0, 0.0, 0, 0.0]
    for path in files:
        text = path.read_text(encoding="utf-8")
        a, ta = timed(ours, text, args.runs)
        m, tm = timed(theirs, text, args.runs)
        total_kinds.update(kind_of(c) for c in a)
        sums = [sums[0] + len(a), sums[1] + ta, sums[2] + len(m), sums[3] + tm]
        print(f"| {path.name} | {len(text)} | {len(a)} | {ta:.1f} | {len(m)} | {tm:.1f} |")
    print(f"| **total** | | {sums[0]} | {sums[1]:.1f} | {sums[2]} | {sums[3]:.1f} |")
    print()
    print("amend, par sorte : " + ", ".join(f"{k} {n}" for k, n in total_kinds.most_common()))
    sample = next((p for p in files if "a6843caa" in p.name), files[0] if files else None)
    if sample:
        text = sample.read_text(encoding="utf-8")
        found = theirs(text)
        print(f"\nmetslesliens sur {sample.name} ({len(found)}) : " + " ; ".join(
            text[c["index"][0]:c["index"][1]] for c in found[:12]))


if __name__ == "__main__":
    main()
