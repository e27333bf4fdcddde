"""``amend check --since REV``: the files changed since a git revision, and their changed lines.

Asks git through :mod:`amend.storage.git` (``git diff``, ``git ls-files``) and counts as changed: files modified, added, copied or renamed between REV and the working tree,
plus new files not yet tracked (but not ignored).
"""

from __future__ import annotations

import re
from pathlib import Path

from amend.storage.git import check_revisions, run_git

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@", re.MULTILINE)


def changed_files(root: Path, rev: str) -> list[Path]:
    """Files of the working tree that differ from ``rev`` (absolute paths, existing files only)."""
    check_revisions(root, [rev])
    names = run_git(root, "diff", "--name-only", "--diff-filter=ACMR", "-z", rev, "--").split("\0")
    names += run_git(root, "ls-files", "--others", "--exclude-standard", "-z").split("\0")
    result = []
    for name in names:
        if name:
            path = (root / name).resolve()
            if path.is_file() and path not in result:
                result.append(path)
    return result


def changed_lines(root: Path, rev: str, path: Path) -> set[int] | None:
    """Lines of ``path`` added or modified since ``rev`` (``None``: the whole file is new)."""
    tracked = run_git(root, "ls-files", "--", str(path.relative_to(root)))
    if not tracked.strip():
        return None
    diff = run_git(root, "diff", "-U0", "--no-color", rev, "--", str(path.relative_to(root)))
    lines: set[int] = set()
    for m in _HUNK.finditer(diff):
        start, count = int(m.group("start")), int(m.group("count") or 1)
        lines.update(range(start, start + count))
    return lines
