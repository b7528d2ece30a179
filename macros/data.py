"""Read and check the whole data set once: the one entry point for the build and `make check`."""

from __future__ import annotations

from pathlib import Path

from . import model
from .cache import contents, kept, key
from .errors import MasterplanError


def read_masterplan(data_dir: Path, cache: Path | None = None) -> model.Masterplan:
    """Load, validate and build the masterplan, or raise MasterplanError listing every problem.

    `cache`: the build cache folder (macros.cache): a data set read and found valid before, with
    the same files and code, is taken from it.

    >>> plan = read_masterplan(Path("data"))   # doctest: +SKIP
    >>> plan.program_by_id["GOV-01"].nama      # doctest: +SKIP
    """
    data_dir = Path(data_dir)
    files = sorted(data_dir.rglob("*.yml")) + sorted((data_dir / "schema").glob("*.json"))
    return kept(cache, "data", key(contents(data_dir, files)), lambda: _read(data_dir, cache))


def _read(data_dir: Path, cache: Path | None) -> model.Masterplan:
    from .load import load_sources  # the reading and checking code is imported only when it runs
    from .validate import validate

    sources, problems = load_sources(data_dir)
    problems += validate(sources, data_dir / "schema", cache)
    if problems:
        raise MasterplanError("Data masterplan tidak valid; perbaiki lalu bangun ulang", problems)
    return model.build(sources)
