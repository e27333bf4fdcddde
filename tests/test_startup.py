"""The CLI must start fast: importing it must not import heavy modules."""

import subprocess
import sys


def test_cli_import_is_lean() -> None:
    code = ("import sys, amend.cli; heavy = [m for m in ('git', 'pypandoc', 'typst', 'jsonschema', "
            "'rich.console', 'pydantic') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_check_does_not_import_git_or_renderers() -> None:
    code = ("import sys; from amend.cli import main; sys.argv = ['amend', 'check', "
            "'drafts/ppre-1775/texte.yaml', '--format', 'concise']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print([m for m in ('git', 'pypandoc', 'typst', 'jsonschema', 'rich.console') if m in sys.modules], "
            "file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stderr.strip().splitlines()[-1] == "[]"
