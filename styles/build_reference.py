"""Build the reference documents ``reference.docx`` and ``reference.odt`` from pandoc's own.

Run from the repository: ``.venv/bin/python styles/build_reference.py``. The script asks the
bundled pandoc for its default reference documents (``--print-default-data-file``), then adds
the named styles of ``styles/an-styles.json`` (header lines, Vu, Considérant, Point, Numéro
d’alinéa, Exposé…), the A4 page, and the page number « – 2 – » at the top of every page but the
first. Zip entries get a fixed date, so the same pandoc and the same JSON give the same bytes;
the generated files are committed next to this script.

A secretariat may restyle the documents in Word or LibreOffice and save them here under the same
names: pandoc only needs the style *names* to stay.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from amend.render.pipeline import pandoc_path  # noqa: E402

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
TWIPS_PER_CM = 1440 / 2.54
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
HEADER_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"


def default_data(name: str) -> bytes:
    return subprocess.run([str(pandoc_path()), "--print-default-data-file", name],
                          check=True, capture_output=True).stdout


def read_zip(data: bytes) -> dict[str, bytes]:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_zip(path: Path, entries: dict[str, bytes]) -> None:
    """A zip with fixed dates; ``mimetype`` first and stored (required by ODF)."""
    names = sorted(entries, key=lambda n: (n != "mimetype", n))
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entries[name])


def replace_once(text: str, old: str, new: str) -> str:
    if text.count(old) != 1:
        raise SystemExit(f"build_reference: motif introuvable ou ambigu dans le document de pandoc : {old[:60]!r}")
    return text.replace(old, new)


# --- DOCX -----------------------------------------------------------------------------------

def docx_style(style: dict, font: str) -> str:
    name, sid = quoteattr(style["name"]), quoteattr(style["id"])
    rpr = []
    if style.get("bold"):
        rpr.append("<w:b/><w:bCs/>")
    if style.get("italic"):
        rpr.append("<w:i/><w:iCs/>")
    if "color" in style:
        rpr.append(f'<w:color w:val="{style["color"]}"/>')
    if "spacing" in style:
        rpr.append(f'<w:spacing w:val="{round(style["spacing"] * 20)}"/>')
    if "size" in style:
        rpr.append(f'<w:sz w:val="{round(style["size"] * 2)}"/><w:szCs w:val="{round(style["size"] * 2)}"/>')
    if style["type"] == "character":
        return (f'<w:style w:type="character" w:customStyle="1" w:styleId={sid}><w:name w:val={name}/>'
                f'<w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr>{"".join(rpr)}</w:rPr></w:style>')
    ppr = []
    if style.get("keep_next"):
        ppr.append("<w:keepNext/>")
    if style.get("page_break_before"):
        ppr.append("<w:pageBreakBefore/>")
    ppr.append(f'<w:spacing w:before="{round(style.get("before", 0) * 20)}" '
               f'w:after="{round(style.get("after", 0) * 20)}"/>')
    if "hanging_cm" in style:
        ppr.append(f'<w:ind w:left="0" w:hanging="{round(style["hanging_cm"] * TWIPS_PER_CM)}"/>')
    elif "first_line_cm" in style:
        ppr.append(f'<w:ind w:firstLine="{round(style["first_line_cm"] * TWIPS_PER_CM)}"/>')
    jc = {"justify": "both"}.get(style.get("align", "left"), style.get("align", "left"))
    ppr.append(f'<w:jc w:val="{jc}"/>')
    return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId={sid}><w:name w:val={name}/>'
            f'<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>{"".join(ppr)}</w:pPr>'
            f'<w:rPr>{"".join(rpr)}</w:rPr></w:style>')


def docx_header(with_number: bool) -> bytes:
    runs = ""
    if with_number:
        runs = ('<w:r><w:t xml:space="preserve">– </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> –</w:t></w:r>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS} {R_NS}>'
            f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{runs}</w:p></w:hdr>').encode()


def build_docx(spec: dict, out: Path) -> None:
    entries = read_zip(default_data("reference.docx"))
    font = spec["font"]
    styles = entries["word/styles.xml"].decode()
    styles = replace_once(
        styles,
        '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" />',
        f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:cs="{font}" />')
    styles = replace_once(styles, '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA" />',
                          '<w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA" />')
    styles = replace_once(styles, '<w:sz w:val="24" />\n        <w:szCs w:val="24" />\n        <w:lang',
                          f'<w:sz w:val="{spec["size"] * 2}" />\n        <w:szCs w:val="{spec["size"] * 2}" />\n        <w:lang')
    ours = "".join(docx_style(style, font) for style in spec["styles"])
    styles = replace_once(styles, "</w:styles>", ours + "</w:styles>")
    note_size = round(spec["footnote_size"] * 2)
    styles = replace_once(
        styles, '<w:name w:val="Footnote Text" />\n    <w:basedOn w:val="Normal" />\n    <w:next w:val="FootnoteText" />\n    <w:uiPriority w:val="9" />\n    <w:unhideWhenUsed />\n    <w:qFormat />\n',
        '<w:name w:val="Footnote Text" />\n    <w:basedOn w:val="Normal" />\n    <w:next w:val="FootnoteText" />\n    <w:uiPriority w:val="9" />\n    <w:unhideWhenUsed />\n    <w:qFormat />\n'
        f'    <w:pPr><w:spacing w:after="0" /><w:jc w:val="both" /></w:pPr><w:rPr><w:sz w:val="{note_size}" /><w:szCs w:val="{note_size}" /></w:rPr>\n')
    entries["word/styles.xml"] = styles.encode()

    entries["word/header1.xml"] = docx_header(True)
    entries["word/header2.xml"] = docx_header(False)
    rels = entries["word/_rels/document.xml.rels"].decode()
    rels = replace_once(rels, "</Relationships>",
                        f'<Relationship Type="{HEADER_REL}" Id="rIdAN1" Target="header1.xml" />'
                        f'<Relationship Type="{HEADER_REL}" Id="rIdAN2" Target="header2.xml" /></Relationships>')
    entries["word/_rels/document.xml.rels"] = rels.encode()
    types = entries["[Content_Types].xml"].decode()
    types = replace_once(types, "</Types>",
                         f'<Override PartName="/word/header1.xml" ContentType="{HEADER_TYPE}" />'
                         f'<Override PartName="/word/header2.xml" ContentType="{HEADER_TYPE}" /></Types>')
    entries["[Content_Types].xml"] = types.encode()

    page = spec["page"]
    tw = lambda cm: round(cm * TWIPS_PER_CM)  # noqa: E731
    document = entries["word/document.xml"].decode()
    start, end = document.index("<w:sectPr>"), document.index("</w:sectPr>") + len("</w:sectPr>")
    section = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdAN1" />'
               '<w:headerReference w:type="first" r:id="rIdAN2" />'
               '<w:footnotePr><w:numRestart w:val="eachSect" /></w:footnotePr>'
               f'<w:pgSz w:w="{tw(page["width_cm"])}" w:h="{tw(page["height_cm"])}" />'
               f'<w:pgMar w:top="{tw(page["top_cm"])}" w:right="{tw(page["right_cm"])}" '
               f'w:bottom="{tw(page["bottom_cm"])}" w:left="{tw(page["left_cm"])}" '
               f'w:header="{tw(page["header_cm"])}" w:footer="{tw(page["header_cm"])}" w:gutter="0" />'
               '<w:titlePg /></w:sectPr>')
    document = document[:start] + section + document[end:]
    if R_NS not in document:
        document = replace_once(document, "<w:document ", f"<w:document {R_NS} ")
    entries["word/document.xml"] = document.encode()
    write_zip(out, entries)


# --- ODT ------------------------------------------------------------------------------------

def odt_style(style: dict, font: str) -> str:
    name = quoteattr(style["name"])
    text = [f'fo:font-size="{style["size"]}pt"'] if "size" in style else []
    if style.get("bold"):
        text.append('fo:font-weight="bold"')
    if style.get("italic"):
        text.append('fo:font-style="italic"')
    if "color" in style:
        text.append(f'fo:color="#{style["color"]}"')
    if "spacing" in style:
        text.append(f'fo:letter-spacing="{style["spacing"]}pt"')
    if style["type"] == "paragraph":
        text.append(f'fo:font-family={quoteattr(font)} style:font-family-generic="roman"')
    text_props = f'<style:text-properties {" ".join(text)}/>'
    if style["type"] == "character":
        return f'<style:style style:name={name} style:family="text">{text_props}</style:style>'
    para = [f'fo:margin-top="{style.get("before", 0)}pt"', f'fo:margin-bottom="{style.get("after", 0)}pt"',
            f'fo:text-align="{ {"left": "start", "right": "end"}.get(style.get("align", "left"), style.get("align", "left")) }"']
    if "hanging_cm" in style:
        para += ['fo:margin-left="0cm"', f'fo:text-indent="-{style["hanging_cm"]}cm"']
    elif "first_line_cm" in style:
        para.append(f'fo:text-indent="{style["first_line_cm"]}cm"')
    if style.get("keep_next"):
        para.append('fo:keep-with-next="always"')
    if style.get("page_break_before"):
        para.append('fo:break-before="page"')
    tabs = ('<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>'
            if "hanging_cm" in style else "")
    return (f'<style:style style:name={name} style:family="paragraph" '
            f'style:parent-style-name="Standard" style:class="text">'
            f'<style:paragraph-properties {" ".join(para)}>{tabs}</style:paragraph-properties>'
            f'{text_props}</style:style>')


def build_odt(spec: dict, out: Path) -> None:
    entries = read_zip(default_data("reference.odt"))
    font = spec["font"]
    styles = entries["styles.xml"].decode()
    ours = "".join(odt_style(style, font) for style in spec["styles"])
    styles = replace_once(styles, "</office:styles>", ours + "</office:styles>")
    page = spec["page"]
    start = styles.index('<style:page-layout style:name="Mpm1">')
    end = styles.index("</style:page-layout>", start) + len("</style:page-layout>")
    layout = ('<style:page-layout style:name="Mpm1"><style:page-layout-properties '
              f'fo:page-width="{page["width_cm"]}cm" fo:page-height="{page["height_cm"]}cm" '
              'style:num-format="1" style:print-orientation="portrait" '
              f'fo:margin-top="{page["header_cm"]}cm" fo:margin-bottom="{page["bottom_cm"]}cm" '
              f'fo:margin-left="{page["left_cm"]}cm" fo:margin-right="{page["right_cm"]}cm" '
              'style:writing-mode="lr-tb"/><style:header-style><style:header-footer-properties '
              f'fo:min-height="0cm" fo:margin-bottom="{page["top_cm"] - page["header_cm"]:.1f}cm" '
              'style:dynamic-spacing="false"/></style:header-style><style:footer-style/></style:page-layout>')
    styles = styles[:start] + layout + styles[end:]
    start = styles.index('<style:master-page style:name="Standard"')
    end = styles.index("</style:master-page>", start) + len("</style:master-page>")
    master = ('<style:master-page style:name="Standard" style:page-layout-name="Mpm1"><style:header>'
              '<text:p text:style-name="MP1">– <text:page-number text:select-page="current">2'
              '</text:page-number> –</text:p></style:header><style:header-first>'
              '<text:p text:style-name="MP1"/></style:header-first></style:master-page>')
    styles = styles[:start] + master + styles[end:]
    styles = styles.replace('style:parent-style-name="Footer"', 'style:parent-style-name="Header"', 1)
    entries["styles.xml"] = styles.encode()
    write_zip(out, entries)


def main() -> None:
    spec = json.loads((HERE / "an-styles.json").read_text(encoding="utf-8"))
    build_docx(spec, HERE / "reference.docx")
    build_odt(spec, HERE / "reference.odt")
    print("styles/reference.docx et styles/reference.odt régénérés.")


if __name__ == "__main__":
    main()
