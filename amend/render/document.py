"""A text (PPRE, PPR, texte adopté) as a Pandoc AST laid out like the Assemblée nationale's.

``text_ast(document)`` returns the blocks and metadata that
:func:`amend.render.pipeline.render_blocks` renders. The layout follows
``research/domain-rules.md`` §1.2–1.5: the deposit header (or the header of the texte adopté),
the exposé des motifs, then the dispositif with the alinéa numbers of
:func:`amend.model.numbering.number`. Each line is a paragraph in a named style of
``styles/an-styles.json``; all document text goes through :func:`amend.render.ast.text`.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING

from amend.core.french import format_date
from amend.model.document import Adoption, Document, Group
from amend.model.kinds import DocType, Kind
from amend.model.numbering import Alinea, number
from amend.render import parliament
from amend.render.ast import Node, meta_inlines, meta_string, note, para, span, styled, text
from amend.render.formats import NUMBER_STYLE

if TYPE_CHECKING:
    from amend.render.pipeline import Styles

KIND_STYLES = {Kind.OUVERTURE: "Ouverture", Kind.VISA: "Vu", Kind.CONSIDERANT: "Considérant",
               Kind.POINT: "Point"}
CHAMBERS = {"an": ("ASSEMBLÉE NATIONALE", "de l’Assemblée nationale"),
            "senat": ("SÉNAT", "du Sénat")}
NATURES = {DocType.PPRE: "PROPOSITION DE RÉSOLUTION EUROPÉENNE",
           DocType.PPR: "PROPOSITION DE RÉSOLUTION"}
ADOPTED = {"resolution_europeenne": "RÉSOLUTION EUROPÉENNE", "resolution": "RÉSOLUTION"}
FORMULAS = {
    "seance": "L’Assemblée nationale a adopté la résolution dont la teneur suit :",
    "article_151_7": "Est devenue résolution de l’Assemblée nationale, en application de "
                     "l’article 151‑7 du Règlement, la résolution dont la teneur suit :",
}


def text_ast(document: Document) -> tuple[list[Node], dict[str, Node]]:
    """Blocks and metadata of the whole document."""
    alineas = number(document)
    if document.type is DocType.TA:
        blocks = [*adopted_header(document), *dispositif(document, alineas, title=None),
                  *adopted_closing(document)]
    else:
        blocks = [*deposit_header(document), *expose(document),
                  *dispositif(document, alineas, title=NATURES[document.type])]
    return blocks, metadata(document)


def metadata(document: Document) -> dict[str, Node]:
    """Document properties: language and title (built from text nodes, never raw)."""
    label = document_label(document)
    return {"lang": meta_string("fr-FR"), "titre-document": meta_inlines(text(label)),
            "pagetitle": meta_inlines(text(label))}


def document_label(document: Document) -> str:
    if document.type is DocType.TA:
        kind = "Texte adopté"
    else:
        kind = NATURES[document.type].capitalize()
    number_part = f" n° {document.numero}" if document.numero else ""
    return f"{kind}{number_part} {document.titre.text}"


def epoch(document: Document) -> int:
    """A fixed timestamp for the rendered files: the document's own date (else 1970)."""
    day = document.adoption.date if document.adoption and document.adoption.date else document.date_depot
    if day is None:
        return 0
    return int(_dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC).timestamp())


# --- headers ----------------------------------------------------------------------------------

def chamber_lines(document: Document) -> list[Node]:
    name, _ = CHAMBERS[document.chamber]
    return [styled("Assemblée", text(name)),
            styled("Constitution", text("CONSTITUTION DU 4 OCTOBRE 1958")),
            styled("Législature", text(parliament.legislature(document.legislature)))]


def deposit_header(document: Document) -> list[Node]:
    """First page of a proposition: N°, chamber, legislature, registration, title, authors."""
    blocks: list[Node] = []
    if document.numero is not None:
        blocks.append(styled("Numéro du texte", text(f"N° {document.numero}")))
    blocks.append(styled("Filet", text("_____")))
    blocks += chamber_lines(document)
    if document.date_depot is not None:
        _, of_chamber = CHAMBERS[document.chamber]
        blocks.append(styled("Enregistrement", text(
            f"Enregistré à la Présidence {of_chamber} le {format_date(document.date_depot)}.")))
    blocks.append(styled("Nature du texte", text(NATURES[document.type])))
    if document.type is DocType.PPR:
        blocks.append(styled("Mention constitutionnelle",
                             text("présentée en application de l’article 34-1 de la Constitution,")))
    blocks.append(styled("Intitulé", text(with_final(document.titre.text, ","))))
    if document.type is DocType.PPRE and document.renvoi:
        blocks.append(styled("Renvoi", text(f"(Renvoyée à la {document.renvoi})")))
    if document.auteurs:
        blocks.append(styled("Présentée par", text("présentée par")))
        blocks.append(styled("Auteurs", authors(document)))
        blocks.append(styled("Mention des auteurs", text(f"{document.mention_auteurs}.")))
    return blocks


