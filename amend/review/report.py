"""Semantic diffs for people and tools: plain text, rich, Markdown, HTML and JSON.

* ``text`` — on a terminal, rich colours (removed words struck out in red, inserted words
  underlined in green); elsewhere plain text with git's word-diff markers ``[-…-]{+…+}``,
  without importing rich;
* ``markdown`` — ready to paste in a pull-request comment (or a CI job summary): changed words
  in ``<del>``/``<ins>``, every character of the text escaped;
* ``html`` — a standalone page, every character of the text escaped;
* ``json`` — for tools; the fields are a contract (see README, « Différences entre versions »).

The sentences themselves come from :mod:`amend.review.wording`.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from typing import Any, TextIO

from amend.review.compare import Skipped
from amend.review.semantic import Action, Change, Section, TextDiff
from amend.review.wording import affixes, detail, renumberings, summary, title
from amend.review.words import Segment
from amend.storage.git import WORKTREE_LABEL

_SIGN = {Action.ADDED: "+", Action.REMOVED: "-", Action.REWORDED: "~", Action.MOVED: ">",
         Action.MODIFIED: "~"}


def _pieces(change: Change, diff: TextDiff) -> list[Segment]:
    """The line to show, as segments (kept / removed / inserted), printed form included."""
    if change.action is Action.REWORDED or (change.section is Section.HEADER and change.segments):
        prefix, suffix = affixes(change, diff, new_side=True)
        return [Segment("=", prefix), *change.segments, Segment("=", suffix)]
    if change.action is Action.REMOVED:
        prefix, suffix = affixes(change, diff, new_side=False)
        return [Segment("-", prefix + (change.old_text or "") + suffix)]
    if change.action is Action.ADDED:
        prefix, suffix = affixes(change, diff, new_side=True)
        return [Segment("+", prefix + (change.new_text or "") + suffix)]
    if change.action is Action.MOVED:
        prefix, suffix = affixes(change, diff, new_side=True)
        return [Segment("=", prefix + (change.new_text or "") + suffix)]
    return []


def _heading(diff: TextDiff) -> str:
    return f"{diff.path} ({diff.old_label} → {diff.new_label})"


# ---------------------------------------------------------------------------------------------
# Plain text and rich

def write_text(diffs: list[TextDiff], out: TextIO, skipped: Sequence[Skipped] = (),
               *, color: bool = False) -> None:
    if color:
        _write_rich(diffs, out, skipped)
        return
    for diff in diffs:
        out.write(_heading(diff) + "\n")
        out.write(f"  {summary(diff, with_renumbering=False)}.\n")
        if diff.renumberings:
            out.write(f"  Renumérotation qui en découle : {renumberings(diff)}.\n")
        for change in diff.changes:
            out.write(f"\n  {_SIGN[change.action]} {title(change)}\n")
            extra = detail(change)
            if extra:
                out.write(f"      {extra}\n")
            pieces = _pieces(change, diff)
            if pieces:
                out.write("      " + "".join(_plain(s) for s in pieces) + "\n")
        out.write("\n")
    _write_skipped_plain(diffs, skipped, out)


def _plain(segment: Segment) -> str:
    if segment.op == "-":
        return f"[-{segment.text}-]"
    if segment.op == "+":
        return f"{{+{segment.text}+}}"
    return segment.text


def other_line(item: Skipped) -> str:
    """One line for a changed file that is not a text."""
    if item.reason == "amendement":
        return item.summary
    return "modifié, mais ce n’est ni un texte ni un amendement (pas de comparaison)"


def _write_skipped_plain(diffs: list[TextDiff], skipped: Sequence[Skipped], out: TextIO) -> None:
    for item in skipped:
        out.write(f"{item.path} : {other_line(item)}\n")
    if not diffs and not skipped:
        out.write("Aucun texte modifié.\n")


_RICH_STYLE = {"-": "red strike", "+": "green underline", "=": ""}
_RICH_SIGN_STYLE = {Action.ADDED: "green", Action.REMOVED: "red", Action.REWORDED: "yellow",
                    Action.MOVED: "cyan", Action.MODIFIED: "yellow"}


def _write_rich(diffs: list[TextDiff], out: TextIO, skipped: Sequence[Skipped]) -> None:
    import shutil

    from rich.console import Console
    from rich.padding import Padding
    from rich.text import Text

    console = Console(file=out, highlight=False, soft_wrap=False, force_terminal=True,
                      width=shutil.get_terminal_size().columns)
    for diff in diffs:
        console.print(Text(_heading(diff), style="bold underline"))
        console.print(Text(f"  {summary(diff, with_renumbering=False)}.", style="bold"))
        if diff.renumberings:
            console.print(Text(f"  Renumérotation qui en découle : {renumberings(diff)}.", style="dim"))
        for change in diff.changes:
            console.print()
            line = Text("  ")
            line.append(_SIGN[change.action], style=f"bold {_RICH_SIGN_STYLE[change.action]}")
            line.append(" " + title(change), style="bold")
            console.print(line)
            extra = detail(change)
            if extra:
                console.print(Text("      " + extra))
            pieces = _pieces(change, diff)
            if pieces:
                body = Text()
                for segment in pieces:
                    body.append(segment.text, style=_RICH_STYLE[segment.op])
                console.print(Padding(body, (0, 0, 0, 6)))
        console.print()
    for item in skipped:
        console.print(Text(f"{item.path} : {other_line(item)}"))
    if not diffs and not skipped:
        console.print("Aucun texte modifié.")


# ---------------------------------------------------------------------------------------------
# Markdown

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#+\-.!|~>])")  # « ( » is inert once « ] » is escaped


def md_escape(text: str) -> str:
    """Text safe in Markdown *and* in the HTML GitHub lets through: nothing is interpreted."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False)).replace("\n", " ")


