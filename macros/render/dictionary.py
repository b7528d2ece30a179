"""The data dictionary: the fields of a JSON Schema (data/schema/) as a table, from their descriptions."""

from __future__ import annotations

from .escape import md_text
from .markdown import table


def schema_fields(schema: dict) -> str:
    """The fields of a JSON Schema object as a table: name, required, description."""
    required = set(schema.get("required", []))
    rows = [(f"`{name}`", "ya" if name in required else "tidak", md_text(field.get("description", "")) or "–")
            for name, field in schema["properties"].items()]
    return table(("Kolom", "Wajib", "Keterangan"), rows)
