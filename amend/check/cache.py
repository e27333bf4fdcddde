"""A content-addressed cache of check results, so that ``amend check`` in a pre-commit hook only
does real work on the files that changed (as ruff and mypy do).

The key of a file's entry is a SHA-256 of everything its findings depend on:

* the bytes of the file and the path shown in messages;
* amend itself: name, size and modification time of every file of the ``amend`` package, of
  ``schemas/`` and of the package data (so a new rule, schema or registry entry invalidates all);
* the repository's configuration (``pyproject.toml``, ``amend.toml``) and its own registries of
  EU acts (``registre-ue.yaml`` or the files its configuration names).

Only texts are cached: an amendment's findings also depend on the text it targets and on git
history. Entries live in ``.amend_cache/`` at the top of the repository (ignored by git through
the ``.gitignore`` the cache writes inside itself). A cache that cannot be read or written is
simply not used. ``amend check --no-cache`` (or ``AMEND_NO_CACHE=1`` in the environment) turns
it off.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from amend.rules.base import Diagnostic, Severity

CACHE_DIR = ".amend_cache"
VERSION = "1"
EXTRA_INPUTS = ("pyproject.toml", "amend.toml")
"""Files at the top of the repository whose content changes findings (configuration)."""

_fingerprint: str | None = None


def code_fingerprint() -> str:
    """Identity of the installed amend: sizes and mtimes of its code, schemas and data."""
    global _fingerprint
    if _fingerprint is None:
        from amend.core.resources import PACKAGE_DIR, schema_path

        digest = hashlib.sha256(VERSION.encode())
        for folder in (PACKAGE_DIR, schema_path("x").parent):
            for dirpath, dirnames, filenames in os.walk(folder):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
                for name in sorted(filenames):
                    if name.endswith((".pyc", ".tmp")):
                        continue
                    stat = os.stat(os.path.join(dirpath, name))
                    digest.update(f"{dirpath}/{name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
        _fingerprint = digest.hexdigest()
    return _fingerprint


def key(root: Path, shown: Path, content: bytes, registry_files: tuple[Path, ...] = ()) -> str:
    """The cache key of a file's findings: its bytes, amend itself, the configuration and the
    repository's registries of EU acts."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(str(shown).encode() + b"\0")
    for path in (*(root / name for name in EXTRA_INPUTS), *registry_files):
        try:
            digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            digest.update(str(path).encode() + b"\0-\0")
    digest.update(content)
    return digest.hexdigest()


def _entry(root: Path, cache_key: str) -> Path:
    return root / CACHE_DIR / VERSION / cache_key[:2] / f"{cache_key}.json"


def get(root: Path, cache_key: str) -> list[Diagnostic] | None:
    try:
        raw = json.loads(_entry(root, cache_key).read_text(encoding="utf-8"))
        return [Diagnostic(Path(d["path"]), d["line"], d["column"], d["code"], Severity(d["severity"]),
                           d["message"], d.get("end_line"), d.get("end_column"), d.get("hint"))
                for d in raw]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def put(root: Path, cache_key: str, diagnostics: list[Diagnostic]) -> None:
    """Store an entry. Written to a temporary name then renamed, so a reader never sees half an
    entry; not fsynced: losing a cache entry in a crash only costs a re-check."""
    entry = _entry(root, cache_key)
    data = [{"path": str(d.path), "line": d.line, "column": d.column, "code": d.code,
             "severity": int(d.severity), "message": d.message, "end_line": d.end_line,
             "end_column": d.end_column, "hint": d.hint} for d in diagnostics]
    try:
        top = root / CACHE_DIR
        if not top.is_dir():
            top.mkdir()
            (top / ".gitignore").write_text("# cache d’amend check : ne pas versionner\n*\n",
                                            encoding="utf-8")
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, entry)
    except OSError:
        pass
