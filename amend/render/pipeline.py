"""One pipeline from a Pandoc AST to PDF, DOCX, ODT, HTML or plain text.

``render_blocks(blocks, meta, to=..., output=...)`` takes any AST (a text's, an amendment's)
and writes the file atomically. Pandoc is the binary bundled by ``pypandoc-binary``, run as a
subprocess (importing ``pypandoc`` would cost ~40 ms) with ``--sandbox`` and a fixed
``SOURCE_DATE_EPOCH``, after :mod:`amend.render.formats` has prepared the AST for the format;
PDF goes through pandoc's Typst writer and our template, then
the ``typst`` package in-process, with our fonts only. Every failure is a French
:class:`~amend.core.errors.RenderError`, and a failed run leaves no file behind.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from amend.core.errors import Location, RenderError
from amend.render.ast import Node, document
from amend.render.formats import adapt
from amend.rules import RND002, RND003, RND004, RND005, RND006, RND007, USG001

FORMATS = ("pdf", "docx", "odt", "html", "txt")
WRITERS = {"pdf": "typst", "docx": "docx", "odt": "odt", "html": "html", "txt": "plain"}
EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "html": ".html", "txt": ".txt"}


@dataclass(frozen=True)
class Styles:
    """The style files of ``styles/`` that rendering needs."""

    folder: Path

    @property
    def template(self) -> Path:
        return self.folder / "an.typst"

    @property
    def reference_docx(self) -> Path:
        return self.folder / "reference.docx"

    @property
    def reference_odt(self) -> Path:
        return self.folder / "reference.odt"

    @property
    def css(self) -> Path:
        return self.folder / "an.css"

    @property
    def fonts(self) -> Path:
        return self.folder / "fonts"

    def needed(self, to: str) -> list[Path]:
        return {"pdf": [self.template], "docx": [self.reference_docx],
                "odt": [self.reference_odt], "html": [self.css]}.get(to, [])


def default_styles() -> Styles:
    from amend.core.resources import styles_dir

    return Styles(styles_dir())


def pandoc_path() -> Path:
    """The pandoc binary bundled by pypandoc-binary (``AMEND_PANDOC`` overrides it)."""
    override = os.environ.get("AMEND_PANDOC")
    if override:
        return Path(override)
    from importlib.util import find_spec

    spec = find_spec("pypandoc")
    if spec is None or not spec.submodule_search_locations:
        raise RenderError("pandoc introuvable : le paquet pypandoc-binary n’est pas installé",
                          rule=RND003, hint="réinstallez amend (make install).")
    for folder in spec.submodule_search_locations:
        for name in ("pandoc", "pandoc.exe"):
            candidate = Path(folder) / "files" / name
            if candidate.is_file():
                return candidate
    raise RenderError("pandoc introuvable dans le paquet pypandoc-binary", rule=RND003,
                      hint="réinstallez amend (make install).")


def check_styles(styles: Styles, to: str) -> None:
    for path in styles.needed(to):
        if not path.is_file():
            raise RenderError(f"fichier de style introuvable : {path}", rule=RND002,
                              location=Location(path),
                              hint="restaurez-le depuis git (les documents de référence se "
                                   "régénèrent avec python styles/build_reference.py).")


def pandoc_args(to: str, styles: Styles) -> list[str]:
    """Command-line arguments of pandoc for one output format (reads JSON on stdin)."""
    common = ["-f", "json", "--sandbox", "--wrap=none"]
    if to == "pdf":
        return [*common, "-t", "typst", "--template", str(styles.template)]
    if to == "docx":
        return [*common, "-t", "docx", "--reference-doc", str(styles.reference_docx)]
    if to == "odt":
        return [*common, "-t", "odt", "--reference-doc", str(styles.reference_odt)]
    if to == "html":
        return [*common, "-t", "html5", "--standalone"]
    if to == "txt":
        return [*common, "-t", "plain"]
    raise RenderError(f"format inconnu : {to} (formats : {', '.join(FORMATS)}, all)", rule=USG001)


def run_pandoc(ast_json: bytes, args: list[str], *, epoch: int) -> bytes:
    command = [str(pandoc_path()), *args, "-o", "-"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "LC_ALL": "C.UTF-8"}
    try:
        proc = subprocess.run(command, input=ast_json, capture_output=True, env=env, timeout=300)
    except OSError as error:
        raise RenderError(f"impossible de lancer pandoc ({command[0]}) : {error.strerror}",
                          rule=RND003) from None
    except subprocess.TimeoutExpired:
        raise RenderError("pandoc n’a pas fini en 5 minutes", rule=RND004) from None
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RenderError(f"pandoc a échoué (code {proc.returncode}) : "
                          f"{detail[-1] if detail else 'sans message'}", rule=RND004)
    return proc.stdout


@lru_cache(maxsize=4)
def _compiler(fonts: Path, root: Path) -> Any:
    import typst

    found = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                        font_paths=[str(fonts)])
    if not found.families():
        raise RenderError(f"aucune police dans {fonts}", rule=RND005, location=Location(fonts),
                          hint="restaurez styles/fonts depuis git.")
    return typst.Compiler(font_paths=found, ignore_system_fonts=True, root=str(root))


WARM_UP = '#set text(font: "Liberation Serif", lang: "fr")\nÉ *A* _a_ #footnote[1]'.encode()


def typst_compiler(styles: Styles) -> Any:
    if not styles.fonts.is_dir():
        raise RenderError(f"dossier des polices introuvable : {styles.fonts}", rule=RND005,
                          location=Location(styles.fonts), hint="restaurez styles/fonts depuis git.")
    return _compiler(styles.fonts, styles.folder)


_WARMING: dict[tuple[Path, Path], Any] = {}


def warm_up(styles: Styles | None = None) -> None:
    """Start Typst (its library, our fonts) in a background thread, once per process.

    The first compile in a process costs ~60 ms more than the next ones; Typst releases the GIL,
    so this runs while amend reads the YAML, builds the AST and waits for pandoc.
    :func:`compile_typst` waits for it before compiling.
    """
    import threading

    styles = styles or default_styles()
    key = (styles.fonts, styles.folder)
    if key in _WARMING:
        return
    try:
        compiler = typst_compiler(styles)
    except RenderError:
        return  # reported by compile_typst

    def run() -> None:
        try:
            compiler.compile(WARM_UP, format="pdf", timestamp=0)
        except Exception:
            pass

    thread = threading.Thread(target=run, daemon=True)
    _WARMING[key] = thread
    thread.start()


def compile_typst(source: bytes, styles: Styles, *, epoch: int) -> bytes:
    """Typst markup → PDF bytes, in-process, our fonts only, fixed creation date."""
    import typst

    compiler = typst_compiler(styles)
    warming = _WARMING.get((styles.fonts, styles.folder))
    if warming is not None:
        warming.join()
    try:
        pdf, warnings = compiler.compile_with_warnings(source, format="pdf", timestamp=epoch)
    except typst.TypstError as error:
        raise RenderError(f"Typst a échoué : {error.message}", rule=RND006) from None
    for warning in warnings:
        message = str(getattr(warning, "message", warning))
        if "font" in message:
            raise RenderError(f"police manquante pour le PDF : {message}", rule=RND005,
                              hint=f"les polices attendues sont dans {styles.fonts}.")
    return pdf


def convert(ast: dict[str, Any], to: str, *, epoch: int = 0, styles: Styles | None = None) -> bytes:
    """A whole Pandoc AST → the bytes of one format (nothing written)."""
    styles = styles or default_styles()
    check_styles(styles, to)
    args = pandoc_args(to, styles)
    ast = adapt(ast, WRITERS[to])
    if to == "html":
        ast = with_stylesheet(ast, styles.css.read_text(encoding="utf-8"))
    if to == "pdf":
        warm_up(styles)
    out = run_pandoc(json.dumps(ast, ensure_ascii=False).encode("utf-8"), args, epoch=epoch)
    if to == "pdf":
        return compile_typst(out, styles, epoch=epoch)
    return out


def with_stylesheet(ast: dict[str, Any], css: str) -> dict[str, Any]:
    """The AST with our stylesheet in the HTML head (our file, never document text)."""
    style = {"t": "RawBlock", "c": ["html", f"<style>\n{css}</style>"]}
    meta = {**ast["meta"], "header-includes": {"t": "MetaBlocks", "c": [style]}}
    return {**ast, "meta": meta}


def write_output(path: Path, data: bytes) -> None:
    """Write all at once (temporary file, then rename) or not at all."""
    from amend.storage.yamlio import atomic_write

    if path.is_dir():
        raise RenderError(f"le chemin de sortie est un dossier : {path}", rule=RND007,
                          location=Location(path))
    try:
        atomic_write(path, data)
    except OSError as error:
        raise RenderError(f"impossible d’écrire {path} : {error.strerror or error}", rule=RND007,
                          location=Location(path)) from None


def render_blocks(blocks: list[Node], meta: dict[str, Node], *, to: str, output: Path,
                  epoch: int = 0, styles: Styles | None = None) -> Path:
    """Render any Pandoc AST (blocks + metadata) to ``output`` in format ``to``."""
    write_output(output, convert(document(blocks, meta), to, epoch=epoch, styles=styles))
    return output


def render_many(blocks: list[Node], meta: dict[str, Node], targets: dict[str, Path], *,
                epoch: int = 0, styles: Styles | None = None) -> list[Path]:
    """Render one AST to several formats (``{"pdf": path, …}``), converting in parallel.

    Files are written only once every conversion has succeeded: a failure leaves none behind.
    """
    styles = styles or default_styles()
    ast = document(blocks, meta)
    if len(targets) == 1:
        (to, path), = targets.items()
        write_output(path, convert(ast, to, epoch=epoch, styles=styles))
        return [path]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=min(len(targets), os.cpu_count() or 2)) as pool:
        futures = {to: pool.submit(convert, ast, to, epoch=epoch, styles=styles) for to in targets}
        results = {to: future.result() for to, future in futures.items()}
    for to, data in results.items():
        write_output(targets[to], data)
    return list(targets.values())
