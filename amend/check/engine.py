"""Running the checks of a text on its :class:`~amend.check.context.Context`.

One protocol for every check of a text: a family module (:data:`FAMILIES`) lists its
``SEGMENT_CHECKS`` (``f(segment, context)``, run on each segment of prose) and its ``TEXT_CHECKS``
(``f(context)``, run once on the whole document); both yield
:class:`~amend.rules.base.Finding` values naming a rule of the one table (:mod:`amend.rules`).
Amendment files are checked by :mod:`amend.check.amendment`, which yields findings too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amend.check import citations, drafting, structure, typography
from amend.check.context import Context
from amend.rules import TYP001, TYP002, TYP003, TYP004, TYP006, TYP007, TYP010, TYP011, TYP012, TYP014
from amend.rules.base import Diagnostic, Finding, Rule, Segment

if TYPE_CHECKING:
    from amend.model.document import Document
    from amend.storage.yamlio import Loaded

SegmentCheck = Callable[[Segment, Context], Iterable[Finding]]
TextCheck = Callable[[Context], Iterable[Finding]]

FAMILIES = (structure, citations, typography, drafting)
"""The families of checks run on every text, in this order."""


def findings(context: Context) -> Iterator[Finding]:
    for family in FAMILIES:
        segment_checks: tuple[SegmentCheck, ...] = family.SEGMENT_CHECKS
        for segment in context.segments:
            for check in segment_checks:
                yield from check(segment, context)
        text_checks: tuple[TextCheck, ...] = family.TEXT_CHECKS
        for text_check in text_checks:
            yield from text_check(context)


def run(context: Context) -> list[Diagnostic]:
    return [f.diagnostic(context.path) for f in findings(context)]


# -- segments of a YAML text -----------------------------------------------------------------

def yaml_segments(document: Document, loaded: Loaded) -> list[Segment]:
    """The segments of a validated text, located in its YAML file."""
    from amend.storage.scalarpos import LineIndex, locate

    index_holder: list[LineIndex] = []

    def locator(key: tuple[Any, ...]) -> Callable[[int], tuple[int, int]]:
        def where(offset: int) -> tuple[int, int]:
            if not index_holder:
                index_holder.append(LineIndex(loaded.text))
            return locate(loaded, key, offset, index_holder[0])
        return where

    segments = []
    titre = document.titre
    if titre.text:
        segments.append(Segment("titre", 0, titre.text, locator(titre.key), titre.key))
    for i, line in enumerate(document.expose_des_motifs):
        segments.append(Segment("expose", i, line.text, locator(line.key), line.key))
    d = document.dispositif
    for kind, lines in (("visa", d.visas), ("considerant", d.considerants), ("point", d.points)):
        for i, line in enumerate(lines):
            segments.append(Segment(kind, i, line.text, locator(line.key), line.key))
    return segments


def text_context(document: Document, loaded: Loaded, registry_files: tuple[Path, ...]) -> Context:
    return Context(loaded.path, document.type, yaml_segments(document, loaded), registry_files,
                   document=document, loaded=loaded)


# -- safe fixes (amend check --fix) ------------------------------------------------------------

SAFE_FIXES: frozenset[Rule] = frozenset({TYP001, TYP002, TYP003, TYP004, TYP006, TYP007, TYP010,
                                         TYP011, TYP012, TYP014})
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


def _safe(found: Iterable[Finding]) -> list[Finding]:
    return [f for f in found if f.fix is not None and f.rule in SAFE_FIXES and f.segment is not None
            and f.segment.key is not None]


def safe_fixes(context: Context) -> dict[tuple[Any, ...], tuple[str, int]]:
    """YAML key → (fixed text, number of fixes) for every line a safe fix changes."""
    by_segment: dict[Segment, list[Finding]] = {}
    for f in _safe(findings(context)):
        assert f.segment is not None
        by_segment.setdefault(f.segment, []).append(f)
    result = {}
    for segment, items in by_segment.items():
        new = segment.text
        # apply until stable: a fix may reveal another (three spaces → two → one)
        for _ in range(5):
            fixed = apply_fixes(new, items)
            if fixed == new:
                break
            new = fixed
            moved = dataclasses.replace(segment, text=new)
            items = _safe(f for family in FAMILIES for check in family.SEGMENT_CHECKS
                          for f in check(moved, context))
        if new != segment.text and segment.key is not None:
            result[segment.key] = (new, len(by_segment[segment]))
    return result
