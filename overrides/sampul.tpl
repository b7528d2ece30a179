{#- Cover page of the printed masterplan (mkdocs-print-site-plugin); version and date come from macros. -#}
{%- set cetak = config.extra.cetak or {} %}
<div class="mp-sampul">
  <p class="mp-sampul__penerbit">{{ config.site_author }}</p>
  <h1>{{ config.site_name }}</h1>
  <p class="mp-sampul__keterangan">Gerakan Menuju 100 Smart City · Provinsi Sumatera Barat</p>
  <p class="mp-sampul__versi">Versi {{ cetak.versi }} ({{ cetak.status }}) · {{ cetak.tanggal }}</p>
</div>
