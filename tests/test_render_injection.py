"""Text is text: markup typed in a draft comes out literally in PDF, DOCX and HTML, never run.

Each payload goes into the title, an author's name, a paragraph of the exposé and a visa of a
scratch text; the rendered documents must show it as typed (up to French spacing, which the
comparison ignores) in each of the four places, and nothing in it may be executed: no file read,
no Typst rule applied, no HTML element or link created, no template variable expanded.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amend.model.texts import load_document
from amend.render.ast import document as ast_document
from amend.render.document import epoch, text_ast
from amend.render.pipeline import convert
from amend.storage.yamlio import parse

PAYLOADS = [
    '#import "x"',
    '#read("/etc/hostname")',
    "#set page(fill: red)",
    "<script>alert(1)</script>",
    r"\input{/etc/passwd}",
    "$x$",
    "**gras**",
    "[lien](http://x)",
    "{.class}",
    "$title$",
    "@cite",
    "II. – liste",
]


def scratch_text(payload: str) -> str:
    value = json.dumps(payload, ensure_ascii=False)
    return f"""\
type: ppre
numero: 1
legislature: 17
date_depot: "2025-09-08"
titre: {json.dumps("relative à " + payload, ensure_ascii=False)}
renvoi: commission des affaires européennes
auteurs:
  - {json.dumps("M. " + payload, ensure_ascii=False)}
expose_des_motifs:
  - {value}
dispositif:
  visas:
    - {value}
  points:
    - Salue
"""


def squash(value: str) -> str:
    return re.sub(r"\s+", "", value)


def rendered(payload: str, to: str) -> bytes:
    document = load_document(parse(scratch_text(payload), Path("texte.yaml")))
    blocks, meta = text_ast(document)
    return convert(ast_document(blocks, meta), to, epoch=epoch(document))


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def occurrences(text: str, payload: str) -> int:
    return squash(text).count(squash(payload))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_literal_in_pdf(payload: str) -> None:
    data = rendered(payload, "pdf")
    text = pdf_text(data)
    # title, author, exposé and visa (the title is also the PDF's title property)
    assert occurrences(text, payload) == 4, text
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    assert squash(payload) in squash(reader.metadata.title)
    assert len(reader.pages) == 3  # header, exposé, dispositif: no rule or import changed the layout
    hostname = Path("/etc/hostname")
    if hostname.is_file() and hostname.read_text().strip():
        assert hostname.read_text().strip() not in text.replace(payload, "")
    assert b"/Fill" not in data and b"1 0 0 rg" not in data  # no red page


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_literal_in_docx(payload: str) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered(payload, "docx"))) as archive:
        body = archive.read("word/document.xml").decode()
        names = archive.namelist()
    runs = html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body)))
    assert occurrences(runs, payload) == 4
    assert "<w:hyperlink" not in body and not any("media" in n for n in names)
    assert "<script" not in body and "<w:instrText" not in body


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_literal_in_html(payload: str) -> None:
    page = rendered(payload, "html").decode()
    body = page.split("<body>", 1)[1]
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    assert occurrences(text, payload) == 4
    title = html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1))
    assert squash(payload) in squash(title)
    assert "<script" not in page
    assert '<a href="http://x"' not in page and "<strong>" not in page and 'class="class"' not in page
    assert "<cite" not in page and 'class="math' not in page and "<ol" not in body


def test_payload_in_a_group_name_and_members_stays_literal() -> None:
    source = scratch_text("ok").replace(
        '  - "M. ok"\n', '  - groupe: "<b>#read(\\"/etc/passwd\\")</b>"\n    membres: ["M. $body$ @x"]\n')
    document = load_document(parse(source, Path("texte.yaml")))
    blocks, meta = text_ast(document)
    text = pdf_text(convert(ast_document(blocks, meta), "pdf", epoch=epoch(document)))
    assert squash('les membres du groupe <b>#read("/etc/passwd")</b>') in squash(text)
    assert squash("Ce groupe est composé de : M. $body$ @x.") in squash(text)
    assert "root:" not in text


MARKUP = st.text(alphabet=st.sampled_from(list("#$@*_[](){}<>\\/\"'`~^|&;:!?=.-– abcÉé1\u00a0")),
                 min_size=1, max_size=40).filter(lambda s: s.strip())


@settings(max_examples=25, deadline=None)
@given(MARKUP)
def test_any_markup_in_a_visa_comes_out_as_typed(payload: str) -> None:
    """Whatever characters a visa holds, the HTML shows them (French spacing aside)."""
    from amend.render.typography import typeset

    source = scratch_text("ok").replace('    - "ok"\n  points:', f"    - {json.dumps(payload)}\n  points:")
    document = load_document(parse(source, Path("texte.yaml")))
    blocks, meta = text_ast(document)
    page = convert(ast_document(blocks, meta), "html", epoch=0).decode()
    body = html.unescape(re.sub(r"<[^>]+>", "", page.split("<body>", 1)[1]))
    assert squash(f"Vu {typeset(payload).strip()},") in squash(body)
