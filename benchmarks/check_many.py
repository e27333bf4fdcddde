"""``amend check`` on 1,000 PPRE-sized files: generates them in a temporary repository and times
the real command (one process, as CI runs it), without and then with the result cache.

Each file is n° 1775 (≈ 30 kB, 52 alinéas, 25 paragraphs of exposé) made different from the
others: its own number, its visas in another order and a subset of them, and a sentence of its
own in every paragraph and point, so that no two files share their text.

    .venv/bin/python benchmarks/check_many.py [--files 1000] [--keep]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "drafts" / "ppre-1775" / "texte.yaml"
LIMIT_S = 15.0


def variant(source: str, i: int, rng: random.Random) -> str:
    lines = source.splitlines(keepends=True)
    out: list[str] = []
    section = None
    visas: list[str] = []
    for line in lines:
        if line.startswith("numero:"):
            line = f"numero: {2000 + i}\n"
        elif line.startswith("  visas:"):
            section = "visas"
        elif line.startswith("  considerants:"):
            fixed, rest = visas[:2], visas[2:]
            rng.shuffle(rest)
            out.extend(fixed + rest[:max(5, int(len(rest) * rng.uniform(0.6, 1.0)))])
            section = "considerants"
        elif line.startswith(("  points:", "expose_des_motifs:", "dispositif:")):
            section = line.strip(" :\n")
        if section == "visas" and line.startswith("    - "):
            visas.append(line)
            continue
        if section in ("expose_des_motifs", "points") and line.startswith(("  - ", "    - ")) \
                and not line.rstrip().endswith("'"):
            line = line.rstrip("\n") + f" Version {i}, alinéa {rng.randint(1, 999)}.\n"
        out.append(line)
    return "".join(out)


def run(root: Path, env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    amend = str(Path(sys.executable).with_name("amend"))
    start = time.perf_counter()
    proc = subprocess.run([amend, "check", "--format", "concise", "--exit-zero", "drafts"], cwd=root,
                          capture_output=True, text=True, env=env)
    return time.perf_counter() - start, proc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--keep", action="store_true", help="garder le dossier généré")
    args = parser.parse_args()
    rng = random.Random(1775)
    source = EXAMPLE.read_text(encoding="utf-8")
    root = Path(tempfile.mkdtemp(prefix="amend-bench-"))
    try:
        (root / ".git").mkdir()  # the top of a repository, for amend (no git command runs)
        size = 0
        for i in range(args.files):
            folder = root / "drafts" / f"ppre-{2000 + i}"
            folder.mkdir(parents=True)
            text = variant(source, i, rng)
            size += len(text.encode("utf-8"))
            (folder / "texte.yaml").write_text(text, encoding="utf-8")
        print(f"{args.files} fichiers générés ({size / 1e6:.1f} Mo) dans {root} ; {os.cpu_count()} cœurs")
        env = {**os.environ, "AMEND_NO_CACHE": "1"}
        seconds, proc = run(root, env)
        findings = len(proc.stdout.splitlines())
        print(f"amend check drafts/ (sans cache) : {seconds:.2f} s, {findings} constats, "
              f"{1000 * seconds / args.files:.1f} ms par fichier, code de sortie {proc.returncode}")
        if proc.returncode not in (0,) or "Traceback" in proc.stderr:
            print(proc.stderr[-2000:])
        env = {k: v for k, v in os.environ.items() if k != "AMEND_NO_CACHE"}
        run(root, env)
        cached, _ = run(root, env)
        print(f"amend check drafts/ (cache chaud) : {cached:.2f} s")
        verdict = "OK" if seconds <= LIMIT_S else "TROP LENT"
        print(f"objectif ≤ {LIMIT_S:.0f} s sans cache : {verdict}")
    finally:
        if args.keep:
            print(f"gardé : {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
