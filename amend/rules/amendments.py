"""Amendment rules (AMD0xx): formulas, targets in the text, one article, sous-amendements, 34-1.

Run by ``amend check`` on every file with ``type: amendement`` or ``type: sous_amendement``
(:func:`check_amendment`, registered in :data:`amend.checker.AMENDMENT_CHECKS`). The examples
(context ``amendement``) are whole amendment files, meant to sit in
``drafts/ppre-1775/amendements/`` of a repository holding n° 1775.
"""

from __future__ import annotations

from pathlib import Path

from amend.diagnostics import Diagnostic, Severity
from amend.rules.base import Rule
from amend.storage.yamlio import Loaded

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

ALINEA = Rule("AMD001", "alinea-inexistant", E,
              "l’alinéa visé n’existe pas dans le texte (à la révision nommée)",
              "domain-rules.md § 2.3 (P-AMD-4) ; E-AMD-ALINEA", _file(_subst(alinea=99)), GOOD, CTX)
WORDS = Rule("AMD002", "mots-absents", E, "les mots cités ne figurent pas dans l’alinéa visé",
             "domain-rules.md § 2.3 (P-AMD-4) ; E-AMD-ALINEA",
             _file(_subst(mots="2011/94/UE")), GOOD, CTX)
FORMULA = Rule("AMD003", "formule-inconnue", E,
               "dispositif non reconnu : employer les formules de l’Assemblée",
               "domain-rules.md § 2.3 ; E-AMD-FORM",
               _file(dispositif="Modifier l’alinéa 13 comme suit."),
               _file(dispositif="Supprimer l’alinéa 13."), CTX)
COUNT = Rule("AMD004", "formule-incoherente", E,
             "la formule ne correspond pas à ce qu’elle cite (nombre d’alinéas, bornes)",
             "domain-rules.md § 2.3 (P-AMD-3) ; E-AMD-COUNT",
             _file(dispositif="Après l’alinéa 13, insérer les deux alinéas suivants :\n"
                              "« Vu la Convention de Lanzarote, »."),
             _file(dispositif="Après l’alinéa 13, insérer l’alinéa suivant :\n"
                              "« Vu la Convention de Lanzarote, »."), CTX)
AGREEMENT = Rule("AMD005", "accord-mots", W,
                 "« le mot » pour un seul mot, « les mots » pour plusieurs",
                 "domain-rules.md § 2.3 (P-AMD-6)",
                 _file(dispositif="À l’alinéa 15, substituer aux mots : « 2011/92/UE » les mots : "
                                  "« 2011/93/UE »."),
                 _file(dispositif="À l’alinéa 15, substituer au mot : « 2011/92/UE » le mot : "
                                  "« 2011/93/UE »."), CTX)
QUOTES = Rule("AMD006", "guillemets-bloc", E,
              "dans un bloc d’alinéas cités, seul le dernier se termine par « » »",
              "domain-rules.md § 2.3 (P-AMD-1, P-AMD-2) ; NC-GL § 6 ; E-AMD-QUOTE",
              _file(dispositif="Après l’alinéa 13, insérer les deux alinéas suivants :\n"
                               "« Vu la Convention de Lanzarote, »\n« Vu la Convention de Budapest, »."),
              _file(dispositif="Après l’alinéa 13, insérer les deux alinéas suivants :\n"
                               "« Vu la Convention de Lanzarote,\n« Vu la Convention de Budapest, »."),
              CTX)
OCCURRENCE = Rule("AMD007", "occurrence-ambigue", E,
                  "les mots cités figurent plusieurs fois dans l’alinéa : préciser l’occurrence",
                  "domain-rules.md § 2.3 (P-AMD-4)",
                  _file(_subst(10, "de l’enfant", "des enfants")),
                  _file(_subst(10, "de l’enfant", "des enfants", occurrence=2)), CTX)
OVERLAP = Rule("AMD008", "parties-chevauchantes", E,
               "deux parties de l’amendement portent sur le même alinéa : l’une supprime ce que "
               "l’autre modifie", "cohérence de l’amendement (art. 98 du Règlement)",
               _file(DELETE_13 + _subst(13, "Convention", "convention")),
               _file(DELETE_13 + _subst()), CTX)
