"""`make check`: validate data/ without building the site.

    python -m macros.check [DATA_DIR]

Prints every problem and exits 1, or prints a one-line summary and exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .data import read_masterplan
from .errors import MasterplanError


def main(argv: list[str]) -> int:
    data_dir = Path(argv[0]) if argv else Path("data")
    try:
        plan = read_masterplan(data_dir)
    except MasterplanError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Data valid: {len(plan.programs)} program, {len(plan.dimensions)} dimensi, "
          f"{len(plan.agencies)} OPD.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
