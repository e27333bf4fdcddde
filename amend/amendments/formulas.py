"""Writing the dispositif of an amendment exactly as the Assemblée nationale prints it.

One operation gives one formula (domain-rules.md § 2.3), in the imperative infinitive:
« À l’alinéa 12, substituer aux mots : « … » les mots : « … ». », « Après l’alinéa 7, insérer
les deux alinéas suivants : » followed by the quoted alinéas. Rules kept here (§ 2.3, P-AMD-1 to
P-AMD-6): a no-break space before « : » and inside « », a final « . » after the closing « »,
only the last alinéa of an inserted block closes the quotation, the count in words, singular or
plural agreeing with what is quoted. Several operations make several parts:
« I. – … », « II. – En conséquence, … ».

:func:`amend.amendments.parse.parse` is the inverse: ``parse(generate(ops)) == ops``.
"""

from __future__ import annotations

from amend.core import french
from amend.model.amendment import (TITLE, AddSentence, AddWords, DeleteAlineas, DeleteArticle,
                                   DeleteWords, InsertAlineas, InsertArticle, InsertSentence,
                                   InsertWords, Operation, ReplaceAlineas, Rewrite, RewriteArticle,
                                   SubstituteWords, Target)

NBSP = "\u00a0"
COLON = f"{NBSP}:"

_ROMAN = ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"),
          (1, "I"))


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def quote(text: str) -> str:
    return f"«{NBSP}{text}{NBSP}»"


def count_word(n: int) -> str:
    """« deux », « vingt et un », « deux cent un » (P-AMD-3: the count in words); in digits only
    above what :func:`amend.core.french.cardinal` writes (999)."""
    return str(n) if n > french.CARDINAL_MAX else french.cardinal(n)


def ordinal(n: int) -> str:
    """« deuxième », « vingt et unième » (« la deuxième occurrence », « la première phrase »);
    « 1000e » above what :func:`amend.core.french.ordinal` writes."""
    return f"{n}e" if n > french.CARDINAL_MAX else french.ordinal(n)


def is_single_word(words: str) -> bool:
    return len(words.split()) == 1


def mot(words: str) -> str:
    """« le mot » or « les mots », agreeing with the quoted words (P-AMD-6)."""
    return "le mot" if is_single_word(words) else "les mots"


def _of_words(words: str, occurrence: int | None, *, article: str) -> str:
    """« aux mots » / « au mot » / « à la deuxième occurrence du mot » (article: à or après…)."""
    single = is_single_word(words)
    if occurrence is not None:
        return f"{article} la {ordinal(occurrence)} occurrence {'du mot' if single else 'des mots'}"
    if article == "à":
        return "au mot" if single else "aux mots"
    return f"{article} {'le mot' if single else 'les mots'}"


def alinea(n: int) -> str:
    return f"l’alinéa {n}"


def location(target: Target, where: str | None = None) -> str:
    """« À l’alinéa 12 », « À la fin de l’alinéa 3 », « Au début du titre », « Au titre »."""
    if target == TITLE:
        return {None: "Au titre", "fin": "À la fin du titre", "debut": "Au début du titre"}[where]
    return {None: f"À {alinea(target)}", "fin": f"À la fin de {alinea(target)}",  # type: ignore[arg-type]
            "debut": f"Au début de {alinea(target)}"}[where]  # type: ignore[arg-type]


def target_name(target: Target) -> str:
    return "le titre" if target == TITLE else alinea(target)  # type: ignore[arg-type]


def block(texts: tuple[str, ...] | list[str]) -> list[str]:
    """Quoted alinéas: each opens with « and only the last closes, followed by « . » (P-AMD-2)."""
    lines = [f"«{NBSP}{text}" for text in texts]
    if lines:
        lines[-1] = f"{lines[-1]}{NBSP}»."
    return lines


def following(texts: tuple[str, ...]) -> str:
    """« l’alinéa suivant » / « les deux alinéas suivants » (P-AMD-3)."""
    n = len(texts)
    return "l’alinéa suivant" if n == 1 else f"les {count_word(n)} alinéas suivants"


