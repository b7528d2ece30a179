"""Build behaviour, one scenario each, on the fictional Kota Uji built with this engine.

A scenario edits the city's site and builds it strictly: bad input stops the build with a clear
message naming its place and publishes nothing; hostile input shows as text; links that were
published keep working.
"""

from __future__ import annotations

import csv
import html
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from support import AS_WRITTEN, MKDOCS, ROOT, build, check, copy_city, edit, failed, line_of, theme_error

GOV = Path("data/program/governance.yml")
BAB = Path("docs/pendahuluan.md")


def page_of(city: Path, url: str) -> str:
    return (city / "site" / url / "index.html").read_text(encoding="utf-8")


def built(city: Path) -> Path:
    result = build(city)
    assert result.returncode == 0, result.stderr
    return city / "site"


# -- monitoring: a draft notes stale data, a release refuses it -----------------------------------

def test_programmes_that_need_an_update_are_noted_in_a_draft_and_stop_a_release(city):
    draft = build(city)
    assert draft.returncode == 0, draft.stderr
    assert "Perlu pembaruan (1 program):" in draft.stderr and "LIV-01" in draft.stderr
    release = build(city, city / "rilis", env={"MASTERPLAN_RELEASE": "true"})
    assert release.returncode != 0 and "Rilis dibatalkan: data program perlu diperbarui dulu." in release.stderr
    assert "LIV-01" in release.stderr and not (city / "rilis" / "index.html").exists()


# -- the engine serves any city --------------------------------------------------------------------

def test_a_second_city_builds_with_the_same_engine(city):
    first = yaml.safe_load((ROOT / "data" / "masterplan.yml").read_text(encoding="utf-8"))["kota"]
    site = built(city)
    home = page_of(city, "")
    assert "Masterplan Smart City Kota Uji" in home and first not in home  # nothing of this repository's city
    chapter = page_of(city, "pendahuluan")
    assert "Versi bab <strong>0.2</strong> · Status: <strong>Draf</strong>" in chapter
    assert "<strong>bukan angka resmi</strong> Pemerintah Kota Uji" in chapter
    assert '<h3 class="mp-program" id="gov-02">GOV-02 · Satu Data' in page_of(city, "rencana-pembangunan/governance")
    assert (site / "data" / "program.json").is_file() and (site / "data" / "kosakata.schema.json").is_file()
    for path in site.rglob("*.html"):
        assert first not in path.read_text(encoding="utf-8"), path


# -- bad input stops the build, naming its place ----------------------------------------------------

def test_invalid_data_fails_before_any_page_is_written(city):
    edit(city / GOV, "status: berjalan", "status: jalan")
    edit(city / "data/opd.yml", "singkatan: Diskominfo", "singkatan: 12")
    output = failed(city)
    line = line_of(city / GOV, "status: jalan")
    assert (f"data/program/governance.yml baris {line}, kolom GOV-01 › riwayat_status ke-1 › status: nilai 'jalan' "
            "tidak dikenal") in output
    short = line_of(city / "data/opd.yml", "singkatan: 12")
    assert f"data/opd.yml baris {short}, kolom diskominfo › singkatan: harus berupa teks, bukan 12" in output
    assert "(2 masalah)" in output


def test_bad_front_matter_fails_the_build(city):
    edit(city / BAB, "status_naskah: draf", "status_naskah: disahkan")
    assert "docs/pendahuluan.md baris 5, kolom status_naskah: nilai 'disahkan' tidak dikenal" in failed(city)


def test_unknown_filter_value_names_page_line_and_call(city):
    page = city / "docs/rencana-pembangunan/governance.md"
    edit(page, '{{ tabel_program(dimensi="governance") }}', '{{ tabel_program(dimensi="govrnance") }}')
    line = line_of(page, "govrnance")
    assert (f"docs/rencana-pembangunan/governance.md baris {line}: tabel_program(dimensi='govrnance'): "
            "filter dimensi='govrnance' tidak dikenal") in failed(city)


def test_unknown_macro_argument_names_page_and_line(city):
    edit(city / "docs/index.md", "{{ tabel_quick_win() }}", "{{ tabel_quick_win(tahun=2026) }}")
    line = line_of(city / "docs/index.md", "tabel_quick_win(tahun=2026)")
    assert f"docs/index.md baris {line}: tabel_quick_win(tahun=2026): argumen tidak dikenal" in failed(city)


