"""French legal citations (domain-rules.md § 4): lois, lois organiques et constitutionnelles,
ordonnances, décrets (« loi n° 2022-300 du 2 mars 2022 »), articles of codes (« article L. 34-1
du code des postes et des communications électroniques »), of the Constitution, of the Règlement
of the Assemblée nationale and of the Sénat, and resolutions (« résolution européenne n° 1395 du
15 juin 2023 ») — with their offsets."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from amend import data
from amend.citations.dates import FrenchDate, from_match
from amend.citations.patterns import compiled, date_at, normalise

FR_ACT = (r"(?<![\w])(?P<kind>[Ll]oi(?: (?:organique|constitutionnelle))?|[Oo]rdonnance|[Dd]écret)"
          r" (?P<no>n[°º] ?|N° ?)(?P<number>(?P<ny>\d{4}|\d{2})(?P<h>-)?(?P<nn>\d{1,4}))(?![\d-])"
          )
_FR_TITLE = (r" (?:relative?s?|visant|portant|pour|tendant|de|d['’]|sur|autorisant|ratifiant|"
             r"modifiant|habilitant|instituant|organique)\b")
CODE_ARTICLE = (r"(?<![\w])(?P<word>[Aa]rticles?) (?:(?P<part>L\. ?O\.|LO|L\.|R\.|D\.|A\.|R\*|L|R|D)"
                r"(?P<gap> ?))?(?P<num>\d+(?:-\d+)*)(?: (?:[A-Z]|bis|ter|quater|quinquies|sexies|septies|"
                r"octies|nonies|decies))? d[ue] (?P<code>[Cc]ode [^,;.)]+)")
CONSTITUTION = (r"(?<![\w])[Aa]rticles? (?P<art>1er|\d{1,4}(?:-\d{1,2})?)(?P<more>(?:(?:, | et )"
                r"(?:\d{1,3}(?:-\d{1,2})?))*) de la (?P<word>[Cc]onstitution)\b")
ASSEMBLY_RULES = (r"(?<![\w])[Aa]rticles? (?P<art>\d{1,3}(?:-\d{1,2}){0,2}(?: (?:bis|ter|quater|"
                  r"quinquies|sexies|septies|octies|nonies|decies))?)(?: \w+)?(?: \w+)? du "
                  r"(?P<word>[Rr]èglement)(?P<of> de l['’]Assemblée nationale| du Sénat)?(?![\w(])")
RESOLUTION = r"(?<![\w])[Rr]ésolution(?: européenne)? (?P<no>n[°º] ?)(?P<num>\d{1,5})"


@lru_cache(maxsize=1)
def constitution_articles() -> frozenset[str]:
    """Articles of the Constitution of 4 October 1958 in force, as cited (« 1er », « 34-1 »):
    ``amend/data/constitution.json``, read on first use."""
    return frozenset(data.load("constitution.json")["articles"])


class FrenchAct(NamedTuple):
    start: int
    end: int
    text: str
    kind: str
    """« loi », « loi organique », « loi constitutionnelle », « ordonnance », « décret »."""
    no: str
    number: str
    number_start: int
    year_digits: str | None
    hyphen: bool
    serial: str | None
    date: FrenchDate | None
    has_title: bool


class Article(NamedTuple):
    kind: str
    """``code``, ``constitution``, ``reglement`` (of an assembly)."""
    start: int
    end: int
    text: str
    number: str
    number_start: int
    word: str
    """The word as written: « Constitution », « code civil », « Règlement »."""
    word_start: int
    extra: str = ""
    """For codes: the part letter as written (« L. », « L », « L.O. »); for Règlements:
    « de l’Assemblée nationale », « du Sénat » or ""."""
    others: tuple[tuple[str, int], ...] = ()
    """Further article numbers in the same citation (« articles 2, 3 et 6 »), with offsets."""


def find_french_acts(text: str) -> list[FrenchAct]:
    if not any(word in text for word in ("oi ", "oi\u00a0", "rdonnance", "écret")):
        return []
    norm = normalise(text)
    result = []
    for m in compiled(FR_ACT).finditer(norm):
        date, end = _date_after(norm, text, m.end())
        title = compiled(_FR_TITLE).match(norm, end)
        if title is not None:
            end = title.end()
        result.append(FrenchAct(
            start=m.start(), end=end, text=text[m.start():end], kind=m.group("kind").lower(),
            no=m.group("no"), number=m.group("number"), number_start=m.start("number"),
            year_digits=m.group("ny"), hyphen=bool(m.group("h")), serial=m.group("nn"), date=date,
            has_title=title is not None))
    return result


def _date_after(norm: str, text: str, pos: int) -> tuple[FrenchDate | None, int]:
    """The « du 2 mars 2022 » that follows a number at ``pos``, and where it ends."""
    if not norm.startswith(" du ", pos):
        return None, pos
    m = date_at().match(norm, pos + 4)
    if m is None:
        return None, pos
    found = from_match(m)
    return FrenchDate(found.start, m.end("y"), text[found.start:m.end("y")], found.day, found.month,
                      found.year), m.end()


def find_articles(text: str) -> list[Article]:
    if "rticle" not in text:
        return []
    norm = normalise(text)
    result = []
    for m in (compiled(CONSTITUTION).finditer(norm) if "onstitution" in text else ()):
        others = tuple((text[m.start("more") + n.start():m.start("more") + n.end()],
                        m.start("more") + n.start())
                       for n in compiled(r"\d{1,3}(?:-\d{1,2})?").finditer(m.group("more") or ""))
        result.append(Article("constitution", m.start(), m.end(), text[m.start():m.end()],
                              text[m.start("art"):m.end("art")], m.start("art"), m.group("word"),
                              m.start("word"), others=others))
    for m in (compiled(CODE_ARTICLE).finditer(norm) if "ode " in text else ()):
        result.append(Article("code", m.start(), m.end(), text[m.start():m.end()],
                              text[m.start("num"):m.end("num")],
                              m.start("part") if m.group("part") else m.start("num"),
                              m.group("code").strip(), m.start("code"),
                              extra=(m.group("part") or "") + (m.group("gap") or "")))
    for m in (compiled(ASSEMBLY_RULES).finditer(norm) if "èglement" in text else ()):
        result.append(Article("reglement", m.start(), m.end(), text[m.start():m.end()],
                              text[m.start("art"):m.end("art")], m.start("art"), m.group("word"), m.start("word"),
                              extra=(m.group("of") or "").strip()))
    result.sort(key=lambda a: a.start)
    return result


class Resolution(NamedTuple):
    start: int
    end: int
    text: str
    number: int
    date: FrenchDate | None


def find_resolutions(text: str) -> list[Resolution]:
    if "ésolution" not in text:
        return []
    norm = normalise(text)
    result = []
    for m in compiled(RESOLUTION).finditer(norm):
        date, end = _date_after(norm, text, m.end())
        result.append(Resolution(m.start(), end, text[m.start():end], int(m.group("num")), date))
    return result
