"""Where amend finds its own files: schemas, styles, templates and package data.

In a source checkout (and an editable install) they sit at the top of the repository
(``schemas/``, ``styles/``); in a built wheel the same folders are installed as the packages
``amend.schemas`` and ``amend.styles`` (see ``[tool.setuptools.package-dir]``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

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


def data_path(name: str) -> Path:
    return PACKAGE_DIR / "data" / name


@lru_cache(maxsize=None)
def data_json(name: str) -> Any:
    """A JSON data file of ``amend/data/``, read once per process.

    These are the small tables amend's code used to hold (month names, the articles of the
    Constitution, the terms of the European Parliament, typography lists); each names its public
    source in a ``_source`` field. The value is shared between callers: never modify it (turn it
    into a tuple, a frozenset or a dict of your own).
    """
    import json

    return json.loads(data_path(name).read_text(encoding="utf-8"))


def template_path(name: str) -> Path:
    return PACKAGE_DIR / "templates" / name