def test_undefined_variable_is_refused(city):
    edit(city / BAB, "# Bab I Pendahuluan", "# Bab I Pendahuluan {{ judul_tidak_ada }}")
    line = line_of(city / BAB, "judul_tidak_ada")
    assert f"docs/pendahuluan.md baris {line}: nama 'judul_tidak_ada'" in failed(city)


def test_missing_document_value_names_page_and_line(city):
    edit(city / BAB, "# Bab I Pendahuluan", "# Bab I Pendahuluan\n\nVersi {{ dokumen.versi_tidak_ada }}")
    line = line_of(city / BAB, "versi_tidak_ada")
    assert (f"Kesalahan makro: docs/pendahuluan.md baris {line}: '{{{{ dokumen.versi_tidak_ada }}}}': "
            "'versi_tidak_ada' tidak ada") in failed(city)


def test_detail_block_off_its_page_is_an_error(city):
    edit(city / "docs/index.md", "{{ tabel_quick_win() }}", '{{ detail_program("GOV-01") }}')
    assert "detail program GOV-01 hanya boleh ditampilkan di docs/rencana-pembangunan/governance.md" in failed(city)


def test_programme_without_detail_block_fails(city):
    """No page links to LIV-01 either, so only the permalink check can stop this build."""
    edit(city / "docs/rencana-pembangunan/living.md", '{{ daftar_program(dimensi="living") }}', "Belum ada.")
    edit(city / "docs/index.md", "{{ tabel_program() }}", '{{ tabel_program(dimensi="governance") }}')
    assert "Program tanpa blok detail (tidak punya tautan tetap): LIV-01." in failed(city, before_pages=False)


def test_broken_link_fails_the_strict_build(city):
    edit(city / BAB, "## Latar belakang", "[hilang](tidak-ada.md)\n\n## Latar belakang")
    assert "'tidak-ada.md', but the target is not found" in failed(city, before_pages=False)


def test_refused_jinja_fails_the_build_and_runs_nothing(city):
    edit(city / BAB, "## Anggaran", "{{ cycler.__init__.__globals__.os.system('touch PWNED') }}\n\n## Anggaran")
    output = failed(city)
    line = line_of(city / BAB, "PWNED")
    assert "Halaman docs/pendahuluan.md memuat Jinja yang tidak diizinkan (1 masalah)" in output
    assert f"docs/pendahuluan.md baris {line}: panggilan fungsi lewat akses atribut '.system'" in output
    assert "{% raw %}" in output and not list(city.rglob("PWNED"))


def test_raw_block_shows_braces_literally(city):
    edit(city / "docs/tentang.md", "## Angka ilustrasi",
         "{% raw %}Tulis {{ tabel_program() }} untuk tabel.{% endraw %}\n\n## Angka ilustrasi")
    built(city)
    assert "Tulis {{ tabel_program() }} untuk tabel." in page_of(city, "tentang")


def test_a_bug_inside_a_macro_shows_its_traceback(city):
    """Only contributor mistakes become contributor messages; an engine bug is shown as the bug it is."""
    edit(city / "macros/render/programs.py",
         "def program_table(programs: Sequence[Program], plan: Masterplan, link: Link) -> str:\n",
         "def program_table(programs: Sequence[Program], plan: Masterplan, link: Link) -> str:\n"
         "    None + 1  # a bug\n")
    output = failed(city)
    assert "Traceback" in output and "TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'" in output
    assert "argumen tidak dikenal" not in output


# -- links that were published keep working ---------------------------------------------------------

REGISTRY = "/pendahuluan/:\n- latar-belakang\n/riwayat/: []\n"


def test_removed_anchor_fails_the_build(city):
    (city / "data/tautan-terbit.yml").write_text(REGISTRY, encoding="utf-8")
    edit(city / BAB, "## Latar belakang { #latar-belakang }", "## Latar belakang { #latar }")
    output = failed(city, before_pages=False)
    assert "anchor /pendahuluan/#latar-belakang hilang dari halaman /pendahuluan/" in output


