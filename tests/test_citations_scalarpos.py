"""Findings inside YAML scalars are located at the real line and column of the file, whatever
the scalar's style: plain, single- or double-quoted, folded ``>`` or literal ``|``, one line or
several (amend.storage.scalarpos)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from amend.storage import yamlio
from amend.storage.scalarpos import LineIndex, locate

CASES = {
    "plain": "a:\n  - le 8novembre 2001\n",
    "plain on two lines": "a:\n  - le premier\n    puis le 8novembre 2001\n",
    "single-quoted": "a:\n  - 'l''article 8novembre'\n",
    "single-quoted on two lines": "a:\n  - 'l''article\n    x 8novembre'\n",
    "double-quoted with escapes": 'a:\n  - "\\u00e9t\\"é 8novembre"\n',
    "double-quoted with an escaped line break": 'a:\n  - "été \\\n    8novembre"\n',
    "literal": "a:\n  - |\n    premier\n    le 8novembre\n",
    "folded": "a:\n  - >\n    premier\n    le 8novembre\n",
    "folded, strip, blank line": "a:\n  - >-\n      premier\n\n      le 8novembre\n",
    "key after a comment": "# commentaire\na:  # encore\n  - \"x\"\n  - >\n    un\n      deux 8novembre\n",
}


@pytest.mark.parametrize("name", list(CASES))
def test_offset_of_8novembre(name: str) -> None:
    text = CASES[name]
    loaded = yamlio.parse(text, Path("x.yaml"))
    key = ("a", len(loaded.data["a"]) - 1)
    value = loaded.data["a"][key[1]]
    line, column = locate(loaded, key, value.index("8no"))
    assert text.splitlines()[line - 1][column - 1:column + 8] == "8novembre"


def test_line_index() -> None:
    index = LineIndex("ab\ncd\n\nef")
    assert [index.position(i) for i in (0, 2, 3, 6, 7)] == [(1, 1), (1, 3), (2, 1), (3, 1), (4, 1)]
    assert index.offset(4, 2) == 8


def _dump(value: str, style: str, width: int) -> str:
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import (DoubleQuotedScalarString, FoldedScalarString,
                                          LiteralScalarString, SingleQuotedScalarString)

    wrap = {"plain": str, "'": SingleQuotedScalarString, '"': DoubleQuotedScalarString,
            "|": LiteralScalarString, ">": FoldedScalarString}[style]
    yaml = YAML()
    yaml.width = width
    buffer = io.StringIO()
    yaml.dump({"texte": {"visas": ["premier", wrap(value)]}}, buffer)
    return buffer.getvalue()


WORDS = st.lists(st.sampled_from(["l’article", "88\u20114", "de", "la", "Constitution", "n°", "25",
                                  "8novembre", "«\u00a0vie\u00a0privée\u00a0»", "l'Union", "État",
                                  "(UE)", "2016/679", "“x”", "a:b", "c#d", "é"]),
                 min_size=1, max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=WORDS, style=st.sampled_from(["plain", "'", '"', "|", ">"]),
       width=st.sampled_from([20, 40, 4096]))
def test_every_character_is_located_on_itself(value: str, style: str, width: int) -> None:
    text = _dump(value, style, width)
    loaded = yamlio.parse(text, Path("x.yaml"))
    got = loaded.data["texte"]["visas"][1]
    assume(got == value or got.rstrip("\n") == value)
    lines = text.splitlines()
    index = LineIndex(text)
    for offset, char in enumerate(got.rstrip("\n")):
        if char == " ":
            continue  # a folded space stands for a line break: any nearby place is right
        line, column = locate(loaded, ("texte", "visas", 1), offset, index)
        found = lines[line - 1][column - 1]
        if style == '"' and found == "\\":
            continue  # an escape sequence stands for this character
        assert found == char, (style, width, offset, text)
