"""Amendment rules (AMD0xx): formulas, targets in the text, one article, sous-amendements, 34-1.

Run by ``amend check`` on every file with ``type: amendement`` or ``type: sous_amendement``
(:func:`check_amendment`, registered in :data:`amend.check.pipeline.AMENDMENT_CHECKS`). The examples
(context ``amendement``) are whole amendment files, meant to sit in
``drafts/ppre-1775/amendements/`` of a repository holding n° 1775.
"""

from __future__ import annotations

from amend.rules.base import Rule, Severity


E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO
CTX = "amendement"
TEXT = "drafts/ppre-1775/texte.yaml"


def _file(operations: str = "", *, kind: str = "amendement", numero: str = "CE1",
          revision: str = "null", chemin: str = TEXT, expose: str = "Corrige une erreur de citation.",
          extra: str = "", dispositif: str | None = None) -> str:
    body = f"dispositif: |\n" + "".join(f"  {line}\n" for line in dispositif.split("\n")) \
        if dispositif is not None else f"operations:\n{operations}"
    return (f"type: {kind}\nnumero: {numero}\n{extra}auteurs:\n  - Mme Colette CAPDEVIELLE\n"
            f"texte:\n  chemin: {chemin}\n  revision: {revision}\n{body}"
            f"expose_sommaire: {expose}\nsort: en_discussion\n")


def _subst(alinea: object = 15, mots: str = "2011/92/UE", par: str = "2011/93/UE",
           occurrence: int | None = None) -> str:
    occ = f"    occurrence: {occurrence}\n" if occurrence else ""
    return (f"  - operation: substituer_mots\n    alinea: {alinea}\n    mots: \"{mots}\"\n"
            f"    par: \"{par}\"\n{occ}")


GOOD = _file(_subst())
DELETE_13 = "  - operation: supprimer_alineas\n    alinea: 13\n"

AMD001 = Rule("AMD001", "alinea-inexistant", E,
              "l’alinéa visé n’existe pas dans le texte (à la révision nommée)",
              "domain-rules.md § 2.3 (P-AMD-4) ; E-AMD-ALINEA", _file(_subst(alinea=99)), GOOD, CTX)
AMD002 = Rule("AMD002", "mots-absents", E, "les mots cités ne figurent pas dans l’alinéa visé",
             "domain-rules.md § 2.3 (P-AMD-4) ; E-AMD-ALINEA",
             _file(_subst(mots="2011/94/UE")), GOOD, CTX)
AMD003 = Rule("AMD003", "formule-inconnue", E,
               "dispositif non reconnu : employer les formules de l’Assemblée",
               "domain-rules.md § 2.3 ; E-AMD-FORM",
               _file(dispositif="Modifier l’alinéa 13 comme suit."),
               _file(dispositif="Supprimer l’alinéa 13."), CTX)
AMD004 = Rule("AMD004", "formule-incoherente", E,
             "la formule ne correspond pas à ce qu’elle cite (nombre d’alinéas, bornes)",
             "domain-rules.md § 2.3 (P-AMD-3) ; E-AMD-COUNT",
             _file(dispositif="Après l’alinéa 13, insérer les deux alinéas suivants :\n"
                              "« Vu la Convention de Lanzarote, »."),
             _file(dispositif="Après l’alinéa 13, insérer l’alinéa suivant :\n"
                              "« Vu la Convention de Lanzarote, »."), CTX)
AMD005 = Rule("AMD005", "accord-mots", W,
                 "« le mot » pour un seul mot, « les mots » pour plusieurs",
                 "domain-rules.md § 2.3 (P-AMD-6)",
                 _file(dispositif="À l’alinéa 15, substituer aux mots : « 2011/92/UE » les mots : "
                                  "« 2011/93/UE »."),
                 _file(dispositif="À l’alinéa 15, substituer au mot : « 2011/92/UE » le mot : "
                                  "« 2011/93/UE »."), CTX)
AMD006 = Rule("AMD006", "guillemets-bloc", E,
              "dans un bloc d’alinéas cités, seul le dernier se termine par « » »",
              "domain-rules.md § 2.3 (P-AMD-1, P-AMD-2) ; NC-GL § 6 ; E-AMD-QUOTE",
              _file(dispositif="Après l’alinéa 13, insérer les deux alinéas suivants :\n"
                               "« Vu la Convention de Lanzarote, »\n« Vu la Convention de Budapest, »."),
              _file(dispositif="Après l’alinéa 13, insérer les deux alinéas suivants :\n"
                               "« Vu la Convention de Lanzarote,\n« Vu la Convention de Budapest, »."),
              CTX)
