// The preview page's script (plain browser JavaScript, no template literals inside). Redraws from /status.json
// on every "build" event; "progres" events show the build under way; the PDF frame reloads only when its file
// changed (its URL carries the file's version).
export const SKRIP = String.raw`
'use strict';
var JENIS = { pk: 'PK', lkip: 'LKIP', pengukuran: 'Pengukuran', renstra: 'Renstra', iku: 'IKU', pedoman: 'Pedoman' };
var status = null;
function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = String(text);
  return e;
}
function jam(iso) { return iso ? new Date(iso).toLocaleTimeString('id-ID', { hour12: false }) : '–'; }
function koma(x, n) { return x === undefined ? '–' : x.toFixed(n).replace('.', ','); }
function stem(d) { return d.jenis + '/' + d.tahun + '/' + d.slug; }
function terpilih(s) {
  var h = decodeURIComponent(location.hash.slice(1));
  return s.dokumen.filter(function (d) { return stem(d) === h; })[0] || s.dokumen[0];
}
function tampilkanDokumen(s, pilih) {
  var tbody = $('dokumen').tBodies[0];
  tbody.replaceChildren();
  s.dokumen.forEach(function (d) {
    var tr = el('tr', d === pilih ? 'terpilih' : '');
    tr.dataset.dokumen = stem(d);
    tr.dataset.versi = d.versi || '';
    [JENIS[d.jenis] || d.jenis, d.tahun].forEach(function (v) { tr.append(el('td', '', v)); });
    tr.append(el('td', 'nama', d.slug), el('td', 'angka', d.halaman === undefined ? '–' : d.halaman));
    tr.append(el('td', 'dibangun', jam(d.dibangun)), el('td', 'angka', d.detik === undefined ? 'tetap' : koma(d.detik, 2)));
    tr.title = d.detik === undefined ? 'tidak berubah pada build terakhir' : 'ditulis pada build terakhir';
    tr.onclick = function () { location.hash = stem(d); };
    tbody.append(tr);
  });
  $('jumlah-dokumen').textContent = '(' + s.dokumen.length + ')';
  var pdf = pilih && pilih.berkas.filter(function (b) { return /\.pdf$/.test(b); })[0];
  var docx = pilih && pilih.berkas.filter(function (b) { return /\.docx$/.test(b); })[0];
  var src = pdf ? '/berkas/' + pdf + '?v=' + pilih.versi : 'about:blank';
  if ($('pdf').getAttribute('src') !== src) $('pdf').setAttribute('src', src);
  $('nama-pdf').textContent = pilih ? stem(pilih) + (pilih.halaman ? ' · ' + pilih.halaman + ' halaman' : '') : 'belum ada dokumen';
  $('unduh-pdf').hidden = !pdf; if (pdf) $('unduh-pdf').href = src;
  $('unduh-docx').hidden = !docx; if (docx) $('unduh-docx').href = '/berkas/' + docx + '?v=' + pilih.versi;
}
function tampilkanDiagnostik(s) {
  var ul = $('diagnostik');
  ul.replaceChildren();
  var galat = s.diagnostik.filter(function (d) { return d.severity === 'galat'; }).length;
  s.diagnostik.forEach(function (d) {
    var li = el('li', 'diagnostik ' + d.severity);
    li.append(el('div', 'letak', d.file + ':' + d.line + ':' + d.column));
    var pesan = el('div', 'pesan');
    pesan.append(el('span', 'kode', d.severity + ' [' + d.code + ']'), document.createTextNode(' ' + d.message));
    li.append(pesan, el('div', 'saran', 'saran: ' + d.hint));
    ul.append(li);
  });
  if (!s.diagnostik.length) ul.append(el('li', 'kosong', s.versi ? 'Tidak ada galat atau peringatan.' : 'Menunggu build pertama…'));
  $('jumlah-diagnostik').textContent = '(' + galat + ' galat, ' + (s.diagnostik.length - galat) + ' peringatan)';
  $('basi').hidden = !galat;
  document.body.classList.toggle('ada-galat', galat > 0); // errors first
  return galat;
}
function tampilkan(s) {
  status = s;
  document.body.dataset.versi = s.versi;
  var galat = tampilkanDiagnostik(s);
  tampilkanDokumen(s, terpilih(s));
  $('galat-internal').hidden = !s.galat;
  $('galat-internal').textContent = s.galat || '';
  $('ringkas').textContent = s.versi ? 'build ke-' + s.versi + ' pukul ' + jam(s.waktu) + ' (' + koma(s.detik, 2) + ' detik)' +
    (galat ? ' · ' + galat + ' galat' : '') : 'build pertama berjalan…';
  $('kemajuan').textContent = s.membangun ? kemajuan(s.membangun) : '';
}
function kemajuan(m) { return m.total ? 'membangun ' + m.selesai + '/' + m.total + (m.nama ? ': ' + m.nama : '') : 'memeriksa konten…'; }
function muat() {
  fetch('/status.json', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(tampilkan)
    .catch(function () { $('sambungan').textContent = 'server tidak menjawab'; });
}
var es = new EventSource('/peristiwa');
es.addEventListener('build', muat);
es.addEventListener('progres', function (e) { $('kemajuan').textContent = kemajuan(JSON.parse(e.data)); });
es.onopen = function () { $('sambungan').textContent = ''; muat(); };
es.onerror = function () { $('sambungan').textContent = 'sambungan terputus; mencoba lagi…'; };
window.addEventListener('hashchange', function () { if (status) tampilkan(status); });
muat();
`;
