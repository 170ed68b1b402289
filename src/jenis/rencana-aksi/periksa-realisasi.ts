// RA_REALISASI_BEDA: a Rencana Aksi's own quarterly realisasi against the year's lkip/<tahun>/kinerja.yaml (what
// `sakip impor` writes) for the same IKU and quarter. The Evaluasi Rencana Aksi prints the former, the LKIP and the
// quarterly measurement report the latter, so they must agree. Same quarterly rule: each quarter's value as
// written; different rules (e.g. cumulative vs per quarter): the values to date, each combined by its own rule.
// TW IV also against the annual realisasi when kinerja.yaml has no quarterly TW IV value.
import { angkaDari } from '../../compute/capaian.ts';
import type { Dec } from '../../compute/decimal.ts';
import { hitungRealisasi } from '../../compute/realisasi.ts';
import { skalaDari } from '../../compute/skala-kualitatif.ts';
import { ROMAWI_TW } from '../../compute/triwulan.ts';
import { koma } from '../../format/angka.ts';
import { locOf, type Content, type Located } from '../../validate/build-content.ts';
import { diag, type Diagnostic } from '../../validate/diagnostics.ts';
import type { Kinerja } from '../../validate/schemas-kinerja.ts';
import { aturanSama } from './pk-ra.ts';
import type { RencanaAksi } from './skema.ts';
import { sampaiTw } from './sampai-tw.ts';

type Nilai = string | Dec | undefined;

/** Two realisasi figures are the same number (decimal; scale words by their score), or the same text. */
function setara(a: Nilai, b: Nilai, skor?: Record<string, string>): boolean {
  const [x, y] = [angkaDari(a, skor), angkaDari(b, skor)];
  return x && y ? x.eq(y) : String(a) === String(b);
}
const tulis = (v: Nilai) => (v === undefined ? '-' : koma(typeof v === 'string' ? v : v.toFixed()));

/** The annual realisasi the LKIP prints for an entry (figure of record, else its formula), if computable. */
function tahunan(e: Kinerja['iku'][number]): Nilai {
  if (e.realisasi_tercatat) return e.realisasi_tercatat;
  if (!e.realisasi) return undefined;
  if (e.realisasi.rumus === 'nilai') return e.realisasi.nilai;
  const h = hitungRealisasi(e.realisasi);
  return h.ok ? h.nilai : undefined;
}

export function periksaRealisasiKinerja(c: Content, ra: Located<RencanaAksi>): Diagnostic[] {
  const v = ra.value;
  const kinerja = c.lkip.find((l) => l.front.tahun === v.tahun)?.kinerja;
  if (!kinerja) return [];
  const out: Diagnostic[] = [];
  const kin = locOf(kinerja).file;
  v.indikator.forEach((ind, k) => {
    const e = kinerja.value.iku.findIndex((x) => x.ref === ind.ref);
    if (e < 0 || !ind.realisasi.some((x) => x !== '')) return;
    const entri = kinerja.value.iku[e];
    const skor = skalaDari(c.indikator.get(ind.ref)?.value.skala)?.skor;
    const tw = entri.triwulan;
    const beda = (q: number, a: Nilai, b: Nilai, dimana: PropertyKey[], apa: string, apaKin = '') => {
      if (setara(a, b, skor)) return;
      const p = locOf(kinerja, 'iku', e, ...dimana);
      out.push(diag('RA_REALISASI_BEDA', locOf(ra, 'indikator', k, 'realisasi', q - 1),
        `"${ind.ref}": realisasi ${apa}TW ${ROMAWI_TW[q - 1]} ${tulis(a)} di Rencana Aksi ini, ${apaKin}${tulis(b)} di ${kin}:${p.line}:${p.column}`));
    };
    for (let q = 1; q <= ind.realisasi.length; q++) {
      if (ind.realisasi[q - 1] === '') continue;
      const b = tw?.realisasi[q - 1];
      if (tw && b) {
        if (aturanSama(ind, tw)) beda(q, ind.realisasi[q - 1], b, ['triwulan', 'realisasi', q - 1], '');
        else beda(q, sampaiTw(ind.realisasi, q, ind.pelaporan, ind.agregasi, skor), sampaiTw(tw.realisasi, q, tw.pelaporan, tw.agregasi, skor), ['triwulan', 'realisasi', q - 1], 's.d. ');
      } else if (q === 4 && tahunan(entri) !== undefined) {
        beda(q, sampaiTw(ind.realisasi, 4, ind.pelaporan, ind.agregasi, skor), tahunan(entri), [entri.realisasi_tercatat ? 'realisasi_tercatat' : 'realisasi'], 's.d. ', 'realisasi tahunan ');
      }
    }
  });
  return out;
}
