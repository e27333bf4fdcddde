"""amend's data files: every JSON twin matches its YAML, so ``amend check`` never parses YAML data."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from amend import data


def test_every_twin_is_fresh() -> None:
    names = data.twins()
    assert "rules/refusals.yaml" in names and "eu-acts.yaml" in names
    for name in names:
        twin = json.loads(data.path(name).with_suffix(".json").read_text(encoding="utf-8"))
        assert twin["sha256"] == hashlib.sha256(data.path(name).read_bytes()).hexdigest(), (
            f"{name} : jumeau JSON périmé, relancer « python -m amend.data {name} »")


def test_a_stale_twin_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x.yaml").write_text("valeur: 2\ndate: 2024-01-02\n", encoding="utf-8")
    (tmp_path / "x.json").write_text(json.dumps({"sha256": "0" * 64, "data": {"valeur": 1}}),
                                     encoding="utf-8")
    monkeypatch.setattr(data, "FOLDER", tmp_path)
    data.load.cache_clear()
    try:
        assert data.load("x.yaml") == {"valeur": 2, "date": "2024-01-02"}
        data.build_twin("x.yaml")
        twin = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
        assert twin["data"] == {"valeur": 2, "date": "2024-01-02"}
    finally:
        data.load.cache_clear()
