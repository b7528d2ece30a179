"""Read and check the whole data set once: the one entry point for the build and `make check`."""

from __future__ import annotations

import datetime
from pathlib import Path

from .. import settings
from ..errors import MasterplanError
from . import model, schema, vocabulary
from .parse import load_sources
from .validate import validate


def read_masterplan(data_dir: Path, schemas: schema.Schemas | None = None,
                    today: datetime.date | None = None) -> model.Masterplan:
    """Load, validate and build the masterplan, or raise MasterplanError listing every problem.

    `schemas`: the JSON Schemas, if already read (default: those of data_dir/schema).
    `today`: the build's date (default: settings.today()), which decides which years have started.

    >>> schemas = schema.read(settings.SCHEMAS)
    >>> plan = read_masterplan(Path("tests/fixtures/kota-uji/data"), schemas, datetime.date(2026, 11, 30))
    >>> plan.program_by_id["GOV-01"].nama
    'Aplikasi Layanan Kota'
    """
    data_dir = Path(data_dir)
    schemas = schemas or schema.read(data_dir / "schema")
    sources, problems = load_sources(data_dir)
    problems += validate(sources, schemas, today or settings.today(), complete=not problems)
    if problems:
        raise MasterplanError("Data masterplan tidak valid; perbaiki lalu bangun ulang", problems)
    return model.build(sources, vocabulary.from_schema(schemas.documents[vocabulary.SCHEMA]))
