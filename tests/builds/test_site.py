"""The real site, built strictly once: pages, permalinks, search index, open data, chapters, tooltips."""

from __future__ import annotations

import calendar
import csv
import datetime
import gzip
import html
import json
import re
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
import yaml
from babel.dates import get_month_names

from macros import settings
from macros.data.parse import load_sources
from macros.render import classes
from support import CHAPTERS, ROOT, real_plan

PLAN = real_plan()
#: Where the real site says it lives: mkdocs.yml's `site_url: !ENV [SITE_URL, default]`, a test build setting none.
SITE_URL = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["site_url"][-1]

PROGRAM_FILES = sorted((ROOT / "data" / "program").glob("*.yml"))
DIMENSIONS = [d["id"] for d in yaml.safe_load((ROOT / "data" / "dimensi.yml").read_text(encoding="utf-8"))]
#: The programmes as the YAML holds them, in the JSON data model (dates as text, year keys as text).
PROGRAMS = [p for s in load_sources(ROOT / "data")[0] if s.kind == "program" for p in s.data]


class Elements(HTMLParser):
    """Text of each element with an id, and every class used, from one HTML page."""

    def __init__(self, html: str):
        super().__init__()
        self.text_by_id: dict[str, str] = {}
        self.classes: set[str] = set()
        self._open: list[tuple[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.classes.update((attrs.get("class") or "").split())
        self._open.append((tag, attrs.get("id")))
        if attrs.get("id"):
            self.text_by_id.setdefault(attrs["id"], "")

    def handle_endtag(self, tag):
        while self._open:
            if self._open.pop()[0] == tag:
                break

    def handle_data(self, data):
        for _, element_id in self._open:
            if element_id:
                self.text_by_id[element_id] += data


def page(site: Path, url: str) -> Elements:
    return Elements((site / url / "index.html").read_text(encoding="utf-8"))


def test_build_prints_no_warning(real_build):
    _, result = real_build
    output = result.stdout + result.stderr
    assert "WARNING" not in output and "ERROR" not in output, output


def test_every_nav_page_is_built(real_build):
    site, _ = real_build
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)

    def files(items):
        for item in items:
            value = item if isinstance(item, str) else next(iter(item.values()))
            yield from ([value] if isinstance(value, str) else files(value))

    for source in files(config["nav"]):
        built = source.removesuffix("index.md").removesuffix(".md") + "/index.html"
        assert (site / built.lstrip("/")).is_file(), source


@pytest.mark.parametrize("program", PROGRAMS, ids=[p["id"] for p in PROGRAMS])
def test_every_programme_has_its_permalink_on_its_dimension_page(real_build, program):
    site, _ = real_build
    elements = page(site, f"rencana-pembangunan/{program['dimensi']}")
    heading = elements.text_by_id[program["id"].lower()]
    assert heading.startswith(f"{program['id']} · {program['nama']}")


def test_macro_output_is_in_the_search_index(real_build):
    site, _ = real_build
    fragments = {}
    for path in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        record = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))
        fragments[record["url"]] = record
    assert len(fragments) >= 20
    for program in PROGRAMS:
        page = fragments[f"/rencana-pembangunan/{program['dimensi']}/"]
        assert f"{program['id']} · {program['nama']}" in page["content"]
        anchors = [a["id"] for a in page["anchors"]]
        assert program["id"].lower() in anchors
    assert "Salin tautan" not in fragments["/rencana-pembangunan/living/"]["content"]  # the copy buttons
    assert "Salin kutipan" not in fragments["/rencana-pembangunan/living/"]["content"]


def holds(exported: object, written: object) -> bool:
    """`exported` says all that `written` (the YAML) does; it may also fill in what the YAML leaves out."""
    if isinstance(written, dict):
        return isinstance(exported, dict) and all(k in exported and holds(exported[k], v) for k, v in written.items())
    if isinstance(written, list):
        return isinstance(exported, list) and len(exported) == len(written) and all(map(holds, exported, written))
    return exported == written


def test_open_data_matches_the_yaml(real_build):
    site, _ = real_build
    exported = json.loads((site / "data" / "program.json").read_text(encoding="utf-8"))
    assert [row["id"] for row in exported] == [p["id"] for p in PROGRAMS]
    for row, program in zip(exported, PROGRAMS, strict=True):
        assert holds(row, program), program["id"]
        assert row["status"] == program["riwayat_status"][-1]["status"]
        # Absolute, so that it works wherever the file is read; pinned to the version by site_url in a release.
        assert row["tautan"] == f"{SITE_URL}rencana-pembangunan/{program['dimensi']}/#{program['id'].lower()}"
        url, anchor = row["tautan"].removeprefix(SITE_URL).split("#")
        assert anchor in page(site, url.rstrip("/")).text_by_id


