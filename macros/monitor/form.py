"""The issue form "Laporan capaian program": its fields, and the file GitHub reads it from.

    python -m macros.monitor.form [PROJECT_DIR]   (make forms)

The fields are defined once, in form-fields.yml beside this module: the form in
.github/ISSUE_TEMPLATE/ is written from them (with the dropdowns' options from the data: agencies,
the plan's years, the statuses), and `issue_form` reads an issue's body by their labels. The form
asks for what a programme's data needs from a report, and nothing else.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from .. import settings
from ..data.model import Agency, Masterplan
from ..data.read import read_masterplan
from ..errors import MasterplanError

FORM = Path(".github") / "ISSUE_TEMPLATE" / "laporan-capaian.yml"
NAME = "Laporan capaian program"
#: The label the form gives every report; the label a maintainer adds to convert one is in the workflow.
LABEL = "laporan-capaian"
UNCHANGED = "Tidak berubah"
WHOLE_YEAR = "Setahun penuh"
QUARTERS = {
    "Triwulan I (kumulatif sampai akhir Maret)": 1,
    "Triwulan II (kumulatif sampai akhir Juni)": 2,
    "Triwulan III (kumulatif sampai akhir September)": 3,
    "Triwulan IV (kumulatif sampai akhir Desember)": 4,
}


@dataclass(frozen=True)
class Field:
    id: str
    kind: str  # input | textarea | dropdown
    label: str
    description: str
    required: bool = False


#: The form's fields, in order (monitor/form-fields.yml: the form's words are there, not in code).
FIELDS = tuple(Field(**field) for field in yaml.safe_load(
    (Path(__file__).parent / "form-fields.yml").read_text(encoding="utf-8")))
FIELD_BY_ID = {f.id: f for f in FIELDS}

INTRO = ("Formulir ini untuk OPD yang memegang laporan resmi sebuah program. Tulis hanya angka yang ada "
         "dokumennya; yang belum diketahui dikosongkan. Setelah pengelola memberi label, laporan ini diubah "
         "menjadi pull request yang ditinjau sebelum digabungkan; masalah pengisian dikomentari di sini.")


def agency_option(agency: Agency) -> str:
    """The dropdown's text for an agency: its name and abbreviation."""
    return f"{' '.join(agency.nama.split())} ({' '.join(agency.singkatan.split())})"


def options(plan: Masterplan) -> dict[str, list[str]]:
    """Each dropdown's options, from the data."""
    return {
        "opd": [agency_option(a) for a in plan.agencies],
        "status": [UNCHANGED, *(plan.vocabulary.label("status_program", s)
                                for s in plan.vocabulary.values("status_program"))],
        "tahun": [str(year) for year in plan.years],
        "triwulan": [WHOLE_YEAR, *QUARTERS],
    }


def form(plan: Masterplan) -> dict:
    """The issue form, as GitHub's form schema has it."""
    choices = options(plan)
    example = plan.programs[0].id if plan.programs else ""
    body: list[dict] = [{"type": "markdown", "attributes": {"value": INTRO}}]
    for field in FIELDS:
        attributes: dict = {"label": field.label, "description": field.description}
        if field.kind == "dropdown":
            attributes["options"] = choices[field.id]
        elif field.id == "program" and example:
            attributes["placeholder"] = example
        body.append({"type": field.kind, "id": field.id, "attributes": attributes,
                     "validations": {"required": field.required}})
    return {"name": NAME, "description": "Laporkan capaian indikator, realisasi anggaran atau status sebuah program, "
            "tanpa menyunting data.", "title": "[Capaian] ", "labels": [LABEL], "body": body}


def form_text(plan: Masterplan) -> str:
    header = ("# Dibuat oleh `make forms` dari data/ (OPD, periode, status program); jangan disunting dengan tangan.\n"
              "# Kolomnya didefinisikan di macros/monitor/form.py, yang juga membaca isi laporan.\n")
    return header + yaml.safe_dump(form(plan), sort_keys=False, allow_unicode=True, width=1000)


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path(".")
    try:
        plan = read_masterplan(root / settings.DATA)
    except MasterplanError as error:
        print(error, file=sys.stderr)
        return 1
    (root / FORM).write_text(form_text(plan), encoding="utf-8")
    print(f"{FORM.as_posix()} ditulis ulang dari data/.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
