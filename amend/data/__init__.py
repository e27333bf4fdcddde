"""amend's own data files, and the one way to read them (the lowest floor: imports nothing of amend).

The files are YAML, written and reviewed by people (the rule table ``rules/*.yaml``, labels), or
small JSON tables (month names, articles of the Constitution…), each naming its public source.
Parsing YAML costs milliseconds that ``amend check`` pays at every start, so each file has a JSON
twin beside it, holding the same data and the SHA-256 of the YAML it was built from; :func:`load`
uses the twin only when it matches those very bytes (a stale twin is ignored, never trusted) and
otherwise parses the YAML with ruamel's safe loader. ``python -m amend.data FILE…`` rebuilds
twins; ``tests/test_data.py`` fails when one is stale.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """A data file by its name relative to this folder (``rules/io.yaml``)."""
    return FOLDER / name


def _parse_yaml(text: str) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import SafeConstructor

    yaml = YAML(typ="safe", pure=True)

    class _Constructor(SafeConstructor):  # dates stay text: the callers check their form
        pass

    _Constructor.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)
    yaml.Constructor = _Constructor
    return yaml.load(text)


@cache
def load(name: str) -> Any:
    """The data of a data file, read once per process: a JSON file as it is; a YAML file through
    its JSON twin when the twin is fresh. The value is shared between callers: never modify it."""
    source = path(name)
    if source.suffix == ".json":
        return json.loads(source.read_bytes())
    document = twin(name)
    return document["data"] if document is not None else _parse_yaml(source.read_text(encoding="utf-8"))


def twin(name: str) -> dict[str, Any] | None:
    """The JSON twin of a YAML data file (``data``, and what :func:`build_twin` added), when it was
    built from the file's very bytes; ``None`` when it is missing or stale."""
    source = path(name)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    try:
        document = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) and document.get("sha256") == digest else None


def build_twin(name: str, extra: dict[str, Any] | None = None) -> Path:
    """Write the JSON twin of a YAML data file, with ``extra`` fields computed from its data."""
    source = path(name)
    raw = source.read_bytes()
    document = {"sha256": hashlib.sha256(raw).hexdigest(), "data": _parse_yaml(raw.decode("utf-8")),
                **(extra or {})}
    twin = source.with_suffix(".json")
    temporary = twin.with_name(f".{twin.name}.tmp")
    # ASCII escapes: the rule table holds one lone surrogate on purpose (the example of IO001)
    temporary.write_text(json.dumps(document, indent=0) + "\n", encoding="ascii")
    temporary.replace(twin)
    return twin


def twins() -> list[str]:
    """The data files that have a JSON twin (relative names)."""
    return sorted(p.relative_to(FOLDER).with_suffix(".yaml").as_posix()
                  for p in FOLDER.rglob("*.json") if p.with_suffix(".yaml").is_file())
