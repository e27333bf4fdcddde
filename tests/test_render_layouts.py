"""The other layouts: texte adopté (TA) and proposition de résolution under art. 34-1 (PPR)."""

from __future__ import annotations

import os
from pathlib import Path

from amend.model.texts import load_document
from amend.render.ast import document as ast_document
from amend.render.document import epoch, text_ast
from amend.render.pipeline import convert
from amend.storage.yamlio import parse
from conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
UPDATE = bool(os.environ.get("AMEND_UPDATE_GOLDEN"))

TA = """\
type: ta
numero: 154
legislature: 17
titre: sur la coopération européenne dans la lutte contre la cyberpédocriminalité
adoption:
  date: "2025-10-01"
  voir_les_numeros: [1775, 1802]
  president: Yaël BRAUN-PIVET
dispositif:
  visas:
    - l'article 88-4 de la Constitution
    - l’article 151‑5 du Règlement de l’Assemblée nationale
  considerants:
    - que la prolifération des contenus en ligne est une menace
  points:
    - Salue la proposition de règlement
    - Demande au Gouvernement d'agir
"""

PPR = """\
type: ppr
numero: 1900
legislature: 16
date_depot: "2024-03-01"
titre: visant à reconnaître l'engagement des bénévoles
renvoi: commission des lois
auteurs:
  - M. Jean DUPONT
mention_auteurs: députés
expose_des_motifs:
  - Premier paragraphe de l'exposé.
dispositif:
  visas:
    - l’article 34‑1 de la Constitution
    - l’article 136 du Règlement de l’Assemblée nationale
  points:
    - Invite à reconnaître l'engagement des bénévoles
"""


def render_txt(source: str) -> str:
    document = load_document(parse(source, Path("texte.yaml")))
    blocks, meta = text_ast(document)
    return convert(ast_document(blocks, meta), "txt", epoch=epoch(document)).decode()


def paragraphs(txt: str) -> list[str]:
    return [p.strip() for p in txt.split("\n\n") if p.strip()]


def test_texte_adopte_header_and_closing() -> None:
    txt = render_txt(TA)
    lines = paragraphs(txt)
    assert lines[:12] == [
        "TEXTE ADOPTÉ n°\u00a0154", "«\u00a0Petite loi\u00a0»", "_____", "ASSEMBLÉE NATIONALE",
        "CONSTITUTION DU 4 OCTOBRE 1958", "DIX-SEPTIÈME LÉGISLATURE",
        "SESSION ORDINAIRE DE 2025\u20112026", "1er octobre 2025", "RÉSOLUTION EUROPÉENNE",
        "sur la coopération européenne dans la lutte contre la cyberpédocriminalité.",
        "L’Assemblée nationale a adopté la résolution dont la teneur suit\u00a0:",
        "Voir les numéros\u00a0: 1775 et 1802."]
    assert lines[12:15] == ["Article unique", "1\tL’Assemblée nationale,",
                            "2\tVu l’article 88\u20114 de la Constitution,"]
    assert lines[-4:] == [
        "6\t2.\u00a0Demande au Gouvernement d’agir.",
        "Délibéré en séance publique, à Paris, le 1er octobre 2025.",
        "Le Président,", "Signé\u00a0: Yaël BRAUN-PIVET"]
    assert "EXPOSÉ DES MOTIFS" not in txt and "Enregistré" not in txt
    golden = GOLDEN / "ta-exemple.txt"
    if UPDATE:
        golden.write_text(txt, encoding="utf-8")
    assert txt == golden.read_text(encoding="utf-8")


def test_texte_adopte_under_article_151_7_has_its_own_formula() -> None:
    txt = render_txt(TA.replace('  date: "2025-10-01"', '  date: "2025-07-15"\n  mode: article_151_7\n'
                                '  nature: resolution'))
    assert "SESSION EXTRAORDINAIRE DE 2024\u20112025" in txt
    assert "\nRÉSOLUTION\n" in txt
    assert "Est devenue résolution de l’Assemblée nationale, en application de l’article 151\u20117 du " \
           "Règlement, la résolution dont la teneur suit\u00a0:" in txt
    assert "Délibéré" not in txt


def test_ppr_34_1_has_no_referral_line() -> None:
    lines = paragraphs(render_txt(PPR))
    assert lines[:13] == [
        "N°\u00a01900", "_____", "ASSEMBLÉE NATIONALE", "CONSTITUTION DU 4 OCTOBRE 1958",
        "SEIZIÈME LÉGISLATURE", "Enregistré à la Présidence de l’Assemblée nationale le 1er mars 2024.",
        "PROPOSITION DE RÉSOLUTION", "présentée en application de l’article 34\u20111 de la Constitution,",
        "visant à reconnaître l’engagement des bénévoles,", "présentée par", "M. Jean DUPONT,",
        "députés.", "EXPOSÉ DES MOTIFS"]
    assert not any(line.startswith("(Renvoyée") for line in lines)
    assert lines[-6:] == ["PROPOSITION DE RÉSOLUTION", "Article unique", "1\tL’Assemblée nationale,",
                          "2\tVu l’article 34\u20111 de la Constitution,",
                          "3\tVu l’article 136 du Règlement de l’Assemblée nationale,",
                          "4\t1.\u00a0Invite à reconnaître l’engagement des bénévoles."]


def test_texte_adopte_pdf() -> None:
    from io import BytesIO

    from pypdf import PdfReader

    document = load_document(parse(TA, Path("texte.yaml")))
    blocks, meta = text_ast(document)
    pdf = convert(ast_document(blocks, meta), "pdf", epoch=epoch(document))
    text = PdfReader(BytesIO(pdf)).pages[0].extract_text().replace("\u00a0", " ")
    assert text.startswith("TEXTE ADOPTÉ n° 154\n« Petite loi »")
    assert "Signé : Yaël BRAUN-PIVET" in text
