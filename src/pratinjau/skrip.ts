// The preview page's script (plain browser JavaScript, no template literals inside). Redraws from status.json
// on every "build" event; "progres" events show the build under way; the PDF frame reloads only when its file
// changed (its URL carries the file's version). URLs are relative to the page: "/" for one agency,
// "/instansi/<id>/" for an agency of a Pemda (its status then names the Pemda and its agencies).
import { JENIS } from '../jenis/index.ts';
import { SKRIP_UMUM } from './skrip-umum.ts';

/** The kinds' names the page shows, from the table of kinds. */
export const NAMA_JENIS: Readonly<Record<string, string>> = Object.fromEntries(JENIS.map((j) => [j.jenis, j.nama]));

export const SKRIP = SKRIP_UMUM + `var JENIS = ${JSON.stringify(NAMA_JENIS)};\n` + String.raw`
var BASIS = location.pathname.replace(/[^/]*$/, '');
var status = null;
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
  var src = pdf ? BASIS + 'berkas/' + pdf + '?v=' + pilih.versi : 'about:blank';
  if ($('pdf').getAttribute('src') !== src) $('pdf').setAttribute('src', src);
  $('nama-pdf').textContent = pilih ? stem(pilih) + (pilih.halaman ? ' · ' + pilih.halaman + ' halaman' : '') : 'belum ada dokumen';
  $('unduh-pdf').hidden = !pdf; if (pdf) $('unduh-pdf').href = src;
  $('unduh-docx').hidden = !docx; if (docx) $('unduh-docx').href = BASIS + 'berkas/' + docx + '?v=' + pilih.versi;
}
function tampilkanDiagnostik(s) {
  var ul = $('diagnostik');
  ul.replaceChildren();
  var galat = jumlahGalat(s.diagnostik);
  s.diagnostik.forEach(function (d) { ul.append(itemDiagnostik(d)); });
  if (!s.diagnostik.length) ul.append(el('li', 'kosong', s.versi ? 'Tidak ada galat atau peringatan.' : 'Menunggu build pertama…'));
  $('jumlah-diagnostik').textContent = '(' + galat + ' galat, ' + (s.diagnostik.length - galat) + ' peringatan)';
  $('basi').hidden = !galat && !(s.pemda && s.pemda.galat) && !s.ditahan;
  $('basi').textContent = s.ditahan ? 'Build terakhir ditahan oleh galat yang kini sudah tidak ada; daftar ini dari build terakhir yang berhasil. Simpan salah satu berkas instansi ini untuk membangun ulang.'
    : 'Konten mengandung galat: tidak ada berkas yang ditulis; daftar ini dari build terakhir yang berhasil.';
  document.body.classList.toggle('ada-galat', galat > 0); // errors first
  return galat;
}
// an agency of a Pemda: the way back to the index, the other agencies, the Pemda files' findings
function tampilkanPemda(p) {
  $('pemda').hidden = false;
  $('ke-pemda').textContent = p.nama;
  var pilih = $('pilih-instansi');
  pilih.replaceChildren();
  p.instansi.forEach(function (i) {
    var o = el('option', '', i.nama);
    o.value = i.id;
    o.selected = i.id === p.id;
    pilih.append(o);
  });
  var n = p.galat + p.peringatan;
  $('catatan-pemda').hidden = !n;
  $('catatan-pemda').className = p.galat ? 'galat' : '';
  $('catatan-pemda').firstChild.textContent = 'Berkas Pemda (pemda.yaml, bersama/): ' + p.galat + ' galat, ' + p.peringatan + ' peringatan' +
    (p.galat ? '; build instansi ini ditahan sampai diperbaiki' : '');
  document.title = 'Pratinjau SAKIP · ' + p.instansi.filter(function (i) { return i.id === p.id; })[0].nama;
}
function tampilkan(s) {
  status = s;
  document.body.dataset.versi = s.versi;
  if (s.pemda) tampilkanPemda(s.pemda);
  var galat = tampilkanDiagnostik(s);
  tampilkanDokumen(s, terpilih(s));
  $('galat-internal').hidden = !s.galat;
  $('galat-internal').textContent = s.galat || '';
  $('ringkas').textContent = s.versi ? 'build ke-' + s.versi + ' pukul ' + jam(s.waktu) + ' (' + koma(s.detik, 2) + ' detik)' +
    (galat ? ' · ' + galat + ' galat' : '') : 'build pertama berjalan…';
  $('kemajuan').textContent = s.membangun ? kemajuan(s.membangun) : '';
}
function muat() {
  fetch(BASIS + 'status.json', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(tampilkan)
    .catch(function () { $('sambungan').textContent = 'server tidak menjawab'; });
}
$('pilih-instansi').onchange = function () { location.href = '/instansi/' + encodeURIComponent(this.value) + '/' + location.hash; };
var es = new EventSource(BASIS + 'peristiwa');
es.addEventListener('build', muat);
es.addEventListener('progres', function (e) { $('kemajuan').textContent = kemajuan(JSON.parse(e.data)); });
es.onopen = function () { $('sambungan').textContent = ''; muat(); };
es.onerror = function () { $('sambungan').textContent = 'sambungan terputus; mencoba lagi…'; };
window.addEventListener('hashchange', function () { if (status) tampilkan(status); });
muat();
`;
