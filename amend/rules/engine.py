"""Running the line rules (citations, typography, drafting) on the pieces of text of a document.

A document — a YAML text, or a plain text / Markdown / Word file — is cut into :class:`Segment`
values: one per visa, considérant, point, paragraph of the exposé des motifs, and the title. Each
segment knows how to turn an offset in its text into the real (line, column) of its file, so the
rules only deal with strings and offsets and the same rules give the same findings on a YAML
draft and on the plain text of the same document.

A rule family module may define ``SEGMENT_CHECKS`` (functions ``f(segment, context)``) and
``TEXT_CHECKS`` (functions ``f(context)``); both yield :class:`Finding` values.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from amend.diagnostics import Diagnostic, Severity
from amend.rules.base import Rule

FAMILIES = ("amend.rules.citations", "amend.rules.typography", "amend.rules.drafting")

DISPOSITIF_KINDS = ("visa", "considerant", "point")


class Segment(NamedTuple):
    kind: str
    """``titre``, ``expose``, ``visa``, ``considerant``, ``point``."""
    index: int
    text: str
    locate: Callable[[int], tuple[int, int]]
    key: tuple[Any, ...] | None = None
    """The YAML path of the scalar (for ``--fix``); ``None`` for plain files."""


class Finding(NamedTuple):
    rule: Rule
    segment: Segment
    start: int
    end: int
    message: str | None = None
    hint: str | None = None
    severity: Severity | None = None
    fix: str | None = None
    """Safe replacement for ``segment.text[start:end]`` (``amend check --fix``), if any."""


class Context:
    """What the text-level rules see: the document's path, type and segments."""

    def __init__(self, path: Path, doc_type: str | None, segments: list[Segment],
                 registry_files: tuple[Path, ...] = ()) -> None:
        self.path = path
        self.doc_type = doc_type
        self.segments = segments
        self.registry_files = registry_files
        self._registry: Any = None

    @property
    def registry(self) -> Any:
        if self._registry is None:
            from amend.registry import load_registry

            self._registry = load_registry(self.registry_files)
        return self._registry

    def of_kind(self, *kinds: str) -> list[Segment]:
        return [s for s in self.segments if s.kind in kinds]


@lru_cache(maxsize=None)
def _family(name: str) -> tuple[tuple[Callable[..., Iterable[Finding]], ...],
                                tuple[Callable[..., Iterable[Finding]], ...]]:
    module = importlib.import_module(name)
    return tuple(getattr(module, "SEGMENT_CHECKS", ())), tuple(getattr(module, "TEXT_CHECKS", ()))


def findings(context: Context) -> Iterator[Finding]:
    for name in FAMILIES:
        segment_checks, text_checks = _family(name)
        for segment in context.segments:
            for check in segment_checks:
                yield from check(segment, context)
        for check in text_checks:
            yield from check(context)


def to_diagnostic(finding: Finding, path: Path) -> Diagnostic:
    line, column = finding.segment.locate(finding.start)
    end_line, end_column = finding.segment.locate(max(finding.start, finding.end - 1))
    return finding.rule.diagnostic(path, line, column, finding.message, severity=finding.severity,
                                   end_line=end_line, end_column=end_column + 1, hint=finding.hint)


def run(context: Context) -> list[Diagnostic]:
    return [to_diagnostic(f, context.path) for f in findings(context)]


# -- segments of a YAML text -----------------------------------------------------------------

def yaml_segments(document: Any, loaded: Any) -> list[Segment]:
    """The segments of a validated text, located in its YAML file."""
    from amend.scalarpos import LineIndex, locate

    index_holder: list[LineIndex] = []

    def locator(key: tuple[Any, ...], text: str) -> Callable[[int], tuple[int, int]]:
        def where(offset: int) -> tuple[int, int]:
            if not index_holder:
                index_holder.append(LineIndex(loaded.text))
            return locate(loaded, key, offset, index_holder[0])
        return where

    segments = []
    titre = document.titre
    if titre.text:
        segments.append(Segment("titre", 0, titre.text, locator(titre.key, titre.text), titre.key))
    for i, line in enumerate(document.expose_des_motifs):
        segments.append(Segment("expose", i, line.text, locator(line.key, line.text), line.key))
    d = document.dispositif
    for kind, lines in (("visa", d.visas), ("considerant", d.considerants), ("point", d.points)):
        for i, line in enumerate(lines):
            segments.append(Segment(kind, i, line.text, locator(line.key, line.text), line.key))
    return segments


def check_text(document: Any, loaded: Any) -> list[Diagnostic]:
    """TEXT_CHECKS entry: citations, typography and drafting rules on a YAML text."""
    from amend.config import registry_files

    context = Context(document.path, document.type.value, yaml_segments(document, loaded),
                      registry_files(document.path))
    return run(context)


# -- safe fixes (amend check --fix) ------------------------------------------------------------

SAFE_FIXES = frozenset({"TYP001", "TYP002", "TYP003", "TYP004", "TYP006", "TYP007", "TYP010",
                        "TYP011", "TYP012", "TYP014"})
"""Rules whose fix only touches spaces, apostrophes, dashes and ordinal suffixes."""


def apply_fixes(text: str, fixes: list[Finding]) -> str:
    """``text`` with non-overlapping fixes applied (the first of overlapping ones wins)."""
    chosen: list[Finding] = []
    end = -1
    for f in sorted(fixes, key=lambda f: (f.start, f.end)):
        if f.start >= end:
            chosen.append(f)
            end = f.end
    for f in reversed(chosen):
        text = text[:f.start] + (f.fix or "") + text[f.end:]
    return text


def safe_fixes(document: Any, loaded: Any) -> dict[tuple[Any, ...], tuple[str, int]]:
    """YAML key → (fixed text, number of fixes) for every line a safe fix changes."""
    from amend.config import registry_files

    context = Context(document.path, document.type.value, yaml_segments(document, loaded),
                      registry_files(document.path))
    by_segment: dict[Segment, list[Finding]] = {}
    for f in findings(context):
        if f.fix is not None and f.rule.code in SAFE_FIXES and f.segment.key is not None:
            by_segment.setdefault(f.segment, []).append(f)
    result = {}
    for segment, items in by_segment.items():
        new = segment.text
        # apply until stable: a fix may reveal another (three spaces → two → one)
        for _ in range(5):
            fixed = apply_fixes(new, [f for f in items])
            if fixed == new:
                break
            new = fixed
            items = [f for f in _refind(segment, new, context)]
        if new != segment.text:
            result[segment.key] = (new, len(by_segment[segment]))
    return result


def _refind(segment: Segment, text: str, context: Context) -> list[Finding]:
    moved = Segment(segment.kind, segment.index, text, segment.locate, segment.key)
    found = []
    for name in FAMILIES:
        for check in _family(name)[0]:
            found.extend(f for f in check(moved, context)
                         if f.fix is not None and f.rule.code in SAFE_FIXES)
    return found
