"""``amend apply`` as a library: the commission's text, written as a new validated YAML file.

The consolidated text keeps the layout of the tabled ``texte.yaml`` (ruamel round trip: same
keys, same order, same quoting), with the title and the dispositif replaced by the amended
ones and a header comment saying which amendments were applied. It is validated before it is
written, written atomically (refused, IO009, if the file changed on disk while amend was working),
and committed alone; writing the same text again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from amend.amendments.apply import Consolidation, consolidate
from amend.core.errors import InputError, Location
from amend.model.document import Document
from amend.model.kinds import AmendmentKind, Fate
from amend.rules import IO005, IO007, IO008

DEFAULT_NAME = "texte-commission.yaml"


@dataclass(frozen=True)
class Written:
    path: Path
    consolidation: Consolidation
    changed: bool
    commit: str | None
    stale: tuple[str, ...] = ()
    """Amendments written against a revision whose dispositif differs from the text applied to."""


def consolidated_yaml(source: Path, document: Document, consolidation: Consolidation, *,
                      schema_line: str, dossier: str) -> str:
    """The YAML of the consolidated text, in the layout of ``source``."""
    from ruamel.yaml.comments import CommentedSeq

    from amend.storage import yamlio
    from amend.storage.yamlio import set_in

    data, _ = yamlio.load_roundtrip(source)
    amended = consolidation.document
    set_in(data, ("titre",), amended.titre.text)
    dispositif = data.setdefault("dispositif", {})
    for name in ("visas", "considerants", "points"):
        lines = [line.text for line in getattr(amended.dispositif, name)]
        if lines or name in dispositif:
            dispositif[name] = CommentedSeq(lines)
    body = yamlio.dump_roundtrip(data)
    body_lines = body.split("\n")
    while body_lines and body_lines[0].startswith("#"):
        body_lines.pop(0)
    applied = [a.label for a in consolidation.applied]
    fallen = [o.amendment.label for o in consolidation.fallen]
    header = [schema_line,
              f"# Texte de la commission : {dossier} modifié par les amendements adoptés.",
              "# Fichier produit par « amend apply » : ne pas le modifier à la main, amender texte.yaml.",
              "# Appliqués : " + (", ".join(applied) or "aucun") + ".",
              *(["# Tombés : " + ", ".join(fallen) + "."] if fallen else [])]
    return "\n".join(header) + "\n" + "\n".join(body_lines)


def _dispositif_lines(document: Document) -> list[str]:
    from amend.model.numbering import number

    return [a.text for a in number(document)]


def stale_amendments(root: Path, text_path: str, document: Document, amendments: list) -> list[str]:
    """Adopted amendments written against a revision whose numbered dispositif differs."""
    from amend.amendments.targets import read_text_at

    current = _dispositif_lines(document)
    stale = []
    for a in amendments:
        if a.texte.revision is None or a.kind is AmendmentKind.SOUS_AMENDEMENT or a.sort is not Fate.ADOPTE:
            continue
        then = read_text_at(root.resolve(), a.texte.path, a.texte.revision)
        if then.revision_known and then.document is not None and \
                _dispositif_lines(then.document) != current:
            stale.append(a.label)
    return stale


def write_consolidated(root: Path, dossier: str, *, output: str | None = None,
                       commit: bool = True) -> Written:
    """Apply the adopted amendments of DOSSIER and write (and commit) the commission's text."""
    from amend.amendments.store import read_all
    from amend.core.workspace import display, dossier_path, resolve_inside, text_of_dossier
    from amend.model.texts import load_document, read_text_file
    from amend.storage import yamlio
    from amend.storage.schema import schema_comment

    folder = dossier_path(dossier, root)
    source = text_of_dossier(folder)
    if not source.is_file():
        raise InputError(f"pas de texte.yaml dans {dossier}", location=Location(Path(dossier)),
                         rule=IO005)
    document = read_text_file(source, display=display(source, root))
    amendments = read_all(folder, root)
    target = resolve_inside(output, root) if output else folder / DEFAULT_NAME
    if target.resolve() == source.resolve():
        raise InputError("le texte de la commission ne remplace jamais le texte déposé : choisir un "
                         "autre --output", location=Location(display(target, root)), rule=IO008)
    if target.suffix not in (".yaml", ".yml"):
        raise InputError("--output doit être un fichier .yaml", location=Location(Path(str(output))),
                         rule=IO007)
    before = yamlio.current_bytes(target)  # what is there now: replaced only if still there
    consolidation = consolidate(document, amendments)
    content = consolidated_yaml(source, document, consolidation,
                                schema_line=schema_comment("texte.schema.json", target, root),
                                dossier=folder.name)
    load_document(yamlio.parse(content, display(target, root)))  # valid, or nothing is written
    stale = tuple(stale_amendments(root, source.relative_to(root).as_posix(), document, amendments))
    if before == content.encode("utf-8"):
        return Written(target, consolidation, False, None, stale)
    from amend.storage import commits

    applied = ", ".join(a.label for a in consolidation.applied) or "aucun amendement"
    message = (f"feat(drafts): texte de la commission {folder.name}\n\n"
               f"Amendements appliqués : {applied}.")
    if consolidation.fallen:
        message += "\nTombés : " + ", ".join(o.amendment.label for o in consolidation.fallen) + "."
    target.parent.mkdir(parents=True, exist_ok=True)
    sha = commits.rewrite(root, [commits.Change(target, before, content, display(target, root))],
                          message, commit=commit and target.resolve().is_relative_to(root.resolve()))
    return Written(target, consolidation, True, sha, stale)
