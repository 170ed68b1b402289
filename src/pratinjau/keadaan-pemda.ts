// What the preview of a Pemda root shows: one Keadaan per agency (its documents, its last build) and the latest
// cross-agency findings. A finding is shown where its file is: an agency's files on that agency's page (the
// PEMDA_* checks from the latest run, which may follow another agency's save), the Pemda's own files (pemda.yaml,
// bersama/) on the index, counted on every agency page (an error there holds every build back).
import fs from 'node:fs';
import path from 'node:path';
import { bacaBiasa } from '../load/baca-biasa.ts';
import { parse } from 'yaml';
import type { BuildResult, Options } from '../pipeline.ts';
import { dirInstansi, PENANDA } from '../pemda/akar.ts';
import { milik, unik } from '../pemda/per-instansi.ts';
import type { Diagnostic } from '../validate/diagnostics.ts';
import { Keadaan, type Membangun } from './keadaan.ts';

/** ditahan: the last build was held back by an error no longer found (e.g. fixed in another agency's files):
 *  its documents are older than its content until it is built again. */
export type KeadaanBuild = 'menunggu' | 'membangun' | 'galat' | 'ditahan' | 'dibangun';
export interface RingkasInstansi {
  /** peringatan null: not known — the last build was held back before the agency's own checks ran */
  id: string; nama: string; keadaan: KeadaanBuild; dokumen: number; galat: number; peringatan: number | null;
  versi: number; waktu?: string; detik?: number; membangun?: Membangun;
}
export interface StatusPemda { versi: number; nama: string; instansi: RingkasInstansi[]; diagnostik: Diagnostic[] }