def test_a_heading_cannot_take_a_programme_s_anchor(city):
    """The programme's permanent link would land on the impostor: the build names the page and line."""
    page = city / "docs/rencana-pembangunan/governance.md"
    edit(page, "## Program { #program }", "## Catatan { #gov-01 }\n\nTeks.\n\n## Program { #program }")
    output = failed(city, before_pages=False)
    line = line_of(page, "{ #gov-01 }")
    assert (f"docs/rencana-pembangunan/governance.md baris {line}: id 'gov-01' dipakai 2 kali di halaman ini"
            in output) and "tautan tetap program GOV-01 dan milik blok programnya" in output


def test_old_anchor_kept_as_an_alias_passes(city):
    (city / "data/tautan-terbit.yml").write_text(REGISTRY, encoding="utf-8")
    edit(city / BAB, "## Latar belakang { #latar-belakang }",
         '<a id="latar-belakang"></a>\n\n## Latar belakang { #latar }')
    built(city)


def test_renamed_page_fails_without_redirect_and_passes_with_one(city):
    (city / "data/tautan-terbit.yml").write_text(REGISTRY, encoding="utf-8")
    (city / "docs/riwayat.md").rename(city / "docs/riwayat-perubahan.md")
    edit(city / "mkdocs.yml", "riwayat.md", "riwayat-perubahan.md")
    assert "halaman /riwayat/ hilang tanpa pengalihan" in failed(city, before_pages=False)
    edit(city / "mkdocs.yml", "redirect_maps: {}", "redirect_maps:\n        riwayat.md: riwayat-perubahan.md")
    built(city)
    assert "url=../riwayat-perubahan/" in page_of(city, "riwayat")


# -- hostile values show as text --------------------------------------------------------------------

SCRIPT = "<script>alert(1)</script>"
DESCRIPTION = f'Bab "pendahuluan" kota"> {SCRIPT} <b>tebal</b> & semua yang perlu diketahui.'
TITLE = 'Masterplan "Smart" City & <Kota> {Uji} 50%'
HEADING = 'Bab I "Pendahuluan"'
#: A first heading written with entities: the theme decodes them for the page title in the head.
ENTITIES = "Tentang &lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt; &amp;amp;"
FORMULA = '=HYPERLINK("http://contoh.invalid","klik")'
#: An evidence link the schema allows (https, no space) that would end its Markdown link, its table cell
#: and its attribute if it were not encoded.
LINK = 'https://uji.invalid/a"><b>x</b>|y)(z{w}`'


class Head(HTMLParser):
    """<meta name=... content=...> of a page, decoded as a browser reads them."""

    def __init__(self, text: str):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            self.meta.setdefault(attrs.get("name") or attrs["property"], attrs.get("content"))


