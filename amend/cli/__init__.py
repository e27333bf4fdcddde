"""Command-line interface: a thin Typer layer over the library.

Each command lives in its own module; importing this package must not import git, pypandoc,
typst or jsonschema (``tests/test_startup.py`` checks it): commands import what they need.
"""

from __future__ import annotations

import sys

from amend.cli.app import app
from amend.cli import check as _check  # noqa: F401  (registers the command)
from amend.cli import number as _number  # noqa: F401
from amend.cli import new as _new  # noqa: F401
from amend.cli import render as _render  # noqa: F401  (issue 4)
from amend.cli import ci as _ci, diff as _diff, gitcmd as _gitcmd, log as _log  # noqa: F401  (issue 6)
from amend.cli import amendment as _amendment, apply as _apply  # noqa: F401  (issue 5)
from amend.cli import registry as _registry  # noqa: F401  (issue 3)

USAGE_ERROR = 2


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``amend`` command: French help and usage errors, exit codes."""
    from typer._click import exceptions as click_errors

    args = sys.argv[1:] if argv is None else argv
    if not args or "-h" in args or "--help" in args:
        from amend.cli.french import install_help

        install_help()
    try:
        code = app(args=args, prog_name="amend", standalone_mode=False)
    except click_errors.NoArgsIsHelpError as error:
        sys.stdout.write(error.ctx.get_help() + "\n")
        code = 0
    except click_errors.UsageError as error:
        from amend.cli.french import usage_message

        command = error.ctx.command_path if error.ctx else "amend"
        sys.stderr.write(f"USG001 erreur : {usage_message(error)}\n"
                         f"Essayez « {command} --help » pour l’aide.\n")
        code = USAGE_ERROR
    except click_errors.Abort:
        sys.stderr.write("interrompu.\n")
        code = 130
    sys.exit(code if isinstance(code, int) else 0)
