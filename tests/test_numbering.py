"""Numbering: the printed dispositif of n° 1775 must reproduce the original, line by line."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from amend.model.kinds import Kind
from amend.model.numbering import format_line, number, split_line
from amend.model.texts import read_text_file
from conftest import EXAMPLE, SEED


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def original_dispositif() -> list[str]:
    paragraphs = [normalise(p) for p in SEED.read_text(encoding="utf-8").split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    start = paragraphs.index("L’Assemblée nationale,")
    end = next(i for i, p in enumerate(paragraphs) if p.startswith("13. "))
    return paragraphs[start: end + 1]


def test_numbered_dispositif_reproduces_the_original(amend) -> None:
    result = amend("number", str(EXAMPLE))
    assert result.exit_code == 0, result.output
    printed = [normalise(re.sub(r"^\s*\d+\s{2}", "", line)) for line in result.stdout.splitlines()]
    assert printed == original_dispositif()
    numbers = [int(line.split()[0]) for line in result.stdout.splitlines()]
    assert numbers == list(range(1, 53))  # 1 opening + 33 visas + 5 considérants + 13 points


def test_counts_of_the_example() -> None:
    document = read_text_file(EXAMPLE)
    d = document.dispositif
    assert (len(d.visas), len(d.considerants), len(d.points)) == (33, 5, 13)
    alineas = number(document)
    assert normalise(alineas[13].text).startswith("Vu la directive 2002/58/CE")
    assert alineas[-1].text.endswith("au cœur du projet européen.")


def test_numbering_start_is_a_setting() -> None:
    from dataclasses import replace

    from amend.model.document import Numbering

    document = read_text_file(EXAMPLE)
    shifted = number(replace(document, numbering=Numbering(first=1, number_opening=False)))
    assert shifted[0].number is None and shifted[1].number == 1
    assert shifted[-1].number == 51


content = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1,
                  max_size=80).map(str.strip).filter(
    lambda s: s and s[-1] not in ",;.…" and not re.match(r"(?i)(vu|considérant)[ \u00a0\u202f]|\d", s))


@given(kind=st.sampled_from([Kind.VISA, Kind.CONSIDERANT, Kind.POINT]), text=content,
       index=st.integers(0, 40), last=st.booleans())
def test_split_line_inverts_format_line(kind: Kind, text: str, index: int, last: bool) -> None:
    line = format_line(kind, text, index=index, last=last)
    assert split_line(line) == (kind, text)


@given(st.lists(content, min_size=0, max_size=30), st.integers(0, 5), st.booleans())
def test_alinea_numbers_are_consecutive(points: list[str], first: int, opening: bool) -> None:
    from amend.model.document import Dispositif, Document, Line, Numbering
    from amend.model.kinds import DocType

    document = Document(type=DocType.PPRE, legislature=17, titre=Line("relative à X"),
                        dispositif=Dispositif(visas=(Line("l’article 88‑4 de la Constitution"),),
                                              points=tuple(Line(p) for p in points)),
                        numbering=Numbering(first=first, number_opening=opening))
    numbers = [a.number for a in number(document) if a.number is not None]
    assert numbers == list(range(first, first + len(numbers)))
    texts = [a.text for a in number(document) if a.kind is Kind.POINT]
    if texts:
        assert texts[-1].endswith(".") and all(t.endswith("\u00a0;") for t in texts[:-1])
        assert [int(t.split(".")[0]) for t in texts] == list(range(1, len(texts) + 1))
