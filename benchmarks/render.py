"""Time each stage of ``amend render --to pdf``: reading the text, building the AST, pandoc, Typst.

    .venv/bin/python benchmarks/render.py [--runs 9]

For n° 1775 and for a text ten times its size (its exposé and dispositif repeated ten times),
prints the median of each stage in milliseconds and the share amend's rendering code (building
the AST) adds to the time pandoc and Typst take (the budget is 25 %), then the same share with
the reading of the YAML (load, schema, model: the code every command shares) counted in. The
last line times the whole command in fresh processes (``amend render … --to pdf``) against
pandoc and Typst run alone on the same input.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from amend.model.texts import read_text_file  # noqa: E402
from amend.render.ast import document as ast_document  # noqa: E402
from amend.render.document import epoch, text_ast  # noqa: E402
from amend.render.formats import adapt  # noqa: E402
from amend.render.pipeline import compile_typst, default_styles, pandoc_args, pandoc_path, run_pandoc, warm_up  # noqa: E402

EXAMPLE = ROOT / "drafts" / "ppre-1775" / "texte.yaml"


def ten_times(path: Path) -> Path:
    """A text ten times n° 1775: its exposé and dispositif repeated (written as JSON, which is YAML)."""
    from amend.storage.yamlio import load

    data = load(EXAMPLE).data
    data["expose_des_motifs"] = data["expose_des_motifs"] * 10
    for key in ("visas", "considerants", "points"):
        data["dispositif"][key] = data["dispositif"][key] * 10
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def one_run(source: Path) -> dict[str, float]:
    """Every stage once, timed as a fresh ``amend render --to pdf`` process lives them."""
    styles = default_styles()
    times = {}
    start = time.perf_counter()
    document = read_text_file(source)
    times["lecture"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    ast = adapt(ast_document(*text_ast(document)), "typst")
    ast_json = json.dumps(ast, ensure_ascii=False).encode()
    times["AST"] = (time.perf_counter() - start) * 1000
    stamp = epoch(document)
    start = time.perf_counter()
    warm_up(styles)
    typ = run_pandoc(ast_json, pandoc_args("pdf", styles), epoch=stamp)
    times["pandoc"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    pdf = compile_typst(typ, styles, epoch=stamp)
    times["Typst"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    compile_typst(typ, styles, epoch=stamp)
    times["Typst chaud"] = (time.perf_counter() - start) * 1000
    times["Kio AST"] = len(ast_json) / 1024
    times["Kio PDF"] = len(pdf) / 1024
    return times


def stages(label: str, source: Path, runs: int) -> float:
    rows = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, __file__, "--one", str(source)], check=True,
                             capture_output=True, text=True, cwd=ROOT).stdout
        rows.append(json.loads(out))
    med = {key: statistics.median(row[key] for row in rows) for key in rows[0]}
    tools = med["pandoc"] + med["Typst"]
    print(f"{label:<14} {med['lecture']:8.1f} {med['AST']:8.1f} {med['pandoc']:8.1f} {med['Typst']:8.1f} "
          f"{med['Typst chaud']:8.1f}   {med['Kio AST']:5.0f} Kio {med['Kio PDF']:5.0f} Kio   "
          f"{100 * med['AST'] / tools:5.1f} % {100 * (med['lecture'] + med['AST']) / tools:5.1f} %")
    return 100 * med["AST"] / tools


def fresh(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def end_to_end(runs: int) -> None:
    styles = default_styles()
    document = read_text_file(EXAMPLE)
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        ast_file = Path(tmp) / "ast.json"
        ast_file.write_text(json.dumps(adapt(ast_document(*text_ast(document)), "typst"),
                                       ensure_ascii=False))
        typ_file = Path(tmp) / "doc.typ"
        typ_file.write_bytes(run_pandoc(ast_file.read_bytes(), pandoc_args("pdf", styles), epoch=0))
        pdf_out = Path(tmp) / "x.pdf"
        python = sys.executable
        whole = fresh([python, "-m", "amend", "render", str(EXAMPLE), "--to", "pdf", "--output",
                       str(pdf_out)], runs)
        pandoc_alone = fresh([str(pandoc_path()), *pandoc_args("pdf", styles),
                              str(ast_file), "-o", str(Path(tmp) / "y.typ")], runs)
        typst_alone = fresh([python, "-c", (
            "import typst; f = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, "
            f"font_paths=[{str(styles.fonts)!r}]); c = typst.Compiler(font_paths=f, "
            f"ignore_system_fonts=True, root={str(styles.folder)!r}); "
            f"c.compile(open({str(typ_file)!r}, 'rb').read(), format='pdf', timestamp=0)")], runs)
        bare = fresh([python, "-c", "pass"], runs)
    tools = pandoc_alone + typst_alone - bare
    print(f"\nprocessus neufs (médiane de {runs}) : amend render --to pdf {whole:.0f} ms ; "
          f"pandoc seul {pandoc_alone:.0f} ms + Typst seul {typst_alone - bare:.0f} ms "
          f"(python -c 'import typst…' moins python vide {bare:.0f} ms) = {tools:.0f} ms ; "
          f"surcoût d’amend {whole - tools:.0f} ms ({100 * (whole - tools) / tools:.0f} %).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.one)))
        return
    runs = args.runs
    print(f"médianes de {runs} processus neufs, en ms (lecture = YAML + schéma + modèle ; AST = "
          "construction + sérialisation JSON ; Typst = première compilation du processus, "
          "démarrée pendant pandoc ; Typst chaud = une seconde compilation)\n"
          f"{'texte':<14} {'lecture':>8} {'AST':>8} {'pandoc':>8} {'Typst':>8} {'chaud':>8}   "
          f"{'AST':>9} {'PDF':>9}   AST/(pandoc+Typst), (lecture+AST)/(pandoc+Typst)")
    stages("n° 1775", EXAMPLE, runs)
    with tempfile.TemporaryDirectory() as tmp:
        stages("n° 1775 × 10", ten_times(Path(tmp) / "texte.yaml"), runs)
    end_to_end(runs)


if __name__ == "__main__":
    main()
