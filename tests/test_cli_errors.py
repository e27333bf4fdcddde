"""The one error handler of the CLI (amend.cli.output.guarded): an internal error and a closed
output pipe end the command with a short French message and a known exit code, never a traceback."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_internal_error_exits_70_in_french_without_traceback() -> None:
    code = ("import sys\n"
            "import amend.check.policy as policy\n"
            "def broken(*args, **kwargs):\n"
            "    raise RuntimeError('panne simulée')\n"
            "policy.run_check = broken\n"
            "from amend.cli import main\n"
            "main(['check', 'drafts/ppre-1775/texte.yaml'])\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 70, proc.stderr
    assert proc.stderr.startswith("erreur interne d’amend (RuntimeError : panne simulée)")
    assert "AMEND_DEBUG=1" in proc.stderr and "Traceback" not in proc.stderr


def test_internal_error_shows_the_traceback_with_amend_debug() -> None:
    code = ("import amend.check.policy as policy\n"
            "def broken(*args, **kwargs):\n"
            "    raise RuntimeError('panne simulée')\n"
            "policy.run_check = broken\n"
            "from amend.cli import main\n"
            "main(['check', 'drafts/ppre-1775/texte.yaml'])\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={"AMEND_DEBUG": "1", "PATH": "/usr/bin:/bin"})
    assert proc.returncode != 0 and "Traceback" in proc.stderr and "panne simulée" in proc.stderr


def test_a_closed_pipe_ends_quietly() -> None:
    for args in (["number", "drafts/ppre-1775/texte.yaml"], ["check", "--format", "json", "drafts/"],
                 ["diff", "HEAD", "HEAD", "drafts/ppre-1775/texte.yaml"]):
        proc = subprocess.Popen([sys.executable, "-m", "amend", *args], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader goes away before amend writes (« amend … | head -0 »)
        stderr = proc.stderr.read().decode("utf-8")
        proc.wait(timeout=60)
        assert "Traceback" not in stderr and "Exception ignored" not in stderr, (args, stderr)
        # 1: the write failed on the closed pipe and amend stopped there, as it should
        assert proc.returncode == 1, (args, proc.returncode, stderr)
