"""Which alinéas a git merge conflict is about, and how each side prints them.

A text with conflict markers is never parsed *as it is*. But each side of the conflict can be:
resolving every block to « ours » (the local version) gives one complete file, to « theirs »
(the version being merged) another. Each is read by the safe loader, numbered, and the lines
inside each conflict block are mapped back to the alinéas they hold, so that ``amend check`` can
say « conflit sur l’alinéa 13 (visa) » and show both printed versions of that alinéa.

Pure: text in, hints out. When a side cannot be read (the conflict broke the YAML itself), the
hint says nothing about it and the raw lines remain the only help.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from amend.model.kinds import is_text
from amend.storage.yamlio import ConflictBlock, split_conflict

LOCAL = "version locale"
MERGED = "version fusionnée"


def split_sides(text: str) -> tuple[str, str, list[ConflictBlock]]:
    """The file as « ours » and as « theirs », and where each conflict block landed in each."""
    ours, theirs, blocks = split_conflict(text)
    return "\n".join(ours) + "\n", "\n".join(theirs) + "\n", blocks


@dataclass(frozen=True)
class Concerned:
    """One alinéa (or other line of prose) a conflict touches, as one side prints it."""

    label: str
    """« alinéa 13 (visa) », « paragraphe 3 de l’exposé des motifs », « titre »."""
    printed: str


def _side(text: str) -> list[tuple[int, int, Concerned]] | None:
    """Every line of prose of one side: (first line, last line, how it is named and printed)."""
    from amend.core.errors import AmendError
    from amend.model.document import document_from_loaded
    from amend.model.numbering import number
    from amend.storage.yamlio import parse

    try:
        loaded = parse(text, Path("<conflit>"))
        if not is_text(loaded.data):
            return None
        document, _ = document_from_loaded(loaded)
        alineas = number(document)
    except (AmendError, KeyError, TypeError, ValueError, AttributeError):
        return None
    starts = sorted({line for line, _ in loaded.positions.values()} |
                    {line for line, _ in loaded.key_positions.values()})
    last_line = text.count("\n")

    def end_of(line: int) -> int:
        later = [s for s in starts if s > line]
        return (later[0] - 1) if later else last_line

    spans: list[tuple[int, int, Concerned]] = []
    for alinea in alineas:
        if alinea.source is None or not alinea.source.line:
            continue
        label = f"alinéa {alinea.number} ({alinea.kind.label})" if alinea.number is not None \
            else alinea.kind.label
        prefix = f"{alinea.number}  " if alinea.number is not None else ""
        spans.append((alinea.source.line, end_of(alinea.source.line),
                      Concerned(label, prefix + alinea.text)))
    for i, paragraph in enumerate(document.expose_des_motifs, start=1):
        spans.append((paragraph.line, end_of(paragraph.line),
                      Concerned(f"paragraphe {i} de l’exposé des motifs", paragraph.text)))
    if document.titre.line:
        spans.append((document.titre.line, end_of(document.titre.line),
                      Concerned("titre", document.titre.text)))
    return spans


def _touched(spans: list[tuple[int, int, Concerned]] | None,
             lines: tuple[int, int]) -> list[Concerned]:
    if not spans:
        return []
    first, last = lines
    if last < first:  # this side has nothing there: the alinéa that follows, if any
        return []
    return [c for start, end, c in sorted(spans, key=lambda s: s[0]) if start <= last and end >= first]


def alinea_hints(text: str) -> dict[int, str]:
    """For each « <<<<<<< » line: which alinéas the conflict is about, both versions printed."""
    ours_text, theirs_text, blocks = split_sides(text)
    ours, theirs = _side(ours_text), _side(theirs_text)
    hints: dict[int, str] = {}
    for block in blocks:
        local, merged = _touched(ours, block.ours), _touched(theirs, block.theirs)
        labels: list[str] = []
        for concerned in [*local, *merged]:
            if concerned.label not in labels:
                labels.append(concerned.label)
        if not labels:
            continue
        lines = [f"conflit sur {', '.join(labels)}"]
        for name, side in ((LOCAL, local), (MERGED, merged)):
            lines.append(f"{name} :")
            lines.extend([f"  {c.printed}" for c in side] or ["  (rien)"])
        hints[block.marker_line] = "\n".join(lines)
    return hints
