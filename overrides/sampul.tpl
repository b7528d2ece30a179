{#- Cover page of the printed masterplan (mkdocs-print-site-plugin). -#}
<div class="mp-sampul">
  <p class="mp-sampul__penerbit">{{ config.site_author }}</p>
  <h1>{{ config.site_name }}</h1>
  <p class="mp-sampul__keterangan">Gerakan Menuju 100 Smart City · Provinsi Sumatera Barat</p>
  <p class="mp-sampul__versi">Versi {{ config.extra.cetak.versi }} ({{ config.extra.cetak.status }}) · {{ config.extra.cetak.tanggal }}</p>
</div>
