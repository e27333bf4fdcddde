"""The baseline of known findings.

The **baseline** (``[tool.amend] baseline = "amend-baseline.json"``) lists findings the
  repository knows about and keeps on purpose — n° 1775 is kept as tabled, mistakes included.
  A finding matches an entry by path (from the top of the repository), rule code and the text of
  its line (not its line number, so edits elsewhere in the file do not break the match). Known
  findings are still reported, with « [connu] » at the end of their message, and never make the
  check fail; any other error does. ``amend check --update-baseline`` rewrites the file.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from amend.check.sources import Lines
from amend.rules import CFG002
from amend.rules.base import Diagnostic

KNOWN = " [connu]"
VERSION = 1


def fingerprint(d: Diagnostic, lines: Lines, relative: Callable[[Path], str]) -> tuple[str, str, str]:
    return relative(d.path), d.code, lines.text(d)


def load(path: Path | None) -> Counter:
    if path is None or not path.is_file():
        return Counter()
    from amend.core.errors import InputError, Location

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter({(e["path"], e["code"], e["ligne"]): int(e.get("nombre", 1))
                        for e in data["constats"]})
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"baseline illisible ({exc.__class__.__name__}) : relancez "
                         "« amend check --update-baseline »", location=Location(path),
                         rule=CFG002) from None


def dump(path: Path, diagnostics: Iterable[Diagnostic], lines: Lines,
         relative: Callable[[Path], str], *, keep: Counter | None = None,
         checked: frozenset[str] | set[str] = frozenset()) -> int:
    """Write the baseline: the findings of this run, plus the entries of ``keep`` for files that
    were not checked this time (``amend check --update-baseline FILE`` leaves the others alone)."""
    from amend.storage.yamlio import atomic_write

    counts = Counter(fingerprint(d, lines, relative) for d in diagnostics)
    for entry, n in (keep or Counter()).items():
        if entry[0] not in checked:
            counts[entry] += n
    entries = [{"path": p, "code": c, "ligne": t, **({"nombre": n} if n > 1 else {})}
               for (p, c, t), n in sorted(counts.items())]
    document = {"version": VERSION,
                "description": "Constats connus d’amend check : signalés « [connu] », ils ne font pas "
                               "échouer la vérification. Régénérer : amend check --update-baseline.",
                "constats": entries}
    atomic_write(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return sum(counts.values())


def mark_known(diagnostics: list[Diagnostic], baseline: Counter, lines: Lines,
               relative: Callable[[Path], str]) -> tuple[list[Diagnostic], frozenset[Diagnostic]]:
    """Diagnostics with known ones marked « [connu] », and the set of those marked."""
    remaining = Counter(baseline)
    out, known = [], set()
    for d in diagnostics:
        key = fingerprint(d, lines, relative)
        if remaining[key] > 0:
            remaining[key] -= 1
            marked = replace(d, message=d.message + KNOWN)
            out.append(marked)
            known.add(marked)
        else:
            out.append(d)
    return out, frozenset(known)
