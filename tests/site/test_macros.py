"""The macros pages call, on the fictional city's data: output, where detail blocks may stand, argument bounds."""

from __future__ import annotations

import inspect
from pathlib import Path

import markdown
import pytest

from macros import settings
from macros.data import schema
from macros.data.frontmatter import read_pages
from macros.errors import MasterplanError
from macros.publish import detail_links
from macros.site.build import Build
from macros.site.macros import NAMES, PageMacros
from support import CITY, ROOT


@pytest.fixture
def build(plan) -> Build:
    schemas = schema.read(ROOT / settings.SCHEMAS)
    return Build(root=CITY, schemas=schemas, plan=plan, pages=read_pages(CITY / "docs", schemas), version="0.2",
                 edit_base="https://contoh.invalid/edit/main/")


def on(build: Build, src: str) -> dict:
    """The macros as the page `src` calls them."""
    return PageMacros(build, lambda: src).functions()


def built(site: Path, pages: dict[str, str]) -> detail_links.BuiltPage:
    """A site built from `pages` (docs-relative path -> Markdown), as detail_links asks for its pages."""
    urls = {src: src.removesuffix(".md") + "/" for src in pages}
    for src, text in pages.items():
        (site / urls[src]).mkdir(parents=True)
        (site / urls[src] / "index.html").write_text(markdown.markdown(text, extensions=["attr_list"]),
                                                     encoding="utf-8")
    return lambda src: (urls[src], site / urls[src] / "index.html") if src in urls else None


def test_every_documented_name_is_a_macro(build):
    assert tuple(on(build, "index.md")) == NAMES


def test_a_table_links_ids_and_names_its_data_files(build):
    text = on(build, "index.md")["tabel_program"](dimensi="governance")
    assert "| [GOV-01](rencana-pembangunan/governance.md#gov-01) | Aplikasi Layanan Kota |" in text
    assert text.endswith('Ubah data tabel ini: [governance]'
                         '(https://contoh.invalid/edit/main/data/program/governance.yml "data/program/governance.yml")'
                         "\n{ .mp-sumber-data }")


def test_detail_blocks_stand_on_their_dimension_page_and_are_found_there(build, tmp_path):
    text = on(build, "rencana-pembangunan/living.md")["daftar_program"](dimensi="living")
    assert "### LIV-01 · Antrean Puskesmas Daring { #liv-01 .mp-program }" in text
    found = detail_links.published(build.plan, built(tmp_path, {"rencana-pembangunan/living.md": text}))
    assert found == {"LIV-01": "rencana-pembangunan/living/"}
    # GOV-03 is merged: its note is missing too
    assert detail_links.unpublished(build.plan, found) == ["GOV-01", "GOV-02", "GOV-03"]
    with pytest.raises(MasterplanError, match="detail program GOV-01 hanya boleh ditampilkan di "
                                              "docs/rencana-pembangunan/governance.md"):
        on(build, "index.md")["detail_program"]("GOV-01")


def test_a_merged_note_is_a_permalink_of_its_dimension_page(build, tmp_path):
    text = on(build, "rencana-pembangunan/governance.md")["program_digabung"](dimensi="governance")
    assert "### GOV-03 · Portal Layanan Lama { #gov-03 .mp-program-digabung }" in text
    found = detail_links.published(build.plan, built(tmp_path, {"rencana-pembangunan/governance.md": text}))
    assert found["GOV-03"] == "rencana-pembangunan/governance/"


@pytest.mark.parametrize("level", [1, 7, 10**12, True, "3"])
def test_a_heading_level_is_2_to_6(build, level):
    with pytest.raises(MasterplanError, match="harus bilangan bulat 2 sampai 6"):
        on(build, "rencana-pembangunan/living.md")["daftar_program"](dimensi="living", level=level)


def test_a_release_to_compare_with_is_a_version_number(build):
    with pytest.raises(MasterplanError, match="dari='--output=x' harus nomor versi rilis"):
        on(build, "riwayat.md")["perubahan_program"](dari="--output=x")
    assert on(build, "riwayat.md")["perubahan_program"]() == "*Belum ada rilis sebelumnya untuk dibandingkan.*"


def test_history_links_each_chapter(build):
    text = on(build, "riwayat.md")["riwayat_perubahan"]()
    assert ("| 20 November 2026 | [Bab I Pendahuluan](pendahuluan.md) | 0.2 | Latar belakang diperbarui. "
            "| PR #2 |") in text


def test_data_dictionary_and_chart(build):
    fields = on(build, "index.md")["kamus_data"]()
    assert "| `tahapan` | ya | Tahap pelaksanaan. |" in fields
    chart = on(build, "index.md")["grafik_anggaran"]()
    assert chart.startswith('<figure class="mp-grafik">') and "<desc id=\"grafik-uraian\">2025: Rp0,7 miliar" in chart


def test_the_yearly_evaluation_of_every_year_begun_or_of_one(build):
    evaluate = on(build, "evaluasi.md")["evaluasi_mandiri"]
    every = evaluate()
    assert every.index("## Tahun 2026 { #tahun-2026 }") < every.index("## Tahun 2025 { #tahun-2025 }")
    assert "[GOV-01](rencana-pembangunan/governance.md#gov-01)" in every
    assert "Ubah data tabel ini: [dimensi](" in every and '"data/regulasi.yml"' in every
    one = evaluate(tahun=2025, level=3)
    assert one.startswith("### Tahun 2025 { #tahun-2025 }") and "Tahun 2026" not in one


@pytest.mark.parametrize("tahun", [2024, 2027, 2030, "2025", True])
def test_the_year_evaluated_has_begun(build, tahun):
    with pytest.raises(MasterplanError, match=r"tahun=.* harus tahun masterplan yang sudah dimulai \(2025–2026\)"):
        on(build, "evaluasi.md")["evaluasi_mandiri"](tahun=tahun)


@pytest.mark.parametrize("value, kind", [(["living"], "daftar"), ({"a": 1}, "pasangan kolom"),
                                         (2.5, "bilangan pecahan")])
@pytest.mark.parametrize("name", NAMES)
def test_an_argument_of_the_wrong_kind_is_a_clear_error_in_every_macro(build, name, value, kind):
    parameters = list(inspect.signature(getattr(PageMacros, name)).parameters)[1:]
    for parameter in parameters:
        with pytest.raises(MasterplanError, match=f"{name}: argumen {parameter} harus teks atau bilangan bulat, "
                                                  f"bukan {kind}"):
            on(build, "rencana-pembangunan/living.md")[name](**{parameter: value})