def md_code(text: str) -> str:
    """An inline code span that no backtick inside ``text`` can close early."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text.replace(chr(10), ' ')}{pad}{fence}"


def _md_segments(pieces: list[Segment]) -> str:
    out = []
    for segment in pieces:
        if not segment.text:
            continue
        text = md_escape(segment.text)
        if segment.op == "-":
            out.append(f"<del>{text}</del>")
        elif segment.op == "+":
            out.append(f"<ins>{text}</ins>")
        else:
            out.append(text)
    return "".join(out)


def write_markdown(diffs: list[TextDiff], out: TextIO, skipped: Sequence[Skipped] = ()) -> None:
    for diff in diffs:
        new = md_escape(diff.new_label) if diff.new_label == WORKTREE_LABEL else md_code(diff.new_label)
        out.write(f"### {md_code(diff.path)} — {md_code(diff.old_label)} → {new}\n\n")
        out.write(f"**{md_escape(summary(diff, with_renumbering=False))}.**\n\n")
        if diff.renumberings:
            out.write(f"*Renumérotation qui en découle* : {md_escape(renumberings(diff))}.\n\n")
        for change in diff.changes:
            out.write(f"- **{md_escape(title(change))}**")
            extra = detail(change)
            if extra:
                out.write(f" : {md_escape(extra)}")
            out.write("\n")
            pieces = _pieces(change, diff)
            if pieces:
                out.write(f"  > {_md_segments(pieces)}\n")
        if diff.changes:
            out.write("\n")
    if skipped:
        out.write("#### Autres fichiers modifiés\n\n")
    for item in skipped:
        out.write(f"- {md_code(item.path)} : {md_escape(other_line(item))}\n")
    if not diffs and not skipped:
        out.write("Aucun texte modifié.\n")


# ---------------------------------------------------------------------------------------------
# HTML

_CSS = """body{font-family:Georgia,'Times New Roman',serif;max-width:52em;margin:2em auto;padding:0 1em;
line-height:1.5;color:#1b1b1b}h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #ccc}
.resume{font-weight:bold}.renum{color:#555;font-style:italic}ul{list-style:none;padding-left:0}
li{margin:.8em 0}.titre{font-family:system-ui,sans-serif;font-size:.9em;font-weight:600}
.ajoute .titre{color:#1a7f37}.supprime .titre{color:#b42318}.reformule .titre,.modifie .titre{color:#9a6700}
.deplace .titre{color:#0969da}blockquote{margin:.3em 0 0 1.2em;padding-left:.8em;border-left:3px solid #ddd}
del{background:#ffebe9;color:#b42318;margin-right:.25em}
ins{background:#dafbe1;color:#1a7f37;text-decoration:underline}"""


def _html_segments(pieces: list[Segment]) -> str:
    out = []
    for segment in pieces:
        text = html.escape(segment.text)
        if segment.op == "-":
            out.append(f"<del>{text}</del>")
        elif segment.op == "+":
            out.append(f"<ins>{text}</ins>")
        else:
            out.append(text)
    return "".join(out)


def write_html(diffs: list[TextDiff], out: TextIO, skipped: Sequence[Skipped] = (),
               *, page_title: str = "Différences entre versions") -> None:
    e = html.escape
    out.write("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
              f"<title>{e(page_title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
              f"<h1>{e(page_title)}</h1>\n")
    for diff in diffs:
        out.write(f"<section>\n<h2>{e(diff.path)} — {e(diff.old_label)} → {e(diff.new_label)}</h2>\n")
        out.write(f"<p class=\"resume\">{e(summary(diff, with_renumbering=False))}.</p>\n")
        if diff.renumberings:
            out.write(f"<p class=\"renum\">Renumérotation qui en découle : {e(renumberings(diff))}.</p>\n")
        if diff.changes:
            out.write("<ul>\n")
            for change in diff.changes:
                out.write(f"<li class=\"{change.action.value}\"><span class=\"titre\">"
                          f"{e(title(change))}</span>")
                extra = detail(change)
                if extra:
                    out.write(f" : {e(extra)}")
                pieces = _pieces(change, diff)
                if pieces:
                    out.write(f"\n<blockquote>{_html_segments(pieces)}</blockquote>")
                out.write("</li>\n")
            out.write("</ul>\n")
        out.write("</section>\n")
    for item in skipped:
        out.write(f"<p>{e(item.path)} : {e(other_line(item))}</p>\n")
    if not diffs and not skipped:
        out.write("<p>Aucun texte modifié.</p>\n")
    out.write("</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------
# JSON

def _place(place: Any) -> dict[str, Any] | None:
    if place is None:
        return None
    return {"rang": place.rank, "alinea": place.alinea}


def as_json(diffs: list[TextDiff], skipped: Sequence[Skipped] = ()) -> dict[str, Any]:
    return {
        "version": 1,
        "textes": [{
            "chemin": d.path,
            "avant": d.old_label,
            "apres": d.new_label,
            "statut": d.status,
            "resume": summary(d),
            "changements": [{
                "action": c.action.value,
                "partie": c.section.value,
                "champ": c.field,
                "titre": title(c),
                "avant": _place(c.old),
                "apres": _place(c.new),
                "texte_avant": c.old_text,
                "texte_apres": c.new_text,
                "deplace": c.moved or c.action is Action.MOVED,
                "partie_avant": c.was.value if c.was else None,
                "mots": [{"op": s.op, "texte": s.text} for s in c.segments],
            } for c in d.changes],
            "renumerotations": [{
                "quoi": r.what, "avant": [r.old_first, r.old_last], "apres": [r.new_first, r.new_last],
            } for r in d.renumberings],
            "compte_avant": d.old_counts,
            "compte_apres": d.new_counts,
        } for d in diffs],
        "autres": [{"chemin": s.path, "nature": s.reason, "resume": s.summary} for s in skipped],
    }


def write_json(diffs: list[TextDiff], out: TextIO, skipped: Sequence[Skipped] = ()) -> None:
    json.dump(as_json(diffs, skipped), out, ensure_ascii=False, indent=2)
    out.write("\n")
