"""Small builders of Pandoc AST nodes (pandoc-types 1.23, the JSON pandoc 3 reads).

Every piece of document text goes through :func:`text`, which typesets it
(:mod:`amend.render.typography`) and puts it into ``Str`` nodes: pandoc's writers
escape ``Str`` for their format, so text stays text in Typst, HTML, DOCX and ODT. Nothing here
builds ``RawInline`` or ``RawBlock`` from document content; the only raw output of the pipeline
comes from the Lua filter in ``styles/``, from numbers and names we choose.

Paragraph and character styles are attached with the ``custom-style`` attribute pandoc uses for
DOCX and ODT; the Lua filter maps the same names to Typst functions of the template, and the
HTML stylesheet reaches them through ``data-custom-style``. The style names are listed, with
their formatting, in ``styles/an-styles.json``.
"""

from __future__ import annotations

import re
from typing import Any

from amend.render.typography import runs, typeset

API_VERSION = [1, 23, 1]

Node = dict[str, Any]

_WORDS = re.compile(r"[ \t\n]+")


def _attr(style: str | None = None, classes: tuple[str, ...] = ()) -> list[Any]:
    return ["", list(classes), [["custom-style", style]] if style else []]


def plain_inlines(value: str) -> list[Node]:
    """Inline nodes for text taken as is (no typography): one ``Str`` per run of words.

    Pandoc's readers split words into ``Str`` and ``Space``; its writers accept spaces inside
    ``Str`` just as well, and one node per phrase makes the JSON five times smaller and pandoc
    correspondingly faster. Runs of ASCII spaces, tabs and newlines become one space.
    """
    value = _WORDS.sub(" ", value).strip(" ")
    return [{"t": "Str", "c": value}] if value else []


def text(value: str) -> list[Node]:
    """Typeset French text as inline nodes (ordinal letters raised)."""
    nodes: list[Node] = []
    pieces = runs(_WORDS.sub(" ", typeset(value)).strip(" "))
    for piece, raised in pieces:
        if raised:
            nodes.append({"t": "Superscript", "c": [{"t": "Str", "c": piece}]})
        elif piece:
            nodes.append({"t": "Str", "c": piece})
    return nodes


def span(style: str, inlines: list[Node]) -> Node:
    """Inline content in a character style."""
    return {"t": "Span", "c": [_attr(style), inlines]}


def note(blocks: list[Node]) -> Node:
    """A footnote."""
    return {"t": "Note", "c": blocks}


def para(inlines: list[Node]) -> Node:
    return {"t": "Para", "c": inlines}


def div(style: str, blocks: list[Node]) -> Node:
    """Blocks in a named paragraph style."""
    return {"t": "Div", "c": [_attr(style), blocks]}


def styled(style: str, inlines: list[Node]) -> Node:
    """One paragraph in a named paragraph style."""
    return div(style, [para(inlines)])


def meta_inlines(inlines: list[Node]) -> Node:
    return {"t": "MetaInlines", "c": inlines}


def meta_string(value: str) -> Node:
    return {"t": "MetaString", "c": value}


def document(blocks: list[Node], meta: dict[str, Node]) -> dict[str, Any]:
    """A whole Pandoc document, ready for ``json.dumps``."""
    return {"pandoc-api-version": API_VERSION, "meta": meta, "blocks": blocks}


def stringify(nodes: list[Node] | Node) -> str:
    """The plain text of inline or block nodes (for tests and the text output)."""
    if isinstance(nodes, dict):
        nodes = [nodes]
    out: list[str] = []
    for node in nodes:
        kind = node["t"]
        if kind == "Str":
            out.append(node["c"])
        elif kind == "Space":
            out.append(" ")
        elif kind in ("Para", "Plain", "Superscript", "Emph", "Strong"):
            out.append(stringify(node["c"]))
        elif kind in ("Span", "Div"):
            out.append(stringify(node["c"][1]))
    return "".join(out)
