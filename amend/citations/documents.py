"""EU documents and references other than acts (domain-rules.md § 3.3–3.5): Commission documents
(COM/SEC/SWD/JOIN), interinstitutional procedures, European Parliament references, CJEU cases,
ECLI, CELEX and ELI — each found with its offsets and decomposed into named parts."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from amend import data
from amend.citations.patterns import compiled, normalise

# The spaces around the « - » of ``sep`` are read possessively: given back one by one, each of them
# was tried again as the start of the second run (quadratic time on « COM » and many spaces).
COM_ANY = (r"(?<![\w])(?P<series>COM|SEC|SWD|JOIN)(?P<sep> *+-? *+)(?P<ob>[(\[/])(?P<pad1> *)"
           r"(?P<year>\d{4}|\d{2})(?P<pad2> *)(?P<cb>[)\]/])(?P<sp> *)(?P<num>\d{1,4})"
           r"(?P<final> final(?:/\d)?)?(?![\w])")
PROCEDURE = (r"(?<![\w/])(?P<year>\d{4})/(?P<num>\d{4}) ?\((?P<type>COD|CNS|APP|NLE|INI|INL|BUD|"
             r"DEC|RSP|ACI|SYN|COS|AVC)\)")
EP_REPORT = r"(?<![\w])A(?P<term>\d{1,2})-(?P<num>\d{4})/(?P<year>\d{4})(?![\w])"
EP_TEXT = r"(?<![\w])P(?P<term>\d{1,2})_TA(?:-PROV)?\((?P<year>\d{4})\)(?P<num>\d{4})(?![\w])"
CASE = r"(?<![\w-])(?P<court>[CTF])-(?P<num>\d{1,4})/(?P<yy>\d{2})(?: P)?(?![\w/])"
ECLI = r"\bECLI:(?P<cc>[A-Z]{2}):(?P<court>[A-Z0-9]{1,7}):(?P<year>\d{4}):(?P<ord>[A-Za-z0-9.]{1,25})\b"
CELEX = (r"(?<![\w])(?P<sector>[0-9CE])(?P<year>(?:19|20)\d{2})(?P<desc>[A-Z]{1,2})(?P<num>\d{4})"
         r"(?:\((?P<sub>\d{2})\))?(?:R\((?P<corr>\d{2})\))?(?![\w])")
ELI_EU = (r"https?://data\.europa\.eu/eli/(?P<type>reg|dir|dec)(?:_(?:impl|del))?/(?P<year>\d{4})/"
          r"(?P<num>\d+)/oj\b")
ELI_FR = (r"(?:https?://(?:www\.)?)?legifrance\.gouv\.fr/eli/(?P<type>loi|ordonnance|decret|arrete|constitution)/(?P<y>\d{4})/"
          r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<id>[0-9]{4}-\d+|[A-Z]{4}\d{7}[A-Z])/jo/(?:texte|article_\w+)")

_NEEDLES = {"com": ("COM", "SEC", "SWD", "JOIN"), "procedure": ("(",), "pe_rapport": ("A",),
            "pe_texte": ("_TA",), "affaire": ("C-", "T-", "F-"), "ecli": ("ECLI:",),
            "celex": ("19", "20"), "eli_ue": ("/eli/",), "eli_fr": ("/eli/",)}
"""Substrings without which a kind of reference cannot be in a (normalised) text."""


@lru_cache(maxsize=1)
def ep_terms() -> dict[int, tuple[int, int]]:
    """Years covered by each term of the European Parliament (a term starts and ends in July):
    ``amend/data/european-parliament.json``, read on first use."""
    return {int(term): (first, last)
            for term, (first, last) in data.load("european-parliament.json")["terms"].items()}


_KINDS = (("com", COM_ANY), ("procedure", PROCEDURE), ("pe_rapport", EP_REPORT),
          ("pe_texte", EP_TEXT), ("affaire", CASE), ("ecli", ECLI), ("celex", CELEX),
          ("eli_ue", ELI_EU), ("eli_fr", ELI_FR))


class Reference(NamedTuple):
    kind: str
    """``com``, ``procedure``, ``pe_rapport``, ``pe_texte``, ``affaire``, ``ecli``, ``celex``,
    ``eli_ue``, ``eli_fr``."""
    start: int
    end: int
    text: str
    parts: dict[str, str]

    @property
    def well_formed(self) -> bool:
        """For COM references: « COM(2022) 209 final » exactly (ISG annex C)."""
        if self.kind != "com":
            return True
        p = self.parts
        if p["ob"] == "/" and p["cb"] == "/" and not p["sp"]:
            return True  # EUR-Lex metadata form « COM/2022/209 final », accepted as input
        return (p["sep"] == "" and p["ob"] == "(" and p["cb"] == ")" and not p["pad1"]
                and not p["pad2"] and p["sp"] == " " and (len(p["year"]) == 4) == (self.year >= 1998))

    @property
    def year(self) -> int:
        y = self.parts.get("year") or self.parts.get("y") or ""
        if len(y) == 2:
            return 1900 + int(y) if int(y) >= 50 else 2000 + int(y)
        return int(y) if y else 0

    @property
    def canonical(self) -> str:
        if self.kind == "com":
            p = self.parts
            year = str(self.year) if self.year >= 1998 else p["year"][-2:]
            return f"{p['series']}({year}) {p['num']} final"
        return self.text


def find_references(text: str, kinds: tuple[str, ...] | None = None) -> list[Reference]:
    """Every EU document reference in ``text`` (all kinds, or those in ``kinds``), in order."""
    norm = normalise(text)
    found = []
    for kind, pattern in _KINDS:
        if kinds is not None and kind not in kinds:
            continue
        if not any(needle in norm for needle in _NEEDLES[kind]):
            continue  # a cheap test first: most texts hold no reference of this kind
        for m in compiled(pattern).finditer(norm):
            parts = {k: v for k, v in m.groupdict().items() if v is not None}
            found.append(Reference(kind, m.start(), m.end(), text[m.start():m.end()], parts))
    found.sort(key=lambda r: (r.start, r.end))
    return found
