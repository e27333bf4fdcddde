"""Typography checks (TYP): see ``amend/data/rules/typography.yaml`` for the rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

from amend import data
from amend.check.context import Context
from amend.citations.patterns import compiled, date_at
from amend.core.french import MONTHS
from amend.rules import (TYP001, TYP002, TYP003, TYP004, TYP005, TYP006, TYP007, TYP008, TYP009,
                         TYP010, TYP011, TYP012, TYP013, TYP014)
from amend.rules.base import Finding, Segment

_DATA = data.load("typography.json")
INSTITUTIONS: dict[str, str] = dict(_DATA["institutions"])
"""Institution names capitalised beyond their first word, and how they are written (TYP009);
from ``amend/data/typography.json``."""
ACCENTED: dict[str, str] = dict(_DATA["accented"])
"""Capitals written without their accent, and the accented word (TYP005); same file."""
_CAPITALISED = {word for name in INSTITUTIONS for word in re.findall(r"[A-ZÀ-Ý]\w*", name)[1:]}
"""The capitalised words after the first of each name (« Nationale », « Européenne », « Etat »):
a line holding none of them cannot hold a miscapitalised institution (cheap test first)."""
ORDINALS = {"ère": "re", "ere": "re", "ème": "e", "eme": "e", "è": "e", "ième": "e", "ieme": "e"}

_SP = "[ \u00a0\u202f]"
# Every pattern is linear on a long line: a run of digits or spaces that may open a match is read
# from its start only (``(?<!\d)``, ``(?<!{_SP})``) and possessively (``++``), never again from
# each of its characters.
_PATTERNS = {
    "no_glued": r"(?P<no>n[°º])(?=\d)",
    "double": r"[ \u00a0\u202f]{2,}",
    "ordinal": r"(?<!\d)(?P<n>\d++)(?P<suffix>ère|ere|ème|eme|ième|ieme|è)\b",
    "ordinal_gap": rf"(?P<n>1){_SP}(?P<suffix>er|re)\b|(?<!\d)(?P<n2>\d++){_SP}(?P<s2>e)\b(?![’'])",
    "apostrophe": r"'(?=[A-Za-zÀ-ÿ])",
    "accent": r"(?:" + "|".join(ACCENTED) + r")\b",
    "a_grave": rf"A(?={_SP}(?:l[’']|la\b|au\b|aux\b|cet|ce\b|cette|compter|défaut|partir|titre))",
    "space_punct": rf"(?<!{_SP}){_SP}++(?P<p>[,.])(?=\s|$|[^\d.])",
    "glued_year": r"(?:1[89]|20)\d\d(?=[a-zà-ÿ]{3,})",
    "day_before": rf"(?:\d{{1,2}}|1er){_SP}+$",
    "institution": "|".join(k.replace("’", "[’']") for k in INSTITUTIONS),
    "dash": r" - (?=\w)",
    "capitals": r"(?:" + "|".join(sorted(_CAPITALISED)) + r")\b",
    "paren": rf"\({_SP}++|(?<!{_SP}){_SP}++\)",
    "thousands": r"\d{1,3}(?:\.\d{3}){2,}+(?![\d.])|\d{1,3}\.\d{3}(?= ?(?:€|euros|habitants|personnes|victimes))",
}


_DIGITS = "0123456789"
_LOWER = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿ,"


class _Lazy(dict):
    """Patterns compiled on first use: most lines need only a few of them."""

    def __missing__(self, name: str):
        pattern = self[name] = compiled(_PATTERNS[name])
        return pattern


_LAZY = _Lazy()


def P() -> dict:
    return _LAZY


def _after_word(text: str, start: int) -> bool:
    """Whether ``start`` follows a letter or digit (the match is not at the start of a word)."""
    return start > 0 and text[start - 1].isalnum()


def check_typography(segment: Segment, context: Context) -> Iterator[Finding]:
    """Each rule runs only when the characters it needs are in the text (cheap ``in`` tests
    first: most lines trigger none of them)."""
    text = segment.text
    p = P()
    if "n°" in text or "nº" in text:
        for m in p["no_glued"].finditer(text):
            if not _after_word(text, m.start()):
                yield Finding(TYP001, segment, m.start(), m.end() + 1, fix=m.group("no") + " " + text[m.end()])
    for m in p["double"].finditer(text):
        if m.start() == 0 or m.end() == len(text) or text[m.start() - 1].isspace():
            continue
        yield Finding(TYP002, segment, m.start(), m.end(), f"{TYP002.message} ({m.end() - m.start()})",
                      fix=next((c for c in m.group(0) if c != " "), " "))
    if any(d in text for d in _DIGITS):
        yield from _numbers(segment, text, p)
    if "'" in text:
        for m in p["apostrophe"].finditer(text):
            if m.start() > 0 and text[m.start() - 1].isalpha():
                yield Finding(TYP004, segment, m.start(), m.end(), fix="’")
    if "E" in text:
        for m in p["accent"].finditer(text):
            if not _after_word(text, m.start()):
                yield Finding(TYP005, segment, m.start(), m.end(),
                              f"{TYP005.message} : « {ACCENTED[m.group(0)]} »")
    if text.startswith("A ") or ". A " in text or text.startswith("A\u00a0"):
        for m in p["a_grave"].finditer(text):
            before = m.start()  # back over the spaces only, not a copy of the whole prefix
            while before > 0 and text[before - 1] in " \u00a0\u202f":
                before -= 1
            if not before or text[before - 1] in ".!?":
                yield Finding(TYP005, segment, m.start(), m.end(), f"{TYP005.message} : « À »")
    if " ," in text or " ." in text or "\u00a0," in text or "\u00a0." in text:
        for m in p["space_punct"].finditer(text):
            if m.start() == 0 or text[m.start() - 1].isspace():
                continue
            if text[m.start("p"):m.start("p") + 3] == "...":
                continue
            yield Finding(TYP006, segment, m.start(), m.end(), fix=m.group("p"))
    if p["capitals"].search(text):
        for m in p["institution"].finditer(text):
            right = INSTITUTIONS.get(m.group(0)) or INSTITUTIONS.get(m.group(0).replace("'", "’"))
            yield Finding(TYP009, segment, m.start(), m.end(), f"{TYP009.message} : « {right} »")
    if " - " in text:
        for m in p["dash"].finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                yield Finding(TYP011, segment, m.start(), m.end(), fix=" – ")
    if "( " in text or " )" in text or "(\u00a0" in text or "\u00a0)" in text or "\u202f)" in text:
        for m in p["paren"].finditer(text):
            if m.group(0)[0] != "(" and (m.start() == 0 or text[m.start() - 1].isspace()):
                continue
            yield Finding(TYP012, segment, m.start(), m.end(), fix=m.group(0).strip(" \u00a0\u202f"))
    if "N°" in text:
        for i in _occurrences(text, "N°"):
            if i >= 2 and text[i - 2] in _LOWER and text[i - 1] in " \u00a0\u202f":
                yield Finding(TYP014, segment, i, i + 2, fix="n°")


def _occurrences(text: str, needle: str) -> Iterator[int]:
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def _numbers(segment: Segment, text: str, p: dict) -> Iterator[Finding]:
    if "è" in text or "ere" in text or "eme" in text:
        for m in p["ordinal"].finditer(text):
            if _after_word(text, m.start()):
                continue
            n, suffix = m.group("n"), m.group("suffix")
            right = ("1re" if n == "1" and suffix in ("ère", "ere") else
                     "1er" if n == "1" and suffix == "è" else f"{n}{ORDINALS[suffix]}")
            yield Finding(TYP003, segment, m.start(), m.end(), f"{TYP003.message} : « {right} »", fix=right)
    if any(gap in text for gap in ("1 er", "1 re", "1\u00a0er", "1\u00a0re", " e ", "\u00a0e ")):
        for m in p["ordinal_gap"].finditer(text):
            if _after_word(text, m.start()):
                continue
            n = m.group("n") or m.group("n2")
            suffix = m.group("suffix") or m.group("s2")
            if m.group("n2") and not _ordinal_context(text, m.end()):
                continue
            yield Finding(TYP003, segment, m.start(), m.end(), f"{TYP003.message} : « {n}{suffix} »",
                          fix=f"{n}{suffix}")
    months = [month for month in MONTHS if month in text]
    for month in months:
        for i in _occurrences(text, month):
            if i > 0 and text[i - 1].isdigit() and not text[i + len(month):i + len(month) + 1].isalpha():
                yield Finding(TYP007, segment, i - 1, i + 1,
                              f"espace manquante entre « {text[i - 1]} » et le mois",
                              fix=text[i - 1] + " " + text[i])
    for month in months:
        for i in _occurrences(text, month):
            day = p["day_before"].search(text, max(0, i - 8), i)
            if day is None:
                continue
            m = date_at().match(text, day.start())
            if m is not None and not _after_word(text, m.start()):
                yield from _dates(segment, m)
    for m in p["glued_year"].finditer(text):
        if not _after_word(text, m.start()):
            yield Finding(TYP007, segment, m.end() - 1, m.end() + 1, fix=text[m.end() - 1] + " " + text[m.end()])
    done = -1
    for i in _occurrences(text, "."):
        if i <= done or i == 0 or not text[i - 1].isdigit() or not text[i + 1:i + 4].isdigit():
            continue
        start = i - 1
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        if start > 0 and text[start - 1] in ",.":
            continue  # tested before matching: « 1.234.234.… » is then read once, not per dot
        m = p["thousands"].match(text, start)
        if m is not None:
            done = m.end()
            yield Finding(TYP013, segment, m.start(), m.end())


def _ordinal_context(text: str, end: int) -> bool:
    """« 15 e » is an ordinal only before a word such as « lecture », « législature », « siècle »."""
    rest = text[end:end + 16].lstrip(" \u00a0\u202f")
    return rest.startswith(("lecture", "législature", "siècle", "session", "alinéa", "arrondissement",
                            "République", "rang", "étape", "édition"))


def _dates(segment: Segment, m) -> Iterator[Finding]:
    import datetime as _dt

    day_text = m.group("d")
    day = 1 if day_text == "1er" else int(day_text)
    month = MONTHS.index(m.group("m")) + 1
    try:
        _dt.date(int(m.group("y")), month, day)
    except ValueError:
        yield Finding(TYP008, segment, m.start(), m.end(), f"{TYP008.message} : « {m.group(0)} »")
        return
    if day_text == "1":
        yield Finding(TYP010, segment, m.start("d"), m.end("d"), f"{TYP010.message} : « 1er »", fix="1er")
    elif day_text.startswith("0"):
        yield Finding(TYP010, segment, m.start("d"), m.end("d"),
                      f"{TYP010.message} : « {day_text[1:]} »", fix=day_text[1:])


SEGMENT_CHECKS = (check_typography,)
TEXT_CHECKS = ()