def authors(document: Document) -> list[Node]:
    """« Mme X, les membres du groupe Y (1), M. Z, » with each group's members in a footnote."""
    inlines: list[Node] = []
    for i, author in enumerate(document.auteurs):
        if i:
            inlines.append({"t": "Space"})
        if isinstance(author, Group):
            inlines += text(f"les membres du groupe {author.name}")
            if author.members:
                inlines.append(note([para(text(f"Ce groupe est composé de : {', '.join(author.members)}."))]))
            inlines.append({"t": "Str", "c": ","})
        else:
            inlines += text(f"{author},")
    return inlines


def expose(document: Document) -> list[Node]:
    if not document.expose_des_motifs:
        return []
    return [styled("Titre de partie", text("EXPOSÉ DES MOTIFS")),
            styled("Apostrophe", text("Mesdames, Messieurs,")),
            *(styled("Exposé", text(line.text)) for line in document.expose_des_motifs)]


def adopted_header(document: Document) -> list[Node]:
    """First lines of a texte adopté (« TEXTE ADOPTÉ n° … », session, date, formula)."""
    adoption = document.adoption or Adoption(date=None)
    blocks: list[Node] = []
    numero = f" n° {document.numero}" if document.numero is not None else ""
    blocks.append(styled("Numéro du texte", text(f"TEXTE ADOPTÉ{numero}")))
    blocks.append(styled("Petite loi", text("« Petite loi »")))
    blocks.append(styled("Filet", text("_____")))
    blocks += chamber_lines(document)
    session = adoption.session or (parliament.session(adoption.date) if adoption.date else None)
    if session:
        blocks.append(styled("Session", text(session)))
    if adoption.date:
        blocks.append(styled("Date d’adoption", text(format_date(adoption.date))))
    blocks.append(styled("Nature du texte", text(ADOPTED.get(adoption.nature, "RÉSOLUTION"))))
    blocks.append(styled("Intitulé", text(with_final(document.titre.text, "."))))
    blocks.append(styled("Formule d’adoption", text(FORMULAS.get(adoption.mode, FORMULAS["seance"]))))
    if adoption.voir_les_numeros:
        numbers = [str(n) for n in adoption.voir_les_numeros]
        listed = numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} et {numbers[-1]}"
        blocks.append(styled("Voir les numéros", text(f"Voir les numéros : {listed}.")))
    return blocks


def adopted_closing(document: Document) -> list[Node]:
    adoption = document.adoption or Adoption(date=None)
    blocks: list[Node] = []
    if adoption.mode == "seance" and adoption.date:
        blocks.append(styled("Délibéré", text(
            f"Délibéré en séance publique, à Paris, le {format_date(adoption.date)}.")))
    blocks.append(styled("Signature", text("Le Président,")))
    if adoption.president:
        blocks.append(styled("Signature", text(f"Signé : {adoption.president}")))
    return blocks


# --- dispositif -------------------------------------------------------------------------------

def dispositif(document: Document, alineas: list[Alinea], *, title: str | None) -> list[Node]:
    blocks: list[Node] = []
    if title:
        blocks.append(styled("Titre de partie", text(title)))
    blocks.append(styled("Article", text("Article unique")))
    blocks += [alinea_block(alinea) for alinea in alineas]
    return blocks


def alinea_block(alinea: Alinea) -> Node:
    """One alinéa: its number (character style, in the margin) then the printed line."""
    inlines: list[Node] = []
    if alinea.number is not None:
        inlines += [span(NUMBER_STYLE, [{"t": "Str", "c": str(alinea.number)}]), {"t": "Space"}]
    inlines += text(alinea.text)
    return styled(KIND_STYLES[alinea.kind], inlines)


def with_final(title: str, mark: str) -> str:
    """The title with the punctuation the header needs, unless the author typed one."""
    stripped = title.rstrip()
    return stripped if stripped[-1:] in ",.;:" else stripped + mark


def render_text(document: Document, *, to: str, output: Path, styles: Styles | None = None) -> Path:
    """Render a text to ``output`` in format ``to`` (pdf, docx, odt, html, txt)."""
    from amend.render.pipeline import render_blocks

    blocks, meta = text_ast(document)
    return render_blocks(blocks, meta, to=to, output=output, epoch=epoch(document), styles=styles)
