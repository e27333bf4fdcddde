"""Reading and writing amend's YAML files safely.

Two ways in:

* :func:`load` — the fast, read-only path used by ``amend check``, ``number``, ``render``: the
  libyaml-based composer of ruamel.yaml.clib builds the node tree, and this module turns it into
  plain Python data plus a table of positions (``path → (line, column)``, 1-based), refusing
  duplicate keys, tags other than the YAML core ones, and anchors/aliases (the "billion laughs"
  bomb cannot expand because no alias is ever accepted);
* :func:`load_roundtrip` / :func:`dump_roundtrip` — ruamel's round-trip mode, for commands that
  rewrite a file (``number --write``, ``check --fix``): comments, key order, quoting and long lines
  survive. The fast checks run first, so a hostile file is refused before ruamel's round-trip
  loader sees it.

Every refusal is an :class:`~amend.core.errors.InputError` with a rule code and a file:line:column.
Nothing here writes a file except :func:`atomic_write`, which writes a temporary file in the same
folder, fsyncs it and renames it over the target (refusing, with IO009, a file that changed on
disk since it was read), and :func:`create_exclusive`, which never replaces an existing file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from amend.core.errors import InputError, Location
from amend.rules import IO001, IO002, IO003, IO005, IO009, YML001, YML002, YML003, YML004

MAX_BYTES = 5 * 1024 * 1024
"""Largest file amend reads: a long PPRE is ~30 kB; 5 MB leaves room for huge amendment sets."""

CONFLICT_MARKER = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?: |$)", re.MULTILINE)

_CORE_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map",
}

PathKey = tuple[Any, ...]


@dataclass
class Loaded:
    """A YAML file read for checking: its text, its data, and where each value sits."""

    path: Path
    text: str
    data: Any
    positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    styles: dict[PathKey, str] = field(default_factory=dict)

    def position(self, key: PathKey) -> tuple[int, int]:
        """The (line, column) of the value at ``key``, or of its closest parent."""
        while key not in self.positions and key:
            key = key[:-1]
        return self.positions.get(key, (1, 1))

    def location(self, key: PathKey) -> Location:
        line, col = self.position(key)
        return Location(self.path, line, col)


def read_bytes(path: Path, *, display: Path | None = None) -> bytes:
    """Read a file's bytes, refusing what amend must not parse (missing, folder, too large)."""
    shown = display or path
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("fichier introuvable", location=Location(shown), rule=IO005) from None
    except OSError as exc:
        raise InputError(f"lecture impossible : {exc.strerror}", location=Location(shown),
                         rule=IO005) from None
    if size > MAX_BYTES:
        raise InputError(
            f"fichier trop volumineux ({size:,} octets ; limite {MAX_BYTES:,})".replace(",", " "),
            location=Location(shown), rule=IO003)
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError("un fichier était attendu, c’est un dossier", location=Location(shown),
                         rule=IO005) from None
    except OSError as exc:
        raise InputError(f"lecture impossible : {exc.strerror}", location=Location(shown),
                         rule=IO005) from None


def read_text(path: Path, *, display: Path | None = None) -> str:
    """Read a file as UTF-8 text, refusing what amend must not parse.

    ``display`` is the path shown in messages (relative to the repository when known).
    """
    return decode(read_bytes(path, display=display), display or path)


def decode(raw: bytes, shown: Path) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            f"le fichier n’est pas encodé en UTF-8 (octet 0x{raw[exc.start]:02x} invalide) ; "
            "réenregistrez-le en UTF-8",
            location=Location(shown, line, column), rule=IO001) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def conflict_markers(text: str) -> list[tuple[int, str]]:
    """The git merge-conflict markers of ``text``: (1-based line, marker line)."""
    found = []
    for match in CONFLICT_MARKER.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        end = text.find("\n", match.start())
        found.append((line, text[match.start(): end if end != -1 else len(text)]))
    return found


class ConflictError(InputError):
    """A file still holds git merge-conflict markers. Carries every marker and both versions."""

    def __init__(self, path: Path, text: str, markers: list[tuple[int, str]]) -> None:
        self.markers = markers
        self.text = text
        self.versions = conflict_versions(text)
        super().__init__(
            "conflit de fusion git non résolu : le fichier n’est pas lu ; gardez une des versions "
            "(ou fusionnez-les), supprimez les marqueurs, puis relancez",
            location=Location(path, markers[0][0], 1), rule=IO002)


@dataclass(frozen=True)
class ConflictBlock:
    """Where one conflict block of a file sits, in the file and on each side once resolved."""

    marker_line: int
    """1-based line of « <<<<<<< » in the file with markers."""
    ours: tuple[int, int]
    """First and last line (1-based, inclusive; last < first when empty) in the « ours » file."""
    theirs: tuple[int, int]


