"""Citation checks (CIT, COM, FRA, REG): see ``amend/data/rules/citations.yaml`` for the rules."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from amend.check.context import Context
from amend.core.french import fold_hyphens
from amend.rules import (CIT001, CIT002, CIT003, CIT004, CIT005, CIT006, CIT007, CIT008, CIT009,
                         CIT010, CIT011, CIT012, COM001, COM002, COM003, FRA001, FRA002, FRA003,
                         FRA004, FRA005, FRA006, FRA007, FRA008, REG001, REG002, REG003, REG004,
                         REG005, REG006, REG007, REG008)
from amend.rules.base import Finding, Segment

# -- parsing, once per distinct text ---------------------------------------------------------

@lru_cache(maxsize=8192)
def acts(text: str) -> tuple:
    from amend.citations.eu import find_eu_acts

    return tuple(find_eu_acts(text))


@lru_cache(maxsize=8192)
def references(text: str) -> tuple:
    from amend.citations.documents import find_references

    return tuple(find_references(text, ("com", "pe_rapport", "pe_texte")))


@lru_cache(maxsize=8192)
def french(text: str) -> tuple:
    from amend.citations.french_texts import find_articles, find_french_acts

    return tuple(find_french_acts(text)), tuple(find_articles(text))


def _sentence_start(text: str, offset: int) -> bool:
    before = offset  # back over spaces and quotes only, not a copy of the whole prefix
    while before > 0 and text[before - 1] in " \u00a0\u202f«“\"":
        before -= 1
    return not before or text[before - 1] in ".!?:…–—"


# -- EU acts ---------------------------------------------------------------------------------

def check_act_forms(segment: Segment, context: Context) -> Iterator[Finding]:
    text = segment.text
    if not any(w in text for w in ("èglement", "irective", "écision")):
        return
    for act in acts(text):
        s, e = act.number_start, act.number_end
        canon = act.number
        if act.no and act.form == "new":
            yield Finding(CIT001, segment, s, e, f"{CIT001.message} : « {act.type} {canon} »")
        elif act.no and act.form == "year_first":
            yield Finding(CIT002, segment, s, e, f"{CIT002.message} : « {act.type} {canon} »")
        elif act.form == "old_reg" and act.type == "règlement" and (not act.no or act.no.strip() == "no"):
            yield Finding(CIT003, segment, s, e, f"{CIT003.message} : « {act.type} {canon} »")
        if act.form == "inverted":
            yield Finding(CIT004, segment, s, e, f"{CIT004.message} : « {act.type} {canon} »")
        from amend.citations.eu import ENGLISH_DOMAINS

        doms = [d.strip() for d in (act.domain or "").split(",") if d.strip()]
        if act.form == "bare":
            yield Finding(CIT005, segment, s, e, f"{act.type} sans marque de domaine : « {act.type} {canon} »")
        elif any(d in ENGLISH_DOMAINS for d in doms):
            yield Finding(CIT005, segment, s, e, f"marque de domaine anglaise : « {act.type} {canon} »")
        year = act.year
        if year is not None and doms and act.form in ("year_first", "number_first", "old_reg"):
            first = ENGLISH_DOMAINS.get(doms[0], doms[0])
            if (first == "CE" and year >= 2010) or (first == "CEE" and year >= 1994) or \
                    (first == "UE" and year <= 2008):
                yield Finding(CIT006, segment, s, e,
                              f"marque « {first} » anachronique pour un acte de {year}")
        if year is not None:
            if act.form == "new" and year < 2015 and not act.no:
                yield Finding(CIT007, segment, s, e,
                              f"la forme « ({act.domain}) AAAA/N » n’existe que depuis 2015 ; en {year} : "
                              f"« {act.type} {canonical_old(act)} »")
            elif act.form in ("old_reg", "year_first", "number_first"):
                if act.year_digits == 2 and year >= 1999:
                    yield Finding(CIT007, segment, s, e, f"année sur deux chiffres après 1999 : « {act.type} {canon} »")
                elif act.year_digits == 4 and year < 1999:
                    yield Finding(CIT007, segment, s, e, f"année sur quatre chiffres avant 1999 : « {act.type} {canon} »")
        if act.capitalised and not _sentence_start(text, act.start) and segment.kind != "titre":
            yield Finding(CIT008, segment, act.start, act.start + len(act.type),
                          f"majuscule inutile : « {text[act.start:act.start + len(act.type)]} » s’écrit "
                          f"« {act.type} » dans le texte courant", fix=act.type)
        for comma in act.commas:
            yield Finding(CIT009, segment, comma, comma + 1)
        date = act.date_value
        if date and year and ((act.form == "new" and (date.year > year or year > date.year + 1)) or
                              (act.form not in ("new", "inverted") and date.year != year)):
            yield Finding(CIT010, segment, act.date.start, act.date.end,
                          f"{CIT010.message} (numéro de {year}, acte du {act.date.text})")
    if segment.kind == "visa":
        for act in acts(text):
            if is_head(text, act) and act.date is not None and act.authors is None:
                yield Finding(CIT011, segment, act.start, act.number_end)
        from amend.citations.patterns import normalise

        m = _unnumbered().match(normalise(text))
        if m:
            yield Finding(CIT012, segment, m.start("type"), m.end("type"))
    for m in _treaty_capital().finditer(text):
        if not _sentence_start(text, m.start()):
            yield Finding(CIT008, segment, m.start(), m.start() + 6,
                          f"majuscule inutile : « {text[m.start():m.start() + 6]} » s’écrit « traité » "
                          "dans le texte courant", fix="traité")


def canonical_old(act) -> str:
    from amend.citations.eu import canonical_number

    return canonical_number(act.type, act.year if act.year < 2015 else 2014, act.serial, act.domain)


def _unnumbered():
    from amend.citations.patterns import compiled

    return compiled(r"(?:le |la |l['’])(?P<type>règlement|directive|décision(?:-cadre)?)"
                    r"(?: délégu\w+| d['’]exécution)? (?:relati\w+|portant|concernant|sur|établissant|"
                    r"modifiant|visant|du Parlement|du Conseil|de la Commission)\b")


def _treaty_capital():
    from amend.citations.patterns import compiled

    return compiled(r"\bTraité (?:sur l[’'](?:Union|UE)|sur le fonctionnement)")


# -- Commission documents, European Parliament ---------------------------------------------

def check_documents(segment: Segment, context: Context) -> Iterator[Finding]:
    text = segment.text
    if "COM" not in text and "SEC" not in text and "SWD" not in text and "JOIN" not in text \
            and "A" not in text and "_TA" not in text:
        return
    from amend.citations.documents import ep_terms

    for ref in references(text):
        if ref.kind == "com":
            if not ref.well_formed:
                yield Finding(COM001, segment, ref.start, ref.end,
                              f"{COM001.message} : « {ref.canonical} »")
            elif "final" not in ref.parts:
                yield Finding(COM002, segment, ref.start, ref.end, f"{COM002.message} : « {ref.canonical} »")
        else:
            term = int(ref.parts["term"])
            span = ep_terms().get(term)
            if span and not span[0] <= ref.year <= span[1]:
                yield Finding(COM003, segment, ref.start, ref.end,
                              f"{COM003.message} ({term}e législature : {span[0]}-{span[1]}, référence de {ref.year})")


# -- French texts ------------------------------------------------------------------------------

def check_french(segment: Segment, context: Context) -> Iterator[Finding]:
    text = segment.text
    if "rticle" not in text and "n°" not in text and "nº" not in text:
        return
    from amend.citations.french_texts import constitution_articles

    french_acts, articles = french(text)
    for act in french_acts:
        if act.serial and not act.hyphen:
            yield Finding(FRA001, segment, act.number_start, act.number_start + len(act.number),
                          f"{FRA001.message} : « n° {act.year_digits}-{act.serial} » ?")
        if act.date and act.year_digits:
            written = int(act.year_digits)
            if (len(act.year_digits) == 4 and written != act.date.year) or \
                    (len(act.year_digits) == 2 and written != act.date.year % 100):
                yield Finding(FRA002, segment, act.number_start, act.number_start + len(act.number),
                              f"{FRA002.message} (n° {act.number}, texte du {act.date.text})")
        if segment.kind == "visa" and act.date and not act.has_title and \
                _nothing_after(segment.text, act.end):
            yield Finding(FRA003, segment, act.start, act.end)
    for article in articles:
        if article.kind == "constitution":
            numbers = ((article.number, article.number_start), *article.others)
            for number, start in numbers:
                norm = fold_hyphens(number)
                if norm not in constitution_articles():
                    guess = _nearest_article(norm)
                    hint = f"vouliez-vous dire l’article {guess} ?" if guess else None
                    yield Finding(FRA004, segment, start, start + len(number),
                                  f"l’article {number} de la Constitution n’existe pas"
                                  + (f" : {hint}" if hint else ""))
            if article.word[0] == "c":
                yield Finding(FRA005, segment, article.word_start, article.word_start + 12,
                              fix="Constitution")
        elif article.kind == "code":
            part = article.extra
            if part and (part.strip() in ("L", "R", "D") or part.endswith(".")):
                yield Finding(FRA006, segment, article.number_start,
                              article.number_start + len(part) + len(article.number),
                              f"{FRA006.message} : « {part.strip().rstrip('.')}. {article.number} »")
            if article.word[0] == "C" and not _sentence_start(text, article.word_start):
                yield Finding(FRA007, segment, article.word_start, article.word_start + 4, fix="code")
        elif article.kind == "reglement" and article.word[0] == "r":
            yield Finding(FRA008, segment, article.word_start, article.word_start + 9, fix="Règlement")


def _nothing_after(text: str, end: int) -> bool:
    """Whether ``text[end:].strip()`` is "", "," or ";" (read up to the first other character)."""
    i, n = end, len(text)
    while i < n and text[i].isspace():
        i += 1
    if i < n and text[i] in ",;":
        i += 1
        while i < n and text[i].isspace():
            i += 1
    return i == n


def _nearest_article(number: str) -> str | None:
    from amend.citations.french_texts import constitution_articles

    digits = number.replace("-", "")
    for candidate in sorted(constitution_articles()):
        if candidate.replace("-", "") == digits:
            return candidate.replace("-", "\u2011")
    return None


# -- registry cross-check ----------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _comparable(text: str) -> tuple[str, ...]:
    from amend.citations.registry import comparable

    return tuple(comparable(text).split())


@lru_cache(maxsize=4096)
def _bigrams(words: tuple[str, ...]) -> frozenset:
    return frozenset(pairwise(words)) or frozenset({(words[0], "")} if words else ())


def _similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Dice coefficient on word bigrams (cheap, order-aware enough for titles)."""
    if not a or not b:
        return 0.0
    ga, gb = _bigrams(a), _bigrams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb))


