"""The order in which amendments are discussed (Règlement AN art. 100 al. 4).

« Les amendements de suppression et ensuite les autres amendements en commençant par ceux qui
s’écartent le plus du texte proposé et dans l’ordre où ils s’y opposent, s’y intercalent ou s’y
ajoutent » — in practice: by position in the text (the alinéa the amendment first touches),
deletions first, then the changes that go furthest (whole article, whole alinéas, then words),
then by number. Amendments to the title come after the article (AN practice), articles
additionnels after the article they follow. A sous-amendement comes just before its parent.
"""

from __future__ import annotations

import re

from amend.model.amendment import (TITLE, AddSentence, AddWords, Amendment, DeleteAlineas,
                                   DeleteArticle, DeleteWords, InsertAlineas, InsertArticle,
                                   InsertSentence, InsertWords, Operation, ReplaceAlineas, Rewrite,
                                   RewriteArticle, SubstituteWords, targets)
from amend.model.kinds import AmendmentKind

REACH = {DeleteArticle: 0, DeleteAlineas: 1, RewriteArticle: 2, ReplaceAlineas: 3, Rewrite: 4,
         InsertAlineas: 5, InsertSentence: 6, AddSentence: 6, SubstituteWords: 7,
         DeleteWords: 8, InsertWords: 9, AddWords: 9, InsertArticle: 10}
"""How far an operation departs from the text: lower is discussed first."""


def position(op: Operation) -> tuple[int, float]:
    """(section, alinéa): section 0 the article, 1 articles additionnels, 2 the title."""
    if isinstance(op, InsertArticle):
        return (1 if op.position == "after" else -1, 0)
    if isinstance(op, (DeleteArticle, RewriteArticle)):
        return (0, -1)
    found = targets(op)
    if not found:  # « Compléter cet article par … »: at its end
        return (0, float("inf"))
    if found[0] == TITLE:
        return (2, 0)
    head = float(found[0])
    if isinstance(op, InsertAlineas):
        head += 0.5 if op.position == "after" else -0.5
    return (0, head)


def numero_key(numero: str) -> tuple[str, int, str]:
    match = re.match(r"^([A-Za-z]*)(\d+)(.*)$", numero)
    if not match:
        return (numero, 0, "")
    return (match.group(1), int(match.group(2)), match.group(3))


def sort_key(amendment: Amendment) -> tuple:
    first = amendment.operations[0] if amendment.operations else DeleteArticle()
    return (*position(first), REACH[type(first)], numero_key(amendment.numero))


def discussion_order(amendments: list[Amendment]) -> list[Amendment]:
    """Amendments in the order of the liasse; sous-amendements just before their parent."""
    subs: dict[str, list[Amendment]] = {}
    mains: list[Amendment] = []
    for a in amendments:
        if a.kind is AmendmentKind.SOUS_AMENDEMENT and a.parent:
            subs.setdefault(a.parent, []).append(a)
        else:
            mains.append(a)
    ordered: list[Amendment] = []
    known = {a.numero for a in mains}
    for a in sorted(mains, key=sort_key):
        ordered.extend(sorted(subs.get(a.numero, []), key=lambda s: numero_key(s.numero)))
        ordered.append(a)
    for parent, orphans in subs.items():
        if parent not in known:
            ordered.extend(sorted(orphans, key=lambda s: numero_key(s.numero)))
    return ordered