def split_conflict(text: str) -> tuple[list[str], list[str], list[ConflictBlock]]:
    """The lines of the file resolved to « ours », to « theirs », and where each block landed.

    A diff3 base section (« ||||||| ») belongs to neither side.
    """
    ours: list[str] = []
    theirs: list[str] = []
    blocks: list[ConflictBlock] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith("<<<<<<<"):
            ours.append(lines[i])
            theirs.append(lines[i])
            i += 1
            continue
        marker, side = i + 1, "ours"
        o_first, t_first = len(ours) + 1, len(theirs) + 1
        i += 1
        while i < len(lines) and not lines[i].startswith(">>>>>>>"):
            if lines[i].startswith("|||||||"):
                side = "base"
            elif lines[i].startswith("======="):
                side = "theirs"
            elif side == "ours":
                ours.append(lines[i])
            elif side == "theirs":
                theirs.append(lines[i])
            i += 1
        i += 1
        blocks.append(ConflictBlock(marker, (o_first, len(ours)), (t_first, len(theirs))))
    return ours, theirs, blocks


def conflict_versions(text: str) -> list[tuple[int, list[str], list[str]]]:
    """For each conflict block: the line of its « <<<<<<< » marker, « ours » and « theirs »."""
    ours, theirs, blocks = split_conflict(text)
    return [(b.marker_line, ours[b.ours[0] - 1: b.ours[1]], theirs[b.theirs[0] - 1: b.theirs[1]])
            for b in blocks]


def load(path: Path, *, display: Path | None = None, text: str | None = None) -> Loaded:
    """Read and parse a YAML file for checking. Raises :class:`InputError` when refused."""
    shown = display or path
    if text is None:
        text = read_text(path, display=shown)
    markers = conflict_markers(text)
    if markers:
        raise ConflictError(shown, text, markers)
    return parse(text, shown)


def parse(text: str, shown: Path) -> Loaded:
    from ruamel.yaml.cyaml import CSafeLoader
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    loader = CSafeLoader(text)
    try:
        root = loader.get_single_node()
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise InputError(f"YAML invalide : {_french_yaml_problem(exc.problem or exc.context)}",
                         location=Location(shown, line, col), rule=YML001) from None
    except YAMLError as exc:
        raise InputError(f"YAML invalide : {exc}", location=Location(shown), rule=YML001) from None
    finally:
        loader.dispose()
    loaded = Loaded(path=shown, text=text, data=None)
    if root is None:
        loaded.data = None
        return loaded
    loaded.data = _build(root, (), loaded, set())
    return loaded


_PROBLEMS = {
    "mapping values are not allowed in this context": "« clé: valeur » mal placé (indentation ?)",
    "mapping values are not allowed here": "« clé: valeur » mal placé (indentation ?)",
    "found character '\\t' that cannot start any token": "tabulation interdite : indentez avec des espaces",
    "found unexpected end of stream": "fin de fichier inattendue (guillemet ou crochet non fermé ?)",
    "could not find expected ':'": "« : » attendu après une clé",
    "did not find expected key": "clé attendue (indentation incohérente ?)",
    "did not find expected '-' indicator": "« - » attendu (liste mal indentée ?)",
    "found undefined alias": "alias non défini",
    "expected <block end>, but found '<block sequence start>'": "élément de liste mal indenté",
}


def _french_yaml_problem(problem: str | None) -> str:
    if not problem:
        return "syntaxe incorrecte"
    for english, french in _PROBLEMS.items():
        if problem.startswith(english):
            return french
    return f"syntaxe incorrecte ({problem})"


def _mark(node: Any) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _alias_mark(text: str, node: Any) -> tuple[int, int]:
    """Where the first alias is written (composed nodes forget their anchors: re-read events)."""
    from ruamel.yaml.cyaml import CSafeLoader

    loader = CSafeLoader(text)
    try:
        while True:
            event = loader.get_event()
            if type(event).__name__ == "AliasEvent":
                return event.start_mark.line + 1, event.start_mark.column + 1
            if type(event).__name__ == "StreamEndEvent":
                return _mark(node)
    finally:
        loader.dispose()