def _title_matches(cited: tuple[str, ...], official: tuple[str, ...]) -> bool:
    n = min(len(cited), len(official))
    return n > 0 and cited[:n] == official[:n]


def check_registry(segment: Segment, context: Context) -> Iterator[Finding]:
    if segment.kind != "visa":
        return
    found = acts(segment.text)
    if not found:
        return
    registry = context.registry
    from amend.core.french import format_date

    for act in found:
        head = is_head(segment.text, act)
        entry = registry.get(act.key)
        where = (act.start, act.number_end)
        if entry is None:
            if head:
                yield Finding(REG003, segment, *where,
                              f"{REG003.message} : « {act.type} {act.number} »")
            continue
        if not head:
            continue  # an act named inside another act's title: its « title » is not its own
        if entry.repealed_by:
            yield Finding(REG008, segment, *where, f"{entry.label} : abrogé ou remplacé par {entry.repealed_by}")
        if act.title and entry.title:
            cited = _comparable(act.title)
            if not _title_matches(cited, _comparable(entry.title)):
                other = _better_match(registry, act, entry, cited)
                if other is not None:
                    yield Finding(REG001, segment, act.title_start, act.title_start + len(act.title),
                                  f"l’intitulé cité est celui {_of(other)} : vouliez-vous dire "
                                  f"{_the(other)} ?",
                                  hint=f"{entry.label} : {entry.title}\n{other.label} : {other.title}")
                    continue
                yield Finding(REG007, segment, act.title_start, act.title_start + len(act.title),
                              f"{REG007.message} ({entry.label})", hint=f"intitulé : {entry.title}")
        if act.date and entry.date and act.date_value != entry.date:
            yield Finding(REG005, segment, act.date.start, act.date.end,
                          f"{REG005.message} : {entry.label} est du {format_date(entry.date)}")
        if act.authors and entry.authors and act.authors.replace("du PE", "du Parlement européen") \
                .replace("de la Commission européenne", "de la Commission") != entry.authors:
            yield Finding(REG006, segment, act.start, act.number_end,
                          f"{REG006.message} : {entry.label} est « {entry.authors} »")


