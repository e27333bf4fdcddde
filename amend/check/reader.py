"""Checking documents that are not YAML: plain text, Markdown, DOCX and ODT.

A Word draft can be checked before anyone converts it: DOCX and ODT are read through pandoc (the
binary bundled with ``pypandoc-binary``, imported only here) as plain text, one paragraph a line.
The text is cut into the same segments as a YAML draft — title, paragraphs of the exposé des
motifs, visas (« Vu …, »), considérants (« Considérant … ; »), points (« 1. … ; ») — and the same
rules run on the same content, so a finding is the same in both; it is located at the real line
and column of the text file (for DOCX/ODT: the paragraph number and the column in it).

Used by :mod:`amend.check.pipeline` for ``.txt``, ``.md``, ``.docx`` and ``.odt`` files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from amend.check.context import Context
from amend.check.engine import run
from amend.core.errors import InputError, Location
from amend.model.kinds import DocType, Kind
from amend.model.numbering import split_line
from amend.rules import IO006
from amend.rules.base import Diagnostic, Segment
from amend.storage import yamlio

PANDOC_SUFFIXES = (".docx", ".odt")
_PAGE = re.compile(r"^[–-]\s*\d+\s*[–-]$")
_FOOTNOTE = re.compile(r"^(?:\[\(\d+\)\]|\(\d+\)\s|\[\^?\d+\])")
_TITLE = re.compile(r"^(?:relative|relatif|tendant|visant|portant|sur)\b")


def read_lines(path: Path, shown: Path) -> list[str]:
    """The text of ``path`` as lines (DOCX/ODT converted by pandoc, one paragraph a line)."""
    if path.suffix.lower() in PANDOC_SUFFIXES:
        try:
            import pypandoc

            text = pypandoc.convert_file(str(path), "plain", extra_args=["--wrap=none"])
        except (RuntimeError, OSError) as exc:
            raise InputError(f"document illisible par pandoc : {str(exc).splitlines()[0][:200]}",
                             location=Location(shown), rule=IO006) from None
        return text.replace("\r\n", "\n").split("\n")
    return yamlio.read_text(path, display=shown).replace("\r\n", "\n").split("\n")


def _located(line_number: int, column0: int) -> Callable[[int], tuple[int, int]]:
    def where(offset: int) -> tuple[int, int]:
        return line_number, column0 + offset + 1
    return where


def segments_of(lines: list[str]) -> tuple[list[Segment], DocType | None, list[tuple[int, str]]]:
    """(segments, document type, dispositif lines as (line number, text))."""
    lowered = "\n".join(lines[:80]).lower()
    doc_type = DocType.PPRE if "résolution européenne" in lowered or "88‑4" in lowered or "88-4" in lowered \
        else (DocType.PPR if "résolution" in lowered else None)
    segments: list[Segment] = []
    state = "entete"
    counters = {"expose": 0, "visa": 0, "considerant": 0, "point": 0}
    dispositif: list[tuple[int, str]] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped or _PAGE.match(stripped):
            continue
        lead = len(line) - len(line.lstrip())
        low = stripped.lower()
        if low.startswith("article unique") or low in ("article 1er", "article premier"):
            state = "dispositif"
            continue
        if state == "entete":
            if _TITLE.match(stripped) and not any(s.kind == "titre" for s in segments):
                content = stripped.rstrip(" ,")
                segments.append(Segment("titre", 0, content, _located(number, lead)))
            elif low.startswith("mesdames, messieurs"):
                state = "expose"
            continue
        if state == "expose":
            if stripped.isupper() or low.startswith("proposition de r"):
                continue
            segments.append(Segment("expose", counters["expose"], stripped, _located(number, lead)))
            counters["expose"] += 1
            continue
        if _FOOTNOTE.match(stripped):
            state = "notes"
        if state == "notes":
            continue
        kind, content = split_line(stripped)
        if kind is Kind.OUVERTURE:
            continue
        dispositif.append((number, stripped))
        start = stripped.find(content) if content else 0
        name = kind.value
        segments.append(Segment(name, counters[name], content, _located(number, lead + max(start, 0))))
        counters[name] += 1
    return segments, doc_type, dispositif


def check_plain(path: Path, shown: Path, registry_files: tuple[Path, ...] = ()) -> list[Diagnostic]:
    """The checks of texts, on a text document (the same findings as on the same YAML text)."""
    try:
        lines = read_lines(path, shown)
    except InputError as error:
        loc = error.location
        return [error.rule.diagnostic(shown, loc.line if loc else 1, loc.column if loc else 1,
                                      error.message)]
    segments, doc_type, dispositif = segments_of(lines)
    return run(Context(shown, doc_type, segments, registry_files, printed=dispositif))
