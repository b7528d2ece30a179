"""How a page is cited: the reference, BibTeX and the metadata reference managers read."""

from __future__ import annotations

import datetime

from macros.render import citation

CITATION = citation.Citation("Masterplan", "Bab I Pendahuluan", "Pemkot", "1.0", datetime.date(2027, 3, 5),
                             "https://contoh.invalid/1.0/pendahuluan/", key="Kota Contoh")


def test_citation_formats():
    assert citation.citation_text(CITATION) == (
        "Pemkot. (2027). Masterplan: Bab I Pendahuluan (Versi 1.0). Pemkot. "
        "Diakses pada [tanggal akses], dari https://contoh.invalid/1.0/pendahuluan/")
    assert citation.bibtex(CITATION).startswith("@misc{kotacontoh2027babipendahuluan,\n  author = {{Pemkot}},\n"
                                                "  title = {{Masterplan: Bab I Pendahuluan}},")
    assert ("citation_publication_date", "2027/03/05") in citation.meta_tags(CITATION)


def test_bibtex_escapes_what_bibtex_reads():
    hostile = citation.Citation('Rencana 50% {A} & "B"', "Bab_1 #2 ~x", "Tim $ \\ ^", "1.0", datetime.date(2027, 1, 1),
                                "https://contoh.invalid/")
    text = citation.bibtex(hostile)
    assert r'title = {{Rencana 50\% \{A\} \& "B": Bab\_1 \#2 \textasciitilde{}x}},' in text
    assert r"author = {{Tim \$ \textbackslash{} \textasciicircum{}}}," in text
    assert "urldate" not in text and "version = {1.0}" in text


def test_a_line_break_in_a_value_stays_on_one_line():
    broken = citation.Citation("Masterplan\n```\n<script>", "Bab I", "Pemkot", "1.0", datetime.date(2027, 1, 1), "u")
    assert broken.document == "Masterplan ``` <script>"
    assert all("\n" not in value for value in (citation.citation_text(broken), *citation.bibtex(broken).split("\n")))


def test_a_programme_is_cited_by_its_id_and_name_with_its_link_in_this_version():
    text = citation.program_citation(CITATION, "GOV-01", "Aplikasi\nLayanan", "gov-01")
    assert text == ("Pemkot. (2027). Masterplan: Bab I Pendahuluan, Program GOV-01 Aplikasi Layanan (Versi 1.0). "
                    "Pemkot. Diakses pada [tanggal akses], dari https://contoh.invalid/1.0/pendahuluan/#gov-01")


def test_a_programme_s_citation_box_under_its_heading_holds_the_citation_and_the_link(plan):
    from macros.plan.select import one
    from macros.render import programs
    from support import to_html

    text = programs.program_detail(one(plan, "GOV-01"), plan, cite=CITATION)
    assert text.startswith("### GOV-01 · ")
    body_start, buttons, head = text.split("\n\n")[1:4]
    assert body_start == '<div class="mp-program-isi" markdown>' and text.endswith("\n\n</div>")
    assert buttons.startswith('<p class="mp-salin-tombol"><button ') and buttons.count('data-mp-program="gov-01"') == 2
    assert head == '??? quote mp-kutip-program "Kutip program ini"'
    box = text.split("\n\n", 4)[4].split("\n\n### ")[0]
    body = "\n".join(line.removeprefix("    ") for line in box.split("\n"))
    paragraphs = to_html(body).split('<p class="mp-kutipan"')[1:3]
    shown = [p.split(">", 1)[1].split("</p>")[0] for p in paragraphs]
    assert shown[0].startswith("Pemkot. (2027). Masterplan&#58; Bab I Pendahuluan, Program GOV-01 Aplikasi Layanan")
    assert shown[1] == "https&#58;//contoh.invalid/1.0/pendahuluan/#gov-01"
    uncited = programs.program_detail(one(plan, "GOV-01"), plan)
    assert "Kutip program ini" not in uncited and "Salin kutipan" not in uncited and "Salin tautan" in uncited


def test_the_copy_buttons_are_one_line_of_html_whatever_the_id():
    from macros.render.chapters import program_copy_buttons
    from support import to_html

    line = program_copy_buttons('X"><b>\n1', 'x"><b>', citation=True)
    assert "\n" not in line and "<b>" not in line
    assert line.count('data-mp-program="x&quot;&gt;&lt;b&gt;"') == 2
    assert 'aria-label="Salin kutipan program X&quot;&gt;&lt;b&gt; 1"' in line
    assert to_html(line) == line  # Markdown passes the block through as it is
