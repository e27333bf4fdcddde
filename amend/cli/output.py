"""Where errors become messages and exit codes — the one place, for every command."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from amend.core.errors import AmendError

F = TypeVar("F", bound=Callable[..., Any])

INTERNAL_ERROR = 70


def print_error(error: AmendError) -> None:
    where = f"{error.location}: " if error.location else ""
    sys.stderr.write(f"{where}{error.code} erreur : {error.message}\n")
    if error.hint:
        sys.stderr.write(f"  {error.hint}\n")
    for diagnostic in getattr(error, "diagnostics", [])[1:]:
        sys.stderr.write(f"{diagnostic.concise()}\n")


def guarded(function: F) -> F:
    """Run a command; turn an :class:`AmendError` into its message and exit code."""
    import typer

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except AmendError as error:
            print_error(error)
            raise typer.Exit(error.exit_code) from None
        except BrokenPipeError:  # « amend … | head » closed the pipe: stop quietly
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            sys.stderr.write("interrompu.\n")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as error:  # a bug of ours: say so, briefly, without a traceback
            sys.stderr.write(
                f"erreur interne d’amend ({type(error).__name__} : {error}). Merci de la signaler "
                "avec la commande lancée ; relancez avec AMEND_DEBUG=1 pour la trace complète.\n")
            import os

            if os.environ.get("AMEND_DEBUG"):
                raise
            raise typer.Exit(INTERNAL_ERROR) from None

    return wrapper  # type: ignore[return-value]