def text_of(fragment: str) -> str:
    """What a reader sees of an HTML fragment: tags removed, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """The city with hostile but valid values, built strictly (at a host's root, where the 404 page differs)."""
    city = copy_city(tmp_path_factory.mktemp("hostile") / "kota-uji")
    edit(city / BAB, "description: Bab pendahuluan masterplan Kota Uji, kota fiktif untuk pengujian mesin situs.",
         f"description: '{DESCRIPTION}'")
    edit(city / BAB, "# Bab I Pendahuluan", f"# {HEADING}\n\nJudul: {{{{ dokumen.judul }}}}")
    edit(city / "data/masterplan.yml", "judul: Masterplan Uji", f"judul: '{TITLE}'")
    edit(city / "docs/tentang.md", "# Tentang dokumen ini", f"# {ENTITIES}")
    edit(city / "mkdocs.yml", "  - Tentang: tentang.md", "  - tentang.md")  # the title comes from the heading
    edit(city / GOV, "nama: Aplikasi Layanan Kota", f"nama: '{FORMULA} | {SCRIPT}'")
    edit(city / GOV, "tautan: https://uji.invalid/laporan/aplikasi-2025.pdf", f"tautan: '{LINK}'")
    result = build(city, env={**AS_WRITTEN, "SITE_URL": "http://127.0.0.1:8000/"})
    assert result.returncode == 0, result.stderr
    return city


def test_front_matter_and_document_values_stay_inside_the_head(hostile):
    page = page_of(hostile, "pendahuluan")
    head = Head(page.split("</head>")[0])
    assert head.meta["description"] == DESCRIPTION  # one attribute, read back whole
    assert head.meta["citation_title"] == head.meta["DC.title"] == f"{TITLE}: {HEADING}"
    assert SCRIPT not in page


def test_a_title_taken_from_a_heading_stays_text_in_the_head(hostile):
    page = page_of(hostile, "tentang")
    title = page.split("<title>")[1].split("</title>")[0]
    assert html.unescape(title) == f"{html.unescape(ENTITIES)} - Masterplan Smart City Kota Uji"
    assert "<script>alert(2)" not in page
    head = Head(page.split("</head>")[0])
    assert head.meta["og:title"] == head.meta["twitter:title"] == html.unescape(title)  # read back whole


def test_the_link_preview_reads_the_page_as_a_preview_service_does(hostile):
    """What a chat app reads to preview a shared link: title, description, address, image, locale."""
    page = page_of(hostile, "pendahuluan")
    head = Head(page.split("</head>")[0])
    assert head.meta["og:title"] == html.unescape(page.split("<title>")[1].split("</title>")[0])
    assert head.meta["og:description"] == head.meta["twitter:description"] == DESCRIPTION
    assert head.meta["og:url"] == "http://127.0.0.1:8000/pendahuluan/"
    assert head.meta["og:image"] == head.meta["twitter:image"] == "http://127.0.0.1:8000/assets/images/pratinjau.png"
    assert (head.meta["og:locale"], head.meta["og:site_name"]) == ("id_ID", "Masterplan Smart City Kota Uji")
    assert head.meta["twitter:card"] == "summary_large_image"


def test_document_values_on_pages_and_in_the_citation_box_are_text(hostile):
    page = page_of(hostile, "pendahuluan")
    paragraph = page.split("<p>Judul: ")[1].split("</p>")[0]
    assert text_of(paragraph) == TITLE and "<Kota>" not in page  # shown as written, never as a tag
    bibtex = text_of(page.split("@misc")[1].split("</code>")[0])
    assert r'title = {{Masterplan "Smart" City \& <Kota> \{Uji\} 50\%: Bab I "Pendahuluan"}},' in bibtex


def test_hostile_data_shows_as_text_in_tables_and_headings(hostile):
    page = page_of(hostile, "rencana-pembangunan/governance")
    assert SCRIPT not in page
    heading = page.split('id="gov-01">')[1].split("<a ")[0]
    assert text_of(heading) == f"GOV-01 · {FORMULA} | {SCRIPT}"
    cells = re.findall(r"<td>(.*?)</td>", page.split('<table class="mp-tabel">')[1].split("</table>")[0])
    assert text_of(cells[1]) == f"{FORMULA} | {SCRIPT}" and len(cells) % 7 == 0  # the row stayed one row


def test_a_hostile_evidence_link_stays_one_link_in_its_cell(hostile):
    page = page_of(hostile, "rencana-pembangunan/governance")
    block = page.split('id="gov-01"')[1].split('class="mp-program"')[0]
    assert '<a href="https://uji.invalid/a%22%3E%3Cb%3Ex%3C/b%3E%7Cy%29%28z%7Bw%7D%60">bukti</a>' in block
    assert "<b>x</b>" not in block
    indicators = block.split('<table class="mp-tabel">')[2].split("</table>")[0]
    assert len(re.findall(r"<tr>", indicators)) == 2  # header and the one indicator: the row stayed one row


def test_hostile_pages_are_still_valid_html(hostile):
    ours = [m for m in check(hostile / "site") if theme_error(m) is None]
    assert not ours, ours


def test_spreadsheet_cells_cannot_start_a_formula(hostile):
    with open(hostile / "site" / "data" / "program.csv", encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows["GOV-01"]["nama"] == f"'{FORMULA} | {SCRIPT}"


#: Every kind of line break Markdown or Python reads as one, each followed by what would start a block
#: (a heading, a list item, a table row, a quote, an abbreviation, a definition, an indented block).
BREAKS = ["\r# ¤", "\n\n# ¤", "\u2028- ¤", "\x85| ¤ |", "\x0b1. ¤", "\x0c> ¤", "\x1c*[¤]: x", "\u2029: ¤",
          "\r\n    ¤"]
#: Fields of free text (no pattern or list of values) in the city's data, and how many breaks fit in them.
FREE_TEXT = {"nama": 9, "deskripsi": 9, "sumber": 9, "satuan": 4, "catatan": 9, "definisi": 9, "alasan": 9,
             "risiko": 9, "penyebab": 9, "mitigasi": 9, "kepanjangan": 9, "tentang": 9, "judul": 9,
             "cara_hitung": 9, "sumber_data": 9, "penerbit": 9, "mitra": 9}


def _break_every_text(node):
    if isinstance(node, dict):
        return {k: (f"{v[:3]}{''.join(BREAKS[:FREE_TEXT[k]])} {v[3:20]}" if k in FREE_TEXT and isinstance(v, str)
                    else _break_every_text(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_break_every_text(v) for v in node]
    return node


def test_no_data_value_can_start_a_line_in_any_construct(city):
    """Every free text of the data holds every kind of line break, each followed by what would start a
    block: each shows as text on its line, in tables, headings, lists, citations and tooltips alike."""
    for path in sorted((city / "data").rglob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(yaml.safe_dump(_break_every_text(data)), encoding="utf-8")  # breaks written as escapes
    site = built(city)
    shown = 0
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        shown += text.count("¤")
        found = re.search(r">\s*¤", text)  # a block or an abbreviation begun by a value would start with it
        assert not found, (page, text[found.start() - 300:found.end()] if found else "")
    assert shown > 500  # the values were published


# -- files from outside the repository --------------------------------------------------------------

def test_links_leaving_the_repository_are_refused_and_nothing_is_read(city):
    (city / "docs/rahasia.txt").symlink_to("/etc/passwd")
    (city / "data/opd.yml").unlink()
    (city / "data/opd.yml").symlink_to("/etc/passwd")
    (city / "overrides/lingkungan").symlink_to("/proc/self")
    output = failed(city)
    assert "Berkas di luar repositori tidak dibaca (3 masalah)" in output
    for link in ("docs/rahasia.txt", "data/opd.yml", "overrides/lingkungan"):
        assert f"{link}: tautan simbolik ke luar repositori tidak diizinkan" in output
    assert "root:" not in output and not (city / "site").exists()


def test_links_inside_the_repository_are_fine(city):
    (city / "docs/tentang-kota.md").symlink_to("tentang.md")
    edit(city / "mkdocs.yml", "  - Tentang: tentang.md", "  - Tentang: tentang.md\n  - Tentang kota: tentang-kota.md")
    built(city)


# -- input that would exhaust or crash the build ----------------------------------------------------

def test_bad_pages_are_named_with_their_line_and_all_at_once(city):
    tentang = city / "docs/tentang.md"
    tentang.write_bytes(tentang.read_text(encoding="utf-8").replace("# Tentang", "# Tentang caf\xe9", 1)
                        .encode("latin-1"))
    edit(city / BAB, "pemilik: Tim Uji", "pemilik: &p Tim Uji\njuga: [*p, *p, *p]")
    edit(city / "docs/riwayat.md", "description: ", "description: " + "panjang " * 60, 1)
    output = failed(city)
    assert "(3 masalah)" in output
    assert "docs/tentang.md baris 5: berkas bukan teks UTF-8" in output
    assert f"docs/pendahuluan.md baris {line_of(city / BAB, 'juga:')}: alias YAML (*nama) tidak diizinkan" in output
    assert "docs/riwayat.md baris 2, kolom description: terlalu panjang: paling banyak 300 huruf" in output
    assert "Traceback" not in output


def test_an_absurd_macro_argument_names_page_and_line(city):
    page = city / "docs/rencana-pembangunan/living.md"
    edit(page, '{{ daftar_program(dimensi="living") }}', '{{ daftar_program(dimensi="living", level=1000000000000) }}')
    output = failed(city)
    line = line_of(page, "level=1000000000000")
    assert (f"docs/rencana-pembangunan/living.md baris {line}: daftar_program(dimensi='living', "
            "level=1000000000000): level=1000000000000 harus bilangan bulat 2 sampai 6") in output
    assert "MemoryError" not in output and "Traceback" not in output


def test_a_data_bomb_stops_the_build_at_its_line(city):
    gov = city / GOV
    gov.write_text(gov.read_text(encoding="utf-8") + "- nested: " + "[" * 50_000 + "]" * 50_000 + "\n",
                   encoding="utf-8")
    result = subprocess.run([*MKDOCS, "build", "--strict"], cwd=city, capture_output=True, text=True,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    output = result.stdout + result.stderr
    assert result.returncode not in (0, -11), output  # -11: the parser crashed (segmentation fault)
    assert f"data/program/governance.yml baris {line_of(gov, '- nested:')}: susunan bertingkat lebih dari 32" in output
