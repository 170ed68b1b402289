// The Pemda index's script (plain browser JavaScript, no template literals inside): redraws from /status.json on
// every "build" event; "progres" events (each naming its agency) update that agency's state cell.
import { SKRIP_UMUM } from './skrip-umum.ts';

export const SKRIP_PEMDA = SKRIP_UMUM + String.raw`
var KEADAAN = { menunggu: 'menunggu build pertama', membangun: 'membangun…', galat: 'ada galat', ditahan: 'build terakhir ditahan', dibangun: 'dibangun' };
function sel(cls, teks) { return el('td', cls, teks); }
function peringatan(n) { // null: the held-back build never ran the agency's own checks
  var td = sel('angka peringatan', n === null ? '–' : n);
  if (n === null) td.title = 'belum diketahui: build terakhir ditahan sebelum berkas instansi ini diperiksa';
  return td;
}
function baris(i) {
  var tr = el('tr');
  tr.dataset.instansi = i.id;
  var nama = el('td', 'nama');
  var a = el('a', '', i.nama);
  a.href = '/instansi/' + encodeURIComponent(i.id) + '/';
  nama.append(a);
  tr.onclick = function (e) { if (e.target !== a) location.href = a.href; };
  var k = sel('keadaan k-' + i.keadaan, i.membangun ? kemajuan(i.membangun) : KEADAAN[i.keadaan]);
  if (i.keadaan === 'ditahan') k.title = 'galat yang menahannya sudah tidak ada; simpan salah satu berkas instansi ini untuk membangun ulang';
  tr.append(nama, sel('id', i.id), sel('angka dokumen', i.dokumen), sel('angka galat' + (i.galat ? ' ada-galat' : ''), i.galat),
    peringatan(i.peringatan), k, sel('waktu', i.versi ? jam(i.waktu) + ' (' + koma(i.detik, 2) + ' detik)' : '–'));
  return tr;
}
function tampilkan(s) {
  document.body.dataset.versi = s.versi;
  document.title = 'Pratinjau SAKIP · ' + s.nama;
  $('nama-pemda').textContent = s.nama;
  $('instansi').tBodies[0].replaceChildren.apply($('instansi').tBodies[0], s.instansi.map(baris));
  $('jumlah-instansi').textContent = '(' + s.instansi.length + ')';
  var ul = $('diagnostik');
  ul.replaceChildren();
  s.diagnostik.forEach(function (d) { ul.append(itemDiagnostik(d)); });
  if (!s.diagnostik.length) ul.append(el('li', 'kosong', 'Tidak ada galat atau peringatan.'));
  var galat = jumlahGalat(s.diagnostik);
  $('jumlah-diagnostik').textContent = '(' + galat + ' galat, ' + (s.diagnostik.length - galat) + ' peringatan)';
  var dibangun = s.instansi.filter(function (i) { return i.versi; }).length;
  var bergalat = s.instansi.filter(function (i) { return i.keadaan === 'galat'; }).length;
  $('ringkas').textContent = dibangun + ' dari ' + s.instansi.length + ' instansi sudah dibangun' + (bergalat ? ' · ' + bergalat + ' dengan galat' : '');
}
function muat() {
  fetch('/status.json', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(tampilkan)
    .catch(function () { $('sambungan').textContent = 'server tidak menjawab'; });
}
var es = new EventSource('/peristiwa');
es.addEventListener('build', muat);
es.addEventListener('progres', function (e) {
  var m = JSON.parse(e.data);
  var tr = document.querySelector('#instansi tr[data-instansi="' + CSS.escape(m.instansi) + '"]');
  if (!tr) return;
  var k = tr.querySelector('.keadaan');
  k.className = 'keadaan k-membangun';
  k.textContent = kemajuan(m);
});
es.onopen = function () { $('sambungan').textContent = ''; muat(); };
es.onerror = function () { $('sambungan').textContent = 'sambungan terputus; mencoba lagi…'; };
muat();
`;
