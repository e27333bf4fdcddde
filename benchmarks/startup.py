"""Cold start-up of ``amend check`` on n° 1775, next to the bare interpreter's.

Each run is a new process (the OS file cache is warm, as in a pre-commit hook). Prints the median
and the spread of N runs for: ``python -c pass``, ``python -c "import amend.cli"`` and
``amend check drafts/ppre-1775/texte.yaml`` — with amend's check cache (``.amend_cache/``, the
normal case in a hook: the file did not change since the last run) and without it
(``AMEND_NO_CACHE=1``: every run parses, validates and checks the file).

    .venv/bin/python benchmarks/startup.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from timing import row, timed

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = "drafts/ppre-1775/texte.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    amend = str(Path(sys.executable).with_name("amend"))
    rows = [
        ("python -c pass", [sys.executable, "-c", "pass"], None),
        ("python -c 'import amend.cli'", [sys.executable, "-c", "import amend.cli"], None),
        (f"amend check {EXAMPLE}", [amend, "check", EXAMPLE], None),
        (f"amend check {EXAMPLE} (sans cache)", [amend, "check", EXAMPLE],
         {**os.environ, "AMEND_NO_CACHE": "1"}),
    ]
    print(f"{'commande':<50} {'médiane':>9} {'min':>7} {'max':>7}   ({args.runs} lancements, {os.cpu_count()} cœurs)")
    for label, command, env in rows:
        print(row(label, timed(command, ROOT, args.runs, env)))


if __name__ == "__main__":
    main()
