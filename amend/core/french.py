"""The French language, once for all of amend: dates, numbers in words, ordinals, and the folding
of typographic variants (spaces, hyphens, apostrophes).

Every floor above uses this module: the citation parsers and the typography checks (dates), the
amendment formulas and their parser (« les vingt et un alinéas suivants », « la deuxième
occurrence »), the renderer (« DIX-SEPTIÈME LÉGISLATURE », « 8 septembre 2025 »), git's readable
diff, and every place that compares texts whatever their spaces or apostrophes. Lists that are
data (the month names) live in ``amend/data/``; the grammar of numbers is code.

Numbers follow the traditional spelling the Assemblée nationale prints (« vingt et un »,
« trente-deux », « soixante et onze », « quatre-vingts », « quatre-vingt-un », « deux cents »,
« deux cent un »); the parsers also read the 1990 spelling (« vingt-et-un », « deux-cent-un »).

Folding comes in two kinds, with different guarantees:

* :func:`fold_spaces`, :func:`fold_hyphens`, :func:`fold_apostrophes` and :func:`fold` replace
  one character by one character: the result has the length of the text, so an offset found in
  the folded text is the offset in what the author typed;
* :func:`collapse` also turns every run of spaces into one space and strips the ends: a key for
  comparing texts, whose offsets mean nothing.
"""

from __future__ import annotations

import datetime as _dt
import operator
import re
from functools import lru_cache

from amend import data

# -- Typographic variants ----------------------------------------------------------------------

SPACES = " \u00a0\u202f\u2009\u2007"
"""The spaces a French line may hold: plain, no-break (U+00A0), narrow no-break (U+202F, before
« ; : ! ? »), thin (U+2009) and figure (U+2007) spaces. Tabs and line breaks are not in it."""
HYPHENS = "-\u2010\u2011"
"""Hyphen-minus, hyphen (U+2010), non-breaking hyphen (U+2011, « 88‑4 » in AN texts)."""
APOSTROPHES = "'\u2019"
"""The straight apostrophe and the typographic one (U+2019) the Assemblée prints."""

_SPACE_FOLDS = tuple((variant, " ") for variant in SPACES[1:])
_HYPHEN_FOLDS = tuple((variant, "-") for variant in HYPHENS[1:])
_APOSTROPHE_FOLDS = (("\u2019", "'"),)
_ALL_FOLDS = _SPACE_FOLDS + _HYPHEN_FOLDS + _APOSTROPHE_FOLDS


def _replace(text: str, folds: tuple[tuple[str, str], ...]) -> str:
    for variant, plain in folds:  # str.replace after a cheap ``in``: faster than str.translate
        if variant in text:
            text = text.replace(variant, plain)
    return text


def fold_spaces(text: str) -> str:
    """Every space of :data:`SPACES` made a plain space. Same length as ``text``."""
    return _replace(text, _SPACE_FOLDS)


def fold_hyphens(text: str) -> str:
    """U+2010 and U+2011 made « - ». Same length as ``text``."""
    return _replace(text, _HYPHEN_FOLDS)


def fold_apostrophes(text: str) -> str:
    """« ’ » made « ' ». Same length as ``text``."""
    return _replace(text, _APOSTROPHE_FOLDS)


def fold(text: str) -> str:
    """Spaces, hyphens and apostrophes all made plain. Same length as ``text``."""
    return _replace(text, _ALL_FOLDS)


def collapse(text: str) -> str:
    """:func:`fold`, then every run of white space (tabs and line breaks too) made one space, and
    the ends stripped. Not the same length: a key to compare texts, not to locate in them."""
    return " ".join(fold(text).split())


# -- Dates -------------------------------------------------------------------------------------

MONTHS: tuple[str, ...] = tuple(data.load("months.json")["months"])
"""« janvier » … « décembre », from ``amend/data/months.json``."""
MONTH_RE = "|".join(MONTHS)
DAY_RE = r"1er|[12]\d|3[01]|0?[1-9]"
"""A day of the month as written in a date: « 1er », « 2 », « 02 », « 31 »."""


def format_date(value: _dt.date) -> str:
    """date(2008, 8, 1) → « 1er août 2008 »; date(2025, 9, 8) → « 8 septembre 2025 »."""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


@lru_cache(maxsize=1)
def _date_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?P<d>{DAY_RE}) (?P<m>{MONTH_RE}) (?P<y>\d{{4}})")


def parse_date(text: str) -> _dt.date | None:
    """« 1er août 2008 » → date(2008, 8, 1), whatever the kind of space (one between each part);
    ``None`` when ``text`` is not a French date or the date does not exist (« 31 avril 2023 »)."""
    match = _date_pattern().fullmatch(fold_hyphens(fold_spaces(text)).strip())
    if match is None:
        return None
    day = 1 if match.group("d") == "1er" else int(match.group("d"))
    try:
        return _dt.date(int(match.group("y")), MONTHS.index(match.group("m")) + 1, day)
    except ValueError:
        return None


# -- Numbers in words --------------------------------------------------------------------------

CARDINAL_MAX = 999
"""The largest number :func:`cardinal` and :func:`ordinal` write; callers write digits above."""