def alinea_range(first: int, last: int) -> str:
    if first == last:
        return f"l’alinéa {first}"
    joiner = "et" if last == first + 1 else "à"
    return f"les alinéas {first} {joiner} {last}"


def operation_lines(op: Operation) -> list[str]:
    """The lines of the formula for one operation (the first one is the formula itself)."""
    if isinstance(op, DeleteArticle):
        return ["Supprimer cet article."]
    if isinstance(op, RewriteArticle):
        head = ("Rétablir cet article dans la rédaction suivante" if op.restore
                else "Rédiger ainsi cet article")
        return [f"{head}{COLON}", *block(op.texts)]
    if isinstance(op, InsertArticle):
        where = "Après" if op.position == "after" else "Avant"
        if op.senat:
            return [f"{where} l’article {op.article}",
                    f"Insérer un article additionnel ainsi rédigé{COLON}", *block(op.texts)]
        return [f"{where} l’article {op.article}, insérer l’article suivant{COLON}", *block(op.texts)]
    if isinstance(op, DeleteAlineas):
        return [f"Supprimer {alinea_range(op.first, op.last)}."]
    if isinstance(op, Rewrite):
        return [f"Rédiger ainsi {target_name(op.alinea)}{COLON}", *block((op.text,))]
    if isinstance(op, ReplaceAlineas):
        what = f"à l’alinéa {op.first}" if op.first == op.last else \
            f"aux alinéas {op.first} {'et' if op.last == op.first + 1 else 'à'} {op.last}"
        return [f"Substituer {what} {following(op.texts)}{COLON}", *block(op.texts)]
    if isinstance(op, InsertAlineas):
        if op.position == "end":
            return [f"Compléter cet article par {following(op.texts)}{COLON}", *block(op.texts)]
        where = "Après" if op.position == "after" else "Avant"
        return [f"{where} {alinea(op.alinea)}, insérer {following(op.texts)}{COLON}",  # type: ignore[arg-type]
                *block(op.texts)]
    if isinstance(op, SubstituteWords):
        return [f"{location(op.alinea, op.where)}, substituer "
                f"{_of_words(op.old, op.occurrence, article='à')}{COLON} {quote(op.old)} "
                f"{mot(op.new)}{COLON} {quote(op.new)}."]
    if isinstance(op, InsertWords):
        where = "après" if op.position == "after" else "avant"
        return [f"{location(op.alinea)}, {_of_words(op.anchor, op.occurrence, article=where)}"
                f"{COLON} {quote(op.anchor)}, insérer {mot(op.words)}{COLON} {quote(op.words)}."]
    if isinstance(op, AddWords):
        if op.position == "end":
            return [f"Compléter {target_name(op.alinea)} par {mot(op.words)}{COLON} {quote(op.words)}."]
        return [f"{location(op.alinea, 'debut')}, insérer {mot(op.words)}{COLON} {quote(op.words)}."]
    if isinstance(op, DeleteWords):
        what = _of_words(op.words, op.occurrence, article="").strip()
        return [f"{location(op.alinea)}, supprimer {what}{COLON} {quote(op.words)}."]
    if isinstance(op, InsertSentence):
        return [f"Après la {ordinal(op.after)} phrase de {alinea(op.alinea)}, insérer la phrase "
                f"suivante{COLON}", *block((op.text,))]
    if isinstance(op, AddSentence):
        return [f"Compléter {target_name(op.alinea)} par la phrase suivante{COLON}", *block((op.text,))]
    raise TypeError(f"opération inconnue : {op!r}")


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def generate(operations: tuple[Operation, ...] | list[Operation]) -> str:
    """The dispositif of an amendment: one formula, or parts « I. – … II. – En conséquence, … »."""
    if len(operations) == 1:
        return "\n".join(operation_lines(operations[0]))
    lines: list[str] = []
    for i, op in enumerate(operations, start=1):
        first, *rest = operation_lines(op)
        head = first if i == 1 else f"En conséquence, {lower_first(first)}"
        lines.extend([f"{roman(i)}.{NBSP}– {head}", *rest])
    return "\n".join(lines)
