"""Output formats of the semantic diff: nothing in a text can inject markup."""

from __future__ import annotations

import io
import json

from amend.model.document import Dispositif, Document, Line
from amend.model.kinds import DocType
from amend.review.compare import Skipped
from amend.review.report import md_code, md_escape, write_html, write_json, write_markdown, write_text
from amend.review.semantic import compare

HOSTILE = "<script>alert(1)</script> **gras** [lien](javascript:x) `code` | # titre & ~~barré~~"


def doc(points: list[str]) -> Document:
    return Document(type=DocType.PPRE, legislature=17, titre=Line("relative à un essai"),
                    dispositif=Dispositif(points=tuple(Line(p) for p in points)))


def diffs():
    base = ("Demande un rapport {} sur la mise en œuvre du règlement par les États membres, "
            "les plateformes et les autorités compétentes, chaque année, devant le Parlement")
    old = doc(["Salue la proposition de la Commission", base.format("annuel")])
    new = doc(["Salue la proposition de la Commission", base.format(HOSTILE), "1. Fin"])
    return [compare(old, new, path="drafts/x`y/texte.yaml", old_label="HEAD~1", new_label="HEAD")]


def test_markdown_escapes_everything() -> None:
    out = io.StringIO()
    write_markdown(diffs(), out, [Skipped("drafts/a.yaml", "pas un texte")])
    text = out.getvalue()
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "**gras**" not in text and r"\*\*gras\*\*" in text
    assert "[lien](" not in text and "`code`" not in text
    assert "### ``drafts/x`y/texte.yaml`` — `HEAD~1` → `HEAD`" in text
    assert "> <ins>3\\.\u00a01\\. Fin\\.</ins>" in text  # no ordered list, no stray markup
    assert "#### Autres fichiers modifiés" in text


def test_html_escapes_everything() -> None:
    out = io.StringIO()
    write_html(diffs(), out)
    assert "<script>" not in out.getvalue()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out.getvalue()


def test_json_round_trips_the_words() -> None:
    out = io.StringIO()
    write_json(diffs(), out)
    data = json.loads(out.getvalue())
    change = data["textes"][0]["changements"][0]
    assert "".join(m["texte"] for m in change["mots"] if m["op"] != "-") == change["texte_apres"]
    assert "".join(m["texte"] for m in change["mots"] if m["op"] != "+") == change["texte_avant"]


def test_rich_and_plain_text() -> None:
    plain, rich = io.StringIO(), io.StringIO()
    write_text(diffs(), plain)
    write_text(diffs(), rich, color=True)
    assert "{+" in plain.getvalue() and "\x1b[" not in plain.getvalue()
    assert "\x1b[" in rich.getvalue() and "Point 2 reformulé (alinéa 3)" in rich.getvalue()


def test_md_helpers() -> None:
    assert md_code("a``b") == "```a``b```"
    assert md_escape("1. x\nsuite") == r"1\. x suite"
