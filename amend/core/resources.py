"""Where amend finds its own files: schemas, styles and templates (package data: :mod:`amend.data`).

In a source checkout (and an editable install) they sit at the top of the repository
(``schemas/``, ``styles/``); in a built wheel the same folders are installed as the packages
``amend.schemas`` and ``amend.styles`` (see ``[tool.setuptools.package-dir]``).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent
SOURCE_ROOT = PACKAGE_DIR.parent


def _folder(name: str) -> Path:
    candidate = SOURCE_ROOT / name
    if candidate.is_dir():
        return candidate
    installed = PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    from importlib import resources

    return Path(str(resources.files(f"amend.{name}")))


def schema_path(name: str) -> Path:
    return _folder("schemas") / name


def styles_dir() -> Path:
    return _folder("styles")


def template_path(name: str) -> Path:
    return PACKAGE_DIR / "templates" / name
