"""YAML I/O: round trip fidelity, positions, atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from amend.core.errors import InputError
from amend.storage import yamlio
from conftest import EXAMPLE


def test_roundtrip_of_the_example_is_byte_identical() -> None:
    data, text = yamlio.load_roundtrip(EXAMPLE)
    assert yamlio.dump_roundtrip(data) == text


def test_roundtrip_keeps_comments_quotes_order_and_long_lines() -> None:
    source = ('# en-tête\nb: "guillemets"  # fin de ligne\na: \'simples\'\n'
              'c:\n  - ' + " ".join(["très long"] * 60) + '\n  # commentaire de liste\n  - deux\nd: |\n  bloc\n  littéral\n')
    path_data = yamlio._roundtrip_yaml().load(source)
    from amend.storage.yamlio import set_in

    set_in(path_data, ("a",), "modifié")
    out = yamlio.dump_roundtrip(path_data)
    assert out == source.replace("'simples'", "'modifié'")


def test_positions_are_one_based_and_point_at_values() -> None:
    loaded = yamlio.load(EXAMPLE)
    line, column = loaded.positions[("dispositif", "visas", 0)]
    assert EXAMPLE.read_text(encoding="utf-8").splitlines()[line - 1][column - 1:].startswith("l’article")
    assert loaded.key_positions[("type",)] == (5, 1)


def test_atomic_write_leaves_nothing_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.yaml"
    target.write_text("avant\n")

    def boom(*args: object) -> None:
        raise OSError("disque plein")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        yamlio.atomic_write(target, "après\n")
    assert target.read_text() == "avant\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.yaml"]


@pytest.mark.parametrize("text, code", [
    ("a: !foo x\n", "YML003"),
    ("a: !!set {x}\n", "YML003"),
    ("? [a, b]\n: c\n", "YML001"),
    ("<<: {a: 1}\n", "YML004"),
    ("a: [1\n", "YML001"),
    ("a:\n\tb: 1\n", "YML001"),
])
def test_unsafe_or_broken_yaml_is_refused(text: str, code: str) -> None:
    with pytest.raises(InputError) as caught:
        yamlio.parse(text, Path("x.yaml"))
    assert caught.value.code == code
    assert caught.value.location and caught.value.location.line >= 1
