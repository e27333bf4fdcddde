"""An amendment as a Pandoc AST, laid out as the Assemblée nationale prints it.

``amendment_ast(amendment, root)`` returns the blocks and metadata that
:func:`amend.render.pipeline.render_blocks` renders to PDF, DOCX, ODT, HTML or text, with the
same pipeline and the same named styles as texts (``styles/an-styles.json``): number,
« présenté par », authors, texte visé, « ARTICLE UNIQUE », the dispositif written in the AN
formulas (:mod:`amend.amendments.formulas`), « EXPOSÉ SOMMAIRE ». All text goes through
:func:`amend.render.ast.text`; nothing raw is built from the amendment's content.
"""

from __future__ import annotations

from pathlib import Path

from amend.amendments.show import SEPARATOR, view
from amend.model.amendment import Amendment
from amend.render.ast import Node, meta_inlines, meta_string, styled, text


def amendment_ast(amendment: Amendment, root: Path | None = None) -> tuple[list[Node], dict[str, Node]]:
    v = view(amendment, root)
    blocks: list[Node] = [styled("Assemblée", text("ASSEMBLÉE NATIONALE"))]
    if v.texte_vise:
        blocks.append(styled("Intitulé", text(v.texte_vise[:1].upper() + v.texte_vise[1:])))
    blocks.append(styled("Nature du texte", text(v.heading)))
    if v.presented_by:
        blocks.append(styled("Présentée par", text("présenté par")))
        blocks.append(styled("Auteurs", text(", ".join(v.presented_by))))
    blocks.append(styled("Filet", text(SEPARATOR)))
    blocks.append(styled("Article", text(v.division)))
    blocks += [styled("Exposé", text(line)) for line in v.dispositif]
    blocks.append(styled("Article", text("EXPOSÉ SOMMAIRE")))
    blocks += [styled("Exposé", text(paragraph)) for paragraph in v.expose]
    blocks.append(styled("Voir les numéros", text(f"Sort : {v.sort}")))
    label = f"{v.heading.capitalize()} — {v.texte_vise or amendment.texte.path}"
    meta = {"lang": meta_string("fr-FR"), "titre-document": meta_inlines(text(label)),
            "pagetitle": meta_inlines(text(label))}
    return blocks, meta
