// What the CLI prints about a build: diagnostics (file:line:column, code, hint) and, while watching, one line per rebuild.
import type { BuildResult } from '../pipeline.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../validate/diagnostics.ts';

const hitung = (ds: Diagnostic[]) => {
  const galat = ds.filter((d) => d.severity === 'galat').length;
  return { galat, peringatan: ds.length - galat };
};

export function report(ds: Diagnostic[]): void {
  for (const d of ds) console.error(formatDiagnostic(d));
  const { galat, peringatan } = hitung(ds);
  if (ds.length) console.error(`\n${galat} galat, ${peringatan} peringatan.`);
}

/** After a build: errors in full; warnings in full only when asked (`--rinci`), otherwise counted per code. */
export function reportBuild(ds: Diagnostic[], rinci: boolean): void {
  if (rinci) return report(ds);
  for (const d of ds.filter((x) => x.severity === 'galat')) console.error(formatDiagnostic(d));
  const { galat, peringatan } = hitung(ds);
  if (!peringatan) {
    if (galat) console.error(`\n${galat} galat.`);
    return;
  }
  const perKode = new Map<string, number>();
  for (const d of ds) if (d.severity !== 'galat') perKode.set(d.code, (perKode.get(d.code) ?? 0) + 1);
  const rincian = [...perKode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
  console.error(`${galat ? `\n${galat} galat, ` : ''}${peringatan} peringatan (${rincian}); rinciannya: sakip check atau build --rinci.`);
}

/** A rebuild while watching: errors in full, warnings counted (all with `rinci`), what was written. */
export function reportRebuild(r: BuildResult, detik: number, sebab: string[], keluaran: string, rinci = false): void {
  const jam = new Date().toTimeString().slice(0, 8);
  const karena = sebab.length ? ` setelah perubahan ${sebab.slice(0, 3).join(', ')}${sebab.length > 3 ? ` dan ${sebab.length - 3} lainnya` : ''}` : '';
  const { galat, peringatan } = hitung(r.diagnostics);
  for (const d of r.diagnostics.filter((x) => rinci || x.severity === 'galat')) console.error(formatDiagnostic(d));
  if (hasErrors(r.diagnostics)) {
    console.error(`[${jam}] ${galat} galat${karena}: tidak ada berkas yang ditulis.`);
    return;
  }
  const tetap = r.unchanged ? `, ${r.unchanged} dokumen tidak berubah` : '';
  const catatan = peringatan && !rinci ? ` (${peringatan} peringatan; rinciannya: sakip check)` : '';
  console.log(`[${jam}] ${r.outputs.length} berkas ditulis ke ${keluaran}/${tetap}, ${detik.toFixed(2).replace('.', ',')} detik${karena}${catatan}.`);
}
