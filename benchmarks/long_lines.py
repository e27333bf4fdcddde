"""``amend check`` on texts with one very long line: every rule and parser must stay linear.

Each text is n° 1775 with one line added: a visa (or a paragraph of the exposé des motifs, or the
title) of 10 kB and then of 100 kB, made of

* ``prose``: ordinary French prose with citations, dates and punctuation, repeated;
* ``espaces``: « a », 100 kB of spaces, « b »;
* ``chiffres``: 100 kB of digits (then « 1 er, 2 e lecture, 3ème », so that the rules on numbers
  run);
* ``constats``: « l'Etat , … » repeated, about 10,000 findings at 100 kB.

The visas are written in each YAML scalar style (plain, '…', "…" folded over several lines with
escapes, ``>-`` block), since a finding is located differently in each. A plain-text file
(« Article unique », then the long visa) and an amendment that quotes the long line in its
dispositif (« À l’alinéa 2, substituer aux mots : « … » les mots : « … ». ») are checked too.
Each file is checked by the real command (one process, ``--no-cache``), in a temporary folder
outside any git repository.

A 100 kB text must be checked in at most 1 s, and 10× the line length may cost at most 15× the
time. The ratio is taken on the time the long line adds to a reference file of the same kind (n°
1775 as is, a short plain text, a short amendment), counting at least 50 ms for the 10 kB line
(below that, the difference is measurement noise), so that start-up does not hide a quadratic
cost. Times are the processor time of the command
(user + system, which other processes running on the machine do not inflate; the wall-clock time
of the 100 kB text is shown beside it), the best of ``--runs``.

    make bytecode && .venv/bin/python benchmarks/long_lines.py [--runs 3] [--timeout 60] [--keep]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "drafts" / "ppre-1775" / "texte.yaml"
LIMIT_S = 1.0
MAX_RATIO = 15.0
FLOOR_S = 0.05
SIZES = (10_000, 100_000)

PROSE = ("la directive 2011/93/UE du Parlement européen et du Conseil du 13 décembre 2011 relative "
         "à la lutte contre les abus sexuels, notamment ses articles 2, 3 et 6, le règlement (UE) "
         "2016/679 du 27 avril 2016, l’article 88‑4 de la Constitution et la loi n° 2022‑300 du "
         "2 mars 2022 visant à renforcer le contrôle parental (COM(2022) 209 final) ; ")
FINDINGS = "l'Etat , la Commission agit ; "
"""Three findings (TYP004, TYP005, TYP006) in 30 characters: about 10,000 in 100 kB."""


def long_line(kind: str, size: int) -> str:
    if kind == "prose":
        return (PROSE * (size // len(PROSE) + 1))[:size].rstrip(" ;,")
    if kind == "espaces":
        return "a" + " " * (size - 2) + "b"
    if kind == "chiffres":  # between words: the ordinal and number rules then read the digits
        return "n° " + ("0123456789" * (size // 10 + 1))[:size - 24] + " 1 er, 2 e lecture, 3ème"
    if kind == "constats":
        return (FINDINGS * (size // len(FINDINGS) + 1))[:size].rstrip(" ;,")
    raise ValueError(kind)


KINDS = ("prose", "espaces", "chiffres", "constats")
STYLES = ("simple", "apostrophes", "guillemets", "bloc")


def _wrap(value: str, indent: str, width: int = 100) -> str:
    """``value`` cut at single spaces every ``width`` characters or so (a folded line break
    reads back as one space); runs of spaces stay on one line."""
    lines, start = [], 0
    i = value.find(" ", start + width)
    while i >= 0:
        if value[i - 1] != " " and value[i + 1:i + 2] not in (" ", ""):
            lines.append(value[start:i])
            start = i + 1
            i = value.find(" ", start + width)
        else:
            i = value.find(" ", i + 1)
    lines.append(value[start:])
    return ("\n" + indent).join(lines)


def scalar(value: str, style: str, indent: str) -> str:
    """``value`` as a YAML scalar in ``style``, placed after « - » at ``indent``."""
    if style == "simple":
        return value
    if style == "apostrophes":
        return "'" + value.replace("'", "''") + "'"
    if style == "guillemets":
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\u00a0", "\\_")
        return '"' + _wrap(escaped, indent) + '"'
    if style == "bloc":
        return ">-\n" + indent + _wrap(value, indent)
    raise ValueError(style)


def with_line(source: str, where: str, value: str, style: str) -> str:
    """n° 1775 with ``value`` as a new last visa, a new paragraph of the exposé, or the title."""
    out = []
    for line in source.splitlines(keepends=True):
        if where == "visa" and line.startswith("  considerants:"):
            out.append(f"    - {scalar(value, style, '      ')}\n")
        elif where == "expose" and line.startswith("dispositif:"):
            out.append(f"  - {scalar(value, style, '    ')}\n")
        elif where == "titre" and line.startswith("titre:"):
            line = f"titre: {scalar('relative à ' + value, style, '  ')}\n"
        out.append(line)
    return "".join(out)


def plain_text(value: str) -> str:
    return ("PROPOSITION DE RÉSOLUTION EUROPÉENNE\n\nrelative à la coopération européenne,\n\n"
            "Article unique\n\nL’Assemblée nationale,\n\nVu l’article 88‑4 de la Constitution,\n\n"
            f"Vu {value},\n\n1. Demande au Gouvernement d’agir.\n")


def amendment(value: str) -> str:
    """An amendment to ``reference.yaml`` whose dispositif quotes ``value``."""
    return ("type: amendement\nnumero: CE1\nauteurs:\n  - Mme Colette CAPDEVIELLE\n"
            "texte:\n  chemin: reference.yaml\n  revision: 0123456789abcdef0123456789abcdef01234567\n"
            "expose_sommaire: Cet amendement se justifie par son texte même.\ndispositif: |\n"
            f"  À l’alinéa 2, substituer aux mots : « {value} » les mots : « la Constitution ».\n")


def cases() -> list[tuple[str, str, str, str]]:
    """(label, kind, where, style): where is visa, expose, titre, txt or amendement."""
    found = [(f"visa {kind} ({style})", kind, "visa", style) for style in STYLES for kind in KINDS]
    found += [(f"exposé {kind}", kind, "expose", "simple") for kind in KINDS]
    found += [(f"titre {kind}", kind, "titre", "simple") for kind in KINDS]
    found += [(f"texte brut {kind}", kind, "txt", "") for kind in KINDS]
    found += [(f"amendement {kind}", kind, "amendement", "") for kind in KINDS]
    return found


def write(folder: Path, name: str, where: str, style: str, value: str, source: str) -> Path:
    if where == "txt":
        path = folder / f"{name}.txt"
        path.write_text(plain_text(value), encoding="utf-8")
    elif where == "amendement":
        path = folder / f"{name}.yaml"
        path.write_text(amendment(value), encoding="utf-8")
    else:
        path = folder / f"{name}.yaml"
        path.write_text(with_line(source, where, value, style), encoding="utf-8")
    return path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(path: Path, runs: int, timeout: float) -> tuple[float, float, int]:
    """Best processor and wall-clock seconds of ``runs`` runs of ``amend check`` on ``path``, and
    the number of findings printed; ``inf`` beyond ``timeout`` seconds."""
    command = [sys.executable, "-m", "amend", "check", str(path), "--no-cache", "--format",
               "concise", "--exit-zero"]
    cpu, wall, lines = float("inf"), float("inf"), 0
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), _children_cpu()
        try:
            proc = subprocess.run(command, cwd=path.parent, capture_output=True, text=True,
                                  timeout=timeout)
        except subprocess.TimeoutExpired:
            return float("inf"), float("inf"), 0
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, _children_cpu() - start_cpu)
        if proc.returncode != 0 or "Traceback" in proc.stderr:
            raise SystemExit(f"amend check {path.name} a échoué :\n{proc.stderr[-2000:]}")
        lines = len(proc.stdout.splitlines())
    return cpu, wall, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="mesures par texte (la meilleure compte)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="secondes au-delà desquelles une vérification est abandonnée")
    parser.add_argument("--keep", action="store_true", help="garder le dossier généré")
    args = parser.parse_args()
    source = EXAMPLE.read_text(encoding="utf-8")
    folder = Path(tempfile.mkdtemp(prefix="amend-long-lines-"))
    failures = []
    try:
        (folder / "reference.yaml").write_text(source, encoding="utf-8")
        run(folder / "reference.yaml", 1, args.timeout)  # warm-up: files and modules read once
        references = {}  # the same kind of file with a short line, for each place of the long line
        for where, value in (("visa", None), ("txt", "la proposition COM(2022) 209 final"),
                             ("amendement", "2011/92/UE")):
            path = folder / "reference.yaml" if value is None else \
                write(folder, f"reference-{where}", where, "", value, source)
            references[where], wall, findings = run(path, args.runs, args.timeout)
            print(f"référence {path.name} : {references[where]:.2f} s ({wall:.2f} s à l’horloge), "
                  f"{findings} constats")
        print(f"{'texte':<32} {'10 ko':>7} {'100 ko':>7} {'horloge':>8} {'constats':>9} {'rapport':>8}")
        for i, (label, kind, where, style) in enumerate(cases()):
            seconds, findings = [], 0
            for size in SIZES:
                path = write(folder, f"cas-{i}-{size}", where, style, long_line(kind, size), source)
                elapsed, wall, findings = run(path, args.runs, args.timeout)
                seconds.append(elapsed)
            reference = references.get(where, references["visa"])
            ratio = max(seconds[1] - reference, 0.0) / max(seconds[0] - reference, FLOOR_S)
            verdict = ""
            if seconds[1] > LIMIT_S:
                verdict = "  TROP LENT"
            elif ratio > MAX_RATIO:
                verdict = "  NON LINÉAIRE"
            if verdict:
                failures.append(label)
            print(f"{label:<32} {seconds[0]:6.2f}s {seconds[1]:6.2f}s {wall:7.2f}s {findings:>9} "
                  f"{ratio:8.1f}{verdict}")
        if failures:
            print(f"objectif ≤ {LIMIT_S:.0f} s à 100 ko et rapport ≤ {MAX_RATIO:.0f} : "
                  f"ÉCHEC ({len(failures)} texte(s) : {', '.join(failures)})")
        else:
            print(f"objectif ≤ {LIMIT_S:.0f} s à 100 ko et rapport ≤ {MAX_RATIO:.0f} : OK")
    finally:
        if args.keep:
            print(f"gardé : {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
