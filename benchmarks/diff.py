"""Cold ``amend diff`` between two revisions of n° 1775 (target: ≤ 300 ms), and its neighbours.

Builds a scratch repository (in a temporary folder) holding n° 1775, then a commit that rewords
a considérant, inserts a point after point 4 and deletes a visa — the scenario of issue 6 — and
times new processes (OS file cache warm, as when a reviewer runs the command twice):

* ``python -c pass`` — the floor;
* ``amend diff HEAD~1 HEAD drafts/ppre-1775/texte.yaml`` (text, then Markdown);
* ``amend diff HEAD~1 HEAD`` (every changed text found by git);
* ``amend git textconv`` on the file (paid twice per file by ``git diff`` after ``amend git setup``);
* ``amend log`` on the file (two commits).

    .venv/bin/python benchmarks/diff.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import row, timed

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "drafts" / "ppre-1775" / "texte.yaml"
TEXT = "drafts/ppre-1775/texte.yaml"
ENV = {**os.environ, "GIT_AUTHOR_NAME": "Banc", "GIT_AUTHOR_EMAIL": "banc@example.org",
       "GIT_COMMITTER_NAME": "Banc", "GIT_COMMITTER_EMAIL": "banc@example.org"}


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=ENV)


def scratch(folder: Path) -> Path:
    repo = folder / "depot"
    (repo / "drafts" / "ppre-1775").mkdir(parents=True)
    shutil.copy(EXAMPLE, repo / TEXT)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "initial")
    text = (repo / TEXT).read_text(encoding="utf-8")
    text = text.replace("    - la Convention internationale des droits de l’enfant\n", "")
    text = text.replace("reposant largement", "fondés pour l’essentiel")
    point_4 = re.search(r"^    - Accueille favorablement le constat.*\n", text, re.MULTILINE)
    assert point_4 is not None
    text = text[:point_4.end()] + "    - Demande un budget pluriannuel garanti\n" + text[point_4.end():]
    (repo / TEXT).write_text(text, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "fix(drafts): trois changements")
    return repo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    amend = str(Path(sys.executable).with_name("amend"))
    with tempfile.TemporaryDirectory() as folder:
        repo = scratch(Path(folder))
        rows = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            (f"amend diff HEAD~1 HEAD {TEXT}", [amend, "diff", "HEAD~1", "HEAD", TEXT]),
            ("amend diff HEAD~1 HEAD (--format markdown)",
             [amend, "diff", "HEAD~1", "HEAD", TEXT, "--format", "markdown"]),
            ("amend diff HEAD~1 HEAD (textes trouvés par git)", [amend, "diff", "HEAD~1", "HEAD"]),
            ("amend git textconv (une version)", [sys.executable, "-m", "amend", "git", "textconv", TEXT]),
            (f"amend log {TEXT}", [amend, "log", TEXT]),
        ]
        print(f"{'commande':<52} {'médiane':>9} {'min':>7} {'max':>7}   "
              f"({args.runs} lancements, {os.cpu_count()} cœurs)")
        for label, command in rows:
            print(row(label, timed(command, repo, args.runs, ENV), width=52))


if __name__ == "__main__":
    main()
