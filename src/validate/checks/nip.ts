// NIP: 18 digits = birth date (8) + TMT yyyymm (6, or yyyy21 for PPPK) + gender (1) + sequence (3).
import { locOf, type Content } from '../build-content.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Returns an Indonesian reason, or undefined when the NIP is well formed. */
export function nipProblem(nip: string, asn: string): { code: 'NIP_PANJANG' | 'NIP_TANGGAL'; reason: string } | undefined {
  const d = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(d)) return { code: 'NIP_PANJANG', reason: `NIP "${nip}" berisi ${d.replace(/\D/g, '').length} angka, seharusnya 18` };
  const [y, m, day] = [Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8))];
  if (y < 1940 || !validDate(y, m, day)) return { code: 'NIP_TANGGAL', reason: `tanggal lahir ${d.slice(0, 8)} pada NIP "${nip}" tidak mungkin` };
  const ty = Number(d.slice(8, 12));
  const tm = Number(d.slice(12, 14));
  const tmtOk = (tm >= 1 && tm <= 12) || (asn === 'pppk' && tm === 21);
  if (ty < y + 15 || !tmtOk) return { code: 'NIP_TANGGAL', reason: `TMT ${d.slice(8, 14)} pada NIP "${nip}" tidak mungkin` };
  if (!'12'.includes(d[14])) return { code: 'NIP_TANGGAL', reason: `angka jenis kelamin "${d[14]}" pada NIP "${nip}" harus 1 atau 2` };
  return undefined;
}

export function checkNip(c: Content): Diagnostic[] {
  const out: Diagnostic[] = [];
  const pemilik = new Map<string, { id: string; nama: string; loc: string }>();
  for (const o of c.orang.values()) {
    // one NIP, one person: the same NIP under two ids (or two spellings of a name) is reported with both places
    const kunci = o.value.nip?.replace(/\s+/g, '');
    if (kunci) {
      const lain = pemilik.get(kunci);
      const loc = locOf(o, 'nip');
      if (lain) out.push(diag('NIP_GANDA', loc, `NIP ${kunci} milik "${o.value.id}" (${o.value.nama}) sudah dipakai "${lain.id}" (${lain.nama}) di ${lain.loc}`));
      else pemilik.set(kunci, { id: o.value.id, nama: o.value.nama, loc: `${loc.file}:${loc.line}` });
    }
    if (o.value.nip === undefined) {
      if (o.value.asn !== 'pejabat_negara') out.push(diag('NIP_KOSONG', locOf(o, 'id'), `${o.value.nama} tidak memiliki NIP; baris NIP dicetak kosong`));
      continue;
    }
    const p = nipProblem(o.value.nip, o.value.asn);
    if (p) out.push(diag(p.code, locOf(o, 'nip'), p.reason));
  }
  return out;
}
