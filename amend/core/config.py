"""Repository configuration: ``[tool.amend]`` in ``pyproject.toml``, or ``amend.toml``.

Keys (all optional)::

    [tool.amend]                      # in amend.toml: the same keys at top level
    select = ["CIT", "REG", "TYP001"] # report only codes starting with one of these prefixes
    ignore = ["TYP011"]               # never report these codes (prefixes)
    baseline = "amend-baseline.json"  # known findings: still printed, never fail the check
    registre = ["registre-ue.yaml"]   # the repository's own EU-act registry files

Command-line ``--select`` / ``--ignore`` add to these. ``amend.toml`` wins over ``pyproject.toml``
when both exist. An unreadable or malformed file is an :class:`~amend.core.errors.InputError` (CFG001).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

from amend.core.errors import InputError, Location
from amend.rules import CFG001

DEFAULT_REGISTRY = "registre-ue.yaml"
_KEYS = {"select", "ignore", "baseline", "registre"}


class Config(NamedTuple):
    root: Path
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    baseline: Path | None = None
    registries: tuple[Path, ...] = ()
    source: Path | None = None

    def wants(self, code: str, select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> bool:
        """Whether a finding with ``code`` is reported (prefix matching, ignore wins)."""
        chosen = select or self.select
        if chosen and not code.startswith(chosen):
            return False
        return not code.startswith((*self.ignore, *ignore))


def _table(path: Path, nested: bool) -> dict | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"configuration illisible : {exc}", location=Location(path),
                         rule=CFG001) from None
    if nested and "tool.amend" not in text:
        return None  # a pyproject.toml without amend's table: no need to parse it
    import tomllib

    try:
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"configuration illisible : {exc}", location=Location(path),
                         rule=CFG001) from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"configuration TOML invalide : {exc}", location=Location(path),
                         rule=CFG001) from None
    if nested:
        return data.get("tool", {}).get("amend")
    return data


def _strings(value: object, name: str, path: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise InputError(f"« {name} » doit être une chaîne ou une liste de chaînes",
                     location=Location(path), rule=CFG001)


@cache
def load_config(root: Path) -> Config:
    """The configuration of the repository at ``root`` (defaults when there is none)."""
    table, source = None, None
    if (root / "amend.toml").is_file():
        source = root / "amend.toml"
        table = _table(source, nested=False)
    elif (root / "pyproject.toml").is_file():
        source = root / "pyproject.toml"
        table = _table(source, nested=True)
    table = table or {}
    unknown = set(table) - _KEYS
    if unknown:
        raise InputError(f"clé inconnue dans la configuration d’amend : {', '.join(sorted(unknown))} "
                         f"(clés possibles : {', '.join(sorted(_KEYS))})", location=Location(source),
                         rule=CFG001)
    baseline = table.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise InputError("« baseline » doit être un chemin", location=Location(source), rule=CFG001)
    registries = _strings(table.get("registre", DEFAULT_REGISTRY), "registre", source or root)
    return Config(root=root,
                  select=_strings(table.get("select", []), "select", source or root),
                  ignore=_strings(table.get("ignore", []), "ignore", source or root),
                  baseline=root / baseline if baseline else None,
                  registries=tuple(root / r for r in registries), source=source)


def registry_files(root: Path) -> tuple[Path, ...]:
    """The repository's own registry files of EU acts that exist (for the repository at ``root``)."""
    return tuple(p for p in load_config(root).registries if p.is_file())
