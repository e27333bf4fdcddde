"""No lost update: a rewrite whose file changed on disk between amend's read and its write is
refused (IO009) and writes nothing — ``amend check --fix``, ``amend number --write``,
``amend apply``.

The concurrent edit is simulated in-process, at the point between the read and the write: while
amend builds the new content (``yamlio.dump_roundtrip``), or right after it checked the
repository (``commits.ensure_can_commit``), another editor saves the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from amend.core.errors import InputError
from amend.storage import commits, yamlio
from conftest import ROOT, git

TEXT = "drafts/ppre-1775/texte.yaml"
EDITED = "# enregistré par un autre éditeur pendant qu’amend travaillait\n"


def with_typography_to_fix(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if "2022/868" in line)
    lines.insert(index + 1, "    - 'la 1ère décision de l''Union , du 2 mars 2022'\n")
    path.write_text("".join(lines), encoding="utf-8")


def with_a_typed_number(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    - Salue la proposition", "    - 1. Salue la proposition", 1),
                    encoding="utf-8")


def edit_while_dumping(monkeypatch: pytest.MonkeyPatch, path: Path, edit: str = EDITED) -> None:
    """Another editor saves ``path`` while amend computes what it will write."""
    dump = yamlio.dump_roundtrip
    done = []

    def dump_then_someone_saves(data):
        result = dump(data)
        if not done:
            done.append(True)
            path.write_text(edit, encoding="utf-8")
        return result

    monkeypatch.setattr(yamlio, "dump_roundtrip", dump_then_someone_saves)


def edit_after_the_repository_check(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    checked = commits.ensure_can_commit

    def check_then_someone_saves(*args, **kwargs):
        result = checked(*args, **kwargs)
        path.write_text(EDITED, encoding="utf-8")
        return result

    monkeypatch.setattr(commits, "ensure_can_commit", check_then_someone_saves)


def refused_as_changed(caught: pytest.ExceptionInfo[InputError]) -> None:
    assert caught.value.code == "IO009"
    assert "modifié sur le disque pendant l’opération" in caught.value.message
    assert "rien n’a été écrit" in caught.value.message


@pytest.fixture
def committed(repo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(repo)
    monkeypatch.setenv("AMEND_NO_CACHE", "1")
    return repo


def test_check_fix_refuses_a_file_changed_during_the_fix(committed: Path, monkeypatch) -> None:
    from amend.check.fixes import fix_typography

    target = committed / TEXT
    with_typography_to_fix(target)
    edit_while_dumping(monkeypatch, target)
    with pytest.raises(InputError) as caught:
        fix_typography([target], committed, commit=False)
    refused_as_changed(caught)
    assert target.read_text(encoding="utf-8") == EDITED  # the other editor's work is kept


def test_check_fix_with_commit_refuses_and_commits_nothing(committed: Path, monkeypatch) -> None:
    from amend.check.fixes import fix_typography

    target = committed / TEXT
    with_typography_to_fix(target)
    git(committed, "commit", "-qam", "à corriger")
    head = git(committed, "rev-parse", "HEAD")
    edit_after_the_repository_check(monkeypatch, target)
    with pytest.raises(InputError) as caught:
        fix_typography([target], committed, commit=True)
    refused_as_changed(caught)
    assert target.read_text(encoding="utf-8") == EDITED
    assert git(committed, "rev-parse", "HEAD") == head
    assert git(committed, "status", "--porcelain") == f" M {TEXT}\n"  # the edit, unstaged


def test_check_fix_of_several_files_writes_none_if_one_changed(committed: Path,
                                                               monkeypatch) -> None:
    """The first file was already replaced when the second is found changed: it is put back."""
    from amend.check.fixes import fix_typography

    first = committed / TEXT
    second = committed / "drafts" / "ppre-1776" / "texte.yaml"
    second.parent.mkdir()
    with_typography_to_fix(first)
    shutil.copy(first, second)
    originals = {first: first.read_bytes(), second: second.read_bytes()}
    write = yamlio.atomic_write
    order: list[Path] = []

    def write_then_someone_saves(path, content, **kwargs):
        write(path, content, **kwargs)
        if not order:
            order.append(path)
            other = second if path == first else first
            other.write_text(EDITED, encoding="utf-8")

    monkeypatch.setattr(yamlio, "atomic_write", write_then_someone_saves)
    with pytest.raises(InputError) as caught:
        fix_typography([committed / "drafts"], committed, commit=False)
    refused_as_changed(caught)
    written_first = order[0]
    other = second if written_first == first else first
    assert written_first.read_bytes() == originals[written_first]  # put back as it was read
    assert other.read_text(encoding="utf-8") == EDITED


def test_number_write_refuses_a_file_changed_during_the_rewrite(committed: Path,
                                                                monkeypatch) -> None:
    from amend.check.fixes import strip_added

    target = committed / TEXT
    with_a_typed_number(target)
    edit_while_dumping(monkeypatch, target)
    with pytest.raises(InputError) as caught:
        strip_added(target, display=Path(TEXT))
    refused_as_changed(caught)
    assert target.read_text(encoding="utf-8") == EDITED


def test_number_write_with_commit_refuses_and_commits_nothing(committed: Path,
                                                              monkeypatch) -> None:
    from amend.check.fixes import strip_added

    target = committed / TEXT
    with_a_typed_number(target)
    git(committed, "commit", "-qam", "point numéroté à la main")
    head = git(committed, "rev-parse", "HEAD")
    edit_after_the_repository_check(monkeypatch, target)
    with pytest.raises(InputError) as caught:
        strip_added(target, display=Path(TEXT), root=committed)
    refused_as_changed(caught)
    assert target.read_text(encoding="utf-8") == EDITED and git(committed, "rev-parse", "HEAD") == head


@pytest.fixture
def with_amendments(committed: Path) -> Path:
    shutil.copytree(ROOT / "drafts" / "ppre-1775" / "amendements",
                    committed / "drafts" / "ppre-1775" / "amendements")
    git(committed, "add", ".")
    git(committed, "commit", "-qm", "amendements")
    return committed


def test_apply_refuses_when_another_program_creates_the_output(with_amendments: Path,
                                                               monkeypatch) -> None:
    from amend.amendments.consolidated import write_consolidated

    target = with_amendments / "drafts" / "ppre-1775" / "texte-commission.yaml"
    assert not target.exists()
    edit_while_dumping(monkeypatch, target)
    with pytest.raises(InputError) as caught:
        write_consolidated(with_amendments, "ppre-1775", commit=False)
    refused_as_changed(caught)
    assert target.read_text(encoding="utf-8") == EDITED


def test_apply_refuses_an_output_edited_during_the_operation(with_amendments: Path,
                                                             monkeypatch) -> None:
    from amend.amendments.consolidated import write_consolidated

    target = with_amendments / "drafts" / "ppre-1775" / "texte-commission.yaml"
    target.write_text("# version précédente\n", encoding="utf-8")
    git(with_amendments, "add", ".")
    git(with_amendments, "commit", "-qm", "ancienne version")
    head = git(with_amendments, "rev-parse", "HEAD")
    edit_after_the_repository_check(monkeypatch, target)
    with pytest.raises(InputError) as caught:
        write_consolidated(with_amendments, "ppre-1775", commit=True)
    refused_as_changed(caught)
    assert target.read_text(encoding="utf-8") == EDITED
    assert git(with_amendments, "rev-parse", "HEAD") == head


def test_apply_without_a_concurrent_edit_still_writes_and_commits(with_amendments: Path) -> None:
    from amend.amendments.consolidated import write_consolidated

    written = write_consolidated(with_amendments, "ppre-1775", commit=True)
    assert written.changed and written.commit
    assert git(with_amendments, "status", "--porcelain") == ""
    again = write_consolidated(with_amendments, "ppre-1775", commit=True)
    assert not again.changed and again.commit is None


def test_atomic_write_checks_what_it_replaces(tmp_path: Path) -> None:
    path = tmp_path / "texte.yaml"
    path.write_bytes(b"avant\n")
    yamlio.atomic_write(path, "après\n", expected=b"avant\n")
    assert path.read_bytes() == "après\n".encode()
    with pytest.raises(InputError) as caught:
        yamlio.atomic_write(path, "encore\n", expected=b"avant\n")
    assert caught.value.code == "IO009" and path.read_bytes() == "après\n".encode()
    with pytest.raises(InputError):
        yamlio.atomic_write(path, "nouveau\n", expected=None)  # had to be absent
    assert sorted(p.name for p in tmp_path.iterdir()) == ["texte.yaml"]  # no temporary file left