EXPOSE = Rule("AMD009", "expose-vide", E,
              "exposé sommaire vide : un amendement doit être sommairement motivé",
              "Règlement AN, art. 98 al. 3 ; E-AMD-EXPOSE", _file(_subst(), expose="\"\""),
              _file(_subst(), expose="Cet amendement se justifie par son texte même."), CTX)
DIVISIONS = Rule("AMD010", "une-division", E,
                 "un amendement ne porte que sur un article (le titre est une division distincte)",
                 "Règlement AN, art. 98 al. 4 ; E-AMD-MULTI",
                 _file(_subst() + _subst("titre", "cyberpédocriminalité", "pédocriminalité en ligne")),
                 GOOD, CTX)
PARENT = Rule("AMD011", "sous-amendement-parent", E,
              "un sous-amendement modifie un amendement existant, qui n’est pas lui-même un "
              "sous-amendement", "Règlement AN, art. 98 al. 4 ; E-SAMDT",
              _file(_subst(1, "2011/92/UE", "2011/93/UE"), kind="sous_amendement", numero="CE2",
                    extra="parent: CE99\n"), GOOD, CTX)
RESOLUTION_34_1 = Rule("AMD012", "resolution-34-1", E,
                       "une proposition de résolution de l’article 34-1 de la Constitution ne peut "
                       "pas être amendée", "Règlement AN, art. 136 al. 9 ; E-34-1-AMDT",
                       _file(_subst(), extra="nature_texte: ppr\n"), GOOD, CTX)
REVISION_UNKNOWN = Rule("AMD013", "revision-inconnue", W,
                        "révision du texte inconnue de git : amendement vérifié sur la copie de travail",
                        "DESIGN.md § 3 (révision du texte amendé)",
                        _file(_subst(), revision="0123456789abcdef0123456789abcdef01234567"),
                        _file(_subst()), CTX)
REVISION_MISSING = Rule("AMD014", "revision-absente", W,
                        "révision du texte non précisée : « l’alinéa N » devient ambigu dès que le "
                        "texte change (amend amendment new la renseigne)",
                        "DESIGN.md § 3 (révision du texte amendé)", GOOD,
                        _file(_subst(), revision="0123456789abcdef0123456789abcdef01234567"), CTX)
TEXT_MISSING = Rule("AMD015", "texte-introuvable", E, "texte visé introuvable ou illisible",
                    "DESIGN.md § 3", _file(_subst(), chemin="drafts/ppre-9999/texte.yaml"), GOOD, CTX)
PRECISION = Rule("AMD016", "plus-petite-unite", W,
                 "les mots remplacés et les nouveaux ont une partie commune : ne citer que ce qui change",
                 "NC-GL § 8.1 ; domain-rules.md § 2.3 (P-AMD-5)",
                 _file(_subst(mots="directive 2011/92/UE", par="directive 2011/93/UE")), GOOD, CTX)
NATURE = Rule("AMD017", "nature-texte", W,
              "la nature du texte indiquée dans l’amendement n’est pas celle du texte visé",
              "cohérence de l’en-tête (« Texte visé »)", _file(_subst(), extra="nature_texte: ta\n"),
              _file(_subst(), extra="nature_texte: ppre\n"), CTX)

RULES = (ALINEA, WORDS, FORMULA, COUNT, AGREEMENT, QUOTES, OCCURRENCE, OVERLAP, EXPOSE, DIVISIONS,
         PARENT, RESOLUTION_34_1, REVISION_UNKNOWN, REVISION_MISSING, TEXT_MISSING, PRECISION, NATURE)
BY_CODE = {rule.code: rule for rule in RULES}


def _at(loaded: Loaded, *keys: tuple) -> tuple[int, int]:
    for key in keys:
        if key in loaded.positions:
            return loaded.position(key)
    return 1, 1


