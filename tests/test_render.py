"""``amend render``: n° 1775 in PDF, DOCX, ODT, HTML and text, against the original document."""

from __future__ import annotations

import html
import io
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from amend.core.errors import RenderError
from amend.model.numbering import number
from amend.model.texts import read_text_file
from amend.render.ast import document as ast_document
from amend.render.document import render_text, text_ast
from amend.render.pipeline import FORMATS, Styles, convert, default_styles
from conftest import EXAMPLE, ROOT, SEED

GOLDEN = ROOT / "tests" / "golden"
UPDATE = bool(os.environ.get("AMEND_UPDATE_GOLDEN"))


def squash(value: str) -> str:
    """Text compared without spaces or typographic variants (PDF extraction breaks lines)."""
    value = value.replace("\u2011", "-").replace("'", "’").replace("º", "°")
    return re.sub(r"\s+", "", value)


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    return "\n".join(re.sub(r"^\s*–\s*\d+\s*–\s*$", "", page, count=1, flags=re.M) for page in pages)


def xml_text(xml: str, paragraph: str) -> str:
    xml = re.sub(rf"</{paragraph}>", "\n", xml)
    xml = re.sub(r"<text:tab\s*/>|<w:tab\s*/>", " ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


def docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return xml_text(archive.read("word/document.xml").decode(), "w:p")


def odt_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = archive.read("content.xml").decode()
    return xml_text(re.sub(r"<text:note .*?</text:note>", "", content, flags=re.S), "text:p")


def html_text(data: bytes) -> str:
    body = data.decode().split("<body>", 1)[1]
    body = re.sub(r'<a href="#fn\d+" class="footnote-ref".*?</a>', "", body)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))


def seed_lines() -> list[str]:
    """The printed lines of the original n° 1775 (page markers and the group note aside)."""
    lines = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line in ("– 1 –", "_____") or line.startswith("[(1)]"):
            continue
        if line.lower() == "proposition de résolution européenne":
            line = "PROPOSITION DE RÉSOLUTION EUROPÉENNE"
        lines.append(line.replace("[(1)]", ""))
    return lines


@pytest.fixture(scope="module")
def rendered() -> dict[str, bytes]:
    document = read_text_file(EXAMPLE)
    blocks, meta = text_ast(document)
    from amend.render.document import epoch

    ast = ast_document(blocks, meta)
    return {to: convert(ast, to, epoch=epoch(document)) for to in FORMATS}


def test_pdf_holds_every_line_of_the_original_with_alinea_numbers(rendered: dict[str, bytes]) -> None:
    text = squash(pdf_text(rendered["pdf"]).replace("(1)", ""))
    missing = [line for line in seed_lines() if squash(line) not in text]
    assert missing == []
    document = read_text_file(EXAMPLE)
    alineas = number(document)
    assert len(alineas) == 52
    for alinea in alineas:  # the margin number comes right before its line
        assert squash(f"{alinea.number} {alinea.text}") in text, alinea.number


def test_pdf_is_a4_with_page_numbers_from_page_two(rendered: dict[str, bytes]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(rendered["pdf"]))
    assert len(reader.pages) >= 5
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    first = reader.pages[0].extract_text().replace("\u00a0", " ")
    assert "ASSEMBLÉE NATIONALE\nCONSTITUTION DU 4 OCTOBRE 1958\nDIX-SEPTIÈME LÉGISLATURE" in first
    assert "– 1 –" not in first and first.lstrip().startswith("N° 1775")
    assert reader.pages[1].extract_text().lstrip().startswith("– 2 –")
    assert "(1)Ce groupe est composé de : Mme Marie-José ALLEMAND" in first.replace("\n", " ")


@pytest.mark.parametrize("to,extract", [("docx", docx_text), ("odt", odt_text), ("html", html_text),
                                        ("txt", lambda data: data.decode())])
def test_other_formats_hold_the_same_text(rendered: dict[str, bytes], to: str, extract) -> None:
    text = squash(re.sub(r"\[?\(?1\)?\]", "", extract(rendered[to])))
    missing = [line for line in seed_lines() if squash(line) not in text]
    assert missing == []
    assert squash("40 1. Salue la proposition de règlement") in text


def test_docx_paragraphs_carry_the_named_styles(rendered: dict[str, bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered["docx"])) as archive:
        body = archive.read("word/document.xml").decode()
        styles = archive.read("word/styles.xml").decode()
    count = lambda style: body.count(f'<w:pStyle w:val="{style}" />')  # noqa: E731
    assert (count("ANOuverture"), count("ANVu"), count("ANConsiderant"), count("ANPoint")) == (1, 33, 5, 13)
    assert count("ANExpose") == 27 and count("ANTitrePartie") == 2 and count("ANAssemblee") == 1
    assert body.count('<w:rStyle w:val="ANNumeroAlinea" />') == 52
    assert body.count("<w:tab/>") == 52
    for name in ("Vu", "Considérant", "Point", "Numéro d’alinéa", "Exposé", "Assemblée"):
        assert f'<w:name w:val="{name}" />' in styles
    assert 'w:h="16838"' in body and "<w:titlePg />" in body