def _build(node: Any, key: PathKey, loaded: Loaded, seen: set[int]) -> Any:
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    if id(node) in seen:
        raise InputError("ancres et alias YAML refusés dans un texte (« &ancre », « *alias »)",
                         location=Location(loaded.path, *_alias_mark(loaded.text, node)), rule=YML004)
    seen.add(id(node))
    if node.tag not in _CORE_TAGS:
        raise InputError(f"étiquette YAML interdite : {node.tag.replace('tag:yaml.org,2002:', '!!')}",
                         location=Location(loaded.path, *_mark(node)), rule=YML003)
    loaded.positions[key] = _mark(node)
    if isinstance(node, MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise InputError("clé complexe refusée : une clé est un simple mot",
                                 location=Location(loaded.path, *_mark(key_node)), rule=YML001)
            name = key_node.value
            if name == "<<" or key_node.tag == "tag:yaml.org,2002:merge":
                raise InputError("clé de fusion « << » refusée dans un texte",
                                 location=Location(loaded.path, *_mark(key_node)), rule=YML004)
            if key_node.tag not in _CORE_TAGS:
                raise InputError("étiquette YAML interdite sur une clé",
                                 location=Location(loaded.path, *_mark(key_node)), rule=YML003)
            if name in result:
                first = loaded.key_positions[key + (name,)]
                raise InputError(f"clé en double « {name} » (première occurrence ligne {first[0]})",
                                 location=Location(loaded.path, *_mark(key_node)), rule=YML002)
            loaded.key_positions[key + (name,)] = _mark(key_node)
            result[name] = _build(value_node, key + (name,), loaded, seen)
        return result
    if isinstance(node, SequenceNode):
        return [_build(item, key + (i,), loaded, seen) for i, item in enumerate(node.value)]
    if node.style:
        loaded.styles[key] = node.style
    return _scalar(node)


def _scalar(node: Any) -> Any:
    tag, value = node.tag, node.value
    if tag == "tag:yaml.org,2002:int":
        try:
            return int(value.replace("_", ""), 0)
        except ValueError:
            return value
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() in ("true", "yes", "on", "y")
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:float":
        try:
            return float(value)
        except ValueError:
            return value
    return value  # str, and timestamps kept as their text: the schemas check their form


# ---------------------------------------------------------------------------------------------
# Round trip (rewrite while keeping comments, order and quoting)

def _roundtrip_yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load_roundtrip(path: Path, *, display: Path | None = None) -> tuple[Any, str]:
    """Load for rewriting. The fast path runs first so that unsafe input is refused early."""
    loaded = load(path, display=display)
    return _roundtrip_yaml().load(loaded.text), loaded.text


def roundtrip_of(text: str) -> Any:
    """The round-trip tree of a text already accepted by :func:`load` (the file is not read again)."""
    return _roundtrip_yaml().load(text)


def dump_roundtrip(data: Any) -> str:
    import io

    buffer = io.StringIO()
    _roundtrip_yaml().dump(data, buffer)
    return buffer.getvalue()


def set_in(data: Any, key: tuple[Any, ...], value: Any) -> None:
    """Replace one scalar in a round-trip tree, keeping its quoting style."""
    from ruamel.yaml.scalarstring import (DoubleQuotedScalarString, FoldedScalarString,
                                          LiteralScalarString, SingleQuotedScalarString)

    parent = data
    for part in key[:-1]:
        parent = parent[part]
    old = parent[key[-1]]
    for style in (DoubleQuotedScalarString, SingleQuotedScalarString, LiteralScalarString,
                  FoldedScalarString):
        if isinstance(old, style):
            value = style(value)
            break
    parent[key[-1]] = value


UNCHECKED: Any = object()
"""Default of ``expected``: overwrite whatever is there."""


def atomic_write(path: Path, content: str | bytes, *, expected: bytes | None = UNCHECKED,
                 display: Path | None = None) -> None:
    """Write ``content`` to ``path`` all at once: temporary file, fsync, rename.

    With ``expected`` (the bytes read earlier, or ``None`` for a file that did not exist), the
    file is checked right before the rename: if it changed on disk since it was read (another
    editor, another amend), nothing is written and :class:`InputError` (IO009) is raised. A file
    that must not exist is created with a hard link, which fails if another program created it.
    If anything fails, the target is untouched and the temporary file is removed.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    directory = path.parent
    tmp = _synced_temporary(path, data)
    try:
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        if expected is UNCHECKED:
            os.replace(tmp, path)
        else:
            if current_bytes(path) != expected:
                raise changed_on_disk(display or path)
            if expected is None and _link(tmp, path, display or path):
                os.unlink(tmp)
            else:
                os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(directory)


def _synced_temporary(path: Path, data: bytes) -> str:
    """A temporary file beside ``path`` holding ``data``, written and fsynced (the caller renames
    or links it, and removes it on failure)."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def _link(tmp: str, path: Path, shown: Path) -> bool:
    """Give ``tmp`` the name ``path`` only if that name is free; ``False``: no hard links here."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise changed_on_disk(shown) from None
    except OSError:  # a file system without hard links: rename (the check above stands)
        return False
    return True


def _fsync_folder(directory: Path) -> None:
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def current_bytes(path: Path) -> bytes | None:
    """The bytes of ``path`` now; ``None`` if there is no such file."""
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None


def changed_on_disk(shown: Path) -> InputError:
    return InputError("le fichier a été modifié sur le disque pendant l’opération (par un éditeur ou "
                      "un autre amend ?) : rien n’a été écrit. Relancez la commande une fois l’autre "
                      "modification terminée.", location=Location(shown), rule=IO009)


def create_exclusive(path: Path, content: str | bytes) -> int:
    """Create ``path`` with ``content``, only if no file has that name (``FileExistsError``).

    The content is written to a temporary file, fsynced, then hard-linked to ``path``: readers
    never see a half-written file, and the link fails if another program took the name first.
    Returns the inode of the new file (so that an undo removes this file and no other).
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    directory = path.parent
    tmp = _synced_temporary(path, data)
    try:
        os.chmod(tmp, 0o644)
        try:
            os.link(tmp, path)
            inode = os.stat(tmp).st_ino
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system: an exclusive open instead
            out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            with os.fdopen(out, "wb") as handle:
                inode = os.fstat(handle.fileno()).st_ino
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
    _fsync_folder(directory)
    return inode
