"""``amend amendment new`` as a library: build an amendment, check it against the text, commit it.

The amendment records the revision of the text it is written against (the last commit that
touched ``texte.yaml``) and is checked against that revision before anything is written: an
amendment aimed at a missing alinéa or quoting absent words is refused, with the alinéa named.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from amend.core.errors import InputError, Location, UsageError
from amend.model.amendment import TITLE, Amendment, Operation, TextRef
from amend.model.kinds import AmendmentKind, Fate
from amend.rules import AMD015, IO005, IO008

DEFAULT_PREFIX = "CE"
"""Commission des affaires européennes: its prefix was not found in the sources (domain-rules.md § 2.2, § 7.3): a setting."""


@dataclass(frozen=True)
class Created:
    path: Path
    amendment: Amendment
    commit: str | None


def text_revision(root: Path, text: Path) -> str | None:
    """The last commit that touched the text; None for an uncommitted file, or outside git.

    Outside any git repository there is no revision to record; in one, git must answer (git
    missing or a broken repository is an error, never a silent « no revision »).
    """
    from amend.core.workspace import in_git_repository
    from amend.storage.git import last_commit

    if not in_git_repository(root):
        return None
    return last_commit(root, text.relative_to(root).as_posix())


def parse_target(value: str) -> int | str:
    text = value.strip().lower()
    if text in ("titre", "title"):
        return TITLE
    if not text.isdigit() or int(text) < 1:
        raise UsageError(f"numéro d’alinéa invalide : « {value} » (un nombre, ou « titre »)")
    return int(text)


def parse_range(value: str) -> tuple[int, int]:
    """« 13 » or « 3-5 » (also « 3 à 5 »)."""
    parts = [p.strip() for p in value.replace("à", "-").split("-") if p.strip()]
    if not parts or len(parts) > 2 or not all(p.isdigit() for p in parts):
        raise UsageError(f"alinéa(s) à supprimer invalide(s) : « {value} » (ex. 13 ou 3-5)")
    first, last = int(parts[0]), int(parts[-1])
    if first < 1 or last < first:
        raise UsageError(f"plage d’alinéas invalide : « {value} » (le premier numéro d’abord)")
    return first, last


def check_or_refuse(amendment: Amendment, root: Path, folder: Path, shown: Path) -> None:
    """Refuse (InputError naming the alinéa) an amendment the text does not allow."""
    from amend.amendments import targets

    text = targets.read_text_at(root.resolve(), amendment.texte.path, amendment.texte.revision)
    if text.document is None:
        raise InputError(text.problem or "texte visé illisible", location=Location(shown), rule=AMD015)
    findings: list[targets.Finding]
    if amendment.kind is AmendmentKind.SOUS_AMENDEMENT:
        parent = _parent(folder, amendment.parent or "")
        findings = targets.check_subamendment(amendment, parent)
    else:
        findings = targets.check_against(amendment, text.document)
    if findings:
        first = findings[0]
        more = "".join(f"\n  {f.rule.code} {f.message}" for f in findings[1:])
        raise InputError(f"amendement {amendment.numero} refusé : {first.message}", rule=first.rule,
                         hint=("rien n’a été écrit." + more) if more else "rien n’a été écrit.")


def _parent(folder: Path, numero: str) -> Amendment | None:
    from amend.amendments.store import amendment_files, read_amendment
    from amend.core.errors import AmendError

    for file in amendment_files(folder.parent):
        try:
            other = read_amendment(file)
        except AmendError:
            continue
        if other.numero == numero:
            return other
    return None


def create_amendment(root: Path, dossier: str, operations: tuple[Operation, ...], *, expose: str,
                     auteurs: list[str], numero: str | None = None, prefix: str = DEFAULT_PREFIX,
                     parent: str | None = None, sort: str = "en_discussion",
                     commit: bool = True) -> Created:
    """Write ``drafts/DOSSIER/amendements/<numero>.yaml`` after checking it; commit it alone."""
    from amend.amendments.store import NUMERO, folder_of, load_amendment, next_numero, to_yaml
    from amend.core.workspace import dossier_path, text_of_dossier
    from amend.storage import yamlio
    from amend.storage.schema import schema_comment

    if not expose.strip():
        raise UsageError("exposé sommaire obligatoire (art. 98 al. 3 du Règlement) : --expose "
                         "« … » (au minimum « Cet amendement se justifie par son texte même. »)")
    if not operations:
        raise UsageError("aucune opération : indiquer --supprimer, --alinea N --substituer … --par …, "
                         "--apres N --inserer …, ou --dispositif « … »")
    folder_dossier = dossier_path(dossier, root)
    text = text_of_dossier(folder_dossier)
    if not text.is_file():
        raise InputError(f"pas de texte.yaml dans {dossier}", location=Location(Path(dossier)),
                         rule=IO005)
    if prefix and not prefix.isalpha():
        raise UsageError(f"préfixe invalide : « {prefix} » (lettres seules, ex. CE, AS, CL)")
    folder = folder_of(folder_dossier)
    imposed = bool(numero)
    numero = numero or next_numero(folder_dossier, prefix.upper())
    if not NUMERO.match(numero):
        raise UsageError(f"numéro invalide : « {numero} » (ex. CE12, ou 52 en séance)")
    target = folder / f"{numero}.yaml"
    if target.exists():
        raise _exists(numero, target.relative_to(root))
    kind = AmendmentKind.SOUS_AMENDEMENT if parent else AmendmentKind.AMENDEMENT
    on_title = all(getattr(op, "alinea", None) == TITLE for op in operations)
    amendment = Amendment(numero=numero, texte=TextRef(text.relative_to(root).as_posix(),
                                                       text_revision(root, text)),
                          operations=operations, expose=expose.strip(), auteurs=tuple(auteurs),
                          sort=Fate(sort), kind=kind, parent=parent,
                          article="titre" if on_title and kind is AmendmentKind.AMENDEMENT else "unique")
    check_or_refuse(amendment, root, folder, target.relative_to(root))
    from amend.amendments.formulas import generate
    from amend.storage import commits

    summary = generate(operations).split("\n")[0]

    def draft() -> commits.Draft:
        """The file of the amendment under the next free number (the imposed one, if any)."""
        nonlocal amendment
        if not imposed:
            amendment = replace(amendment, numero=next_numero(folder_dossier, prefix.upper()))
        target = folder / f"{amendment.numero}.yaml"
        shown = target.relative_to(root)
        content = to_yaml(amendment, schema_line=schema_comment(SCHEMA_NAME, target, root))
        load_amendment(yamlio.parse(content, shown))  # the file we write is valid, or nothing is
        message = (f"feat(amendements): {amendment.numero} à {folder_dossier.name}\n\n"
                   f"{summary}\n\n{expose.strip()}")
        return commits.Draft(target, content, message, shown)

    try:
        written, sha = commits.create(root, draft, commit=commit,
                                      attempts=1 if imposed else MAX_ATTEMPTS)
    except commits.Exists as taken:  # another amend took the (imposed) number a moment ago
        raise _exists(amendment.numero, taken.path.relative_to(root)) from None
    return Created(written.target, amendment, sha)


MAX_ATTEMPTS = 100
"""Numbers tried, one after another, when other programs keep taking the next free one."""


def _exists(numero: str, shown: Path) -> InputError:
    return InputError(f"l’amendement {numero} existe déjà ({shown}) : amend ne le remplace pas",
                      location=Location(shown), rule=IO008)


SCHEMA_NAME = "amendement.schema.json"