const kunci = (d: Diagnostic) => `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
const galatDulu = (ds: Diagnostic[]) => unik(ds).sort((a, b) => Number(b.severity === 'galat') - Number(a.severity === 'galat'));
const hitung = (ds: Diagnostic[]) => { const galat = ds.filter((d) => d.severity === 'galat').length; return { galat, peringatan: ds.length - galat }; };
/** `nama` of a YAML file, or `cadangan` while it is missing or broken (its diagnostic is shown elsewhere). */
function namaDi(file: string, cadangan: string): string {
  try {
    const v = parse(bacaBiasa(file).toString('utf8')) as { nama?: unknown } | null;
    return typeof v?.nama === 'string' && v.nama.trim() ? v.nama : cadangan;
  } catch { return cadangan; }
}

interface Satu { keadaan: Keadaan; nama: string; dariLintas: Set<string>; tertunda?: Set<string> }

export class KeadaanPemda {
  private versi = 0;
  private nama: string;
  private lintas: Diagnostic[] = []; // every finding of the latest cross-agency run
  private satu = new Map<string, Satu>();

  constructor(private akar: string, readonly ids: string[], keluaran: string, format: Options['format'],
    private kabar: (awalan: string, jenis: 'build' | 'progres', data: unknown) => void) {
    this.nama = namaDi(path.join(akar, PENANDA), 'Pemda');
    for (const id of ids) {
      const keadaan = new Keadaan(path.join(keluaran, id), format, (jenis, data) => {
        if (jenis === 'progres') {
          kabar(`instansi/${id}`, jenis, data);
          kabar('', jenis, { instansi: id, ...(data as Membangun) });
        } else this.umumkan(); // a build may change what the other pages show (Pemda files, PEMDA_* findings)
      });
      this.satu.set(id, { keadaan, nama: namaDi(path.join(dirInstansi(akar, id), 'instansi.yaml'), id), dariLintas: new Set() });
    }
  }

  private umumkan() {
    this.versi++;
    for (const [id, s] of this.satu) this.kabar(`instansi/${id}`, 'build', { versi: s.keadaan.status.versi });
    this.kabar('', 'build', { versi: this.versi });
  }

  keadaan(id: string): Keadaan { return this.satu.get(id)!.keadaan; }

  /** The cross-agency checks ran before agency `id`'s build: their findings replace the last run's. */
  lintasBaru(id: string, ds: Diagnostic[]): void {
    this.lintas = ds;
    this.nama = namaDi(path.join(this.akar, PENANDA), this.nama);
    this.satu.get(id)!.tertunda = new Set(ds.filter((d) => [undefined, id].includes(milik(this.akar, this.ids, d))).map(kunci));
  }

  selesai(id: string, r: BuildResult, detik: number, sebab: string[]): void {
    const s = this.satu.get(id)!;
    s.dariLintas = s.tertunda ?? new Set(); // those of the build's findings that came from the cross-agency run
    s.tertunda = undefined;
    s.nama = namaDi(path.join(dirInstansi(this.akar, id), 'instansi.yaml'), s.nama);
    s.keadaan.selesai(r, detik, sebab);
  }

  gagal(id: string, pesan: string): void {
    this.satu.get(id)!.tertunda = undefined;
    this.keadaan(id).gagal(pesan);
  }

  /** The last build never ran the agency's own checks: held back by the cross-agency run's errors (Pemda files or
   *  its own files' PEMDA_* errors), every finding it got came from that run. */
  private ditahanLintas(s: Satu): boolean {
    const ds = s.keadaan.status.diagnostik;
    return ds.some((d) => d.severity === 'galat') && ds.every((d) => s.dariLintas.has(kunci(d)));
  }

  /** An agency's last build's findings that are not from the cross-agency run. */
  private dariBuild(s: Satu): Diagnostic[] { return s.keadaan.status.diagnostik.filter((d) => !s.dariLintas.has(kunci(d))); }
  private milik = (d: Diagnostic) => milik(this.akar, this.ids, d);

  /** Findings in the Pemda's own files (and any file outside the agencies' folders, e.g. templates). */
  diagnostikPemda(): Diagnostic[] {
    return galatDulu([...this.lintas, ...[...this.satu.values()].flatMap((s) => this.dariBuild(s))].filter((d) => !this.milik(d)));
  }

  /** An agency page's status: its Keadaan with its own findings, and the Pemda around it (`pemda`: the counts of
   *  the Pemda files' findings, passed when known). */
  status(id: string, pemda = hitung(this.diagnostikPemda())) {
    const s = this.satu.get(id)!;
    const sendiri = (d: Diagnostic) => this.milik(d) === id;
    const diagnostik = galatDulu([...this.dariBuild(s).filter(sendiri), ...this.lintas.filter(sendiri)]);
    const ditahan = s.keadaan.status.diagnostik.some((d) => d.severity === 'galat') && !pemda.galat && !hitung(diagnostik).galat;
    return {
      ...s.keadaan.status, diagnostik, ...(ditahan && { ditahan }),
      pemda: { nama: this.nama, id, instansi: this.ids.map((i) => ({ id: i, nama: this.satu.get(i)!.nama })), ...pemda },
    };
  }

  /** The index: every agency's state and counts, the Pemda files' findings. */
  statusPemda(): StatusPemda {
    const diagnostik = this.diagnostikPemda();
    const pemda = hitung(diagnostik);
    const instansi = this.ids.map((id): RingkasInstansi => {
      const st = this.status(id, pemda);
      const n = hitung(st.diagnostik);
      const keadaan: KeadaanBuild = st.membangun ? 'membangun' : st.galat || n.galat || (st.versi && pemda.galat) ? 'galat'
        : st.ditahan ? 'ditahan' : st.versi ? 'dibangun' : 'menunggu';
      const peringatan = this.ditahanLintas(this.satu.get(id)!) ? null : n.peringatan;
      return { id, nama: this.satu.get(id)!.nama, keadaan, dokumen: st.dokumen.length, ...n, peringatan, versi: st.versi, waktu: st.waktu, detik: st.detik, membangun: st.membangun };
    });
    return { versi: this.versi, nama: this.nama, instansi, diagnostik };
  }
}
