"""The issue form "Laporan capaian program": its fields, and the file GitHub reads it from.

    python -m macros.monitor.form [PROJECT_DIR]   (make forms)

The fields are defined here once: the form in .github/ISSUE_TEMPLATE/ is written from them (with
the dropdowns' options from the data: agencies, the plan's years, the statuses), and
`issue_form` reads an issue's body by their labels. The form asks for what a programme's data
needs from a report, and nothing else.
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


FIELDS = (
    Field("program", "input", "Id program", "Tertulis di judul setiap program. Tautan \"Laporkan capaian\" di "
          "bawah program mengisinya.", True),
    Field("tanggal", "input", "Tanggal data dipastikan", "Tanggal OPD pelapor memastikan isi laporan ini "
          "(TTTT-BB-HH), tidak lewat hari ini. Menjadi tanggal capaian dan status, dan tanggal tinjauan program "
          "bila pelapor adalah OPD pelaksananya.", True),
    Field("opd", "dropdown", "OPD pelapor", "Perangkat daerah yang Anda wakili.", True),
    Field("jabatan", "input", "Jabatan pelapor", "Jabatan Anda di OPD itu, agar peninjau dapat memastikan Anda "
          "berwenang melaporkannya. Tidak ditulis ke data.", True),
    Field("status", "dropdown", "Status program sekarang", "Pilih status baru hanya bila statusnya berubah.", True),
    Field("catatan", "textarea", "Keterangan status", "Wajib bila status berubah menjadi tertunda atau "
          "dibatalkan: sebutkan alasannya. Hanya dicatat bila status berubah."),
    Field("tahun", "dropdown", "Tahun yang dilaporkan", "Tahun capaian dan realisasi di bawah. Kosongkan bila "
          "laporan ini hanya mengubah status atau memastikan data."),
    Field("triwulan", "dropdown", "Periode", "Angka triwulan adalah angka kumulatif sejak awal tahun sampai akhir "
          "triwulan itu, bukan tambahan triwulan itu saja. Kosong berarti setahun penuh."),
    Field("indikator", "input", "Indikator", "Nomor indikator di blok program (1 untuk yang pertama) atau namanya "
          "persis. Satu indikator per laporan."),
    Field("nilai", "input", "Nilai capaian", "Angka saja, tanpa satuan dan tanpa pemisah ribuan; desimal dengan "
          "koma, misalnya 7 atau 92,5."),
    Field("realisasi", "input", "Realisasi anggaran (rupiah)", "Rupiah yang terpakai sampai akhir periode itu, "
          "misalnya 420000000 atau Rp420.000.000."),
    Field("sumber", "input", "Dokumen sumber", "Dokumen asal angka di atas, misalnya DPA, LKPJ atau laporan "
          "triwulan OPD. Wajib bila ada capaian atau realisasi."),
    Field("tautan", "input", "Tautan dokumen", "Alamat https dokumen itu, bila dapat dibuka."),
)
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
