"""``amend check --since REV``: the files changed since a git revision, and their changed lines.

Runs ``git diff`` directly (a subprocess costs a few milliseconds; importing gitpython costs more)
and counts as changed: files modified, added, copied or renamed between REV and the working tree,
plus new files not yet tracked (but not ignored).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from amend.errors import GitError, UsageError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@", re.MULTILINE)


def _git(root: Path, *args: str) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("le programme git est introuvable : installez git", code="GIT007") from None
    if proc.returncode != 0:
        message = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "échec de git"
        if "unknown revision" in proc.stderr or "bad revision" in proc.stderr or \
                "ambiguous argument" in proc.stderr:
            raise UsageError(f"révision git inconnue : {args[-2] if len(args) > 1 else ''} ({message})")
        raise GitError(f"git {args[0]} a échoué : {message}", code="GIT008")
    return proc.stdout


def changed_files(root: Path, rev: str) -> list[Path]:
    """Files of the working tree that differ from ``rev`` (absolute paths, existing files only)."""
    if rev.startswith("-"):
        raise UsageError(f"révision git invalide : {rev}")
    names = _git(root, "diff", "--name-only", "--diff-filter=ACMR", "-z", rev, "--").split("\0")
    names += _git(root, "ls-files", "--others", "--exclude-standard", "-z").split("\0")
    result = []
    for name in names:
        if name:
            path = (root / name).resolve()
            if path.is_file() and path not in result:
                result.append(path)
    return result


def changed_lines(root: Path, rev: str, path: Path) -> set[int] | None:
    """Lines of ``path`` added or modified since ``rev`` (``None``: the whole file is new)."""
    tracked = _git(root, "ls-files", "--", str(path.relative_to(root)))
    if not tracked.strip():
        return None
    diff = _git(root, "diff", "-U0", "--no-color", rev, "--", str(path.relative_to(root)))
    lines: set[int] = set()
    for m in _HUNK.finditer(diff):
        start, count = int(m.group("start")), int(m.group("count") or 1)
        lines.update(range(start, start + count))
    return lines
