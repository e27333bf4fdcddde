"""``amend check``: schema, structure, citations and typography of texts and amendments."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from amend.cli.app import app
from amend.cli.output import guarded


class Format(str, Enum):
    text = "text"
    concise = "concise"
    json = "json"
    github = "github"
    sarif = "sarif"


HELP = """Vérifie des textes et des amendements (fichiers ou dossiers ; par défaut drafts/) : schéma, structure, citations (actes de l’Union, documents COM, textes français), registre des actes, typographie. Les fichiers .txt, .md, .docx et .odt sont lus aussi (un projet Word se vérifie avant conversion).

Codes de sortie : 0 si aucune erreur (les avertissements et les constats connus de la baseline ne comptent pas) ; 1 si une erreur nouvelle est trouvée ou un fichier refusé (YAML invalide, non UTF-8, conflit de fusion…) ; 2 si la commande est mal formée.

Configuration : section tool.amend de pyproject.toml, ou amend.toml (select, ignore, baseline, registre). Un commentaire « # amend: ignore » en fin de ligne YAML, suivi de codes entre crochets (CIT003,TYP002), fait taire ces règles sur cette ligne."""


def _codes(values: Optional[list[str]]) -> tuple[str, ...]:
    result = []
    for value in values or []:
        result.extend(v.strip().upper() for v in value.split(",") if v.strip())
    return tuple(result)


