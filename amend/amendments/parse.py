"""Reading a dispositif written in the AN formulas back into operations.

The inverse of :func:`amend.amendments.formulas.generate`. Every formula of domain-rules.md
§ 2.3 is recognised, whatever the spaces (ordinary, U+00A0, U+202F), apostrophes (' or ’) and
dashes (– or -). What cannot be understood is reported precisely (line, column, what was
expected) as :class:`Problem` values; :func:`parse` raises :class:`DispositifError` with all of
them, :func:`parse_report` returns them beside the operations it could read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from amend.amendments.formulas import is_single_word
from amend.core import french
from amend.core.errors import InputError
from amend.model.amendment import (TITLE, AddSentence, AddWords, DeleteAlineas, DeleteArticle,
                                   DeleteWords, InsertAlineas, InsertArticle, InsertSentence,
                                   InsertWords, Operation, ReplaceAlineas, Rewrite, RewriteArticle,
                                   SubstituteWords, Target, targets)
from amend.rules import AMD003, AMD004, AMD005, AMD006
from amend.rules.base import Rule, Severity

SP = "[" + "".join(f"\\u{ord(c):04x}" for c in french.SPACES) + "]"
"""Any space of :data:`amend.core.french.SPACES`, written with escapes: :func:`_r` rewrites the
literal spaces of a pattern."""
AP = f"[{french.APOSTROPHES}]"


@dataclass(frozen=True)
class Problem:
    line: int
    column: int
    rule: Rule
    message: str
    severity: Severity = Severity.ERROR


class DispositifError(InputError):
    """A dispositif that could not be read: carries every :class:`Problem`."""


    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        more = f" (et {len(problems) - 1} autre(s) problème(s))" if len(problems) > 1 else ""
        super().__init__(f"dispositif, ligne {first.line} : {first.message}{more}", rule=first.rule)


def _r(pattern: str) -> re.Pattern[str]:
    """Compile a formula pattern: « » spaces, apostrophes and « : » are written loosely."""
    pattern = (pattern.replace(" : ", f"{SP}*:{SP}*").replace(" :", f"{SP}*:")
               .replace(" ", f"{SP}+").replace("’", AP))
    return re.compile(pattern, re.IGNORECASE)


# « quoted words »: the spaces after « are read possessively unless only one space is then left
# before » (« » quotes one space), and the words cannot end with a space: without that, each
# character of a long run of spaces was tried as the end of the words, and each of its spaces as
# their start (cubic time on « followed by many spaces).
Q = "«{guard}(?:{sp}*+|{sp}*(?={sp}»))(?P<{name}>{sp}(?=»)|.+?(?<!{sp})){sp}*»".replace("{sp}", SP)
NUMBER_WORDS = f"\\w[\\w{re.escape(french.HYPHENS)}]*(?: \\w[\\w{re.escape(french.HYPHENS)}]*)*?"
"""A number in words, one word or several (« trois », « vingt et un », « deux cent un »): the
shortest run of words before what the formula says next."""
ORD = f"(?P<ord>{NUMBER_WORDS})"
COUNT = f"(?P<count>{NUMBER_WORDS})"


def q(name: str, guard: str = "") -> str:
    return Q.replace("{name}", name).replace("{guard}", guard)


ENDS_QUOTED = "(?=.*»\\.?$)"
"""In the first of two quotations, after its « : the line must end with « » » (then « . »), as
the second one does; tested once, so that the second one is not looked for up to the end of the
line after each « » » of the first (quadratic time on a line that does not end so)."""
ARTICLE_SPACES = f"(?:{SP}++(?![,:]|\\Z)|(?={SP}++(?:[,:]|\\Z)){SP}+(?={SP}(?:[,:]|\\Z)))"
"""The spaces before an article number, read possessively; when « , », « : » or the end follows
them, all but the last (the number is then that space, as the lazy number first found). Given
back one by one, each space was tried as the start of the number, read again up to the end of the
line (quadratic time on many spaces)."""


@lru_cache(maxsize=1)
def _formulas() -> list[tuple[str, re.Pattern[str]]]:
    """(name, anchored pattern) for every formula that stands on its own line."""
    al = "l’alinéa (?P<al>\\d+)"
    words = f"(?P<occ>la {ORD} occurrence (?:du mot|des mots)|les mots|le mot)"
    following = f"(?:l’alinéa suivant|les {COUNT} alinéas suivants)"
    loc = ("(?P<loc>(?:à|a) l’alinéa (?P<al>\\d+)|à la fin de l’alinéa (?P<alfin>\\d+)|"
           "au début de l’alinéa (?P<aldeb>\\d+)|au titre|à la fin du titre|au début du titre|"
           "(?:à|au) même alinéa)")
    table = [
        ("delete_article", "^Supprimer cet article\\.?$"),
        ("delete", f"^Supprimer (?:{al}|les alinéas (?P<a1>\\d+) (?:à|et) (?P<a2>\\d+))\\.?$"),
        ("rewrite", "^Rédiger ainsi (?:" + al + "|(?P<article>cet article)|(?P<titre>le titre"
                    "(?: de la proposition de résolution(?: européenne)?)?)) :(?P<rest>.*)$"),
        ("restore", "^Rétablir cet article dans la rédaction suivante :(?P<rest>.*)$"),
        ("replace", f"^Substituer (?:à {al}|aux alinéas (?P<a1>\\d+) (?:à|et) (?P<a2>\\d+)) "
                    f"{following} :(?P<rest>.*)$"),
        ("insert", f"^(?P<pos>Après|Avant) {al}, insérer {following} :(?P<rest>.*)$"),
        ("insert_article", f"^(?P<pos>Après|Avant) l’article{ARTICLE_SPACES}(?P<art>[^,:]+?), "
                           "insérer l’article suivant :(?P<rest>.*)$"),
        ("senat_article_at", f"^(?P<pos>Après|Avant) l’article{ARTICLE_SPACES}(?P<art>[^,:]+?)\\.?$"),
        ("senat_article", "^Insérer un article additionnel ainsi rédigé :(?P<rest>.*)$"),
        ("insert_sentence", f"^Après la {ORD} phrase de {al}, insérer la phrase suivante :(?P<rest>.*)$"),
        ("complete_article", f"^Compléter cet article par {following} :(?P<rest>.*)$"),
        ("complete_sentence", f"^Compléter (?:{al}|(?P<titre>le titre)) par la phrase suivante :"
                              "(?P<rest>.*)$"),
        ("complete_words", f"^Compléter (?:{al}|(?P<titre>le titre)) par (?P<noun>les mots|le mot) : "
                           f"{q('words')}\\.?$"),
        ("substitute", f"^{loc}, substituer (?P<occ>à la {ORD} occurrence (?:du mot|des mots)|aux mots"
                       f"|au mot) : {q('old', ENDS_QUOTED)} (?P<noun>les mots|le mot) : {q('new')}\\.?$"),
        ("insert_words", f"^{loc}, (?P<pos>après|avant) {words} : {q('anchor', ENDS_QUOTED)}, insérer "
                         f"(?P<noun>les mots|le mot) : {q('words')}\\.?$"),
        ("delete_words", f"^{loc}, supprimer {words} : {q('words')}\\.?$"),
        ("start_words", f"^{loc}, insérer (?P<noun>les mots|le mot) : {q('words')}\\.?$"),
    ]
    return [(name, _r(pattern)) for name, pattern in table]


EXPECTED = ("« Supprimer l’alinéa N. », « Rédiger ainsi l’alinéa N : », « Après l’alinéa N, insérer "
            "l’alinéa suivant : », « À l’alinéa N, substituer aux mots : « … » les mots : « … ». », "
            "« Compléter l’alinéa N par les mots : « … ». »…")
PART = re.compile(f"^(?P<roman>[IVXLC]+){SP}*\\.{SP}*[–—-]{SP}*")
CONSEQUENCE = re.compile(f"En{SP}+conséquence{SP}*,{SP}*", re.IGNORECASE)
BLOCK_END = re.compile(f"(?<!{SP}){SP}*+»{SP}*+\\.?$")  # a run of spaces is read from its start only
BLOCK_START = re.compile(f"^«{SP}*")


def number_word(word: str) -> int | None:
    """« trois » → 3, « vingt et un » → 21 (:func:`amend.core.french.parse_cardinal`), « 1000 »
    → 1000 (the digits a formula writes above 999)."""
    if word.isascii() and word.isdigit():
        return int(word)
    return french.parse_cardinal(word)


def ordinal_word(word: str) -> int | None:
    """« deuxième », « seconde », « vingt et unième » (:func:`amend.core.french.parse_ordinal`),
    « 3e », « 3ème »."""
    digits = re.fullmatch(r"([1-9]\d*)(?:e|ème)", word.lower())
    return int(digits.group(1)) if digits else french.parse_ordinal(word)


@dataclass
class _Pending:
    name: str
    match: re.Match[str]
    line: int
    count: int | None
    texts: list[str] = field(default_factory=list)
    closed: list[bool] = field(default_factory=list)
    """For each quoted alinéa: does its line close the quotation (« » ») ?"""
    closed_early: int | None = None

    def add(self, quoted: str, line: int) -> None:
        """One quoted line (its opening « already removed)."""
        if self.closed_early is None and self.closed and self.closed[-1]:
            self.closed_early = line - 1
        end = BLOCK_END.search(quoted)
        self.texts.append(quoted[:end.start()] if end else quoted)
        self.closed.append(end is not None)


def _strip_part(line: str) -> tuple[str, int]:
    """Remove « II. – » and « En conséquence, »; capitalise; return the offset removed."""
    offset = 0
    part = PART.match(line)
    if part:
        offset = part.end()
    consequence = CONSEQUENCE.match(line, offset)
    if consequence:
        offset = consequence.end()
    rest = line[offset:]
    return rest[:1].upper() + rest[1:], offset


def parse_report(text: str) -> tuple[tuple[Operation, ...], list[Problem]]:
    """The operations of a dispositif and every problem met (errors and warnings)."""
    operations, problems, _ = parse_located(text)
    return operations, problems


def parse_located(text: str) -> tuple[tuple[Operation, ...], list[Problem], list[int]]:
    """Like :func:`parse_report`, with the line (1-based) where each operation's formula starts."""
    operations: list[Operation] = []
    starts: list[int] = []
    problems: list[Problem] = []
    pending: _Pending | None = None
    senat_at: tuple[str, str] | None = None

    def close() -> None:
        nonlocal pending
        if pending is None:
            return
        op = _build_block(pending, senat_at, problems)
        if op is not None:
            operations.append(op)
            starts.append(pending.line)
        pending = None

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        column = raw.index(line[0]) + 1
        if line.startswith("«"):
            if pending is None:
                problems.append(Problem(number, column, AMD003,
                                        "alinéa cité sans formule qui l’introduise (« Après l’alinéa N, "
                                        "insérer l’alinéa suivant : » ?)"))
                continue
            pending.add(BLOCK_START.sub("", line), number)
            continue
        close()
        formula, offset = _strip_part(line)
        for name, pattern in _formulas():  # noqa: B007 - the name of the formula that matched
            match = pattern.match(formula)
            if match:
                break
        else:
            problems.append(Problem(number, column + offset, AMD003,
                                    f"formule non reconnue : « {formula} » (attendu par exemple : "
                                    f"{EXPECTED})"))
            continue
        if name == "senat_article_at":
            senat_at = (match.group("pos"), match.group("art"))
            continue
        if "rest" in match.groupdict():
            count = None
            if match.groupdict().get("count"):
                count = number_word(match.group("count"))
                if count is None:
                    problems.append(Problem(number, column + offset + match.start("count"), AMD004,
                                            f"nombre d’alinéas illisible : « {match.group('count')} »"))
            elif name in ("replace", "insert", "complete_article"):
                count = 1
            pending = _Pending(name, match, number, count)
            rest = match.group("rest").strip()
            if rest:
                pending.add(BLOCK_START.sub("", rest), number)
            continue
        op = _build_inline(name, match, operations, problems, number, column + offset)
        if op is not None:
            operations.append(op)
            starts.append(number)
        senat_at = None
    close()
    return tuple(operations), problems, starts