_UNITS = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
          "onze", "douze", "treize", "quatorze", "quinze", "seize")
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _below_hundred(n: int) -> str:
    """1 ≤ n ≤ 99."""
    if n <= 16:
        return _UNITS[n]
    if n < 20:
        return f"dix-{_UNITS[n - 10]}"
    tens, unit = divmod(n, 10)
    if tens == 7:  # soixante-dix … soixante-dix-neuf, but « soixante et onze »
        return "soixante et onze" if unit == 1 else f"soixante-{_below_hundred(10 + unit)}"
    if tens == 8:  # « quatre-vingts », « quatre-vingt-un » (no « et »)
        return "quatre-vingts" if unit == 0 else f"quatre-vingt-{_UNITS[unit]}"
    if tens == 9:
        return f"quatre-vingt-{_below_hundred(10 + unit)}"
    if unit == 0:
        return _TENS[tens]
    if unit == 1:
        return f"{_TENS[tens]} et un"
    return f"{_TENS[tens]}-{_UNITS[unit]}"


def cardinal(n: int) -> str:
    """The number in words, 1 ≤ n ≤ :data:`CARDINAL_MAX`: « un », « vingt et un »,
    « quatre-vingts », « cent un », « deux cents ». :class:`ValueError` outside that range."""
    n = operator.index(n)
    if not 1 <= n <= CARDINAL_MAX:
        raise ValueError(f"nombre hors limites : {n} (de 1 à {CARDINAL_MAX})")
    hundreds, rest = divmod(n, 100)
    if not hundreds:
        return _below_hundred(rest)
    head = "cent" if hundreds == 1 else f"{_UNITS[hundreds]} cent"
    if not rest:
        return head if hundreds == 1 else f"{head}s"  # « deux cents », but « deux cent un »
    return f"{head} {_below_hundred(rest)}"


def ordinal(n: int, *, feminine: bool = True) -> str:
    """« première » (« premier »), « deuxième », « dix-septième », « vingt et unième »,
    « quatre-vingtième », « centième », 1 ≤ n ≤ :data:`CARDINAL_MAX` (:class:`ValueError`
    outside). Only the first has a gender."""
    if n == 1:
        return "première" if feminine else "premier"
    words = cardinal(n)
    cut = max(words.rfind(" "), words.rfind("-")) + 1
    head, last = words[:cut], words[cut:]
    if last in ("vingts", "cents"):
        last = last[:-1]
    elif last == "cinq":
        last = "cinqu"
    elif last == "neuf":
        last = "neuv"
    elif last.endswith("e"):
        last = last[:-1]
    return f"{head}{last}ième"


def _word_key(text: str) -> str:
    """How number words are compared: any case, any space, a hyphen or a space between words."""
    return " ".join(fold_hyphens(fold_spaces(text)).lower().replace("-", " ").split())


_VALUES = {**{word: n for n, word in enumerate(_UNITS) if word},
           **{word: 10 * tens for tens, word in _TENS.items()},
           "vingts": 20, "cent": 100, "cents": 100, "et": 0}
_ORDINAL_STEMS = {"cinqu": "cinq", "neuv": "neuf"}
"""The last word of an ordinal without « ième », when adding back « e » is not enough."""


def _reading(words: list[str]) -> int | None:
    """A loose reading of number words, right for every spelling :func:`cardinal` writes; the
    callers check it by writing the number back."""
    n, previous = 0, ""
    for word in words:
        value = _VALUES.get(word)
        if value is None:
            return None
        if value == 100:
            n = (n or 1) * 100  # « cent », « deux cents »: the hundreds come first
        elif value == 20 and previous == "quatre":
            n += 80 - 4  # « quatre-vingt(s) »
        else:
            n += value
        previous = word
    return n if 1 <= n <= CARDINAL_MAX else None


def parse_cardinal(word: str) -> int | None:
    """The inverse of :func:`cardinal`: « vingt et un » → 21; ``None`` if not a number in words.

    Case, kinds of space and the 1990 spelling (hyphens everywhere: « vingt-et-un ») do not
    matter; a misspelt number (« quatre-vingt » for 80) is not read: what is read is exactly
    what :func:`cardinal` writes."""
    key = _word_key(word)
    n = _reading(key.split())
    return n if n is not None and _word_key(cardinal(n)) == key else None


def parse_ordinal(word: str) -> int | None:
    """The inverse of :func:`ordinal` (both genders): « première » → 1, « vingt et unième » → 21;
    « second », « seconde » → 2; ``None`` if not an ordinal in words (same leniency as
    :func:`parse_cardinal`)."""
    key = _word_key(word)
    if key in ("premier", "première"):
        return 1
    if key in ("second", "seconde"):
        return 2
    *head, last = key.split() or [""]
    if not last.endswith("ième"):
        return None
    stem = last[:-4]
    last = _ORDINAL_STEMS.get(stem) or (stem if stem in _VALUES else f"{stem}e")
    n = _reading([*head, last])
    return n if n is not None and n > 1 and _word_key(ordinal(n)) == key else None
