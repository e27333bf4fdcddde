"""An amendment rendered with the text pipeline: the AN layout, text only (never raw)."""

from __future__ import annotations

import json

from amend.amendments.store import read_amendment
from amend.render.amendment import amendment_ast
from amend.render.ast import stringify
from tests.conftest import ROOT


def test_amendment_ast_has_the_assembly_layout() -> None:
    amendment = read_amendment(ROOT / "drafts/ppre-1775/amendements/CE13.yaml")
    blocks, meta = amendment_ast(amendment, ROOT)
    lines = [stringify(b) for b in blocks]
    heading = next(i for i, line in enumerate(lines) if line.startswith("AMENDEMENT N"))
    assert lines[heading + 1:heading + 5] == ["présenté par", "Mme Colette CAPDEVIELLE", "----------",
                                              "ARTICLE UNIQUE"]
    assert lines[heading + 5].startswith("I.") and "alinéa 47" in lines[heading + 5]
    assert lines[heading + 6].startswith("II.") and "En conséquence" in lines[heading + 6]
    assert "EXPOSÉ SOMMAIRE" in lines and lines[-1] == "Sort\u00a0: Retiré"
    assert "Raw" not in json.dumps(blocks) and "Raw" not in json.dumps(meta)


def test_amendment_renders_to_html_and_text(tmp_path) -> None:
    from amend.render.pipeline import render_many

    amendment = read_amendment(ROOT / "drafts/ppre-1775/amendements/CE1.yaml")
    blocks, meta = amendment_ast(amendment, ROOT)
    targets = {"html": tmp_path / "CE1.html", "txt": tmp_path / "CE1.txt"}
    render_many(blocks, meta, targets, epoch=0)
    plain = targets["txt"].read_text(encoding="utf-8")
    assert "AMENDEMENT N" in plain and "2011/93/UE" in plain and "EXPOSÉ SOMMAIRE" in plain
    assert "2011/92/UE" in targets["html"].read_text(encoding="utf-8")
