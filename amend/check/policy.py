"""What ``amend check`` reports and what makes it fail, as a library call: :func:`run_check`.

On top of :func:`amend.check.pipeline.check_paths`:

* the files: the paths given (default ``drafts/``), or, with ``since``, only those changed since
  that git revision, and then only the findings on their changed lines;
* ``select`` / ``ignore`` prefixes (the configuration's and the caller's), then the inline
  ``# amend: ignore[…]`` suppressions (:mod:`amend.check.suppressions`);
* the baseline (:mod:`amend.check.baseline`): known findings are marked « [connu] » and never
  fail the run; ``update_baseline`` rewrites it;
* the exit status: 1 when an error-level finding is not known (0 with ``exit_zero``).

A library caller gets exactly what the command line gets; the CLI only turns options into a
:class:`Policy` and prints the :class:`Report`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amend import rules
from amend.check import baseline, suppressions
from amend.check.pipeline import CheckResult, check_paths, discover
from amend.check.sources import Lines
from amend.core.config import load_config, registry_files
from amend.core.errors import UsageError
from amend.core.workspace import DRAFTS, display, resolve_inside
from amend.rules import IO005
from amend.rules.base import Diagnostic, Severity

if TYPE_CHECKING:
    from amend.check.fixes import Fixed


@dataclass(frozen=True)
class Policy:
    """The options of one run (added to the repository's configuration)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    since: str | None = None
    use_baseline: bool = True
    update_baseline: bool = False
    exit_zero: bool = False
    use_cache: bool = True
    fix: bool = False
    """Apply the safe typographic fixes first (:mod:`amend.check.fixes`)."""
    commit_fix: bool = True
    rooted: bool = False
    """Show paths from the top of the repository (CI annotations) instead of the current folder."""


@dataclass
class Report:
    """A run's findings after the policy, and what the run concluded."""

    result: CheckResult
    known: frozenset[Diagnostic] = frozenset()
    use_baseline: bool = False
    baseline_written: tuple[Path, int] | None = None
    """The baseline file rewritten (``update_baseline``), and how many findings it lists."""
    fixed: Fixed | None = None
    """What ``fix`` changed."""
    exit_zero: bool = False

    @property
    def new_errors(self) -> int:
        return sum(1 for d in self.result.diagnostics
                   if d.severity is Severity.ERROR and d not in self.known)

    @property
    def exit_code(self) -> int:
        return 0 if self.exit_zero or not self.new_errors else 1


@dataclass
class _Paths:
    """How the run names files: shown (messages), absolute, relative to the repository."""

    root: Path
    rooted: bool
    cwd: Path = field(default_factory=Path.cwd)

    def shown(self, p: Path) -> Path:
        if self.rooted and p.is_relative_to(self.root):
            return Path(p.relative_to(self.root))
        return display(p, self.root)

    def absolute(self, p: Path) -> Path:
        return p if p.is_absolute() else ((self.root if self.rooted else self.cwd) / p).resolve()

    def relative(self, p: Path) -> str:
        path = self.absolute(p)
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else p.as_posix()


def run_check(root: Path, paths: list[str] | None = None, policy: Policy = Policy(), *,
              progress: Callable[[int, int], Any] | None = None) -> Report:
    """Check ``paths`` (default ``drafts/``) of the repository at ``root`` under ``policy``."""
    config = load_config(root)
    if policy.update_baseline:
        if config.baseline is None:
            raise UsageError("aucune baseline configurée : ajoutez « baseline = \"amend-baseline.json\" » "
                             "sous [tool.amend] dans pyproject.toml (ou amend.toml)")
        if policy.select or policy.ignore or policy.since:
            raise UsageError("--update-baseline enregistre tous les constats : il ne se combine pas avec "
                             "--select, --ignore ou --since")
    names = _Paths(root, policy.rooted)
    targets = [resolve_inside(p, root) for p in paths] if paths else [
        root / DRAFTS if (root / DRAFTS).is_dir() else root]
    missing = [p for p, t in zip(paths, targets, strict=True) if not t.exists()] if paths else []
    targets = [t for t in targets if t.exists()]
    changed: dict[Path, set[int] | None] | None = None
    if policy.since:
        from amend.check.since import changed_files, changed_lines

        wanted = set(discover(targets))
        files = [f for f in changed_files(root, policy.since) if f in wanted]
        changed = {f: changed_lines(root, policy.since, f) for f in files}
        targets = files
    fixed = None
    if policy.fix:
        from amend.check.fixes import fix_typography  # the round-trip writer, only when fixing

        fixed = fix_typography(targets, root, commit=policy.commit_fix)
    result = check_paths(targets, root, shown=names.shown, progress=progress,
                         registry_files=registry_files(root),
                         use_cache=policy.use_cache and not os.environ.get("AMEND_NO_CACHE"))
    for name in missing:
        result.diagnostics.insert(0, IO005.diagnostic(Path(name), 1, 1, "fichier ou dossier introuvable"))
    lines = Lines(names.absolute)
    result.diagnostics = [d for d in result.diagnostics
                          if config.wants(d.code, policy.select, policy.ignore)
                          and not suppressions.suppressed(d, lines)]
    if changed is not None:
        result.diagnostics = [d for d in result.diagnostics
                              if _on_changed_line(d, changed, names.absolute)]
    report = Report(result, fixed=fixed, exit_zero=policy.exit_zero)
    if policy.update_baseline and config.baseline is not None:
        checked = {names.relative(p) for p in result.files}
        count = baseline.dump(config.baseline, result.diagnostics, lines, names.relative,
                              keep=baseline.load(config.baseline), checked=checked)
        report.baseline_written = (config.baseline, count)
    if config.baseline is not None and policy.use_baseline:
        report.use_baseline = True
        result.diagnostics, report.known = baseline.mark_known(
            result.diagnostics, baseline.load(config.baseline), lines, names.relative)
    return report


def _on_changed_line(d: Diagnostic, changed: dict[Path, set[int] | None],
                     absolute: Callable[[Path], Path]) -> bool:
    path = absolute(d.path)
    if path not in changed:
        return True
    lines = changed[path]
    return lines is None or d.line in lines or d.code in _FILE_REFUSALS


_FILE_REFUSALS = frozenset(rule.code for rule in rules.family("io"))
"""A file refused as a whole is reported whatever lines changed."""