def test_odt_uses_the_named_styles(rendered: dict[str, bytes]) -> None:
    with zipfile.ZipFile(io.BytesIO(rendered["odt"])) as archive:
        content = archive.read("content.xml").decode()
        styles = archive.read("styles.xml").decode()
    assert content.count('text:style-name="Vu"') == 33
    assert content.count('text:style-name="Numéro d’alinéa"') == 52
    assert 'style:name="Considérant"' in styles and "fo:page-width=\"21.0cm\"" in styles


def test_html_is_standalone_and_styled(rendered: dict[str, bytes]) -> None:
    page = rendered["html"].decode()
    assert '<html xmlns="http://www.w3.org/1999/xhtml" lang="fr-FR"' in page
    assert "<style>" in page and '[data-custom-style="Vu"]' in page
    assert page.count('<div data-custom-style="Vu">') == 33
    assert "<script" not in page and "<link" not in page


def test_french_typography_in_the_output(rendered: dict[str, bytes]) -> None:
    txt = rendered["txt"].decode()
    assert "Vu l’article\u00a088\u20114 de la Constitution," in txt
    assert "n°\u00a025 (2021)" in txt  # « n°  25 » typed with two spaces
    assert "sur enfants en ligne\u202f;" not in txt and "menace croissante pour la sécurité des enfants en Europe\u202f;" in txt
    with zipfile.ZipFile(io.BytesIO(rendered["docx"])) as archive:
        body = archive.read("word/document.xml").decode()
    assert '<w:vertAlign w:val="superscript" />' in body  # « 1er août 2024 »


def test_txt_matches_golden(rendered: dict[str, bytes]) -> None:
    golden = GOLDEN / "ppre-1775.txt"
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_bytes(rendered["txt"])
    assert rendered["txt"].decode() == golden.read_text(encoding="utf-8")


def test_cli_renders_pdf_and_twice_gives_identical_bytes(repo: Path, amend) -> None:
    for name in ("a", "b"):
        result = amend("render", "drafts/ppre-1775/texte.yaml", "--to", "pdf", "--output", f"{name}.pdf", cwd=repo)
        assert result.exit_code == 0, result.output
        assert result.stdout == f"écrit : {name}.pdf\n"
        result = amend("render", "ppre-1775", "--to", "docx", "--output", f"{name}.docx", cwd=repo)
        assert result.exit_code == 0, result.output
    assert (repo / "a.pdf").read_bytes() == (repo / "b.pdf").read_bytes()
    assert (repo / "a.docx").read_bytes() == (repo / "b.docx").read_bytes()
    assert (repo / "a.pdf").read_bytes().startswith(b"%PDF-")
    assert b"/CreationDate(D:20250908000000Z)" in (repo / "a.pdf").read_bytes()


def test_cli_all_writes_every_format_into_a_folder(repo: Path, amend) -> None:
    result = amend("render", "ppre-1775", "--to", "all", cwd=repo)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (repo / "out").iterdir()) == [
        "ppre-1775.docx", "ppre-1775.html", "ppre-1775.odt", "ppre-1775.pdf", "ppre-1775.txt"]
    (repo / "livrables").mkdir()
    result = amend("render", "ppre-1775", "--to", "all", "--output", "livrables", cwd=repo)
    assert result.exit_code == 0, result.output
    for made in (repo / "out").iterdir():  # every format is byte-identical from run to run
        assert (repo / "livrables" / made.name).read_bytes() == made.read_bytes(), made.name


def test_cli_refuses_unknown_format_and_paths_outside(repo: Path, amend, tmp_path: Path) -> None:
    result = amend("render", "ppre-1775", "--to", "rtf", cwd=repo)
    assert result.exit_code == 2 and "format inconnu" in result.stderr
    result = amend("render", "ppre-1775", "--output", str(tmp_path / "x.pdf"), cwd=repo)
    assert result.exit_code == 1 and "IO004" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_invalid_text_is_refused_with_its_position(repo: Path, amend) -> None:
    bad = repo / "drafts" / "ppre-1775" / "texte.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("legislature: 17", "legislature: dix-sept"),
                   encoding="utf-8")
    result = amend("render", "ppre-1775", "--output", "x.pdf", cwd=repo)
    assert result.exit_code == 1 and "texte.yaml:" in result.stderr and "Traceback" not in result.output
    assert not (repo / "x.pdf").exists()


# --- errors: a French message, a non-zero exit, no file left behind ------------------------------

