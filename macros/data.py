"""Read and check the whole data set once: the one entry point for the build and `make check`."""

from __future__ import annotations

from pathlib import Path

from . import model
from .errors import MasterplanError
from .load import load_sources
from .validate import validate


def read_masterplan(data_dir: Path) -> model.Masterplan:
    """Load, validate and build the masterplan, or raise MasterplanError listing every problem.

    >>> plan = read_masterplan(Path("data"))   # doctest: +SKIP
    >>> plan.program_by_id["GOV-01"].nama      # doctest: +SKIP
    """
    data_dir = Path(data_dir)
    sources, problems = load_sources(data_dir)
    problems += validate(sources, data_dir / "schema")
    if problems:
        raise MasterplanError("Data masterplan tidak valid; perbaiki lalu bangun ulang", problems)
    return model.build(sources)
