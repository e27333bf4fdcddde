"""The check cache never changes what ``amend check`` reports."""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLE


def test_cached_and_uncached_results_are_identical(tmp_path: Path, amend) -> None:
    target = tmp_path / "texte.yaml"
    target.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "    - Salue la proposition", "    - 1. Salue la proposition", 1), encoding="utf-8")
    first = amend("check", "--format", "concise", "texte.yaml", cwd=tmp_path)
    assert "STR003" in first.stdout
    assert list((tmp_path / ".amend_cache").rglob("*.json"))
    second = amend("check", "--format", "concise", "texte.yaml", cwd=tmp_path)
    uncached = amend("check", "--format", "concise", "texte.yaml", cwd=tmp_path, env={"AMEND_NO_CACHE": "1"})
    assert first.stdout == second.stdout == uncached.stdout
    assert first.exit_code == second.exit_code == uncached.exit_code


def test_a_changed_file_is_checked_again(tmp_path: Path, amend) -> None:
    target = tmp_path / "texte.yaml"
    target.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    amend("check", "texte.yaml", cwd=tmp_path)  # fills the cache
    target.write_text(EXAMPLE.read_text(encoding="utf-8").replace("legislature: 17", "legislature: zéro"),
                      encoding="utf-8")
    result = amend("check", "--format", "concise", "texte.yaml", cwd=tmp_path)
    assert result.exit_code == 1 and "SCH001" in result.stdout


def test_cache_keys_follow_code_and_configuration(tmp_path: Path) -> None:
    from amend.check import cache

    content = b"type: ppre\n"
    base = cache.key(tmp_path, Path("a.yaml"), content)
    assert base == cache.key(tmp_path, Path("a.yaml"), content)
    assert base != cache.key(tmp_path, Path("b.yaml"), content)
    assert base != cache.key(tmp_path, Path("a.yaml"), content + b"#")
    (tmp_path / "amend.toml").write_text("[amend]\n")
    assert base != cache.key(tmp_path, Path("a.yaml"), content)
    cache._fingerprint = "autre version"
    try:
        assert base != cache.key(tmp_path, Path("a.yaml"), content)
    finally:
        cache._fingerprint = None


def test_a_repository_registry_invalidates_the_cache(repo: Path, amend) -> None:
    target = "drafts/ppre-1775/texte.yaml"
    before = amend("check", "--format", "concise", "--no-baseline", target, cwd=repo).stdout
    assert "REG002 règlement (UE) 2022/868" in before
    (repo / "registre-ue.yaml").write_text(
        "- type: règlement\n  domaine: \"(UE)\"\n  numero: \"2099/1\"\n  celex: null\n  date: null\n"
        "  auteurs: null\n  titre: null\n  titre_court: null\n  abroge_par: null\n  source: []\n",
        encoding="utf-8")
    entries = set((repo / ".amend_cache").rglob("*.json"))
    amend("check", "--format", "concise", "--no-baseline", target, cwd=repo)
    assert set((repo / ".amend_cache").rglob("*.json")) - entries


def test_no_cache_option_neither_reads_nor_writes_the_cache(tmp_path: Path, amend) -> None:
    (tmp_path / "texte.yaml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = amend("check", "--no-cache", "--format", "concise", "texte.yaml", cwd=tmp_path)
    assert not (tmp_path / ".amend_cache").exists()
    assert result.stdout == amend("check", "--format", "concise", "texte.yaml", cwd=tmp_path).stdout
