"""What ``amend check`` reports and what makes it fail: ``--select``/``--ignore``, inline
suppressions, and the baseline of known findings.

* An inline comment silences rules on its own YAML line::

      - le règlement (UE) 2022/868  # amend: ignore[REG002]
      - …                           # amend: ignore          (every rule on this line)

* The **baseline** (``[tool.amend] baseline = "amend-baseline.json"``) lists findings the
  repository knows about and keeps on purpose — n° 1775 is kept as tabled, mistakes included.
  A finding matches an entry by path (from the top of the repository), rule code and the text of
  its line (not its line number, so edits elsewhere in the file do not break the match). Known
  findings are still reported, with « [connu] » at the end of their message, and never make the
  check fail; any other error does. ``amend check --update-baseline`` rewrites the file.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from amend.diagnostics import Diagnostic

KNOWN = " [connu]"
SUPPRESS = re.compile(r"#\s*amend:\s*ignore(?:\[(?P<codes>[A-Z0-9, ]+)\])?\s*$")
VERSION = 1


class Lines:
    """The lines of the files findings point at, read once."""

    def __init__(self, resolve: Callable[[Path], Path]) -> None:
        self.resolve = resolve
        self._cache: dict[Path, list[str]] = {}

    def get(self, shown: Path) -> list[str]:
        if shown not in self._cache:
            path = self.resolve(shown)
            try:
                if path.suffix.lower() in (".docx", ".odt"):
                    raise OSError
                self._cache[shown] = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                self._cache[shown] = []
        return self._cache[shown]

    def text(self, d: Diagnostic) -> str:
        lines = self.get(d.path)
        if 1 <= d.line <= len(lines):
            return " ".join(lines[d.line - 1].split())
        return d.message


def suppressed(d: Diagnostic, lines: Lines) -> bool:
    """Whether an ``# amend: ignore[…]`` comment on the finding's YAML line silences it."""
    if d.path.suffix not in (".yaml", ".yml"):
        return False
    source = lines.get(d.path)
    if not 1 <= d.line <= len(source) or "amend:" not in source[d.line - 1]:
        return False
    m = SUPPRESS.search(source[d.line - 1])
    if not m:
        return False
    codes = m.group("codes")
    return codes is None or any(d.code.startswith(c.strip()) for c in codes.split(",") if c.strip())


def fingerprint(d: Diagnostic, lines: Lines, relative: Callable[[Path], str]) -> tuple[str, str, str]:
    return relative(d.path), d.code, lines.text(d)


def load(path: Path | None) -> Counter:
    if path is None or not path.is_file():
        return Counter()
    from amend.errors import InputError, Location

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter({(e["path"], e["code"], e["ligne"]): int(e.get("nombre", 1))
                        for e in data["constats"]})
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"baseline illisible ({exc.__class__.__name__}) : relancez "
                         "« amend check --update-baseline »", location=Location(path),
                         code="CFG002") from None


def dump(path: Path, diagnostics: Iterable[Diagnostic], lines: Lines,
         relative: Callable[[Path], str], *, keep: Counter | None = None,
         checked: set[str] = frozenset()) -> int:
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
