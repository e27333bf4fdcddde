"""Amendment checks (AMD): an amendment file against the text it amends, at the revision it names.

See ``amend/data/rules/amendments.yaml`` for the rules. Formulas are read by
:mod:`amend.amendments.parse` and targets checked by :mod:`amend.amendments.targets`; every
problem they find names its rule, and is yielded here as a :class:`~amend.rules.base.Finding`
at its place in the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amend.amendments import targets
from amend.amendments.store import SCHEMA, amendment_from_loaded
from amend.model.kinds import AmendmentKind, DocType
from amend.rules import AMD009, AMD011, AMD012, AMD013, AMD014, AMD015, AMD017
from amend.rules.base import Diagnostic, Finding, Severity
from amend.storage.schema import validate
from amend.storage.yamlio import Loaded

if TYPE_CHECKING:
    from amend.model.amendment import Amendment


def _at(loaded: Loaded, *keys: tuple) -> tuple[int, int]:
    for key in keys:
        if key in loaded.positions:
            return loaded.position(key)
    return 1, 1


def check_amendment(loaded: Loaded, root: Path) -> list[Diagnostic]:
    """Every diagnostic of one amendment file: its schema first, then :func:`findings`."""
    problems = validate(loaded, SCHEMA)
    if problems:
        return problems
    return [f.diagnostic(loaded.path) for f in findings(loaded, root)]


def findings(loaded: Loaded, root: Path) -> Iterator[Finding]:
    """Formulas, then targets in the text (the file is schema-valid)."""
    data = loaded.data
    amendment, found = amendment_from_loaded(loaded)
    for problem in found:
        yield Finding(problem.rule, None, message=problem.message, severity=problem.severity,
                      at=(problem.line, problem.column))
    if not amendment.expose.strip():
        yield Finding(AMD009, None, at=_at(loaded, ("expose_sommaire",)))
    if any(p.severity is Severity.ERROR for p in found) or not amendment.operations:
        return

    block: dict[str, Any] = {}  # where the dispositif and its formulas start, read at the first finding

    def place(f: targets.Finding) -> tuple[int, int]:
        if f.operation is not None and "dispositif" in data and "operations" not in data:
            return _dispositif_line(loaded, f.operation, block)
        if f.operation is None or "operations" not in data:
            return _at(loaded, ("operations",), ("dispositif",))
        return _at(loaded, ("operations", f.operation, f.field or "operation"),
                   ("operations", f.operation))

    def located(found: list[targets.Finding]) -> Iterator[Finding]:
        for f in found:
            where = _at(loaded, ("parent",)) if f.rule is AMD011 else place(f)
            yield Finding(f.rule, None, message=f.message, at=where)

    revision = amendment.texte.revision
    text = targets.read_text_at(root.resolve(), amendment.texte.path, revision)
    where = _at(loaded, ("texte", "revision"), ("texte",))
    if revision is None:
        yield Finding(AMD014, None, at=where)
    elif not text.revision_known:
        yield Finding(AMD013, None, at=where,
                      message=f"révision {revision[:12]} inconnue de git pour {amendment.texte.path} : "
                              "amendement vérifié sur la copie de travail")
    if text.document is None:
        yield Finding(AMD015, None, message=text.problem, at=_at(loaded, ("texte", "chemin")))
        return
    nature = data.get("nature_texte")
    if nature == DocType.PPR or text.document.type is DocType.PPR:
        yield Finding(AMD012, None, at=_at(loaded, ("nature_texte",), ("texte", "chemin")))
        return
    if nature and nature != text.document.type:
        yield Finding(AMD017, None, at=_at(loaded, ("nature_texte",)),
                      message=f"nature_texte « {nature} » alors que le texte visé est de type "
                              f"« {text.document.type.value} »")
    if amendment.kind == AmendmentKind.SOUS_AMENDEMENT:
        yield from located(targets.check_subamendment(amendment, _find_parent(loaded, amendment.parent)))
        return
    yield from located(targets.check_against(amendment, text.document))
    yield from located(targets.precision(amendment))


def _dispositif_line(loaded: Loaded, index: int, block: dict[str, Any]) -> tuple[int, int]:
    """Where the formula of operation ``index`` starts in a ``dispositif`` block.

    ``block`` keeps what is read from the file and the dispositif for the next findings of the
    same file: they are read once, not once per finding."""
    from amend.amendments.parse import parse_located
    from amend.amendments.store import dispositif_position

    if not block:
        block["position"] = dispositif_position(loaded)
        block["starts"] = parse_located(loaded.data["dispositif"])[2]
    (line, column), starts = block["position"], block["starts"]
    if loaded.styles.get(("dispositif",)) in ("|", ">") and index < len(starts):
        return line + starts[index] - 1, column
    return line, column


def _find_parent(loaded: Loaded, numero: str | None) -> Amendment | None:
    from amend.amendments.store import load_amendment
    from amend.core.errors import AmendError
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
