"""Where a character of a YAML scalar value sits in the file.

The loader gives the (line, column) of each scalar's first character (its quote or block
indicator included); a finding is an offset inside the *value*. For a plain scalar on one line
the answer is a sum, but values may be quoted (escapes, doubled quotes), folded over several lines
(a line break becomes a space, indentation disappears) or written as ``|`` / ``>`` blocks. This
module walks the source text from the scalar's start and aligns it with the value, character by
character, so that « 8novembre » is reported at the column of its « 8 » whatever the style.

Only the scalars that carry a finding are walked, each once: the offsets of all its characters
are kept in the :class:`LineIndex` of the file, so that many findings on one long line cost one
walk, not one each.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

_SIMPLE_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
                   "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
                   "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_HEX = {"x": 2, "u": 4, "U": 8}


class LineIndex:
    """Offsets ↔ (line, column) in a text, both 1-based, columns counted in characters."""

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts
        self.scalars: dict[tuple, Sequence[int]] = {}
        """Key of a scalar → :func:`value_offsets` of its value (filled by :func:`locate`)."""

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


class _Raw:
    """``text[begin:]`` as (char, offset) pairs, read only as far as asked (not a list of the
    rest of the file for every scalar)."""

    __slots__ = ("begin", "text")

    def __init__(self, text: str, begin: int) -> None:
        self.text, self.begin = text, begin

    def __len__(self) -> int:
        return len(self.text) - self.begin

    def __getitem__(self, j: int) -> tuple[str, int]:
        i = self.begin + j
        return self.text[i], i


def _stream(text: str, start: int, style: str | None) -> tuple[_Raw | list[tuple[str, int]], int]:
    """Source characters of the scalar from ``start`` as (char, offset), escapes decoded.

    Returns the stream and the index in ``text`` where the content begins."""
    if style in ("|", ">"):
        end_of_header = text.find("\n", start)
        begin = len(text) if end_of_header < 0 else end_of_header + 1
        return _Raw(text, begin), begin
    if style == "'":
        return _Raw(text, start + 1), start + 1
    if style == '"':
        out: list[tuple[str, int]] = []
        i, n = start + 1, len(text)
        while i < n:
            c = text[i]
            if c == '"':
                break
            if c == "\\" and i + 1 < n:
                e = text[i + 1]
                if e in _HEX:
                    width = _HEX[e]
                    try:
                        out.append((chr(int(text[i + 2:i + 2 + width], 16)), i))
                    except ValueError:
                        out.append((e, i))
                    i += 2 + width
                    continue
                if e == "\n":  # escaped line break: joins the lines, produces nothing
                    i += 2
                    while i < n and text[i] in " \t":
                        i += 1
                    continue
                out.append((_SIMPLE_ESCAPES.get(e, e), i))
                i += 2
                continue
            out.append((c, i))
            i += 1
        return out, start + 1
    return _Raw(text, start), start


def value_offset(text: str, start: int, style: str | None, value: str, offset: int) -> int | None:
    """The offset in ``text`` of ``value[offset]`` for the scalar starting at ``start``.

    ``None`` if the source cannot be aligned with the value (then callers fall back to the
    scalar's start)."""
    if style is None and text.startswith(value[:offset + 1], start):
        return start + offset  # the common case: a plain scalar on one line
    offsets = value_offsets(text, start, style, value)
    return offsets[offset] if 0 <= offset < len(offsets) else None


def value_offsets(text: str, start: int, style: str | None, value: str) -> Sequence[int]:
    """The offset in ``text`` of each character of ``value``, in one walk of the scalar starting
    at ``start``: ``value_offsets(…)[k]`` is :func:`value_offset` of ``k``.

    Shorter than ``value`` from the first character the source cannot be aligned with."""
    if style is None and text.startswith(value, start):
        return range(start, start + len(value))  # the common case: a plain scalar on one line
    stream, _ = _stream(text, start, style)
    quote = "'" if style == "'" else None
    found: list[int] = []
    j = 0
    size = len(stream)
    pending_quote = False
    for char in value:
        while True:
            if j >= size:
                return found
            source, where = stream[j]
            if quote and source == "'" and not pending_quote and j + 1 < size \
                    and stream[j + 1][0] == "'" and char == "'":
                # a doubled quote in a single-quoted scalar is one quote of the value
                j += 2
                break
            if source == char:
                j += 1
                break
            if char in " \n" and source == "\n":
                # folded line break: consume it and the next line's indentation
                j += 1
                while j < size and stream[j][0] in " \t":
                    j += 1
                break
            if source in " \t\n\r":
                j += 1
                continue
            return found
        found.append(where)
    return found


def locate(loaded: Any, key: tuple, offset: int, index: LineIndex | None = None) -> tuple[int, int]:
    """(line, column) in the file of character ``offset`` of the scalar at ``key`` in ``loaded``."""
    index = index or LineIndex(loaded.text)
    line, column = loaded.position(key)
    value = _get(loaded.data, key)
    if not isinstance(value, str) or (offset <= 0 and loaded.styles.get(key) is None):
        return line, column
    offsets = index.scalars.get(key)
    if offsets is None:  # each scalar is walked once, whatever the number of its findings
        start = index.offset(line, column)
        offsets = index.scalars[key] = value_offsets(loaded.text, start, loaded.styles.get(key), value)
    offset = min(offset, len(value) - 1)
    if not 0 <= offset < len(offsets):
        return line, column
    return index.position(offsets[offset])


def _get(data: Any, key: tuple) -> Any:
    for part in key:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data
