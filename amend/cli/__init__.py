"""Command-line interface: a thin Typer layer over the library.

Each command lives in its own module; importing this package must not import git, pypandoc,
typst or jsonschema (``tests/test_startup.py`` checks it): commands import what they need.
"""

from __future__ import annotations

import importlib
import sys

from amend.cli.app import app

COMMANDS = {
    # command name → module that registers it, in the order ``amend --help`` lists them
    "check": "check", "number": "number", "new": "new", "render": "render", "diff": "diff",
    "log": "log", "apply": "apply", "ci": "ci", "git": "gitcmd", "amendment": "amendment",
    "registry": "registry",
}
"""Each command lives in its own module. A run registers only the command it invokes, so that
Typer builds one command, not all of them (about 20 ms saved on every ``amend check``); help,
an unknown command or ``load_commands()`` register them all."""

_loaded: set[str] = set()


def load_commands(names: list[str] | None = None) -> None:
    """Register the given commands (all of them by default) on :data:`app`."""
    for name in names or list(COMMANDS):
        if name not in _loaded:
            importlib.import_module(f"amend.cli.{COMMANDS[name]}")
            _loaded.add(name)


def _invoked(args: list[str]) -> list[str] | None:
    first = next((a for a in args if not a.startswith("-")), None)
    if first in COMMANDS and args and args[0] == first:
        return [first]
    return None


USAGE_ERROR = 2


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``amend`` command: French help and usage errors, exit codes."""
    from typer._click import exceptions as click_errors

    args = sys.argv[1:] if argv is None else argv
    load_commands(_invoked(args))
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