def _the(entry) -> str:
    return ("le " if entry.type.startswith(("règlement",)) else "la ") + entry.label


def _of(entry) -> str:
    return ("du " if entry.type.startswith(("règlement",)) else "de la ") + entry.label


def _better_match(registry, act, entry, cited: tuple[str, ...]):
    """Another act of the registry whose title is the one cited (REG001), or ``None``."""
    key = (id(registry), entry.key, cited)
    if key not in _BETTER:
        _BETTER[key] = _find_better(registry, entry, cited)
    return _BETTER[key]


_BETTER: dict = {}


def _find_better(registry, entry, cited: tuple[str, ...]):
    own = _similarity(cited, _comparable(entry.title))
    best, best_score = None, 0.0
    for other in registry.entries:
        if other is entry or not other.title or other.key == entry.key:
            continue
        score = _similarity(cited, _comparable(other.title)[:len(cited) + 3])
        if score > best_score:
            best, best_score = other, score
    if best is not None and best_score >= 0.75 and best_score > own + 0.3:
        return best
    return None


def is_head(text: str, act) -> bool:
    """Whether ``act`` is what the visa cites (and not an act named inside its title)."""
    # ``text[:act.start].strip()``, without copying a long prefix for each act: a head has fewer
    # than 40 characters before it
    end = act.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = min(_leading_spaces(text), end)
    if end - start >= 40:
        return False
    before = text[start:end].lower()
    return before in ("", "le", "la", "les", "l’", "l'") or (before.endswith((" le", " la", "l’"))
                                                              and len(before) < 40)


