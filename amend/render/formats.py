"""The last touch of the AST for one output format, in Python rather than a pandoc Lua filter.

The AST marks paragraphs with ``custom-style`` Divs (DOCX and ODT use them as named paragraph
styles as they are, HTML through ``data-custom-style``) and alinéa numbers with a Span in the
character style « Numéro d’alinéa » followed by a Space. For each format:

* Typst: each styled Div becomes ``#an-style("Name")[…]`` and each number ``#an-numero[…]``,
  functions of ``styles/an.typst``; the number goes into the margin, so the Space is dropped;
* DOCX: the Space becomes a tab run (the paragraph styles hang the number in the margin);
* ODT and plain text: the Space becomes a tab character; plain text writes « 1er » flat.

A Lua filter did this first; marshalling the whole AST into Lua cost pandoc 60–90 ms for n° 1775
(more than pandoc's own work), this pass costs about 1 ms. The raw nodes it adds are constants
and style names, which amend chooses and which are written as escaped Typst strings; document
text stays in ``Str`` nodes, escaped by pandoc.
"""

from __future__ import annotations

from typing import Any

from amend.render.ast import Node

NUMBER_STYLE = "Numéro d’alinéa"


def typst_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _style(node: Node) -> str | None:
    for key, value in node["c"][0][2]:
        if key == "custom-style":
            return value
    return None


def _is_number(node: Node) -> bool:
    return node["t"] == "Span" and _style(node) == NUMBER_STYLE


def _raw_inline(fmt: str, text: str) -> Node:
    return {"t": "RawInline", "c": [fmt, text]}


def _raw_block(fmt: str, text: str) -> Node:
    return {"t": "RawBlock", "c": [fmt, text]}


SEPARATORS: dict[str, Node | None] = {
    "typst": None,
    "docx": _raw_inline("openxml", "<w:r><w:tab/></w:r>"),
    "odt": {"t": "Str", "c": "\t"},
    "plain": {"t": "Str", "c": "\t"},
}


class _Adapter:
    def __init__(self, fmt: str) -> None:
        self.fmt = fmt

    def blocks(self, blocks: list[Node]) -> list[Node]:
        out: list[Node] = []
        for block in blocks:
            kind = block["t"]
            if kind == "Div":
                content = self.blocks(block["c"][1])
                style = _style(block)
                if self.fmt == "typst" and style:
                    out.append(_raw_block("typst", f"#an-style({typst_string(style)})["))
                    out.extend(content)
                    out.append(_raw_block("typst", "]"))
                else:
                    out.append({"t": "Div", "c": [block["c"][0], content]})
            elif kind in ("Para", "Plain"):
                out.append({"t": kind, "c": self.inlines(block["c"], paragraph_start=True)})
            else:
                out.append(block)
        return out

    def inlines(self, inlines: list[Node], *, paragraph_start: bool = False) -> list[Node]:
        out: list[Node] = []
        for i, node in enumerate(inlines):
            kind = node["t"]
            if (paragraph_start and i == 1 and kind == "Space" and _is_number(inlines[0])
                    and self.fmt in SEPARATORS):
                separator = SEPARATORS[self.fmt]
                if separator is not None:
                    out.append(separator)
            elif kind == "Span" and self.fmt == "typst" and _is_number(node):
                out += [_raw_inline("typst", "#an-numero["), *self.inlines(node["c"][1]),
                        _raw_inline("typst", "]")]
            elif kind == "Superscript" and self.fmt == "plain":
                out.extend(self.inlines(node["c"]))
            elif kind in ("Span",):
                out.append({"t": kind, "c": [node["c"][0], self.inlines(node["c"][1])]})
            elif kind in ("Superscript", "Emph", "Strong"):
                out.append({"t": kind, "c": self.inlines(node["c"])})
            elif kind == "Note":
                out.append({"t": "Note", "c": self.blocks(node["c"])})
            else:
                out.append(node)
        return out


def adapt(ast: dict[str, Any], fmt: str) -> dict[str, Any]:
    """A copy of the AST prepared for pandoc's writer ``fmt`` (typst, docx, odt, html, plain)."""
    return {**ast, "blocks": _Adapter(fmt).blocks(ast["blocks"])}
