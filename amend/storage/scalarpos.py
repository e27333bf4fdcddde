"""Where a character of a YAML scalar value sits in the file.

The loader gives the (line, column) of each scalar's first character (its quote or block
indicator included); a finding is an offset inside the *value*. For a plain scalar on one line
the answer is a sum, but values may be quoted (escapes, doubled quotes), folded over several lines
(a line break becomes a space, indentation disappears) or written as ``|`` / ``>`` blocks. This
module walks the source text from the scalar's start and aligns it with the value, character by
character, so that « 8novembre » is reported at the column of its « 8 » whatever the style.

Only the scalars that carry a finding are walked, and only up to the offset wanted.
"""

from __future__ import annotations

from bisect import bisect_right
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

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _stream(text: str, start: int, style: str | None) -> tuple[list[tuple[str, int]], int]:
    """Source characters of the scalar from ``start`` as (char, offset), escapes decoded.

    Returns the stream and the index in ``text`` where the content begins."""
    if style in ("|", ">"):
        end_of_header = text.find("\n", start)
        begin = len(text) if end_of_header < 0 else end_of_header + 1
        return [(c, i) for i, c in enumerate(text[begin:], begin)], begin
    if style == "'":
        return [(c, i) for i, c in enumerate(text[start + 1:], start + 1)], start + 1
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
    return [(c, i) for i, c in enumerate(text[start:], start)], start


def value_offset(text: str, start: int, style: str | None, value: str, offset: int) -> int | None:
    """The offset in ``text`` of ``value[offset]`` for the scalar starting at ``start``.

    ``None`` if the source cannot be aligned with the value (then callers fall back to the
    scalar's start)."""
    if style is None and text.startswith(value[:offset + 1], start):
        return start + offset  # the common case: a plain scalar on one line
    stream, _ = _stream(text, start, style)
    quote = "'" if style == "'" else None
    j = 0
    pending_quote = False
    for k, char in enumerate(value[:offset + 1]):
        while True:
            if j >= len(stream):
                return None
            source, where = stream[j]
            if quote and source == "'" and not pending_quote and j + 1 < len(stream) \
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
                while j < len(stream) and stream[j][0] in " \t":
                    j += 1
                if char == "\n" or k == offset:
                    break
                break
            if source in " \t\n\r":
                j += 1
                continue
            return None
        if k == offset:
            return where
    return None


def locate(loaded: Any, key: tuple, offset: int, index: LineIndex | None = None) -> tuple[int, int]:
    """(line, column) in the file of character ``offset`` of the scalar at ``key`` in ``loaded``."""
    index = index or LineIndex(loaded.text)
    line, column = loaded.position(key)
    value = _get(loaded.data, key)
    if not isinstance(value, str) or (offset <= 0 and loaded.styles.get(key) is None):
        return line, column
    start = index.offset(line, column)
    found = value_offset(loaded.text, start, loaded.styles.get(key), value, min(offset, len(value) - 1))
    if found is None:
        return line, column
    return index.position(found)


def _get(data: Any, key: tuple) -> Any:
    for part in key:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data
