"""The fixed values of the masterplan and their labels: stages, statuses, funding sources.

They are defined once, in data/schema/kosakata.schema.json (each value a `const` with its
`title`), so that validation, filters, pages and open data all read the same list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

SCHEMA = "kosakata.schema.json"


@dataclass(frozen=True)
class Vocabulary:
    """Each term (`tahapan`, `status_program`, `status_naskah`, `sumber_dana`) with its values and labels.

    >>> words = Vocabulary({"tahapan": {"quick-win": "Quick win"}})
    >>> words.label("tahapan", "quick-win"), words.values("tahapan")
    ('Quick win', ('quick-win',))
    """

    terms: Mapping[str, Mapping[str, str]]

    def label(self, term: str, value: str) -> str:
        return self.terms[term][value]

    def values(self, term: str) -> tuple[str, ...]:
        return tuple(self.terms[term])


def from_schema(schema: dict) -> Vocabulary:
    """The vocabulary of kosakata.schema.json: every `$defs` entry that lists `oneOf` constants."""
    return Vocabulary({term: {choice["const"]: choice["title"] for choice in definition["oneOf"]}
                       for term, definition in schema["$defs"].items()})
