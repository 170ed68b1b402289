// Browser helpers shared by the agency page's script and the Pemda index's (plain JavaScript, no template
// literals inside): element building, times and numbers, a diagnostic as a list item.
export const SKRIP_UMUM = String.raw`
'use strict';
function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = String(text);
  return e;
}
function jam(iso) { return iso ? new Date(iso).toLocaleTimeString('id-ID', { hour12: false }) : '–'; }
function koma(x, n) { return x === undefined ? '–' : x.toFixed(n).replace('.', ','); }
function itemDiagnostik(d) {
  var li = el('li', 'diagnostik ' + d.severity);
  li.append(el('div', 'letak', d.file + ':' + d.line + ':' + d.column));
  var pesan = el('div', 'pesan');
  pesan.append(el('span', 'kode', d.severity + ' [' + d.code + ']'), document.createTextNode(' ' + d.message));
  li.append(pesan, el('div', 'saran', 'saran: ' + d.hint));
  return li;
}
function jumlahGalat(ds) { return ds.filter(function (d) { return d.severity === 'galat'; }).length; }
function kemajuan(m) { return m.total ? 'membangun ' + m.selesai + '/' + m.total + (m.nama ? ': ' + m.nama : '') : 'memeriksa konten…'; }
`;
