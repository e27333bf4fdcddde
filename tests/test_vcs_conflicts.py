"""Merge conflicts in a text: which alinéa each conflict is about, both versions printed."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from amend.review.conflicts import alinea_hints, split_sides
from conftest import GIT_ENV, git

VISA = re.compile(r"^    - le règlement \(UE\).2022/868$", re.MULTILINE)


def conflicted(repo: Path) -> str:
    """A real `git merge` conflict on visa 19 (alinéa 20) of n° 1775."""
    path = repo / "drafts" / "ppre-1775" / "texte.yaml"

    def reword(suffix: str) -> None:
        text = path.read_text(encoding="utf-8")
        found = VISA.search(text)
        assert found
        path.write_text(text.replace(found.group(), found.group() + suffix), encoding="utf-8")

    git(repo, "checkout", "-q", "-b", "autre")
    reword(" du Parlement européen et du Conseil du 30 mai 2022")
    git(repo, "commit", "-qam", "autre")
    git(repo, "checkout", "-q", "main")
    reword(" sur la gouvernance européenne des données")
    git(repo, "commit", "-qam", "main")
    merge = subprocess.run(["git", "merge", "autre"], cwd=repo, capture_output=True, text=True,
                           env={**os.environ, **GIT_ENV})
    assert merge.returncode == 1 and "CONFLICT" in merge.stdout
    return path.read_text(encoding="utf-8")


def test_conflict_names_the_alinea_and_prints_both_versions(repo: Path) -> None:
    text = conflicted(repo)
    marker = text.splitlines().index("<<<<<<< HEAD") + 1
    hints = alinea_hints(text)
    assert list(hints) == [marker]
    assert hints[marker].splitlines() == [
        "conflit sur alinéa 20 (visa)",
        "version locale :",
        "  20  Vu le règlement (UE)\u00a02022/868 sur la gouvernance européenne des données,",
        "version fusionnée :",
        "  20  Vu le règlement (UE)\u00a02022/868 du Parlement européen et du Conseil du 30 mai 2022,",
    ]


def test_check_still_refuses_the_file_at_the_markers(repo: Path, amend) -> None:
    conflicted(repo)
    result = amend("check", "drafts/ppre-1775/texte.yaml", "--format", "concise", cwd=repo)
    assert result.exit_code == 1
    assert result.stdout.count("IO002") == 3


def test_sides_and_diff3_base_are_split() -> None:
    text = "a: 1\n<<<<<<< ours\nb: 2\n||||||| base\nb: 0\n=======\nb: 3\nc: 4\n>>>>>>> theirs\nd: 5\n"
    ours, theirs, [block] = split_sides(text)
    assert ours == "a: 1\nb: 2\nd: 5\n" and theirs == "a: 1\nb: 3\nc: 4\nd: 5\n"
    assert (block.marker_line, block.ours, block.theirs) == (2, (2, 2), (2, 3))


def test_conflict_outside_prose_or_broken_yaml_gives_no_hint() -> None:
    assert alinea_hints("type: ppre\n<<<<<<< a\nlegislature: 16\n=======\nlegislature: 17\n>>>>>>> b\n") == {}
    assert alinea_hints("<<<<<<< a\n: [\n=======\n}\n>>>>>>> b\n") == {}
