"""Content checks: the masterplan is complete, consistent and honest about what is illustrative."""

from __future__ import annotations

import posixpath
import re
from collections import Counter

import pytest
import yaml

from macros import settings
from macros.data.read import read_masterplan
from macros.publish import link_registry
from support import CHAPTERS, ROOT

DOCS = ROOT / "docs"
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
#: The 2022 innovations the sources report as running; the sixth, the City of Randang festival, only as planned.
RUNNING_SERVICES = ["MY KOPAY", "SIPADUKO", "Bang Soleh", "Goes to School", "Peduli Lingkungan Sejak Dini"]
PLANNED_SERVICES = ["City of Randang"]
# Figures not yet verified against an official source: wherever stated, the paragraph says
# "perlu verifikasi".
UNVERIFIED = ["139.576", "47 kelurahan"]
PLAN = read_masterplan(ROOT / "data")


def split_page(path: str) -> tuple[dict, str]:
    text = (DOCS / path).read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, flags=re.DOTALL)
    assert match, f"{path} has no front matter"
    return yaml.safe_load(match.group(1)), text[match.end():]


def nav_files() -> list[str]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)

    def walk(items):
        for item in items:
            value = item if isinstance(item, str) else next(iter(item.values()))
            yield from ([value] if isinstance(value, str) else walk(value))

    return list(walk(config["nav"]))


def test_chapters_are_in_the_navigation_in_order():
    nav = nav_files()
    positions = [nav.index(path) for path, _ in CHAPTERS]
    assert positions == sorted(positions)
    assert set(PAGES) <= set(nav), set(PAGES) - set(nav)


@pytest.mark.parametrize("path, bab", CHAPTERS)
def test_chapter_front_matter_names_its_chapter(path, bab):
    meta, body = split_page(path)
    assert meta["bab"] == bab
    assert body.lstrip().startswith(f"# Bab {bab} ")


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_description_and_owner(path):
    meta, _ = split_page(path)
    assert len(meta.get("description", "")) >= 30 and meta.get("pemilik"), path


@pytest.mark.parametrize("path", PAGES)
def test_every_section_heading_has_a_pinned_id(path):
    _, body = split_page(path)
    for line in body.splitlines():
        if line.startswith("## "):
            assert re.search(r"\{ #[a-z0-9]+(-[a-z0-9]+)* \}$", line), f"{path}: {line}"


@pytest.mark.parametrize("path", PAGES)
def test_no_placeholder_text(path):
    text = (DOCS / path).read_text(encoding="utf-8").lower()
    for placeholder in ("sedang disusun", "lorem", "todo", "tbd", "xxx"):
        assert not re.search(rf"\b{placeholder}\b", text), f"{path}: {placeholder}"


def test_unverified_facts_are_marked():
    for path in PAGES:
        _, body = split_page(path)
        for paragraph in body.split("\n\n"):
            for fact in UNVERIFIED:
                if fact in paragraph:
                    assert "perlu verifikasi" in paragraph, f"{path}: {fact}"


#: Calls of the footnote that names no source: at most three, on one page, whose definition says why.
UNSOURCED_NOTE, UNSOURCED_AT_MOST = "[^profil]", 3


def test_the_footnote_without_a_source_is_used_at_most_three_times_and_says_why():
    calls = {p: split_page(p)[1].count(UNSOURCED_NOTE) - split_page(p)[1].count(UNSOURCED_NOTE + ":")
             for p in PAGES}
    calls = {name: count for name, count in calls.items() if count}
    assert sum(calls.values()) <= UNSOURCED_AT_MOST, f"{calls}: ganti dengan sumber yang sebenarnya"
    assert len(calls) <= 1, f"{calls}: halaman lain merujuk ke bab yang memuat catatannya"
    for path in PAGES:
        for definition in re.findall(r"^\[\^profil\]:(.*)$", split_page(path)[1], flags=re.M):
            assert "belum dapat disebut" in definition and "perlu verifikasi" in definition, path


def test_sipaduko_is_described_as_its_source_describes_it():
    """SIPADUKO informs about puskesmas (hours, services, staff); it does not register patients."""
    texts = [split_page(p)[1] for p in PAGES] + [(ROOT / "data" / name).read_text(encoding="utf-8")
                                                 for name in ("program-digabung.yml", "glosarium.yml")]
    wrong = [found.group(0) for text in texts
             for found in re.finditer(r"pendaftaran pasien (di )?SIPADUKO", " ".join(text.split()))]
    assert not wrong, wrong


def test_the_masterplan_has_several_thousand_words():
    words = sum(len(re.findall(r"\w+", split_page(p)[1])) for p in PAGES)
    assert words >= 6000


def test_every_dimension_and_element_has_programmes():
    for dimension in PLAN.dimensions:
        programs = [p for p in PLAN.programs if p.dimensi == dimension.id]
        assert len(programs) >= 8, dimension.id
        per_element = Counter(p.elemen for p in programs)
        assert all(per_element[e.id] >= 1 for e in dimension.elements), (dimension.id, per_element)
    assert len(PLAN.programs) >= 60


def test_exactly_one_quick_win_per_dimension():
    quick_wins = [p.dimensi for p in PLAN.programs if p.tahapan == "quick-win"]
    assert sorted(quick_wins) == sorted(d.id for d in PLAN.dimensions)


def test_every_agency_listed_is_used():
    used = {p.opd for p in PLAN.programs} | {a for p in PLAN.programs for a in p.opd_pendukung}
    assert {a.id for a in PLAN.agencies} == used


@pytest.mark.parametrize("service", RUNNING_SERVICES + PLANNED_SERVICES)
def test_a_programme_carries_on_each_2022_innovation_with_the_status_its_source_gives(service):
    matches = [p for p in PLAN.programs if p.melanjutkan and service.casefold() in p.melanjutkan.layanan.casefold()]
    assert matches, service
    assert {p.status for p in matches} == {"berjalan" if service in RUNNING_SERVICES else "rencana"}, service


def test_budgets_are_flagged_illustrative():
    assert all(p.ilustrasi for p in PLAN.programs if p.anggaran)


def test_registry_covers_every_chapter_and_programme():
    registry = link_registry.load(ROOT / settings.PUBLISHED_LINKS)
    assert "analisis-swot" in registry["/analisis-strategis/"]
    assert "gov-01" in registry["/rencana-pembangunan/governance/"]


def test_a_link_named_after_a_chapter_leads_to_that_chapter():
    """'[Bab VII](quick-win.md)' must lead to the page whose front matter says bab: VII."""
    wrong = []
    for path in PAGES:
        for number, target in re.findall(r"\[Bab ([IVX]+)[^\]]*\]\(([^)#\s]+\.md)", split_page(path)[1]):
            page = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            if str(split_page(page)[0].get("bab")) != number:
                wrong.append(f"{path}: Bab {number} -> {page} (bab {split_page(page)[0].get('bab')})")
    assert not wrong, wrong