def test_open_data_package_is_valid_for_frictionless(real_build):
    site, _ = real_build
    result = subprocess.run([str(Path(sys.executable).parent / "frictionless"), "validate", "--json",
                             "datapackage.json"], cwd=site / "data", capture_output=True, text=True)
    report = json.loads(result.stdout)
    assert report["valid"], json.dumps(report, indent=1)[:3000]
    assert {task["name"] for task in report["tasks"]} == {"program", "capaian", "anggaran", "opd", "dimensi",
                                                           "elemen", "indikator-utama", "digabung", "risiko",
                                                           "regulasi", "evaluasi"}
    rows = {task["name"]: task["stats"].get("rows", 0) for task in report["tasks"]}  # none: a header only
    assert rows["program"] == len(PROGRAMS) and rows["capaian"] >= len(PROGRAMS)


def test_csv_matches_the_json(real_build):
    site, _ = real_build
    exported = json.loads((site / "data" / "program.json").read_text(encoding="utf-8"))
    with open(site / "data" / "program.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(exported)
    for row, record in zip(rows, exported, strict=False):
        assert (row["id"], row["nama"], row["tautan"]) == (record["id"], record["nama"], record["tautan"])
        assert row["opd_pendukung"] == "; ".join(record["opd_pendukung"])
        assert int(row["anggaran_jumlah"]) == sum(record["anggaran"].values())
        for year, amount in record["anggaran"].items():
            assert int(row[f"anggaran_{year}"]) == amount


def test_the_workbooks_hold_every_table_typed_as_the_csv_reads(real_build):
    """Read back with openpyxl: a sheet per CSV table in the package's order, then the dictionary; each
    sheet's cells are the CSV's, typed (numbers, booleans, dates); the header row frozen."""
    site, _ = real_build
    package = json.loads((site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    names = [resource["name"] for resource in package["resources"]]
    assert [w["path"] for w in package["workbooks"]] == ["data-terbuka.xlsx", "evaluasi.xlsx"]
    book = openpyxl.load_workbook(site / "data" / "data-terbuka.xlsx")
    assert book.sheetnames == [*names, "kamus-data"]
    assert openpyxl.load_workbook(site / "data" / "evaluasi.xlsx").sheetnames == ["evaluasi", "kamus-data"]
    for resource in package["resources"]:
        sheet = book[resource["name"]]
        assert sheet.freeze_panes == "A2"
        with open(site / "data" / resource["path"], encoding="utf-8", newline="") as handle:
            written = list(csv.reader(handle))
        read = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
        assert len(read) == len(written), resource["name"]
        types = [field["type"] for field in resource["schema"]["fields"]]
        for cells, texts in zip(read[1:], written[1:], strict=True):
            for value, text, kind in zip(cells, texts, types, strict=True):
                if kind == "date" and text:
                    assert value == datetime.datetime.fromisoformat(text), (resource["name"], text)
                elif kind == "boolean" and text:
                    assert value is (text == "true")
                elif kind == "integer" and text:
                    assert value == int(text) and isinstance(value, int)
                else:
                    assert str(value) == text or value == float(text), (resource["name"], value, text)
    dictionary = list(book["kamus-data"].iter_rows(values_only=True))
    assert len(dictionary) == 1 + sum(len(r["schema"]["fields"]) for r in package["resources"])


def test_json_schemas_are_published_beside_the_data(real_build):
    site, _ = real_build
    for schema in (ROOT / "data" / "schema").glob("*.schema.json"):
        assert (site / "data" / schema.name).read_text(encoding="utf-8") == schema.read_text(encoding="utf-8")


def test_pages_with_illustrative_figures_show_the_notice(real_build):
    site, _ = real_build
    marked = 0
    for html_file in site.rglob("index.html"):
        elements = Elements(html_file.read_text(encoding="utf-8"))
        if classes.ILLUSTRATIVE in elements.classes:
            marked += 1
            assert classes.NOTICE in elements.classes, html_file
            # the mark's title (a tooltip) at its first use on the page, not in every row
            titled = re.findall(rf'class="{classes.ILLUSTRATIVE}" title="', html_file.read_text(encoding="utf-8"))
            assert len(titled) == 1, html_file
    assert marked >= 3  # dimension pages, budget summaries


def test_the_roadmap_is_a_timeline_of_every_programme(real_build):
    site, _ = real_build
    html = (site / "roadmap" / "index.html").read_text(encoding="utf-8")
    table = html.split('<div class="mp-linimasa">')[1].split("</table>")[0]
    rows = re.findall(r'<td><a href="([^"]+)">([A-Z]{3}-\d+) ', table)
    assert [i for _, i in rows] == [p["id"] for p in sorted(PROGRAMS, key=lambda p: DIMENSIONS.index(p["dimensi"]))]
    for (href, program_id), program in zip(rows, sorted(PROGRAMS, key=lambda p: DIMENSIONS.index(p["dimensi"])),
                                           strict=True):
        assert href == f"../rencana-pembangunan/{program['dimensi']}/#{program_id.lower()}"  # resolved by MkDocs
    assert "mermaid" not in html


def test_every_programme_links_to_its_exact_data_file_and_line_and_to_the_report_form(real_build):
    site, _ = real_build
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    edit_base = re.search(r'^repo_url: !ENV \[REPO_URL, "([^"]+)"\]', config, re.MULTILINE).group(1) + "/edit/main/"
    for path in PROGRAM_FILES:
        relative = path.relative_to(ROOT).as_posix()
        dimension = path.stem
        html = (site / "rencana-pembangunan" / dimension / "index.html").read_text(encoding="utf-8")
        lines = path.read_text(encoding="utf-8").splitlines()
        for program in yaml.safe_load(path.read_text(encoding="utf-8")):
            line = lines.index(f"- id: {program['id']}") + 1
            end = next((i for i in range(line, len(lines)) if lines[i].startswith("- id: ")), len(lines))
            while not lines[end - 1].strip() or lines[end - 1].startswith("#"):  # the last line of the record
                end -= 1
            view = edit_base.replace("/edit/", "/blob/")
            block = html.split(f'id="{program["id"].lower()}"')[1].split('class="mp-program"')[0]
            # the link's title, the same for every programme of the file, is kept at its first use only
            assert re.search(f'<a href="{re.escape(edit_base + relative)}"( title="[^"]*")?>Ubah data program ini'
                             f'</a> \\(<a href="{re.escape(view + relative)}#L{line}-L{end}">baris {line}–{end}'
                             f'</a>\\)', block), program["id"]
            form = f"{edit_base.removesuffix('/edit/main/')}/issues/new?template=laporan-capaian.yml&amp;program="
            assert f'<a href="{form}{program["id"]}">Laporkan capaian lewat formulir</a>' in block, program["id"]
        assert f'Ubah data tabel ini: <a href="{edit_base}{relative}" title="{relative}">' in html
        assert html.count(f'title="Membuka {relative} di editor web GitHub dari baris pertama; baris program ini '
                          'tertulis sesudah tautan ini (gulir ke sana atau cari ID program)"') == 1


def test_every_published_page_is_in_the_link_registry(real_build):
    """Every page the site publishes is registered, so that the build guards its address from then on."""
    from macros.publish import link_registry

    site, _ = real_build
    registry = link_registry.load(ROOT / settings.PUBLISHED_LINKS)
    if not registry:  # a new city before its first release: nothing is published, so nothing is guarded yet
        tags = subprocess.run(["git", "tag", "-l", "v*"], cwd=ROOT, capture_output=True, text=True, check=True)
        assert not tags.stdout.strip(), "sebuah rilis sudah dibuat, tetapi data/tautan-terbit.yml kosong: make links"
        return
    missing = sorted(set(link_registry.published(site)) - set(registry))
    assert not missing, f"halaman belum tercatat di data/tautan-terbit.yml (jalankan make links): {missing}"


def late_or_unreviewed() -> list[str]:
    """The programmes that need an update, worked out here from the YAML, not by the engine."""
    limit = yaml.safe_load((ROOT / "data" / "masterplan.yml").read_text(encoding="utf-8"))["pemantauan"]
    today = settings.today()  # the date the build saw: the real one, unless MASTERPLAN_TODAY fixes it
    months = today.year * 12 + today.month - 1 - limit["batas_tinjau_bulan"]
    year, month = divmod(months, 12)
    # the same day of that month, or its last day where the month is shorter (31 August: 28 February)
    oldest = datetime.date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))
    return [p["id"] for p in PROGRAMS
            if (p["riwayat_status"][-1]["status"] == "rencana" and p["tahun_mulai"] < today.year)
            or datetime.date.fromisoformat(p["ditinjau"]["tanggal"]) < oldest]


def test_the_progress_page_says_who_reviewed_the_data_and_never_more(real_build):
    """Counted from the YAML here: a programme only the drafting team reviewed is never said confirmed by its
    agency, and no page says every programme was reviewed on schedule."""
    site, _ = real_build
    progress = re.sub(r"<[^>]+>", "", (site / "capaian" / "index.html").read_text(encoding="utf-8"))  # no <abbr>
    by = Counter(p["ditinjau"]["oleh"] for p in PROGRAMS)
    if by["tim-penyusun"]:
        assert f"Tim penyusun {by['tim-penyusun']} program" in progress
    confirmed = "Belum ada program yang datanya dipastikan OPD pelaksananya."
    assert (confirmed in progress) == (not by["opd-pelaksana"])
    assert "ditinjau sesuai jadwal" not in progress


def test_programmes_that_need_an_update_are_shown_where_readers_look(real_build):
    site, _ = real_build
    late = late_or_unreviewed()  # none while every programme is freshly reviewed and the plan has not begun
    progress = (site / "capaian" / "index.html").read_text(encoding="utf-8")
    listed = progress.split('id="perlu-pembaruan"')[1].split("</article>")[0]
    if late:
        assert f"{len(late)} program perlu pembaruan" in listed
    else:
        assert "Tidak ada program yang perlu pembaruan" in listed
    assert re.findall(r'<li><a href="[^"]+#([a-z]{3}-\d+)"', listed) == [i.lower() for i in late]
    for program in PROGRAMS:  # the notice is on the blocks of those programmes, and only on theirs
        page = (site / "rencana-pembangunan" / program["dimensi"] / "index.html").read_text(encoding="utf-8")
        block = page.split(f'id="{program["id"].lower()}"')[1].split('class="mp-program"')[0]
        assert (f'class="{classes.OVERDUE}"' in block) == (program["id"] in late), program["id"]


def test_the_home_panel_and_bab_x_draw_on_the_data(real_build):
    site, _ = real_build
    home = (site / "index.html").read_text(encoding="utf-8")
    panel = home.split('class="mp-panel">')[1].split("</section>")[0]
    running = sum(p["riwayat_status"][-1]["status"] == "berjalan" for p in PROGRAMS)
    card = f'<span class="mp-panel__angka">{running}</span> <span class="mp-panel__ket">program berjalan'
    assert (card in panel) if running else ("program berjalan" not in panel)  # a status no programme has: no card
    assert f'<span class="mp-panel__angka">{len(late_or_unreviewed())}</span>' in panel
    assert '<a href="capaian/">' in panel
    evaluation = html_of(site, "monitoring-evaluasi.md").split('id="evaluasi-tahunan"')[1]
    first = PLAN.years[0]
    if settings.today().year < first:  # the plan has not begun: nothing is evaluated yet
        assert f"mulai {first}</span>" in panel
        assert "Belum ada tahun masterplan yang dimulai." in evaluation
    else:
        scheduled = sum(p["tahun_mulai"] <= first <= p["tahun_selesai"] for p in PROGRAMS)
        assert f"<strong>{first}</strong>: {scheduled} program terjadwal" in evaluation


def html_of(site: Path, src: str) -> str:
    url = src.removesuffix("index.md").removesuffix(".md")
    return (site / url / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("src, bab", CHAPTERS)
def test_chapter_shows_version_citation_and_history(real_build, src, bab):
    site, _ = real_build
    html = html_of(site, src)
    meta = re.search(r'<p class="mp-bab-meta">(.*?)</p>', html).group(1)
    assert re.search(r"Versi bab <strong>[0-9.]+</strong> · Status: <strong>(Draf|Final|Ditetapkan)</strong>"
                     r" · Diperbarui \d{1,2} \w+ 20\d\d", meta), meta
    box = html.split("<summary>Kutip halaman ini</summary>")[1].split("</details>")[0]
    assert f"{PLAN.info['penerbit']}. (20" in box and "Diakses pada [tanggal akses], dari https://" in box
    assert "@misc" in box
    assert html.index("mp-bab-meta") < html.index("Kutip halaman ini") < html.index('id="riwayat-perubahan"')


@pytest.mark.parametrize("src", sorted(p.relative_to(ROOT / "docs").as_posix()
                                       for p in (ROOT / "docs").rglob("*.md")))
def test_every_page_has_citation_metadata_and_canonical_link(real_build, src):
    site, _ = real_build
    html = html_of(site, src)
    for name in ("citation_title", "citation_author", "citation_publication_date", "citation_public_url",
                 "citation_language", "DC.title", "DC.creator", "DC.date", "DC.identifier", "DC.language"):
        assert f'<meta name="{name}" content="' in html, (src, name)
    assert '<link rel="canonical" href="https://' in html


def test_history_page_aggregates_every_chapter_newest_first(real_build):
    site, _ = real_build
    table = html_of(site, "riwayat.md").split('id="riwayat-bab"')[1].split("</table>")[0]
    for _src, bab in CHAPTERS:
        assert f"Bab {bab} " in table
    dates = re.findall(r"<td>(\d{1,2} \w+ \d{4})</td>", table)
    months = {name: number for number, name in get_month_names("wide", locale="id").items()}
    parsed = [datetime.date(int(d.split()[2]), months[d.split()[1]], int(d.split()[0])) for d in dates]
    assert len(parsed) >= len(CHAPTERS)
    assert parsed == sorted(parsed, reverse=True)


def test_glossary_terms_render_as_tooltips(real_build):
    site, _ = real_build
    pages = [p.read_text(encoding="utf-8") for p in site.rglob("index.html") if "glosarium" not in p.parts]
    # text where an abbreviation can be marked: not the head, header, navigation, footer or code
    unmarked = re.compile(r"<(head|header|nav|footer|pre|code)\b.*?</\1>", re.DOTALL)
    written = "\n".join(re.sub(r"<[^>]+>", " ", unmarked.sub(" ", page)) for page in pages)
    for term in PLAN.glossary:
        if not re.search(r"(?<!\w)" + re.escape(term.istilah) + r"(?!\w)", written):
            continue  # a term the pages do not use yet (a new city's general terms)
        tag = re.compile(r'<abbr title="([^"]+)">' + re.escape(term.istilah) + "</abbr>")
        shown = [m.group(1) for page in pages for m in tag.finditer(page)]
        assert shown, f"{term.istilah} never shows as a tooltip"
        text = html.unescape(html.unescape(shown[0]))  # escaped twice: Material shows a title as HTML
        assert text.startswith((term.kepanjangan or term.definisi)[:20])


def test_the_evaluation_page_says_when_the_first_year_begins_or_shows_each_year(real_build):
    site, _ = real_build
    text = html_of(site, "evaluasi.md")
    first = PLAN.years[0]
    begun = [y for y in PLAN.years if y <= settings.today().year]
    if not begun:  # a plan written before its period (this one begins in 2028)
        assert f"Tahun evaluasi pertama adalah <strong>{first}</strong>" in text
        assert 'id="tahun-' not in text
    for year in begun:
        for part in ("baseline", "output", "outcome", "impact", "quick-win"):
            assert f'id="tahun-{year}-{part}"' in text
    with open(site / "data" / "evaluasi.csv", encoding="utf-8", newline="") as handle:
        assert {int(r["tahun"]) for r in csv.DictReader(handle)} == set(begun)


#: Words for developers, not for residents and officials. Only the pages for contributors and data users
#: (Tentang, Data Terbuka) may use them; a chapter leaves them to those pages or to CONTRIBUTING.
DEVELOPER_WORDS = ("pull request", "bibtex", "csv injection", "owasp", "repositori", "yaml", "situs dibangun",
                   "commit", "markdown", "data/", "jinja", "mkdocs")
FOR_CONTRIBUTORS = {"tentang", "data-terbuka"}


def test_reader_pages_leave_developer_words_to_the_pages_for_contributors(real_build):
    site, _ = real_build
    found = {}
    for built in sorted(site.rglob("index.html")):
        url = built.parent.relative_to(site).as_posix()
        if url in FOR_CONTRIBUTORS or url.split("/")[0] in ("versi", "assets"):
            continue
        article = built.read_text(encoding="utf-8").split("<article", 1)[1].split("</article>", 1)[0]
        article = re.sub(r"<(script|style)\b.*?</\1>", " ", article, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", article)).lower()
        words = [w for w in DEVELOPER_WORDS if re.search(r"(?<![\w-])" + re.escape(w), text)]
        if words:
            found[url or "beranda"] = words
    assert not found, found


def test_the_link_preview_image_is_published_at_1200_by_630_and_small(real_build):
    site, _ = real_build
    head = (site / "index.html").read_text(encoding="utf-8").split("</head>")[0]
    assert f'<meta property="og:image" content="{SITE_URL}assets/images/pratinjau.png">' in head
    image = (site / "assets" / "images" / "pratinjau.png").read_bytes()
    width, height = int.from_bytes(image[16:20], "big"), int.from_bytes(image[20:24], "big")  # PNG IHDR
    assert (image[:8], width, height) == (b"\x89PNG\r\n\x1a\n", 1200, 630) and len(image) < 100_000
