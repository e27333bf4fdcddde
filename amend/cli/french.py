"""French for the parts of the command line that Typer and its vendored Click write in English:
help panels, the ``--help`` option itself, and usage errors (unknown option, missing argument…).

Typer 0.26 is pinned, so the names patched here are stable; ``tests/test_cli_french.py`` fails
if an upgrade changes them.
"""

from __future__ import annotations

from typing import Any

HELP_OPTION_TEXT = "Afficher cette aide et quitter."

PANELS = {
    "DEFAULT_STRING": "[défaut : {}]",
    "ENVVAR_STRING": "[variable d’environnement : {}]",
    "REQUIRED_LONG_STRING": "[obligatoire]",
    "DEPRECATED_STRING": "(obsolète) ",
    "ARGUMENTS_PANEL_TITLE": "Arguments",
    "OPTIONS_PANEL_TITLE": "Options",
    "COMMANDS_PANEL_TITLE": "Commandes",
    "ERRORS_PANEL_TITLE": "Erreur",
    "ABORTED_TEXT": "Interrompu.",
    "RICH_HELP": "Essayez [blue]« {command_path} {help_option} »[/] pour l’aide.",
}


def install_help() -> None:
    """Translate the help screens (called only when help is asked for: rich is costly)."""
    import typer.rich_utils as rich_utils
    from typer._click import decorators

    for name, text in PANELS.items():
        setattr(rich_utils, name, text)
    original = decorators.help_option

    def help_option(param_decls: list[str]) -> Any:
        decorator = original(param_decls)

        def apply(command: Any) -> Any:
            command = decorator(command)
            command.params[-1].help = HELP_OPTION_TEXT
            return command

        return apply

    if not getattr(decorators.help_option, "_amend_french", False):
        help_option._amend_french = True  # type: ignore[attr-defined]
        decorators.help_option = help_option


def usage_message(error: Any) -> str:
    """A Click usage error in French."""
    from typer._click import exceptions as click_errors

    param = getattr(error, "param", None)
    hint = _param_hint(error, param)
    if isinstance(error, click_errors.NoSuchOption):
        text = f"option inconnue : {error.option_name}"
        if error.possibilities:
            text += " (vouliez-vous dire " + " ou ".join(sorted(error.possibilities)) + " ?)"
        return text
    if isinstance(error, click_errors.MissingParameter):
        return f"paramètre obligatoire manquant : {hint}"
    if isinstance(error, click_errors.BadParameter):
        choices = getattr(getattr(param, "type", None), "choices", None)
        if choices:
            return f"valeur invalide pour {hint} (valeurs possibles : {', '.join(map(str, choices))})"
        return f"valeur invalide pour {hint} : {error.message}"
    message = error.message
    if message.startswith("Got unexpected extra argument"):
        return "argument en trop : " + message.split("(", 1)[-1].rstrip(")")
    if message.startswith("No such command"):
        import re

        found = re.match(r"No such command '(.+?)'\.(?: Did you mean '(.+?)'\?)?", message)
        if found:
            guess = f" (vouliez-vous dire « {found.group(2)} » ?)" if found.group(2) else ""
            return f"commande inconnue : « {found.group(1)} »{guess}"
    if message.startswith("Option ") and "requires an argument" in message:
        return f"l’option {message.split()[1]} attend une valeur"
    return message


def _param_hint(error: Any, param: Any) -> str:
    if getattr(error, "param_hint", None):
        hint = error.param_hint
        return " / ".join(hint) if isinstance(hint, (list, tuple)) else str(hint)
    if param is not None:
        opts = getattr(param, "opts", None) or [param.name]
        return " / ".join(opts) if getattr(param, "param_type_name", "") == "option" else param.name.upper()
    return "?"
