"""The Typer application object, shared by the command modules."""

import typer

HELP = """amend : rédiger, numéroter, vérifier et mettre en forme les propositions de résolution et leurs amendements, stockés en YAML dans git.

Codes de sortie : 0 sans erreur ; 1 erreurs trouvées ou fichier refusé ; 2 commande mal formée."""

SETTINGS = {"no_args_is_help": True, "add_completion": False,
            "context_settings": {"help_option_names": ["-h", "--help"]}}

app = typer.Typer(name="amend", help=HELP, pretty_exceptions_enable=False, **SETTINGS)  # type: ignore[arg-type]


def group(name: str, help: str, *aliases: str) -> typer.Typer:
    """A group of subcommands (``amend ci init``), registered on :data:`app` under ``name``."""
    sub = typer.Typer(help=help, **SETTINGS)  # type: ignore[arg-type]
    app.add_typer(sub, name=name)
    for alias in aliases:
        app.add_typer(sub, name=alias, hidden=True)
    return sub


@app.callback()
def _group() -> None:
    # A callback keeps amend a group of commands even when a run registers only the one it
    # invokes (amend.cli.load_commands): Typer would otherwise run a lone command directly.
    pass
