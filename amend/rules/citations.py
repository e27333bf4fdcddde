"""Citation rules: EU acts (CIT), Commission and other EU documents (COM), French texts (FRA) and
the cross-check against the registry of EU acts (REG). Sources: domain-rules.md § 3, § 4, § 6."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

from amend.diagnostics import Severity
from amend.rules.base import Rule
from amend.rules.engine import Context, Finding, Segment

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO

V = "visa"
ISG = "Code de rédaction interinstitutionnel (ISG) 1.2.2"

CIT001 = Rule("CIT001", "numero-apres-2015", E,
              "« n° » devant un numéro d’acte postérieur au 1er janvier 2015",
              ISG, "le règlement (UE) n° 2016/679", "le règlement (UE) 2016/679", V)
CIT002 = Rule("CIT002", "numero-annee-en-tete", E,
              "« n° » devant un numéro qui commence par l’année",
              ISG + " ; guide de légistique 4.1.3", "la directive n° 2004/35/CE", "la directive 2004/35/CE", V)
CIT003 = Rule("CIT003", "numero-sans-n", E,
              "règlement antérieur à 2015 : le numéro s’écrit avec « n° » (« (CE) n° N/AAAA »)", ISG,
              "le règlement (CE) 1049/2001", "le règlement (CE) n° 1049/2001", V)
CIT004 = Rule("CIT004", "numero-inverse", E,
              "numéro inversé : depuis 2015, l’année vient d’abord", ISG,
              "le règlement (UE) 679/2016", "le règlement (UE) 2016/679", V)
CIT005 = Rule("CIT005", "domaine", E,
              "marque de domaine absente ou anglaise : « (UE) », « CE », « UE, Euratom »…", ISG,
              "la directive 2011/93/EU", "la directive 2011/93/UE", V)
CIT006 = Rule("CIT006", "domaine-epoque", W,
              "marque de domaine anachronique (CEE jusqu’en 1993, CE de 1993 à 2009, UE depuis le 1er décembre 2009)",
              ISG + " ; guide de légistique 4.1.3", "la directive 2011/93/CE", "la directive 2011/93/UE", V)
CIT007 = Rule("CIT007", "annee-numero", E,
              "année du numéro mal écrite : deux chiffres avant 1999, quatre ensuite ; forme « (UE) AAAA/N » depuis 2015 seulement",
              ISG, "le règlement (CE) n° 1049/01", "le règlement (CE) n° 1049/2001", V)
CIT008 = Rule("CIT008", "majuscule-acte", W,
              "majuscule inutile : « règlement », « directive », « traité » s’écrivent en minuscule dans le texte courant",
              "ISG 3.2.2", "en 2021 par le Règlement (UE) 2021/1232", "en 2021 par le règlement (UE) 2021/1232",
              "expose")
CIT009 = Rule("CIT009", "virgules-titre", W,
              "pas de virgule entre les éléments du titre d’un acte (« … du Conseil du 12 juillet 2002 concernant … »)",
              "ISG 3.2.1", "la directive 2002/58/CE, du 12 juillet 2002, concernant le traitement des données",
              "la directive 2002/58/CE du 12 juillet 2002 concernant le traitement des données", V)
CIT010 = Rule("CIT010", "annee-date", W,
              "année du numéro incompatible avec la date de l’acte", ISG,
              "le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2018",
              "le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016", V)

CIT011 = Rule("CIT011", "auteur-manquant", W,
              "auteur manquant dans la citation complète (« du Parlement européen et du Conseil », « de la Commission »…)",
              "ISG 3.2.1 ; domain-rules.md (E-EU-AUTH)",
              "le règlement (UE) 2023/334 du 2 février 2023 modifiant les annexes II et V du règlement (CE) n° 396/2005",
              "le règlement (UE) 2023/334 de la Commission du 2 février 2023 modifiant les annexes II et V du règlement (CE) n° 396/2005",
              V)
CIT012 = Rule("CIT012", "acte-sans-numero", W,
              "acte de l’Union visé sans son numéro : le visa doit permettre de l’identifier",
              "ISG 3.2.1 ; domain-rules.md (E-EU-TITLE)",
              "le règlement relatif à la mise à disposition sur le marché de l’Union de certains produits associés à la déforestation",
              "le règlement (UE) 2023/1115 du Parlement européen et du Conseil du 31 mai 2023 relatif à la mise à disposition sur le marché de l’Union de certains produits associés à la déforestation",
              V)

COM001 = Rule("COM001", "reference-com", E,
              "référence de document de la Commission mal formée", "ISG, annexe C",
              "la communication COM (2020) 381 final", "la communication COM(2020) 381 final", V)
COM002 = Rule("COM002", "com-final", W, "« final » manque après le numéro du document de la Commission",
              "ISG, annexe C", "la proposition COM(2023) 424", "la proposition COM(2023) 424 final", V)
COM003 = Rule("COM003", "legislature-pe", W,
              "législature du Parlement européen incompatible avec l’année de la référence",
              "domain-rules.md § 3.4", "le rapport A7-0364/2023", "le rapport A9-0364/2023", V)

FRA001 = Rule("FRA001", "numero-loi-sans-tiret", E,
              "numéro de texte sans trait d’union entre l’année et le numéro d’ordre (« n° 2018-938 »)",
              "domain-rules.md § 4 (E-FR-1)", "la loi n° 2018938 du 5 novembre 2018 relative au logement",
              "la loi n° 2018-938 du 5 novembre 2018 relative au logement", V)
FRA002 = Rule("FRA002", "annee-numero-loi", E,
              "l’année du numéro ne correspond pas à celle de la date du texte",
              "domain-rules.md § 4 (E-FR-3)", "la loi n° 2022‑300 du 2 mars 2021 visant à renforcer le contrôle parental",
              "la loi n° 2022‑300 du 2 mars 2022 visant à renforcer le contrôle parental", V)
FRA003 = Rule("FRA003", "intitule-loi-manquant", W,
              "intitulé manquant : un visa cite le texte en entier (« … du 2 mars 2022 visant à … »)",
              "domain-rules.md § 4 (E-FR-4)", "la loi n° 2022‑300 du 2 mars 2022",
              "la loi n° 2022‑300 du 2 mars 2022 visant à renforcer le contrôle parental", V)
FRA004 = Rule("FRA004", "article-constitution", E, "cet article de la Constitution n’existe pas",
              "Constitution du 4 octobre 1958", "l’article 341 de la Constitution",
              "l’article 34‑1 de la Constitution", V)
FRA005 = Rule("FRA005", "constitution-minuscule", E, "« Constitution » prend une majuscule",
              "domain-rules.md § 4", "l’article 88‑4 de la constitution", "l’article 88‑4 de la Constitution", V)
FRA006 = Rule("FRA006", "article-code-forme", E,
              "article de code mal écrit : « L. 34-1 » (lettre, point, espace)", "domain-rules.md § 4",
              "l’article L.34‑1 du code des postes et des communications électroniques",
              "l’article L. 34‑1 du code des postes et des communications électroniques", V)
FRA007 = Rule("FRA007", "code-majuscule", W,
              "le nom d’un code prend une minuscule dans le texte courant (« le code civil »)",
              "domain-rules.md § 4", "l’article 9 du Code civil", "l’article 9 du code civil", V)
FRA008 = Rule("FRA008", "reglement-assemblee-majuscule", W,
              "le Règlement d’une assemblée prend une majuscule (« du Règlement de l’Assemblée nationale »)",
              "domain-rules.md § 3.2 (E-CAP-REG)", "l’article 151‑5 du règlement de l’Assemblée nationale",
              "l’article 151‑5 du Règlement de l’Assemblée nationale", V)

REG001 = Rule("REG001", "intitule-autre-acte", E, "l’intitulé cité est celui d’un autre acte",
              "registre des actes de l’Union (amend/data/eu-acts.yaml)",
              "la directive 2011/92/UE du Parlement européen et du Conseil du 13 décembre 2011 relative à la lutte contre les abus sexuels et l’exploitation sexuelle des enfants, ainsi que la pédopornographie",
              "la directive 2011/93/UE du Parlement européen et du Conseil du 13 décembre 2011 relative à la lutte contre les abus sexuels et l’exploitation sexuelle des enfants, ainsi que la pédopornographie",
              V)
REG002 = Rule("REG002", "citation-incomplete", W,
              "première citation sans date ni intitulé : un visa cite l’acte en entier",
              "ISG 3.2.1 ; registre des actes de l’Union", "le règlement (UE) 2022/868",
              "le règlement (UE) 2022/868 du Parlement européen et du Conseil du 30 mai 2022 portant sur la gouvernance européenne des données",
              V)
REG003 = Rule("REG003", "acte-hors-registre", I,
              "acte absent du registre : numéro, date et intitulé non vérifiés",
              "registre des actes de l’Union", "la directive 2004/35/CE", "la directive 2002/58/CE", V)
REG004 = Rule("REG004", "cite-deux-fois", W, "même acte visé deux fois",
              "ISG 3.2.1 (citation complète une fois)",
              "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas:\n    - la Convention des Nations unies relative aux droits de l’enfant du 20 novembre 1989\n    - la Convention internationale des droits de l’enfant\n  points: [Demande au Gouvernement d’agir]\n",
              "type: ppre\nlegislature: 17\ntitre: relative à X\ndispositif:\n  visas:\n    - la Convention des Nations unies relative aux droits de l’enfant du 20 novembre 1989\n  points: [Demande au Gouvernement d’agir]\n")
REG005 = Rule("REG005", "date-differente", E, "date différente de celle de l’acte",
              "registre des actes de l’Union",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2003 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              V)
REG006 = Rule("REG006", "auteurs-differents", W, "auteurs différents de ceux de l’acte",
              "registre des actes de l’Union",
              "la directive 2002/58/CE du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              V)
REG007 = Rule("REG007", "intitule-different", W, "intitulé différent de celui de l’acte",
              "registre des actes de l’Union",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 relative au commerce électronique",
              "la directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques",
              V)
REG008 = Rule("REG008", "acte-abroge", I, "acte abrogé ou remplacé", "registre des actes de l’Union",
              "la directive 95/46/CE du Parlement européen et du Conseil du 24 octobre 1995 relative à la protection des personnes physiques à l’égard du traitement des données à caractère personnel et à la libre circulation de ces données",
              "le règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif à la protection des personnes physiques à l’égard du traitement des données à caractère personnel",
              V)

RULES = (CIT001, CIT002, CIT003, CIT004, CIT005, CIT006, CIT007, CIT008, CIT009, CIT010,
         CIT011, CIT012,
         COM001, COM002, COM003, FRA001, FRA002, FRA003, FRA004, FRA005, FRA006, FRA007, FRA008,
         REG001, REG002, REG003, REG004, REG005, REG006, REG007, REG008)


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
    from amend.citations.french import find_articles, find_french_acts

    return tuple(find_french_acts(text)), tuple(find_articles(text))


def _sentence_start(text: str, offset: int) -> bool:
    before = text[:offset].rstrip(" \u00a0\u202f«“\"")
    return not before or before[-1] in ".!?:…" or before.endswith(("–", "—"))


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
        if date and year:
            if act.form == "new" and (date.year > year or year > date.year + 1):
                yield Finding(CIT010, segment, act.date.start, act.date.end,
                              f"{CIT010.message} (numéro de {year}, acte du {act.date.text})")
            elif act.form != "new" and act.form != "inverted" and date.year != year:
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
    from amend.citations.documents import EP_TERMS

    for ref in references(text):
        if ref.kind == "com":
            if not ref.well_formed:
                yield Finding(COM001, segment, ref.start, ref.end,
                              f"{COM001.message} : « {ref.canonical} »")
            elif "final" not in ref.parts:
                yield Finding(COM002, segment, ref.start, ref.end, f"{COM002.message} : « {ref.canonical} »")
        else:
            term = int(ref.parts["term"])
            span = EP_TERMS.get(term)
            if span and not span[0] <= ref.year <= span[1]:
                yield Finding(COM003, segment, ref.start, ref.end,
                              f"{COM003.message} ({term}e législature : {span[0]}-{span[1]}, référence de {ref.year})")


# -- French texts ------------------------------------------------------------------------------

def check_french(segment: Segment, context: Context) -> Iterator[Finding]:
    text = segment.text
    if "rticle" not in text and "n°" not in text and "nº" not in text:
        return
    from amend.citations.french import CONSTITUTION_ARTICLES

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
                segment.text[act.end:].strip() in ("", ",", ";"):
            yield Finding(FRA003, segment, act.start, act.end)
    for article in articles:
        if article.kind == "constitution":
            numbers = ((article.number, article.number_start), *article.others)
            for number, start in numbers:
                norm = number.replace("\u2011", "-")
                if norm not in CONSTITUTION_ARTICLES:
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


def _nearest_article(number: str) -> str | None:
    from amend.citations.french import CONSTITUTION_ARTICLES

    digits = number.replace("-", "")
    for candidate in sorted(CONSTITUTION_ARTICLES):
        if candidate.replace("-", "") == digits:
            return candidate.replace("-", "\u2011")
    return None


# -- registry cross-check ----------------------------------------------------------------------

@lru_cache(maxsize=4096)
def _comparable(text: str) -> tuple[str, ...]:
    from amend.registry import comparable

    return tuple(comparable(text).split())


@lru_cache(maxsize=4096)
def _bigrams(words: tuple[str, ...]) -> frozenset:
    return frozenset(zip(words, words[1:])) or frozenset({(words[0], "")} if words else ())


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
    from amend.citations.dates import format_french_date

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
                          f"{REG005.message} : {entry.label} est du {format_french_date(entry.date)}")
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
    before = text[:act.start].strip().lower()
    return before in ("", "le", "la", "les", "l’", "l'") or before.endswith((" le", " la", "l’"))\
        and len(before) < 40


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
    from amend.registry import comparable

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
    from amend.registry import comparable, instruments

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
