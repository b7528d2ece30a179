"""Reading YAML safely: what could expand, crash or leak is refused at its line, in Indonesian."""

from __future__ import annotations

import pytest

from macros.data import parse as parse_module
from macros.data.parse import MAX_DEPTH, field_name, parse
from support import edit, line_of, only_problem

GOV = "program/governance.yml"


def refused(text: str) -> str:
    source, problems = parse(text, "data/x.yml", "program")
    assert source is None and len(problems) == 1, problems
    return str(problems[0])


@pytest.mark.parametrize("text, line, words", [
    ("a: &a [1]\nb: *a\n", 2, "alias YAML (*nama) tidak diizinkan"),
    ("a: &a [*a]\n", 1, "alias YAML"),  # a structure that contains itself
    ("a: {x: 1}\nb:\n  <<: {x: 2}\n", 3, "kunci gabung YAML (<<) tidak diizinkan"),
    # 100,000 levels would crash libyaml's own composer
    ("a: " + "[" * 100_000 + "]" * 100_000 + "\n", 1, f"lebih dari {MAX_DEPTH} tingkat"),
    ("".join("  " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 2)), MAX_DEPTH + 1, f"lebih dari {MAX_DEPTH} tingkat"),
    ("a: " + "9" * 5000 + "\n", 1, "angka terlalu panjang"),
    ("a: .inf\n", 1, "angka harus terhingga"),
    ("a: 1.0e+999\n", 1, "angka harus terhingga"),
    ("a: .nan\n", 1, "angka harus terhingga"),
    ("a: !!binary aGFsbw==\n", 1, "tanda YAML !!binary tidak diizinkan"),
    ("a: !!python/object/apply:os.system [id]\n", 1, "tanda YAML !!python/object/apply:os.system tidak diizinkan"),
    ("a: !!set {x}\n", 1, "tanda YAML !!set tidak diizinkan"),
    # YAML 1.1's other ways of writing a number read as a number other than the one a reader sees
    ("a: 0x1F\n", 1, "angka 0x1F ditulis dalam bentuk heksadesimal"),
    ("a: 0b11\n", 1, "angka 0b11 ditulis dalam bentuk heksadesimal atau biner"),
    ("a: [1,\n  010]\n", 2, "angka 010 diawali 0 dan dibaca YAML sebagai bilangan oktal"),
    ("a: 1_000_000\n", 1, "angka 1_000_000 memakai garis bawah"),
    ("a: 2_500.5\n", 1, "angka 2_500.5 memakai garis bawah"),
    ("a: 1:30\n", 1, "1:30 dibaca YAML sebagai angka berbasis 60"),
])
def test_refused_yaml_names_the_line(text, line, words):
    message = refused(text)
    assert message.startswith(f"data/x.yml baris {line}: ") and words in message, message


def test_an_expanding_document_is_refused_before_it_expands():
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(8)]
    assert "baris 2: alias YAML" in refused("\n".join(levels) + "\n")  # 10^9 values once expanded


def test_plain_json_values_are_read_as_before():
    source, problems = parse("a: [1, 2.5, true, null, teks, '7', '0x1F', =, 0, -3, .5]\nb: {c: 2026-01-01, 3: ~}\n",
                             "data/x.yml", "program")
    assert problems == []
    assert source.data == {"a": [1, 2.5, True, None, "teks", "7", "0x1F", "=", 0, -3, 0.5],
                           "b": {"c": "2026-01-01", "3": None}}


def test_every_key_and_item_has_its_line():
    source, _ = parse("# komentar\na:\n  - x\n  -\n    b: 1\nc: 2\n", "data/x.yml", "program", first_line=3)
    assert source.first_line == 4
    assert [source.line_of(where) for where in (("a",), ("a", 0), ("a", 1), ("a", 1, "b"), ("c",), ("z",))] == \
        [4, 5, 7, 7, 8, 4]  # an item that is a mapping starts at its first key


@pytest.mark.parametrize("text, words", [
    ("a: 1\n---\nb: 2\n", "baris 2: berkas ini hanya boleh berisi satu dokumen YAML"),
    ("? [a, b]\n: 1\n", "baris 1: nama kolom harus teks"),
])
def test_what_json_data_cannot_be(text, words):
    assert words in refused(text)


def test_an_alias_in_a_data_file_is_named_with_its_file(data):
    edit(data / GOV, "  mitra: []", "  mitra: &mitra [Bank Nagari]")
    edit(data / GOV, "  sumber_dana: [APBD, APBN]", "  mitra: *mitra\n  sumber_dana: [APBD, APBN]")
    line = line_of(data / GOV, "mitra: *mitra")
    assert str(only_problem(data)) == (f"data/program/governance.yml baris {line}: alias YAML (*nama) tidak "
                                       "diizinkan; tulis nilainya langsung")


def test_a_quoted_value_is_cut_short(data):
    edit(data / GOV, "tahun_mulai: 2026", "tahun_mulai: '" + "root:x:0:0:root:/root:/bin/bash " * 20 + "'")
    message = str(only_problem(data))
    assert "harus berupa bilangan bulat, bukan teks 'root:x:0:0:root" in message
    assert len(message) < 250 and message.count("root:x") < 3


@pytest.mark.parametrize("old, new, words", [
    ("nama: Satu Data", "nama: " + "Satu Data " * 40, "terlalu panjang: paling banyak 200 huruf (tertulis 399 huruf)"),
    ("2027: 250000000", "2027: 1" + "0" * 30, "tidak boleh lebih dari 100000000000000"),
])
def test_values_have_bounds(data, old, new, words):
    edit(data / GOV, old, new)
    assert words in str(only_problem(data))


def test_a_field_is_named_as_contributors_count_and_name_items():
    data = [{"id": "GOV-01", "indikator": [{"nama": "Jumlah layanan yang terhubung ke satu aplikasi", "capaian": [
        {"tahun": 2026}, {"tahun": 2027}]}]}, {"x": [1, 2]}]
    assert field_name((0, "indikator", 0, "capaian", 1, "tahun"), data) == (
        "GOV-01 › indikator ke-1 (Jumlah layanan yang terhubung…) › capaian ke-2 › tahun")
    assert field_name((1, "x", 0), data) == "butir ke-2 › x ke-1"
    assert field_name(("periode", "tahun_mulai")) == "periode › tahun_mulai"


def test_a_file_of_too_many_values_is_refused_where_it_passes_the_limit(monkeypatch):
    """Any file the size limits allow is read and checked within a second (make bench measures it)."""
    monkeypatch.setattr(parse_module, "MAX_VALUES", 50)
    message = refused("- 1\n" * 60)  # the list and its first 49 items are 50 values
    assert message == "data/x.yml baris 50: berkas memuat lebih dari 50 nilai; data satu berkas tidak memerlukan " \
                      "sebanyak itu"


def test_a_mapping_of_too_many_keys_is_refused(monkeypatch):
    monkeypatch.setattr(parse_module, "MAX_KEYS", 3)
    assert "baris 4: lebih dari 3 kolom dalam satu pasangan kolom" in refused("a: 1\nb: 2\nc: 3\nd: 4\n")
