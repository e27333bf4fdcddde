"""Numbering the dispositif: what authors must not type by hand.

Authors write the content of each line; this module adds « Vu », « Considérant », the point
numbers « 1. », « 2. », the final punctuation (« , » after a visa, « ; » after a considérant and
each point, « . » after the last point) and the alinéa numbers printed in the margin, which
amendments refer to (« À l’alinéa 12 … »).

Convention (README, « Numérotation des alinéas »): every line of the dispositif after
« Article unique » is an alinéa, numbered from 1 in reading order, the opening formula
« L’Assemblée nationale, » included. Both the first number and whether the opening formula is
numbered are settings of the document (``numerotation`` in the YAML).

:func:`split_line` is the inverse of :func:`format_line`: it recognises a full line typed by a
human (or quoted in an amendment) and returns its kind and content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from amend.model.document import Document, Line, Numbering
from amend.model.kinds import Kind

NBSP = "\u00a0"

OPENINGS = {"an": "L’Assemblée nationale,", "senat": "Le Sénat,"}

_SPACES = "[ \u00a0\u202f]"
VISA_PREFIX = re.compile(rf"^Vu{_SPACES}+", re.IGNORECASE)
CONSIDERANT_PREFIX = re.compile(rf"^Considérant{_SPACES}+", re.IGNORECASE)
POINT_PREFIX = re.compile(rf"^(\d+){_SPACES}*[.)°]{_SPACES}+")
_SPACE_CHARS = " \u00a0\u202f"
_TERMINAL_DOTS = re.compile(r"(?:\b(?:etc|p|art|al|n°|cf)\.|\.\.\.|…)$")


@dataclass(frozen=True)
class Alinea:
    """One numbered line of the dispositif as printed."""

    number: int | None
    kind: Kind
    index: int
    """Position among the lines of the same kind (0-based); the point number is ``index + 1``."""
    content: str
    text: str
    """The full printed line: « Vu …, », « Considérant … ; », « 3. … ; »."""
    source: Line | None = None


def format_line(kind: Kind, content: str, *, index: int = 0, last: bool = False,
                numbered_points: bool = True, chamber: str = "an") -> str:
    """The printed form of one line of the dispositif."""
    if kind is Kind.OUVERTURE:
        return OPENINGS[chamber]
    if kind is Kind.VISA:
        return f"Vu {content},"
    if kind is Kind.CONSIDERANT:
        return f"Considérant {content}{NBSP};"
    prefix = f"{index + 1}.{NBSP}" if numbered_points else ""
    return f"{prefix}{content}." if last else f"{prefix}{content}{NBSP};"


def split_line(text: str) -> tuple[Kind, str]:
    """Recognise a full printed line and return (kind, content without prefix or punctuation).

    « Vu … , » is a visa, « Considérant … ; » a considérant, anything else a point (its number,
    if any, is dropped: points are renumbered).
    """
    stripped = text.strip()
    if stripped in OPENINGS.values():
        return Kind.OUVERTURE, stripped
    for kind, prefix in ((Kind.VISA, VISA_PREFIX), (Kind.CONSIDERANT, CONSIDERANT_PREFIX),
                         (Kind.POINT, POINT_PREFIX)):
        match = prefix.match(stripped)
        if match:
            return kind, strip_end(stripped[match.end():])
    return Kind.POINT, strip_end(stripped)


def _end_punctuation(text: str) -> tuple[int, int] | None:
    """Where a final « , », « ; » or « . » (and the spaces before it) sits, if the text ends with
    one (before a last line break). A backwards scan: linear, whatever the line's length."""
    end = len(text) - 1 if text.endswith("\n") else len(text)
    if end == 0 or text[end - 1] not in ",;.":
        return None
    start = end - 1
    while start > 0 and text[start - 1] in _SPACE_CHARS:
        start -= 1
    return start, end


def has_end_punctuation(text: str) -> bool:
    """Whether the text ends with « , », « ; » or « . »."""
    return _end_punctuation(text) is not None


def strip_end(content: str) -> str:
    """Drop the final « , », « ; » or « . » amend adds itself (but not « etc. » or « … »)."""
    span = _end_punctuation(content)
    if span is None or _TERMINAL_DOTS.search(content):
        return content
    return content[:span[0]] + content[span[1]:]


def opening_and_lines(document: Document) -> list[tuple[Kind, int, Line | None, str]]:
    d = document.dispositif
    opening = OPENINGS[document.chamber]
    rows: list[tuple[Kind, int, Line | None, str]] = [(Kind.OUVERTURE, 0, None, opening)]
    for kind, lines in ((Kind.VISA, d.visas), (Kind.CONSIDERANT, d.considerants),
                        (Kind.POINT, d.points)):
        rows.extend((kind, i, line, line.text) for i, line in enumerate(lines))
    return rows


def number(document: Document) -> list[Alinea]:
    """The dispositif as printed, line by line, with alinéa numbers."""
    return number_rows(opening_and_lines(document), document.numbering,
                       numbered_points=document.dispositif.points_numbered,
                       chamber=document.chamber)


def number_rows(rows: list[tuple[Kind, int, Line | None, str]], numbering: Numbering, *,
                numbered_points: bool = True, chamber: str = "an") -> list[Alinea]:
    last_point = max((i for kind, i, _, _ in rows if kind is Kind.POINT), default=None)
    counter = numbering.first
    alineas = []
    for kind, index, source, content in rows:
        if kind is Kind.OUVERTURE and not numbering.number_opening:
            num = None
        else:
            num, counter = counter, counter + 1
        text = format_line(kind, content, index=index, last=kind is Kind.POINT and index == last_point,
                           numbered_points=numbered_points, chamber=chamber)
        alineas.append(Alinea(num, kind, index, content, text, source))
    return alineas


def by_number(alineas: list[Alinea]) -> dict[int, Alinea]:
    return {a.number: a for a in alineas if a.number is not None}
