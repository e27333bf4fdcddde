"""Finding citations in French parliamentary text: pure functions, offsets included.

* :func:`~amend.citations.eu.find_eu_acts` — règlements, directives, décisions of every era;
* :func:`~amend.citations.documents.find_references` — COM/SEC/SWD/JOIN documents, procedures,
  European Parliament references, CJEU cases, ECLI, CELEX, ELI;
* :func:`~amend.citations.french_texts.find_french_acts`, :func:`~amend.citations.french_texts.find_articles`,
  :func:`~amend.citations.french_texts.find_resolutions` — French texts and articles;
* :func:`~amend.citations.dates.find_dates` — French dates.

Offsets index the text as given (U+2011 hyphens and no-break spaces are accepted everywhere).
:func:`find_all` returns everything in reading order.
"""

from __future__ import annotations

from typing import Any


def find_all(text: str) -> list[Any]:
    from amend.citations.dates import find_dates
    from amend.citations.documents import find_references
    from amend.citations.eu import find_eu_acts
    from amend.citations.french_texts import find_articles, find_french_acts, find_resolutions

    found: list[Any] = [*find_eu_acts(text), *find_references(text), *find_french_acts(text),
                        *find_articles(text), *find_resolutions(text), *find_dates(text)]
    found.sort(key=lambda c: (c.start, -c.end))
    return found
