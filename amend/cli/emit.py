"""Writing a command's whole output at once."""

from __future__ import annotations

import sys


def emit(text: str) -> None:
    """Write ``text`` to standard output and flush it now, inside the command: a reader that went
    away (``| head``) is then handled by the one error handler (:func:`amend.cli.output.guarded`)."""
    sys.stdout.write(text)
    sys.stdout.flush()
