"""Indonesian that reads as written by a person: the words CONTRIBUTING.md asks to avoid, the names the
sources use, and no sentence or history summary written twice."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from macros import settings
from macros.data.frontmatter import read_pages, split_front_matter
from macros.data.schema import read
from support import ROOT

PAGES = sorted((ROOT / "docs").rglob("*.md"))
DATA = sorted((ROOT / "data").rglob("*.yml"))
TEXTS = [*PAGES, *DATA]


def avoided_words() -> dict[str, str]:
    """The table "Hindari | Tulis" of CONTRIBUTING.md, section "Gaya bahasa"."""
    section = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8").split("## Gaya bahasa", 1)[1].split("\n## ")[0]
    return dict(re.findall(r"^\| ([^|`]+?) \| ([^|]+?) \|$", section, flags=re.MULTILINE)[2:])  # header rows out


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_the_style_table_is_read():
    words = avoided_words()
    assert words["non-tunai"] == "nontunai" and words["event"] == "acara" and len(words) >= 6


@pytest.mark.parametrize("path", TEXTS, ids=relative)
def test_no_avoided_word(path):
    text = path.read_text(encoding="utf-8")
    found = [f"{word} (tulis: {better})" for word, better in avoided_words().items()
             if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, flags=re.IGNORECASE)]
    assert not found, found


@pytest.mark.parametrize("path", TEXTS, ids=relative)
def test_the_2017_name_only_for_the_2017_launch(path):
    """The 2022 programme is "Gerakan Menuju Smart City"; "... 100 Smart City" names Kominfo's 2017 launch."""
    for sentence in sentences(path.read_text(encoding="utf-8")):
        if "Menuju 100 Smart City" in sentence:
            assert "2017" in sentence, sentence


def sentences(text: str) -> list[str]:
    """The sentences of a page's prose: front matter, code, macro calls and footnote definitions left out
    (a footnote names a source, and the same source is cited on many pages)."""
    text = split_front_matter(text)[1] if text.startswith("---") else text
    text = re.sub(r"```.*?```|\{\{.*?\}\}|\{%.*?%\}", " ", text, flags=re.DOTALL)
    prose = [line for line in text.split("\n") if not line.startswith(("[^", "    ", "#", "|", "*["))]
    words = " ".join(" ".join(prose).split())
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"*(\[])", words) if s]


def test_no_sentence_is_written_on_two_pages():
    pages = defaultdict(set)
    for path in PAGES:
        for sentence in sentences(path.read_text(encoding="utf-8")):
            if len(sentence.split()) >= 8:
                pages[sentence].add(relative(path))
    repeated = {s: sorted(p) for s, p in pages.items() if len(p) > 1}
    assert not repeated, repeated


def test_no_two_pages_share_a_history_summary():
    owners = defaultdict(list)
    for info in read_pages(ROOT / "docs", read(ROOT / settings.SCHEMAS)).values():
        for revision in info.riwayat:
            owners[revision.ringkasan].append(info.src)
    shared = {summary: pages for summary, pages in owners.items() if len(pages) > 1}
    assert not shared, shared