def _styles_copy(tmp_path: Path) -> Styles:
    folder = tmp_path / "styles"
    shutil.copytree(default_styles().folder, folder, ignore=shutil.ignore_patterns("__pycache__"))
    return Styles(folder)


def _no_leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("missing,to", [("an.typst", "pdf"), ("reference.docx", "docx"),
                                        ("reference.odt", "odt"), ("an.css", "html")])
def test_missing_style_file(tmp_path: Path, missing: str, to: str) -> None:
    styles = _styles_copy(tmp_path)
    (styles.folder / missing).unlink()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RenderError) as error:
        render_text(read_text_file(EXAMPLE), to=to, output=out / f"x.{to}", styles=styles)
    assert error.value.code == "RND002" and "introuvable" in error.value.message
    assert missing in error.value.message
    assert _no_leftovers(out) == []


def test_missing_fonts(tmp_path: Path) -> None:
    styles = _styles_copy(tmp_path)
    for font in styles.fonts.glob("*.ttf"):
        font.unlink()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RenderError) as error:
        render_text(read_text_file(EXAMPLE), to="pdf", output=out / "x.pdf", styles=styles)
    assert error.value.code == "RND005" and "police" in error.value.message
    assert _no_leftovers(out) == []


def test_failed_typst_run(tmp_path: Path) -> None:
    styles = _styles_copy(tmp_path)
    styles.template.write_text("#let x = (\n$body$\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(RenderError) as error:
        render_text(read_text_file(EXAMPLE), to="pdf", output=out / "x.pdf", styles=styles)
    assert error.value.code == "RND006" and error.value.message.startswith("Typst a échoué")
    assert _no_leftovers(out) == []


def test_failed_pandoc_run_keeps_the_previous_file(repo: Path, amend) -> None:
    (repo / "x.docx").write_bytes(b"ancienne version")
    result = amend("render", "ppre-1775", "--to", "docx", "--output", "x.docx", cwd=repo,
                   env={"AMEND_PANDOC": "/bin/false"})
    assert result.exit_code == 1
    assert "RND004 erreur : pandoc a échoué" in result.stderr and "Traceback" not in result.output
    assert (repo / "x.docx").read_bytes() == b"ancienne version"
    assert not [p for p in repo.iterdir() if p.name.endswith(".tmp")]
    result = amend("render", "ppre-1775", "--to", "docx", "--output", "x.docx", cwd=repo,
                   env={"AMEND_PANDOC": str(repo / "pas-de-pandoc")})
    assert result.exit_code == 1 and "RND003" in result.stderr


@pytest.mark.parametrize("target", ["dossier-absent/x.pdf", "un-fichier/x.pdf", "un-dossier"])
def test_unwritable_output(repo: Path, amend, target: str) -> None:
    (repo / "un-fichier").write_text("x")
    (repo / "un-dossier").mkdir()
    result = amend("render", "ppre-1775", "--to", "pdf", "--output", target, cwd=repo)
    assert result.exit_code == 1, result.output
    assert "RND007 erreur :" in result.stderr and "Traceback" not in result.output
    assert list((repo / "un-dossier").iterdir()) == []


def test_cli_renders_an_amendment_with_the_same_pipeline(repo: Path, amend) -> None:
    amendments = ROOT / "drafts" / "ppre-1775" / "amendements"
    if not (amendments / "CE1.yaml").is_file():
        pytest.skip("pas d’amendement d’exemple")
    shutil.copytree(amendments, repo / "drafts" / "ppre-1775" / "amendements")
    result = amend("render", "drafts/ppre-1775/amendements/CE1.yaml", "--to", "txt", cwd=repo)
    assert result.exit_code == 0, result.output
    text = (repo / "out" / "CE1.txt").read_text(encoding="utf-8")
    assert "AMENDEMENT N°\u00a0CE1" in text and "EXPOSÉ SOMMAIRE" in text


def test_cli_refuses_a_yaml_file_that_is_neither_text_nor_amendment(repo: Path, amend) -> None:
    (repo / "autre.yaml").write_text("type: autre\n", encoding="utf-8")
    result = amend("render", "autre.yaml", cwd=repo)
    assert result.exit_code == 1 and "ni un texte" in result.stderr


def test_reference_documents_are_rebuilt_identically(tmp_path: Path) -> None:
    import importlib.util
    import json

    script = ROOT / "styles" / "build_reference.py"
    spec = importlib.util.spec_from_file_location("build_reference", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    styles = json.loads((ROOT / "styles" / "an-styles.json").read_text(encoding="utf-8"))
    module.build_docx(styles, tmp_path / "reference.docx")
    module.build_odt(styles, tmp_path / "reference.odt")
    for name in ("reference.docx", "reference.odt"):
        assert (tmp_path / name).read_bytes() == (ROOT / "styles" / name).read_bytes(), name