def parse(text: str) -> tuple[Operation, ...]:
    """The operations of a dispositif; :class:`DispositifError` if anything is not understood."""
    operations, problems = parse_report(text)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if errors:
        raise DispositifError(errors)
    if not operations:
        raise DispositifError([Problem(1, 1, AMD003, "dispositif vide : aucune formule")])
    return operations


def _alinea(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    for name in ("al", "alfin", "aldeb"):
        if groups.get(name):
            return int(groups[name])
    return None


def _location(match: re.Match[str], previous: list[Operation]) -> tuple[Target | None, str | None]:
    loc = french.collapse(match.group("loc").lower())
    where = "fin" if "la fin" in loc else "debut" if "début" in loc else None
    if "titre" in loc:
        return TITLE, where
    if "même alinéa" in loc:
        last = targets(previous[-1]) if previous else ()
        return (last[0] if last else None), where
    return _alinea(match), where


def _occurrence(match: re.Match[str], problems: list[Problem], line: int, column: int) -> int | None:
    if not match.groupdict().get("ord"):
        return None
    value = ordinal_word(match.group("ord"))
    if value is None:
        problems.append(Problem(line, column + match.start("ord"), AMD003,
                                f"rang d’occurrence illisible : « {match.group('ord')} »"))
    return value


def _agreement(match: re.Match[str], group: str, noun: str | None, problems: list[Problem],
               line: int, column: int) -> None:
    """P-AMD-6: « le mot » for one word, « les mots » for several."""
    if noun is None:
        return
    words = match.group(group)
    noun = french.collapse(noun.lower())
    singular = noun.startswith(("le ", "au ", "du")) or noun.endswith("du mot")
    if singular != is_single_word(words):
        expected = "le mot" if is_single_word(words) else "les mots"
        problems.append(Problem(line, column + match.start(group), AMD005,
                                f"accord : « {expected} » pour « {words} » (P-AMD-6)", Severity.WARNING))


def _build_inline(name: str, m: re.Match[str], previous: list[Operation], problems: list[Problem],
                  line: int, column: int) -> Operation | None:
    if name == "delete_article":
        return DeleteArticle()
    if name == "delete":
        if m.group("al"):
            n = int(m.group("al"))
            return DeleteAlineas(n, n)
        first, last = int(m.group("a1")), int(m.group("a2"))
        if first >= last:
            problems.append(Problem(line, column + m.start("a1"), AMD004,
                                    f"« les alinéas {first} à {last} » : le premier numéro doit être "
                                    "inférieur au second"))
            return None
        return DeleteAlineas(first, last)
    if name == "complete_words":
        completed: Target = TITLE if m.group("titre") else int(m.group("al"))
        _agreement(m, "words", m.group("noun"), problems, line, column)
        return AddWords(completed, "end", m.group("words"))
    target, where = _location(m, previous)
    if target is None:
        problems.append(Problem(line, column, AMD003, "« au même alinéa » sans alinéa qui précède"))
        return None
    occurrence = _occurrence(m, problems, line, column)
    if name == "substitute":
        _agreement(m, "old", m.group("occ"), problems, line, column)
        _agreement(m, "new", m.group("noun"), problems, line, column)
        return SubstituteWords(target, m.group("old"), m.group("new"), occurrence, where)  # type: ignore[arg-type]
    if where is not None and name != "start_words":
        problems.append(Problem(line, column, AMD003,
                                "« au début » ou « à la fin » ne s’emploie ici qu’avec « substituer »"))
        return None
    if name == "insert_words":
        _agreement(m, "words", m.group("noun"), problems, line, column)
        position: Literal["before", "after"] = "after" if m.group("pos").lower() == "après" else "before"
        return InsertWords(target, m.group("anchor"), position, m.group("words"), occurrence)
    if name == "delete_words":
        _agreement(m, "words", m.group("occ"), problems, line, column)
        return DeleteWords(target, m.group("words"), occurrence)
    if name == "start_words":
        _agreement(m, "words", m.group("noun"), problems, line, column)
        return AddWords(target, "end" if where == "fin" else "start", m.group("words"))
    raise AssertionError(name)


def _build_block(p: _Pending, senat_at: tuple[str, str] | None,
                 problems: list[Problem]) -> Operation | None:
    m = p.match
    texts = p.texts
    if not texts:
        problems.append(Problem(p.line, 1, AMD004, "la formule annonce un texte cité entre « » "
                                "à la ligne suivante, mais il manque"))
        return None
    if p.closed_early is not None:
        problems.append(Problem(p.closed_early, 1, AMD006,
                                "guillemet fermant avant le dernier alinéa du bloc : seul le dernier "
                                "alinéa cité se termine par « » » (P-AMD-2)"))
    if not p.closed[-1]:
        problems.append(Problem(p.line + len(texts), 1, AMD006,
                                "le dernier alinéa cité doit se terminer par « ». » (P-AMD-1)",
                                Severity.WARNING))
    if p.count is not None and p.count != len(texts):
        problems.append(Problem(p.line, 1, AMD004,
                                f"la formule annonce {p.count} alinéa(s) et en cite {len(texts)} "
                                "(P-AMD-3)"))
    name = p.name
    if name == "rewrite":
        if m.group("article"):
            return RewriteArticle(tuple(texts))
        if len(texts) != 1:
            problems.append(Problem(p.line, 1, AMD004,
                                    f"« Rédiger ainsi » remplace un alinéa par un seul : {len(texts)} "
                                    "cités (employer « Substituer à l’alinéa N les deux alinéas "
                                    "suivants : »)"))
            return None
        return Rewrite(TITLE if m.group("titre") else int(m.group("al")), texts[0])
    if name == "restore":
        return RewriteArticle(tuple(texts), restore=True)
    if name == "replace":
        first, last = (int(m.group("al")),) * 2 if m.group("al") else \
            (int(m.group("a1")), int(m.group("a2")))
        return ReplaceAlineas(first, last, tuple(texts))
    if name == "insert":
        position = "after" if m.group("pos").lower() == "après" else "before"
        return InsertAlineas(position, int(m.group("al")), tuple(texts))  # type: ignore[arg-type]
    if name == "complete_article":
        return InsertAlineas("end", None, tuple(texts))
    if name == "insert_article":
        position = "after" if m.group("pos").lower() == "après" else "before"
        return InsertArticle(position, m.group("art").strip(), tuple(texts))  # type: ignore[arg-type]
    if name == "senat_article":
        if senat_at is None:
            problems.append(Problem(p.line, 1, AMD003, "« Insérer un article additionnel » sans "
                                    "« Après l’article N » à la ligne précédente"))
            return None
        position = "after" if senat_at[0].lower() == "après" else "before"
        return InsertArticle(position, senat_at[1].strip(), tuple(texts), senat=True)  # type: ignore[arg-type]
    if len(texts) != 1:
        problems.append(Problem(p.line, 1, AMD004, f"une seule phrase attendue, {len(texts)} citées"))
        return None
    if name == "insert_sentence":
        after = ordinal_word(m.group("ord"))
        if after is None:
            problems.append(Problem(p.line, 1, AMD003, f"rang de phrase illisible : « {m.group('ord')} »"))
            return None
        return InsertSentence(int(m.group("al")), after, texts[0])
    if name == "complete_sentence":
        return AddSentence(TITLE if m.group("titre") else int(m.group("al")), texts[0])
    raise AssertionError(name)
