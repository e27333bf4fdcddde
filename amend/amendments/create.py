"""``amend amendment new`` as a library: build an amendment, check it against the text, commit it.

The amendment records the revision of the text it is written against (the last commit that
touched ``texte.yaml``) and is checked against that revision before anything is written: an
amendment aimed at a missing alinéa or quoting absent words is refused, with the alinéa named.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from amend.core.errors import InputError, Location, UsageError
from amend.model.amendment import TITLE, Amendment, Operation, TextRef
from amend.model.kinds import Fate
from amend.rules.amendments import AMD015
from amend.rules.io import IO005
from amend.rules.refusals import IO008

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
    if amendment.kind == "sous_amendement":
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
    numero = numero or next_numero(folder_dossier, prefix.upper())
    if not NUMERO.match(numero):
        raise UsageError(f"numéro invalide : « {numero} » (ex. CE12, ou 52 en séance)")
    target = folder / f"{numero}.yaml"
    shown = target.relative_to(root)
    if target.exists():
        raise InputError(f"l’amendement {numero} existe déjà ({shown}) : amend ne le remplace pas",
                         location=Location(shown), rule=IO008)
    kind = "sous_amendement" if parent else "amendement"
    on_title = all(getattr(op, "alinea", None) == TITLE for op in operations)
    amendment = Amendment(numero=numero, texte=TextRef(text.relative_to(root).as_posix(),
                                                       text_revision(root, text)),
                          operations=operations, expose=expose.strip(), auteurs=tuple(auteurs),
                          sort=Fate(sort), kind=kind, parent=parent,  # type: ignore[arg-type]
                          article="titre" if on_title and kind == "amendement" else "unique")
    check_or_refuse(amendment, root, folder, shown)
    content = to_yaml(amendment, schema_line=schema_comment(SCHEMA_NAME, target, root))
    load_amendment(yamlio.parse(content, shown))  # the file we write is valid, or nothing is written
    if commit:
        from amend.storage.git import ensure_can_commit

        ensure_can_commit(root, [target])
    created_folder = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        yamlio.atomic_write(target, content)
        sha = None
        if commit:
            from amend.amendments.formulas import generate
            from amend.storage.git import commit_files

            summary = generate(operations).split("\n")[0]
            message = (f"feat(amendements): {numero} à {folder_dossier.name}\n\n"
                       f"{summary}\n\n{expose.strip()}")
            sha = commit_files(root, [target], message).sha
    except BaseException:
        target.unlink(missing_ok=True)
        if created_folder:
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    return Created(target, amendment, sha)


SCHEMA_NAME = "amendement.schema.json"
