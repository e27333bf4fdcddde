"""Command-line interface: a thin Typer layer over the library.

Each command lives in its own module; importing this package must not import git, pypandoc,
typst or jsonschema (``tests/test_startup.py`` checks it): commands import what they need.
"""

from __future__ import annotations

from amend.cli.app import app
from amend.cli import check as _check  # noqa: F401  (registers the command)
from amend.cli import number as _number  # noqa: F401
from amend.cli import new as _new  # noqa: F401


def main() -> None:
    app(prog_name="amend")
