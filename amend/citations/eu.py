"""EU acts in every era's form, with their parts and offsets (domain-rules.md § 3.1–3.2).

Since 1 January 2015: « règlement (UE) 2016/679 », « directive (UE) 2016/680 », « décision (PESC)
2019/797 », « règlement délégué (UE) 2015/281 ». Before: « règlement (CE) n° 1049/2001 »,
« directive 2002/58/CE », « décision-cadre 2004/68/JAI », « décision n° 284/2010/UE »,
two-digit years before 1999 (« directive 95/46/CE »), domains (CEE)/(CE)/(UE)/(Euratom)/(CECA).

The parser is deliberately lenient: it also recognises the *wrong* forms (« règlement (UE)
n° 2016/679 », « règlement (UE) 679/2016 », « directive 2016/680 », « 2011/93/EU ») so that the
rules can say what is wrong. :class:`EUAct` records what was written; :attr:`EUAct.form` says
which shape it has.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from amend.citations.dates import FrenchDate, from_match
from amend.citations.patterns import EU_AUTHORS, compiled, date_at, normalise

CELEX_LETTER = {"règlement": "R", "directive": "L", "décision": "D", "décision-cadre": "F"}
ENGLISH_DOMAINS = {"EU": "UE", "EC": "CE", "EEC": "CEE", "ECSC": "CECA", "CFSP": "PESC"}

_DOM1 = r"(?:CEE|CECA|CE|UE|Euratom|EURATOM|PESC|JAI|ECSC|EEC|EC|EU|CFSP)"
_DOMAIN = _DOM1 + r"(?:, ?" + _DOM1 + r"){0,3}"
_TITLE = (r" (?:relatif|relative|relatifs|relatives|portant|concernant|établissant|modifiant|"
          r"fixant|sur|visant|instituant|abrogeant|complétant|prévoyant|définissant|mettant|"
          r"remplaçant|en ce qui concerne|au sujet)\b")
"""How a title begins; it runs to the next « ; », « ( », « ) » or line break (:func:`_title_end`)."""

_ACT = (
    r"(?<![\w-])(?P<type>[Rr]èglement|[Dd]irective|[Dd]écision-cadre|[Dd]écision)"
    r"(?P<qual> (?:délégu[ée]e?|d['’]exécution))?"
    r"(?: (?P<pdom>\((?:" + _DOMAIN + r")\)))?"
    r" (?P<no>n[°º] ?|no |n ° ?|N° ?)?"
    r"(?P<a>\d{1,5})/(?P<b>\d{1,5})(?:/(?P<sdom>" + _DOMAIN + r"))?(?![\w/])"
)
"""The number; what follows it (authors, date, title) is read by :func:`_tail`."""


class EUAct(NamedTuple):
    start: int
    end: int
    """End of the whole citation (title included, when present)."""
    source: str
    """The text the act was found in: :attr:`text` and :attr:`title` are read from it when asked
    for, so that a long title is not copied for each act cited inside it."""
    type: str
    """« règlement », « directive », « décision », « décision-cadre » (lower case)."""
    capitalised: bool
    qualifier: str | None
    domain: str | None
    """As written, without brackets: « UE », « CE », « UE, Euratom », « EU »."""
    domain_in_brackets: bool
    year: int | None
    year_digits: int
    serial: int | None
    form: str
    """``new`` (type (dom) AAAA/N), ``old_reg`` (type (dom) n° N/AAAA), ``year_first``
    (type AAAA/N/DOM), ``number_first`` (décision n° N/AAAA/DOM), ``inverted`` ((UE) N/AAAA
    without n°, year ≥ 2015), ``bare`` (no domain at all: « directive 2016/680 »)."""
    no: str | None
    """The « n° » as written (with its spacing), or ``None``."""
    number_start: int
    number_end: int
    authors: str | None
    date: FrenchDate | None
    title_start: int | None
    title_end: int | None
    commas: tuple[int, ...]
    """Offsets of commas between the elements of the title (« 2002/58/CE, du 12 juillet 2002, »)."""

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]

    @property
    def title(self) -> str | None:
        if self.title_start is None:
            return None
        return self.source[self.title_start:self.title_end].rstrip(" ,")

    @property
    def key(self) -> str | None:
        """A stable identity: the CELEX number this citation points at (« 32016R0679 »)."""
        if self.year is None or self.serial is None:
            return None
        return f"3{self.year}{CELEX_LETTER[self.type]}{self.serial:04d}"

    @property
    def number(self) -> str:
        """The number as it should be written (« (UE) 2016/679 », « 2002/58/CE »)."""
        return canonical_number(self.type, self.year, self.serial, self.domain, self.form)

    @property
    def date_value(self) -> _dt.date | None:
        return self.date.value if self.date else None


def full_year(digits: str) -> int:
    value = int(digits)
    if len(digits) <= 2:
        return 1900 + value if value >= 50 else 2000 + value
    return value


def _looks_like_year(digits: str) -> bool:
    return len(digits) == 2 or (len(digits) == 4 and 1950 <= int(digits) <= 2099)


def canonical_number(type_: str, year: int | None, serial: int | None, domain: str | None,
                     form: str = "") -> str:
    """How the number of such an act is written in French (ISG 1.2.2)."""
    if year is None or serial is None:
        return ""
    dom = ", ".join(ENGLISH_DOMAINS.get(d.strip(), d.strip()) for d in (domain or "UE").split(","))
    if year >= 2015:
        return f"({dom}) {year}/{serial}"
    y = str(year)[2:] if year < 1999 else str(year)
    if form == "number_first":
        return f"n° {serial}/{y}/{dom}"
    if type_ == "règlement":
        return f"({dom}) n° {serial}/{y}"
    return f"{y}/{serial}/{dom}"


def _tail(norm: str, pos: int, stops: list[int]) -> dict:
    """Authors, date and title after an act's number (ISG 3.2.1 order), and stray commas."""
    tail: dict = {"c1": None, "c2": None, "c3": None, "auth": None, "date": None, "title": None}
    if norm.startswith(",", pos):
        tail["c1"], pos = pos, pos + 1
    for author in EU_AUTHORS:
        if norm.startswith(" " + author, pos):
            tail["auth"], pos = (pos + 1, pos + 1 + len(author)), pos + 1 + len(author)
            break
    if norm.startswith(",", pos):
        tail["c2"], pos = pos, pos + 1
    if norm.startswith(" du ", pos):
        m = date_at().match(norm, pos + 4)
        if m is not None:
            tail["date"], pos = m, m.end()
    if norm.startswith(",", pos):
        tail["c3"], pos = pos, pos + 1
    m = compiled(_TITLE).match(norm, pos)
    if m is not None:
        end = _title_end(norm, m.end(), stops)
        tail["title"], pos = (m.start() + 1, end), end
    tail["end"] = pos
    return tail


