// The preview index of a Pemda root: its agencies (name, documents, errors and warnings, build state), each a link
// to its own page (/instansi/<id>/), and the findings in the Pemda's own files. CSS and script inline.
import { SKRIP_PEMDA } from './skrip-pemda.ts';

const GAYA = String.raw`
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1c1c1c;background:#f4f4f1}
header{display:flex;gap:1em;align-items:baseline;padding:.5em 1em;background:#14365d;color:#fff}
header h1{font-size:1.1em;margin:0}
#sambungan{color:#ffb0a8;margin-left:auto}
main{max-width:72em;padding:.5em 1em}
h2{font-size:1em;margin:1em 0 .4em}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.35em .5em;border-bottom:1px solid #ddd}
th{background:#e9ecef}
td.angka,th.angka{text-align:right;white-space:nowrap}
td.id{font-family:ui-monospace,monospace;font-size:.92em;color:#555;white-space:nowrap}td.waktu{white-space:nowrap}
tbody tr{cursor:pointer}tbody tr:hover{background:#e8eef6}
a{color:#14365d}
.keadaan{white-space:nowrap;font-weight:600}
.k-dibangun{color:#1e7b34}.k-membangun{color:#8a5300}.k-galat{color:#c0392b}.k-ditahan{color:#8a5300}.k-menunggu{color:#666}
td.ada-galat{color:#c0392b;font-weight:600}
ul{list-style:none;margin:0;padding:0}
li.diagnostik{padding:.4em .5em;margin:.3em 0;border-left:4px solid #c9a227;background:#fff}
li.galat{border-color:#c0392b}
li .letak{font-family:ui-monospace,monospace;font-size:.92em;word-break:break-all}
li .kode{font-weight:600}li.galat .kode{color:#c0392b}
li .saran{color:#555;font-size:.92em}
.kosong{color:#666;padding:.5em 0}
`;

export const HALAMAN_PEMDA = String.raw`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pratinjau SAKIP</title>
<link rel="icon" href="data:,">
<style>${GAYA}</style>
</head>
<body data-versi="0">
<header><h1>Pratinjau SAKIP · <span id="nama-pemda">Pemda</span></h1><span id="ringkas">memuat…</span><span id="sambungan"></span></header>
<main>
<h2>Instansi <span id="jumlah-instansi"></span></h2>
<table id="instansi"><thead><tr><th>Instansi</th><th>Id</th><th class="angka">Dokumen</th><th class="angka">Galat</th><th class="angka">Peringatan</th><th>Keadaan</th><th>Build terakhir</th></tr></thead><tbody></tbody></table>
<h2>Diagnostik berkas Pemda (pemda.yaml, bersama/) <span id="jumlah-diagnostik"></span></h2>
<ul id="diagnostik"></ul>
</main>
<script>${SKRIP_PEMDA}</script>
</body>
</html>
`;
