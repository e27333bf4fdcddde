"""The registry of EU acts: what amend knows for sure about the acts a text cites.

The shipped registry is ``amend/data/eu-acts.yaml`` (every value read in a named public source);
a repository adds or overrides entries in its own file (``registre-ue.yaml`` at the top of the
repository by default, or the files listed in ``[tool.amend] registre``), in the same format.

Each entry gets a stable key computed from its number — the CELEX number the citation points at
(« 32011L0093 » for « directive 2011/93/UE »), « COM(2022) 209 » for Commission documents — so
that « directive 2011/93/UE » and « directive 2011/93/EU » find the same entry.

Loading the shipped YAML costs ~8 ms; ``eu-acts.json`` next to it holds the same data with the
SHA-256 of the YAML it was built from (``python -m amend.citations.registry``) and is used when it matches,
so ``amend check`` stays fast. A stale JSON is ignored, never trusted.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from amend.core.errors import InputError, Location
from amend.core.french import collapse, format_date
from amend import data
from amend.rules import REG010

SHIPPED = "eu-acts.yaml"
INSTRUMENTS = "instruments.yaml"
_FIELDS = {"type", "domaine", "numero", "celex", "date", "auteurs", "titre", "titre_court",
           "abroge_par", "source"}


class Entry(NamedTuple):
    type: str
    domain: str | None
    number: str
    celex: str | None
    date: _dt.date | None
    authors: str | None
    title: str | None
    short_title: str | None = None
    repealed_by: str | None = None
    sources: tuple[str, ...] = ()
    origin: str = SHIPPED
    key: str | None = None

    @property
    def label(self) -> str:
        """« directive 2011/93/UE », « règlement (UE) 2016/679 », « COM(2022) 209 final »."""
        if self.type.startswith(("proposition", "communication")):
            return f"{self.type} {self.number}"
        dom = self.domain or ""
        if dom.startswith("("):
            return f"{self.type} {dom} {self.number}"
        return f"{self.type} {self.number}"

    def full_citation(self) -> str:
        """The citation as it should appear in a visa (ISG 3.2.1): type, number, authors, date, title."""
        parts = [self.label]
        if self.authors and not self.type.startswith(("proposition", "communication")):
            parts.append(self.authors)
        if self.date:
            parts.append(f"du {format_date(self.date)}")
        if self.title:
            parts.append(self.title.replace("'", "’"))
        return " ".join(parts)


class Registry:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.by_key: dict[str, Entry] = {}

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        if entry.key:
            self.by_key[entry.key] = entry  # a repository's entry overrides the shipped one

    def get(self, key: str | None) -> Entry | None:
        return self.by_key.get(key) if key else None

    def lookup(self, number: str) -> Entry | None:
        """By number as a user types it: « 2011/93/UE », « (UE) 2016/679 », « COM(2022) 209 »."""
        for candidate in (number, f"directive {number}", f"règlement {number}",
                          f"décision {number}", f"règlement (UE) {number}"):
            key = key_of(candidate)
            if key and key in self.by_key:
                return self.by_key[key]
        wanted = comparable(number)
        return next((e for e in self.entries if comparable(e.number) == wanted), None)

    def search(self, text: str) -> list[Entry]:
        """Entries whose number, title or short title contain every word of ``text``."""
        words = comparable(text).split()
        found = []
        for entry in self.entries:
            haystack = comparable(" ".join(filter(None, (entry.label, entry.celex or "", entry.title or "",
                                                         entry.short_title or ""))))
            if all(w in haystack for w in words):
                found.append(entry)
        return found


_PUNCTUATION = re.compile(r"[,;.:«»()\"]")


@lru_cache(maxsize=4096)
def comparable(text: str) -> str:
    """Text compared without case, punctuation (« , ; . : « » ( ) " » become spaces), nor the kind
    of space, hyphen or apostrophe (:func:`amend.core.french.collapse`): a key, not a text."""
    return collapse(_PUNCTUATION.sub(" ", text.lower()))


def key_of(citation: str) -> str | None:
    """The stable key of an act or document cited as ``citation`` (see module docstring)."""
    from amend.citations.documents import find_references
    from amend.citations.eu import find_eu_acts

    acts = find_eu_acts(citation)
    if acts and acts[0].key:
        return acts[0].key
    refs = find_references(citation, ("com",))
    if refs:
        return f"{refs[0].parts['series']}({refs[0].year}) {int(refs[0].parts['num'])}"
    return None


def _citation(raw: dict[str, Any]) -> str:
    kind, number, domain = raw["type"], raw["numero"], raw.get("domaine")
    if kind.startswith(("proposition", "communication")):
        return number
    return f"{kind} {domain + ' ' if domain and domain.startswith('(') else ''}{number}"


def _entry(raw: dict[str, Any], origin: str, key: str | None = None) -> Entry:
    date = raw.get("date")
    kind = raw["type"]
    number = raw["numero"]
    domain = raw.get("domaine")
    return Entry(type=kind, domain=domain, number=number, celex=raw.get("celex"),
                 date=_dt.date.fromisoformat(date) if date else None, authors=raw.get("auteurs"),
                 title=raw.get("titre"), short_title=raw.get("titre_court"),
                 repealed_by=raw.get("abroge_par"), sources=tuple(raw.get("source") or ()),
                 origin=origin, key=key if key is not None else key_of(_citation(raw)))


def _validate(entries: Any, shown: Path, loaded: Any = None) -> list[dict[str, Any]]:
    if not isinstance(entries, list):
        raise InputError("un registre est une liste d’actes (« - type: … »)", location=Location(shown),
                         rule=REG010)
    for i, raw in enumerate(entries):
        where = Location(shown, *(loaded.position((i,)) if loaded else (1, 1)))
        if not isinstance(raw, dict) or not {"type", "numero"} <= raw.keys():
            raise InputError("entrée de registre incomplète : « type » et « numero » sont requis",
                             location=where, rule=REG010)
        unknown = set(raw) - _FIELDS
        if unknown:
            raise InputError(f"clé inconnue dans le registre : {', '.join(sorted(unknown))}",
                             location=where, rule=REG010)
        if raw.get("date"):
            try:
                _dt.date.fromisoformat(str(raw["date"]))
            except ValueError:
                raise InputError(f"date invalide dans le registre : {raw['date']}", location=where,
                                 rule=REG010) from None
    return entries


def load_data_file(name: str) -> tuple[Any, list[str | None] | None]:
    """A shipped YAML data file, and the registry keys of its entries when its JSON twin (built
    from these very bytes) holds them (:mod:`amend.data`)."""
    document = data.twin(name)
    if document is not None:
        return document["data"], document.get("keys")
    return data.load(name), None


def build_twin(name: str, with_keys: bool = False) -> Path:
    """Write the JSON twin of a shipped data file (``python -m amend.citations.registry``)."""
    extra = {"keys": [key_of(_citation(entry)) for entry in data.load(name)]} if with_keys else None
    return data.build_twin(name, extra)


_cache: dict[tuple[str, ...], Registry] = {}


def load_registry(user_files: Iterable[Path] = ()) -> Registry:
    """The shipped registry plus the repository's own files (later entries override earlier)."""
    files = tuple(str(p) for p in user_files if Path(p).is_file())
    if files in _cache:
        return _cache[files]
    registry = Registry()
    path = data.path(SHIPPED)
    entries, keys = load_data_file(SHIPPED)
    for i, raw in enumerate(_validate(entries, path)):
        registry.add(_entry(raw, SHIPPED, keys[i] if keys else None))
    for name in files:
        from amend.storage import yamlio

        loaded = yamlio.load(Path(name))
        for raw in _validate(loaded.data, Path(name), loaded):
            registry.add(_entry(raw, name))
    _cache[files] = registry
    return registry


class Instrument(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    date: _dt.date | None = None


_instruments: list[Instrument] | None = None


def instruments() -> list[Instrument]:
    """Known international instruments and the names they are cited under."""
    global _instruments
    if _instruments is None:
        entries, _ = load_data_file(INSTRUMENTS)
        _instruments = [Instrument(d["id"], d["nom"], tuple(d["alias"]),
                                   _dt.date.fromisoformat(d["date"]) if d.get("date") else None)
                        for d in entries]
    return _instruments


if __name__ == "__main__":
    print(build_twin(SHIPPED, with_keys=True))
    print(build_twin(INSTRUMENTS))