@lru_cache(maxsize=256)
def _leading_spaces(text: str) -> int:
    return len(text) - len(text.lstrip())


def check_first_citations(context: Context) -> Iterator[Finding]:
    """REG002 (first citation without date or title) and REG004 (same act cited twice)."""
    seen: dict[str, tuple[Segment, str]] = {}
    registry = None
    for segment in context.of_kind("visa"):
        heads = [a for a in acts(segment.text) if is_head(segment.text, a)]
        for act in heads:
            key = act.key
            if key is None:
                continue
            label = f"{act.type} {act.number}"
            if key in seen:
                first, _ = seen[key]
                yield Finding(REG004, segment, act.start, act.number_end,
                              f"{REG004.message} : {label} (déjà visé au visa {first.index + 1})")
                continue
            seen[key] = (segment, label)
            if act.date is None or act.title is None:
                missing = " ni ".join(x for x, v in (("date", act.date), ("intitulé", act.title)) if v is None)
                registry = registry or context.registry
                entry = registry.get(key)
                message = f"{label} cité sans {missing} à sa première citation"
                hint = None
                if entry is not None:
                    message += f" : « {entry.full_citation()} »"
                    hint = None
                yield Finding(REG002, segment, act.start, act.number_end, message, hint=hint)
        instrument = instrument_of(segment.text)
        if instrument is not None:
            key = f"instrument:{instrument.id}"
            if key in seen:
                first, name = seen[key]
                yield Finding(REG004, segment, 0, len(segment.text.rstrip()),
                              f"{REG004.message} : {instrument.name} (déjà visée au visa {first.index + 1} "
                              f"sous le nom « {name} »)")
            else:
                seen[key] = (segment, _instrument_name(segment.text, instrument))


def _instrument_name(text: str, instrument) -> str:
    from amend.citations.registry import comparable

    norm = comparable(text)
    for alias in instrument.aliases:
        a = comparable(alias)
        i = norm.find(a)
        if i >= 0:
            return alias
    return instrument.name


@lru_cache(maxsize=4096)
def instrument_of(text: str):
    """The international instrument a visa cites (after « la », « les articles … de la »)."""
    from amend.citations.registry import comparable, instruments

    head = _instrument_head().sub("", comparable(text), count=1)
    if "convention" not in head and "traité" not in head and "charte" not in head:
        return None
    for instrument in instruments():
        for alias in instrument.aliases:
            if head.startswith(comparable(alias)):
                return instrument
    return None


def _instrument_head():
    from amend.citations.patterns import compiled

    return compiled(r"^(?:(?:les |l')articles? [\d\s,et-]+ d(?:e la |e l'|u |es )|la |le |l'|les )")


SEGMENT_CHECKS = (check_act_forms, check_documents, check_french, check_registry)
TEXT_CHECKS = (check_first_citations,)
