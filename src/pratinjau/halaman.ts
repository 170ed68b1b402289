// The preview page of one agency: one HTML file, CSS and script inline (works offline). The script reads
// status.json and redraws after every "build" event, so the page follows the builds without reloading. For an
// agency of a Pemda the header also links the Pemda index and offers the other agencies.
import { SKRIP } from './skrip.ts';

const GAYA = String.raw`
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1c1c1c;background:#f4f4f1;height:100vh;display:flex;flex-direction:column}
header{display:flex;gap:1em;align-items:baseline;padding:.5em 1em;background:#14365d;color:#fff}
header h1{font-size:1.1em;margin:0}
#kemajuan{color:#ffd866}#sambungan{color:#ffb0a8;margin-left:auto}
#pemda a{color:#fff}#pemda select{font:inherit;max-width:40em}
#catatan-pemda{order:-2;background:#fff;border-left:4px solid #c9a227;padding:.4em .5em;margin:.5em 0 0}
#catatan-pemda.galat{background:#fbe3e0;border-color:#c0392b}
main{flex:1;display:grid;grid-template-columns:minmax(30em,40%) 1fr;min-height:0}
aside{overflow:auto;padding:.5em 1em;border-right:1px solid #ccc;display:flex;flex-direction:column}
body.ada-galat #bagian-diagnostik{order:-1}
h2{font-size:1em;margin:1em 0 .4em}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.25em .4em;border-bottom:1px solid #ddd}
th,td.angka,td.dibangun{white-space:nowrap}td.nama{overflow-wrap:anywhere;min-width:8em}
td.angka,th.angka{text-align:right}
tbody tr{cursor:pointer}tbody tr:hover{background:#e8eef6}tr.terpilih{background:#d3e1f3}
.basi{color:#8a5300}
ul{list-style:none;margin:0;padding:0}
li.diagnostik{padding:.4em .5em;margin:.3em 0;border-left:4px solid #c9a227;background:#fff}
li.galat{border-color:#c0392b}
li .letak{font-family:ui-monospace,monospace;font-size:.92em;word-break:break-all}
li .kode{font-weight:600}li.galat .kode{color:#c0392b}
li .saran{color:#555;font-size:.92em}
#galat-internal{order:-2;background:#fbe3e0;border:1px solid #c0392b;padding:.5em;white-space:pre-wrap}
#pratinjau{display:flex;flex-direction:column;min-height:0}
#judul-pdf{padding:.4em 1em;display:flex;gap:1em;align-items:baseline}
#judul-pdf a{color:#14365d}
iframe{flex:1;border:0;background:#777;width:100%}
.kosong{color:#666;padding:1em}
`;

export const HALAMAN = String.raw`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pratinjau SAKIP</title>
<link rel="icon" href="data:,">
<style>${GAYA}</style>
</head>
<body data-versi="0">
<header><h1>Pratinjau SAKIP</h1><nav id="pemda" hidden><a id="ke-pemda" href="/"></a> / <select id="pilih-instansi" aria-label="Instansi"></select></nav><span id="ringkas">memuat…</span><span id="kemajuan"></span><span id="sambungan"></span></header>
<main>
<aside>
<div id="galat-internal" hidden></div>
<p id="catatan-pemda" hidden><span></span> — <a href="/">rinciannya di halaman Pemda</a>.</p>
<div id="bagian-dokumen">
<h2>Dokumen <span id="jumlah-dokumen"></span></h2>
<p id="basi" class="basi" hidden>Konten mengandung galat: tidak ada berkas yang ditulis; daftar ini dari build terakhir yang berhasil.</p>
<table id="dokumen"><thead><tr><th>Jenis</th><th>Tahun</th><th>Dokumen</th><th class="angka">Hlm.</th><th>Dibangun</th><th class="angka">Detik</th></tr></thead><tbody></tbody></table>
</div>
<div id="bagian-diagnostik">
<h2>Diagnostik <span id="jumlah-diagnostik"></span></h2>
<ul id="diagnostik"></ul>
</div>
</aside>
<section id="pratinjau">
<div id="judul-pdf"><strong id="nama-pdf"></strong><a id="unduh-pdf" target="_blank">buka PDF</a><a id="unduh-docx">unduh DOCX</a></div>
<iframe id="pdf" title="PDF dokumen terpilih"></iframe>
</section>
</main>
<script>${SKRIP}</script>
</body>
</html>
`;
