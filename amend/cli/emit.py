"""Writing a command's whole output at once, quietly when the reader went away (``| head``)."""

from __future__ import annotations

import os
import sys


def emit(text: str) -> None:
    """Write ``text`` to standard output; a closed pipe is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python's advice: point stdout at devnull so the interpreter's final flush is silent.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