@app.command("check", help=HELP)
@guarded
def check(
    paths: Optional[list[str]] = typer.Argument(None, help="Fichiers ou dossiers à vérifier.",
                                                show_default=False),
    format: Format = typer.Option(Format.text, "--format", "-f",
                                  help="text : regroupé par fichier ; concise : « chemin:ligne:col: CODE message » ; json ; github : annotations GitHub Actions ; sarif : SARIF 2.1.0."),
    select: Optional[list[str]] = typer.Option(None, "--select", help="Ne signaler que les codes commençant par ces préfixes (ex. CIT,REG002).", show_default=False),
    ignore: Optional[list[str]] = typer.Option(None, "--ignore", help="Ne pas signaler les codes commençant par ces préfixes.", show_default=False),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Toujours sortir avec le code 0 (les constats sont affichés)."),
    since: Optional[str] = typer.Option(None, "--since", help="Ne vérifier que les fichiers modifiés depuis cette révision git, et n’afficher que les constats de leurs lignes modifiées.", show_default=False),
    fix: bool = typer.Option(False, "--fix", help="Appliquer les corrections typographiques sûres (espaces, apostrophes, ordinaux…) et enregistrer les fichiers corrigés dans git."),
    no_commit: bool = typer.Option(False, "--no-commit", help="Avec --fix : écrire sans enregistrer dans git."),
    update_baseline: bool = typer.Option(False, "--update-baseline", help="Réécrire la baseline avec tous les constats actuels (ils deviennent « connus »)."),
    no_baseline: bool = typer.Option(False, "--no-baseline", help="Ignorer la baseline : tout constat compte."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Tout revérifier, sans utiliser ni remplir le cache .amend_cache/ (comme AMEND_NO_CACHE=1)."),
) -> None:
    import gc
    import os

    if no_cache:
        os.environ["AMEND_NO_CACHE"] = "1"

    # A short-lived command that allocates many small objects (YAML nodes, regex compilation):
    # the objects alive now never become garbage, and collecting every 700 allocations costs
    # ~10 ms on n° 1775. Rarer collections, same memory bound.
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
    from amend.checker import check_paths
    from amend.config import load_config
    from amend.paths import DRAFTS, display, find_root, resolve_inside

    root = find_root()
    config = load_config(root)
    targets = [resolve_inside(p, root) for p in paths] if paths else [
        root / DRAFTS if (root / DRAFTS).is_dir() else root]
    missing = [p for p, t in zip(paths or [], targets) if not t.exists()]
    targets = [t for t in targets if t.exists()]
    changed: dict[Path, set[int] | None] | None = None
    if since:
        from amend.checker import discover
        from amend.vcs.since import changed_files, changed_lines

        wanted = set(discover(targets))
        files = [f for f in changed_files(root, since) if f in wanted]
        changed = {f: changed_lines(root, since, f) for f in files}
        targets = files
    if fix:
        _fix(targets, root, commit=not no_commit)
    rooted = format in (Format.github, Format.sarif)

    def shown(p: Path) -> Path:
        return Path(p.relative_to(root)) if rooted and p.is_relative_to(root) else display(p, root)

    result = check_paths(targets, root, shown=shown, progress=_progress())
    if missing:
        from amend.diagnostics import Diagnostic, Severity

        for name in missing:
            result.diagnostics.insert(0, Diagnostic(Path(name), 1, 1, "IO005", Severity.ERROR,
                                                    "fichier ou dossier introuvable"))
    from amend import baseline

    def absolute(p: Path) -> Path:
        return p if p.is_absolute() else (root / p if rooted else Path.cwd() / p).resolve()

    def relative(p: Path) -> str:
        path = absolute(p)
        return path.relative_to(root).as_posix() if path.is_relative_to(root) else p.as_posix()

    lines = baseline.Lines(absolute)
    chosen_select, chosen_ignore = _codes(select), _codes(ignore)
    result.diagnostics = [d for d in result.diagnostics
                          if config.wants(d.code, chosen_select, chosen_ignore)
                          and not baseline.suppressed(d, lines)]
    if changed is not None:
        result.diagnostics = [d for d in result.diagnostics if _on_changed_line(d, changed, absolute)]
    if update_baseline:
        if config.baseline is None:
            from amend.errors import UsageError

            raise UsageError("aucune baseline configurée : ajoutez « baseline = \"amend-baseline.json\" » "
                             "sous [tool.amend] dans pyproject.toml (ou amend.toml)")
        if select or ignore or since:
            from amend.errors import UsageError

            raise UsageError("--update-baseline enregistre tous les constats : il ne se combine pas avec "
                             "--select, --ignore ou --since")
        checked = {relative(p) for p in result.files}
        count = baseline.dump(config.baseline, result.diagnostics, lines, relative,
                              keep=baseline.load(config.baseline), checked=checked)
        sys.stderr.write(f"baseline réécrite : {display(config.baseline, root)} ({count} constats connus)\n")
    known: frozenset = frozenset()
    use_baseline = config.baseline is not None and not no_baseline
    if use_baseline:
        result.diagnostics, known = baseline.mark_known(result.diagnostics, baseline.load(config.baseline),
                                                        lines, relative)
    _write(format, result, known, use_baseline)
    from amend.diagnostics import Severity

    new_errors = sum(1 for d in result.diagnostics if d.severity is Severity.ERROR and d not in known)
    raise typer.Exit(0 if exit_zero or not new_errors else 1)


def _on_changed_line(d, changed, absolute) -> bool:
    path = absolute(d.path)
    if path not in changed:
        return True
    lines = changed[path]
    return lines is None or d.line in lines or d.code.startswith(("IO", "YML"))


def _write(format: Format, result, known, use_baseline: bool) -> None:
    out = sys.stdout
    if format is Format.concise:
        from amend.report import concise

        concise.write(result, out)
    elif format is Format.json:
        from amend.report import json

        json.write(result, out, known)
    elif format is Format.github:
        from amend.report import github

        github.write(result, out, known)
    elif format is Format.sarif:
        from amend.report import sarif

        sarif.write(result, out, known, use_baseline)
    else:
        from amend.report import text

        text.write(result, out, color=out.isatty())
        if known:
            n = len(known)
            out.write(f"dont {n} constat{'s' if n > 1 else ''} connu{'s' if n > 1 else ''} (baseline), "
                      "qui ne font pas échouer la vérification.\n")


def _progress():
    """A rich progress bar on stderr for long runs on a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        return None
    state: dict = {}

    def update(done: int, total: int) -> None:
        if total < 50:
            return
        if "bar" not in state:
            from rich.progress import Progress

            bar = Progress(transient=True)
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task("vérification", total=total)
        state["bar"].update(state["task"], completed=done)
        if done == total:
            state["bar"].stop()

    return update


def _fix(targets: list[Path], root: Path, *, commit: bool) -> None:
    from amend.checker import discover, kind_of
    from amend.errors import InputError
    from amend.paths import display, in_git_repository
    from amend.rules.engine import safe_fixes
    from amend.storage import yamlio
    from amend.texts import load_document, set_in

    planned: list[tuple[Path, dict]] = []
    for path in discover(targets):
        if path.suffix not in (".yaml", ".yml"):
            continue
        try:
            loaded = yamlio.load(path, display=display(path, root))
            if kind_of(loaded) != "texte":
                continue
            document = load_document(loaded)
        except InputError:
            continue  # the check that follows reports why
        changes = safe_fixes(document, loaded)
        if changes:
            planned.append((path, changes))
    if not planned:
        sys.stderr.write("--fix : aucune correction à apporter.\n")
        return
    files = [p for p, _ in planned]
    commit = commit and in_git_repository(root)
    if commit:
        from amend.storage.gitstore import ensure_can_commit

        ensure_can_commit(root, files)
    total = 0
    for path, changes in planned:
        data, _ = yamlio.load_roundtrip(path, display=display(path, root))
        for key, (new, count) in changes.items():
            set_in(data, key, new)
            total += count
        yamlio.atomic_write(path, yamlio.dump_roundtrip(data))
    names = ", ".join(str(display(p, root)) for p in files)
    sys.stderr.write(f"--fix : {total} correction{'s' if total > 1 else ''} dans {names}\n")
    if commit:
        from amend.storage.gitstore import commit_files

        done = commit_files(root, files, "fix(drafts): corrections typographiques (amend check --fix)")
        sys.stderr.write(f"enregistré dans git : {done.sha[:10]}\n")
