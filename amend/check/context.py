"""What a check sees of one document: its path, kind, segments of prose and, for a YAML text,
the model and the loaded file.

A document — a YAML text, or a plain text / Markdown / Word file — is cut into
:class:`~amend.rules.base.Segment` values: one per visa, considérant, point, paragraph of the
exposé des motifs, and the title. Each segment turns an offset in its text into the real (line,
column) of its file, so the checks only deal with strings and offsets, and the same checks give
the same findings on a YAML draft and on the plain text of the same document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from amend.model.kinds import DocType
from amend.rules.base import Segment

if TYPE_CHECKING:
    from amend.citations.registry import Registry
    from amend.model.document import Document
    from amend.storage.yamlio import Loaded


@dataclass
class Context:
    path: Path
    doc_type: DocType | None
    segments: list[Segment]
    registry_files: tuple[Path, ...] = ()
    document: Document | None = None
    """The model of a YAML text (``None`` for plain files)."""
    loaded: Loaded | None = None
    printed: list[tuple[int, str]] = field(default_factory=list)
    """For a plain file: each line of its dispositif as typed, with its line number."""
    _registry: Registry | None = None

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            from amend.citations.registry import load_registry

            self._registry = load_registry(self.registry_files)
        return self._registry

    def of_kind(self, *kinds: str) -> list[Segment]:
        return [s for s in self.segments if s.kind in kinds]
