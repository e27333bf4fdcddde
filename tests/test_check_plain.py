"""Plain text, Markdown, DOCX and ODT: the same rules, the same findings, real positions."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from conftest import SEED

TEXT_FINDINGS = {"CIT008", "TYP002", "TYP007", "TYP009", "REG001", "REG002", "REG004", "REG007"}


def rows(output: str) -> list[tuple[str, str, str, str]]:
    result = []
    for line in output.splitlines():
        where, rest = line.split(": ", 1)
        _, l, c = where.rsplit(":", 2)
        code, message = rest.split(" ", 1)
        result.append((l, c, code, message))
    return result


def _seed_as(tmp_path: Path, suffix: str) -> Path:
    import pypandoc

    paragraphs = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    source = "".join(f"<p>{html.escape(p)}</p>\n" for p in paragraphs)
    target = tmp_path / f"ppre-1775{suffix}"
    pypandoc.convert_text(source, suffix.lstrip("."), format="html", outputfile=str(target))
    return target


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_word_and_odt_drafts_give_the_same_findings(tmp_path: Path, amend, suffix: str) -> None:
    (tmp_path / ".git").mkdir()
    target = _seed_as(tmp_path, suffix)
    plain = tmp_path / "ppre-1775.txt"
    plain.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    word = amend("check", "--format", "concise", target.name, cwd=tmp_path)
    text = amend("check", "--format", "concise", plain.name, cwd=tmp_path)
    assert word.exit_code == text.exit_code == 1, word.output
    assert {code for _, _, code, _ in rows(word.stdout)} >= TEXT_FINDINGS
    assert sorted((code, msg) for _, _, code, msg in rows(word.stdout)) == \
        sorted((code, msg) for _, _, code, msg in rows(text.stdout))


def test_markdown_draft(tmp_path: Path, amend) -> None:
    (tmp_path / ".git").mkdir()
    draft = tmp_path / "projet.md"
    draft.write_text("# Proposition de résolution européenne\n\nrelative à la protection des enfants,\n\n"
                     "Article unique\n\nL’Assemblée nationale,\n\nVu l’article 88‑4 de la Constitution,\n\n"
                     "Vu le règlement (UE) n° 2016/679,\n\nConsidérant que l'Union agit ;\n\n"
                     "1. Demande au Gouvernement d’agir.\n", encoding="utf-8")
    out = amend("check", "--format", "concise", "projet.md", cwd=tmp_path)
    found = rows(out.stdout)
    assert ("11", "17", "CIT001") in {(l, c, code) for l, c, code, _ in found}
    assert ("13", "18", "TYP004") in {(l, c, code) for l, c, code, _ in found}
    assert out.exit_code == 1


def test_unreadable_word_file_is_refused_cleanly(tmp_path: Path, amend) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "faux.docx").write_bytes(b"ceci n'est pas un docx")
    out = amend("check", "--format", "concise", "faux.docx", cwd=tmp_path)
    assert out.exit_code == 1 and "IO006" in out.stdout and "Traceback" not in out.output


# -- property: a YAML draft and its printed plain text give the same findings on the same text ---

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

PIECES = ["le règlement (UE) n° 2016/679", "la directive 2011/93/EU", "l'article 341 de la Constitution",
          "la loi n°2022‑300 du 2 mars 2021", "du 8novembre 2001", "n°  25", "la 2ème lecture",
          "l’Assemblée Nationale", "COM (2020) 381 final", "le 31 avril 2023", "le règlement (UE) 2022/868",
          "la directive 2002/58/CE", "et", "notamment", "de l’Union européenne", "Etat membre"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(visas=st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map(" ".join),
                      min_size=1, max_size=4),
       quoted=st.booleans())
def test_yaml_and_plain_text_agree(tmp_path: Path, visas: list[str], quoted: bool) -> None:
    import json

    from amend.check.pipeline import check_paths

    (tmp_path / ".git").mkdir(exist_ok=True)
    items = "".join(f"    - {json.dumps(v, ensure_ascii=False) if quoted else v}\n" for v in visas
                    if quoted or not v.startswith(("'", "n°")))
    yaml_text = ("type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas:\n"
                 f"    - l’article 88‑4 de la Constitution\n{items}  points: [Demande au Gouvernement d’agir]\n")
    contents = ["l’article 88‑4 de la Constitution"] + [v for v in visas if quoted or not v.startswith(("'", "n°"))]
    plain_text = ("PROPOSITION DE RÉSOLUTION EUROPÉENNE\n\nrelative à X\n\nArticle unique\n\n"
                  "L’Assemblée nationale,\n\n" + "".join(f"Vu {c},\n\n" for c in contents)
                  + "1. Demande au Gouvernement d’agir.\n")
    yaml_file, plain_file = tmp_path / "t.yaml", tmp_path / "t.txt"
    yaml_file.write_text(yaml_text, encoding="utf-8")
    plain_file.write_text(plain_text, encoding="utf-8")

    def seen(path: Path) -> list[tuple[str, str, str]]:
        lines = path.read_text(encoding="utf-8").splitlines()
        return sorted((d.code, d.message, lines[d.line - 1][d.column - 1:d.end_column - 1])
                      for d in check_paths([path], tmp_path).diagnostics
                      if not d.code.startswith(("STR", "SCH", "RED")))

    assert seen(yaml_file) == seen(plain_file)