def _title_end(norm: str, pos: int, stops: list[int]) -> int:
    """The next « ; », « ( », « ) » or line break from ``pos`` (or the end of ``norm``).

    ``stops`` holds the last search, ``[from, found]``: the acts cited inside one title share its
    end, which is then looked for once, not once per act (linear time on a long title)."""
    if stops and stops[0] <= pos <= stops[1]:
        return stops[1]
    m = compiled(r"[;()\n]").search(norm, pos)
    stops[:] = [pos, m.start() if m else len(norm)]
    return stops[1]


def find_eu_acts(text: str) -> list[EUAct]:
    """Every EU act cited in ``text``, in order, with its parts and offsets."""
    norm = normalise(text)
    result: list[EUAct] = []
    pattern = compiled(_ACT)
    position = 0
    stops: list[int] = []
    while True:
        m = pattern.search(norm, position)
        if m is None:
            return result
        result.append(_act(m, text, norm, stops))
        # go on after the number, not after the title: a title may cite other acts
        position = m.end("b")


def _act(m, original: str, norm: str, stops: list[int]) -> EUAct:
    type_ = m.group("type").lower()
    a, b = m.group("a"), m.group("b")
    pdom = m.group("pdom")
    sdom = m.group("sdom")
    no = m.group("no")
    domain = pdom[1:-1] if pdom else sdom
    if pdom:
        if no and len(a) == 4 and _looks_like_year(a) and int(a) >= 2015 and not (
                len(b) == 4 and _looks_like_year(b)) and domain not in ("CE", "CEE", "CECA", "EC", "EEC"):
            form, year_s, serial_s = "new", a, b
        elif no:
            form, serial_s, year_s = "old_reg", a, b
        elif _looks_like_year(a) and len(a) == 4 and not (_looks_like_year(b) and len(b) == 4
                                                          and int(b) >= 2015 and int(a) < 2015):
            form, year_s, serial_s = "new", a, b
        elif _looks_like_year(b):
            year_s, serial_s = b, a
            form = "inverted" if full_year(b) >= 2015 else "old_reg"
        else:
            form, year_s, serial_s = "new", a, b
    elif sdom:
        if no and not _looks_like_year(a):
            form, serial_s, year_s = "number_first", a, b
        else:
            form, year_s, serial_s = "year_first", a, b
    else:
        form = "bare"
        if no or (_looks_like_year(b) and not _looks_like_year(a)):
            serial_s, year_s = a, b
        else:
            year_s, serial_s = a, b
    tail = _tail(norm, m.end(), stops)
    found = tail["date"]
    date = None
    if found is not None:
        day = from_match(found)
        date = FrenchDate(day.start, found.end("y"), original[day.start:found.end("y")], day.day,
                          day.month, day.year)
    title = tail["title"]
    # a comma is an error only between two elements of the title (« 2002/58/CE, du 12 juillet
    # 2002, concernant »), not before running text (« 2017/1939, sur la base de … »)
    commas = tuple(tail[g] for g, follows in (("c1", tail["auth"] or found),
                                              ("c2", found), ("c3", found and title))
                   if tail[g] is not None and follows)
    end = tail["end"]
    return EUAct(
        start=m.start("type"), end=end, source=original, type=type_,
        capitalised=m.group("type")[0].isupper(), qualifier=(m.group("qual") or "").strip() or None,
        domain=domain, domain_in_brackets=bool(pdom), year=full_year(year_s),
        year_digits=len(year_s), serial=int(serial_s), form=form, no=no,
        number_start=m.start("pdom") if pdom else (m.start("no") if no else m.start("a")),
        number_end=m.end("sdom") if sdom else m.end("b"),
        authors=norm[tail["auth"][0]:tail["auth"][1]] if tail["auth"] else None, date=date,
        title_start=title[0] if title else None, title_end=title[1] if title else None,
        commas=commas)
