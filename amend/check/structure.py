"""Structure checks (STR): see ``amend/data/rules/structure.yaml`` for the rules."""

from collections.abc import Iterator

from amend.check.context import Context
from amend.model.document import Document, Line
from amend.model.numbering import (CONSIDERANT_PREFIX, POINT_PREFIX, VISA_PREFIX,
                                   has_end_punctuation, strip_end)
from amend.rules import STR001, STR002, STR003, STR004, STR005
from amend.rules.base import Finding

_PREFIXES = (("visas", VISA_PREFIX, STR001), ("considerants", CONSIDERANT_PREFIX, STR002),
             ("points", POINT_PREFIX, STR003))


def check_structure(context: Context) -> Iterator[Finding]:
    """What authors typed that amend adds itself, and a dispositif without points (YAML texts)."""
    document = context.document
    if document is None:
        return
    d = document.dispositif
    for name, prefix, rule in _PREFIXES:
        for line in getattr(d, name):
            text = line.text
            if prefix.match(text):
                yield Finding(rule, None, at=(line.line, line.column))
            if has_end_punctuation(text) and strip_end(text) != text:
                yield Finding(STR004, None, at=(line.line, line.column))
    if not d.points:
        yield Finding(STR005, None, at=_dispositif_position(document))


def _dispositif_position(document: Document) -> tuple[int, int]:
    lines = [*document.dispositif.visas, *document.dispositif.considerants]
    if lines:
        return lines[-1].line, lines[-1].column
    return document.titre.line, document.titre.column


def fixed_content(key_kind: str, text: str) -> str:
    """The content of a line once what amend adds itself is removed."""
    for name, prefix, _ in _PREFIXES:
        if name == key_kind:
            match = prefix.match(text)
            if match:
                text = text[match.end():]
    return strip_end(text)


def fixes(document: Document) -> list[tuple[Line, str]]:
    """(line, corrected content) for every line that carries what amend adds by itself."""
    result = []
    d = document.dispositif
    for name in ("visas", "considerants", "points"):
        for line in getattr(d, name):
            new = fixed_content(name, line.text)
            if new != line.text:
                result.append((line, new))
    return result


SEGMENT_CHECKS = ()
TEXT_CHECKS = (check_structure,)