AMD007 = Rule("AMD007", "occurrence-ambigue", E,
                  "les mots cités figurent plusieurs fois dans l’alinéa : préciser l’occurrence",
                  "domain-rules.md § 2.3 (P-AMD-4)",
                  _file(_subst(10, "de l’enfant", "des enfants")),
                  _file(_subst(10, "de l’enfant", "des enfants", occurrence=2)), CTX)
AMD008 = Rule("AMD008", "parties-chevauchantes", E,
               "deux parties de l’amendement portent sur le même alinéa : l’une supprime ce que "
               "l’autre modifie", "cohérence de l’amendement (art. 98 du Règlement)",
               _file(DELETE_13 + _subst(13, "Convention", "convention")),
               _file(DELETE_13 + _subst()), CTX)
AMD009 = Rule("AMD009", "expose-vide", E,
              "exposé sommaire vide : un amendement doit être sommairement motivé",
              "Règlement AN, art. 98 al. 3 ; E-AMD-EXPOSE", _file(_subst(), expose="\"\""),
              _file(_subst(), expose="Cet amendement se justifie par son texte même."), CTX)
AMD010 = Rule("AMD010", "une-division", E,
                 "un amendement ne porte que sur un article (le titre est une division distincte)",
                 "Règlement AN, art. 98 al. 4 ; E-AMD-MULTI",
                 _file(_subst() + _subst("titre", "cyberpédocriminalité", "pédocriminalité en ligne")),
                 GOOD, CTX)
AMD011 = Rule("AMD011", "sous-amendement-parent", E,
              "un sous-amendement modifie un amendement existant, qui n’est pas lui-même un "
              "sous-amendement", "Règlement AN, art. 98 al. 4 ; E-SAMDT",
              _file(_subst(1, "2011/92/UE", "2011/93/UE"), kind="sous_amendement", numero="CE2",
                    extra="parent: CE99\n"), GOOD, CTX)
AMD012 = Rule("AMD012", "resolution-34-1", E,
                       "une proposition de résolution de l’article 34-1 de la Constitution ne peut "
                       "pas être amendée", "Règlement AN, art. 136 al. 9 ; E-34-1-AMDT",
                       _file(_subst(), extra="nature_texte: ppr\n"), GOOD, CTX)
AMD013 = Rule("AMD013", "revision-inconnue", W,
                        "révision du texte inconnue de git : amendement vérifié sur la copie de travail",
                        "DESIGN.md § 3 (révision du texte amendé)",
                        _file(_subst(), revision="0123456789abcdef0123456789abcdef01234567"),
                        _file(_subst()), CTX)
AMD014 = Rule("AMD014", "revision-absente", W,
                        "révision du texte non précisée : « l’alinéa N » devient ambigu dès que le "
                        "texte change (amend amendment new la renseigne)",
                        "DESIGN.md § 3 (révision du texte amendé)", GOOD,
                        _file(_subst(), revision="0123456789abcdef0123456789abcdef01234567"), CTX)
AMD015 = Rule("AMD015", "texte-introuvable", E, "texte visé introuvable ou illisible",
                    "DESIGN.md § 3", _file(_subst(), chemin="drafts/ppre-9999/texte.yaml"), GOOD, CTX)
AMD016 = Rule("AMD016", "plus-petite-unite", W,
                 "les mots remplacés et les nouveaux ont une partie commune : ne citer que ce qui change",
                 "NC-GL § 8.1 ; domain-rules.md § 2.3 (P-AMD-5)",
                 _file(_subst(mots="directive 2011/92/UE", par="directive 2011/93/UE")), GOOD, CTX)
AMD017 = Rule("AMD017", "nature-texte", W,
              "la nature du texte indiquée dans l’amendement n’est pas celle du texte visé",
              "cohérence de l’en-tête (« Texte visé »)", _file(_subst(), extra="nature_texte: ta\n"),
              _file(_subst(), extra="nature_texte: ppre\n"), CTX)

RULES = (AMD001, AMD002, AMD003, AMD004, AMD005, AMD006, AMD007, AMD008, AMD009, AMD010,
         AMD011, AMD012, AMD013, AMD014, AMD015, AMD016, AMD017)
BY_CODE = {rule.code: rule for rule in RULES}
