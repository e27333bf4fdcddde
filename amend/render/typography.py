"""French typography at render time, whatever the author typed.

The YAML keeps what the authors wrote; the rendered document follows the house style
(``research/domain-rules.md`` §5):

* a narrow no-break space (U+202F) before « ; ! ? » and a no-break space (U+00A0) before « : »
  when it ends a phrase (so ``http://``, ``12:30`` and ``ECLI:EU:C`` are left alone);
* a no-break space inside « » ;
* « n° » followed by a no-break space;
* the non-breaking hyphen (U+2011) between digits, as in article numbers « 88‑4 »;
* the typographic apostrophe ’ for ``'``;
* one space where several were typed (a no-break one if any of them was);
* ordinals « 1er », « 1re », « 2e », « Ier » with the letters raised (:func:`runs`).

Only characters change: the result is still plain text, put into ``Str`` nodes by
:mod:`amend.render.ast`, never markup.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"
NBHYPHEN = "\u2011"

_SPACE = "[ \u00a0\u202f\t]"
# A run of high punctuation after a word, followed by a space, a closing sign or the end.
_SPACES = re.compile(r"[ \u00a0\u202f]{2,}")
_HIGH = re.compile(rf"(?<=[^\s;:!?]){_SPACE}*([;:!?]+)(?=[\s»)\]]|$)")
_OPEN_QUOTE = re.compile(rf"«{_SPACE}*")
_CLOSE_QUOTE = re.compile(rf"{_SPACE}*»")
_NUMERO = re.compile(rf"\b([nN])([°º]){_SPACE}*(?=\d)")
_DIGIT_HYPHEN = re.compile(r"(?<=\d)[-\u2010](?=\d)")
_ORDINAL = re.compile(r"\b(1|I|[2-9]|[1-9]\d{1,3})(er|re|ers|res|e|es)\b")
_SUFFIXES = {"1": ("er", "re", "ers", "res"), "I": ("er",)}


def _high(match: re.Match[str]) -> str:
    signs = match.group(1)
    return (NBSP if signs[0] == ":" else NNBSP) + signs


def _run_of_spaces(match: re.Match[str]) -> str:
    run = match.group(0)
    return NNBSP if NNBSP in run else NBSP if NBSP in run else " "


def typeset(text: str) -> str:
    """The text with French typographic spaces, hyphens and apostrophes."""
    text = _SPACES.sub(_run_of_spaces, text.replace("'", "\u2019"))
    text = _OPEN_QUOTE.sub("«" + NBSP, text)
    text = _CLOSE_QUOTE.sub(NBSP + "»", text)
    text = _HIGH.sub(_high, text)
    text = _NUMERO.sub(lambda m: m.group(1) + "°" + NBSP, text)
    return _DIGIT_HYPHEN.sub(NBHYPHEN, text)


def runs(text: str) -> list[tuple[str, bool]]:
    """Split typeset text into (piece, raised) runs: the letters of « 1er », « 2e » are raised."""
    pieces: list[tuple[str, bool]] = []
    start = 0
    for match in _ORDINAL.finditer(text):
        number, suffix = match.groups()
        if suffix not in _SUFFIXES.get(number, ("e", "es")):
            continue
        pieces.append((text[start:match.start(2)], False))
        pieces.append((suffix, True))
        start = match.end()
    pieces.append((text[start:], False))
    return [(piece, raised) for piece, raised in pieces if piece]
