{#- Cover page of the printed masterplan (mkdocs-print-site-plugin): values of data/masterplan.yml,
    given by macros (furniture.cover) through config.extra.cetak, the only context this template gets. -#}
{%- set cetak = config.extra.cetak or {} %}
<div class="mp-sampul">
  <p class="mp-sampul__penerbit">{{ cetak.penerbit | e }}</p>
  <h1>{{ cetak.judul | e }}</h1>
  <p class="mp-sampul__keterangan">{{ cetak.gerakan | e }} · Provinsi {{ cetak.provinsi | e }}</p>
  <p class="mp-sampul__versi">Versi {{ cetak.versi | e }} ({{ cetak.status | e }}) · {{ cetak.tanggal | e }}</p>
  <p class="mp-sampul__pernyataan">{{ cetak.pernyataan | e }}</p>
</div>