def check_amendment(loaded: Loaded, root: Path) -> list[Diagnostic]:
    """Every finding on one amendment file: schema, formulas, then targets in the text."""
    from amend.amendments import targets
    from amend.amendments.store import SCHEMA, amendment_from_loaded
    from amend.storage.schema import validate

    problems = validate(loaded, SCHEMA)
    if problems:
        return problems
    data = loaded.data
    path = loaded.path
    amendment, found = amendment_from_loaded(loaded)
    out: list[Diagnostic] = [BY_CODE[d.code].diagnostic(path, d.line, d.column, d.message,
                                                        severity=d.severity) for d in found]
    if not amendment.expose.strip():
        out.append(EXPOSE.diagnostic(path, *_at(loaded, ("expose_sommaire",))))
    if any(d.severity is Severity.ERROR for d in found) or not amendment.operations:
        return out

    def place(f: targets.Finding) -> tuple[int, int]:
        if f.operation is not None and "dispositif" in data and "operations" not in data:
            return _dispositif_line(loaded, f.operation)
        if f.operation is None or "operations" not in data:
            return _at(loaded, ("operations",), ("dispositif",))
        return _at(loaded, ("operations", f.operation, f.field or "operation"),
                   ("operations", f.operation))

    def report(findings: list[targets.Finding]) -> None:
        for f in findings:
            out.append(BY_CODE[f.code].diagnostic(path, *place(f), f.message))

    revision = amendment.texte.revision
    text = targets.read_text_at(root.resolve(), amendment.texte.path, revision)
    where = _at(loaded, ("texte", "revision"), ("texte",))
    if revision is None:
        out.append(REVISION_MISSING.diagnostic(path, *where))
    elif not text.revision_known:
        out.append(REVISION_UNKNOWN.diagnostic(
            path, *where, f"révision {revision[:12]} inconnue de git pour {amendment.texte.path} : "
            "amendement vérifié sur la copie de travail"))
    if text.document is None:
        out.append(TEXT_MISSING.diagnostic(path, *_at(loaded, ("texte", "chemin")), text.problem))
        return out
    nature = data.get("nature_texte")
    if nature == "ppr" or text.document.type.value == "ppr":
        out.append(RESOLUTION_34_1.diagnostic(path, *_at(loaded, ("nature_texte",), ("texte", "chemin"))))
        return out
    if nature and nature != text.document.type.value:
        out.append(NATURE.diagnostic(path, *_at(loaded, ("nature_texte",)),
                                     f"nature_texte « {nature} » alors que le texte visé est de type "
                                     f"« {text.document.type.value} »"))
    if amendment.kind == "sous_amendement":
        parent = _find_parent(loaded, amendment.parent)
        findings = targets.check_subamendment(amendment, parent)
        for f in findings:
            where = _at(loaded, ("parent",)) if f.code == "AMD011" else place(f)
            out.append(BY_CODE[f.code].diagnostic(path, *where, f.message))
        return out
    report(targets.check_against(amendment, text.document))
    report(targets.precision(amendment))
    return out


def _dispositif_line(loaded: Loaded, index: int) -> tuple[int, int]:
    """Where the formula of operation ``index`` starts in a ``dispositif`` block."""
    from amend.amendments.parse import parse_located
    from amend.amendments.store import dispositif_position

    line, column = dispositif_position(loaded)
    _, _, starts = parse_located(loaded.data["dispositif"])
    if loaded.styles.get(("dispositif",)) in ("|", ">") and index < len(starts):
        return line + starts[index] - 1, column
    return line, column


def _find_parent(loaded: Loaded, numero: str | None):  # -> Amendment | None
    from amend.amendments.store import load_amendment
    from amend.errors import AmendError
    from amend.storage import yamlio

    if numero is None or loaded.path is None:
        return None
    folder = Path(loaded.path).parent
    candidates = [folder / f"{numero}.yaml"] + sorted(folder.glob("*.yaml"))
    for file in candidates:
        if not file.is_file() or file.resolve() == Path(loaded.path).resolve():
            continue
        try:
            other = yamlio.load(file)
            if isinstance(other.data, dict) and other.data.get("numero") == numero:
                return load_amendment(other)
        except AmendError:
            continue
    return None
