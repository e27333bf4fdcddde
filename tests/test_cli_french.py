"""Help and usage errors are in French, with exit code 2 for a malformed command."""

import pytest


def test_help_is_french(amend) -> None:
    result = amend("new", "--help", env={"COLUMNS": "200", "TERMINAL_WIDTH": "200"})
    assert result.exit_code == 0
    assert "Afficher cette aide et quitter." in result.stdout
    assert "[obligatoire]" in result.stdout and "Commandes" not in result.stdout
    assert "Show this message" not in result.stdout and "[required]" not in result.stdout
    top = amend("--help", env={"COLUMNS": "200", "TERMINAL_WIDTH": "200"})
    assert "Commandes" in top.stdout and "Codes de sortie" in top.stdout


@pytest.mark.parametrize("args, expected", [
    (["check", "--formt", "x"], "option inconnue : --formt (vouliez-vous dire --format ?)"),
    (["new"], "paramètre obligatoire manquant : DOSSIER"),
    (["new", "x", "--type", "ppre"], "paramètre obligatoire manquant : --titre"),
    (["check", "--format", "bogus"], "valeur invalide pour --format"),
    (["inexistante"], "commande inconnue"),
])
def test_usage_errors_are_french_with_exit_2(amend, args, expected) -> None:
    result = amend(*args)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert result.stderr.startswith("USG001 erreur : ")
    assert "Traceback" not in result.output and "Error" not in result.output


def test_every_command_is_listed_and_a_run_registers_only_its_own() -> None:
    import subprocess
    import sys

    from amend.cli import COMMANDS

    code = ("import sys; import amend.cli as c; sys.argv = ['amend', 'number', 'drafts/ppre-1775/texte.yaml']\n"
            "try:\n    c.main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(n for n in c.COMMANDS if 'amend.cli.' + c.COMMANDS[n] in sys.modules), file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stderr.strip().splitlines()[-1] == "['number']"
    from conftest import run_amend

    listing = run_amend("--help", env={"COLUMNS": "200", "TERMINAL_WIDTH": "200"}).stdout
    for name in COMMANDS:
        assert f" {name} " in listing, name
