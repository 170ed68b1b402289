// A synthetic Pemda in the Pemda layout (src/pemda/): pemda.yaml, bersama/ with the registries the agencies share
// (the kepala daerah and his jabatan; legal bases and indicators written identically in every source agency; the
// kepala daerah's targets copied from the first agency's Kepala Dinas PK) and
// instansi/<id>/ per agency: the default agency (content/) and the example agency (contoh/dinas-pangan) cloned
// alternately under new ids, names and NIPs, without what moved to bersama/. Everything is marked synthetic
// (pemda.yaml, every instansi.yaml, READMEs); nothing here is ever committed as content.
//   node --import tsx scripts/pemda-sintetis.ts 10 [dir]   # prints the Pemda root
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, YAMLSeq, type Document } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUMBER = ['content', 'contoh/dinas-pangan'];
const REGISTRI = ['orang', 'jabatan', 'dasar-hukum', 'indikator'] as const;
const CATATAN = 'SINTETIS: dibuat oleh scripts/pemda-sintetis.ts untuk tolok ukur dan uji; bukan data instansi mana pun.\n';

export interface OpsiPemda {
  /** source agency folders (bawaan: content/ and contoh/dinas-pangan), relative to the repository or absolute */
  sumber?: string[];
  /** the first clone of each source keeps its id, names and NIPs (its documents equal the source's own) */
  asli?: boolean;
}
export interface Pemda { akar: string; ids: string[] }

type Entri = Record<string, unknown> & { id: string };
interface Berkas { rel: string; doc: Document; entri: Entri[] }

const yamlDi = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : []);
function registri(src: string, jenis: string): Berkas[] {
  return yamlDi(path.join(src, jenis)).map((f) => {
    const doc = parseDocument(fs.readFileSync(path.join(src, jenis, f), 'utf8'), { schema: 'failsafe' });
    return { rel: `${jenis}/${f}`, doc, entri: (doc.toJS() ?? []) as Entri[] };
  });
}
const semuaEntri = (bs: Berkas[]) => bs.flatMap((b) => b.entri);
/** The registry file without the entries `buang` picks, comments of the others kept; undefined when empty. */
function tanpa(b: Berkas, buang: (e: Entri) => boolean): string | undefined {
  const seq = b.doc.contents as YAMLSeq;
  const sisa = seq.items.filter((_, i) => !buang(b.entri[i]));
  if (!sisa.length) return undefined;
  const doc = b.doc.clone();
  (doc.contents as YAMLSeq).items = sisa.map((x) => (x as { clone?: () => unknown }).clone?.() ?? x);
  return doc.toString({ lineWidth: 0 });
}
const tulis = (f: string, teks: string) => { fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, teks); };
const daftarYaml = (entri: Entri[]) => entri.map((e) => `- ${Object.entries(e).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n  ')}\n`).join('');

/** Writes `n` agencies into the Pemda root `dir` (created when missing). */
export function buatPemda(n: number, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pemda-')), opsi: OpsiPemda = {}): Pemda {
  const sumber = (opsi.sumber ?? SUMBER).map((s) => path.resolve(ROOT, s));
  const reg = sumber.map((s) => Object.fromEntries(REGISTRI.map((j) => [j, registri(s, j)])) as Record<typeof REGISTRI[number], Berkas[]>);
  // the kepala daerah: the first source's jabatan of jenis kepala_daerah and its person; every source's own dropped
  const kdJabatan = semuaEntri(reg[0].jabatan).find((e) => e.jenis === 'kepala_daerah')!;
  const kdOrang = semuaEntri(reg[0].orang).find((e) => e.id === kdJabatan.pejabat)!;
  const kdLain = reg.map((r) => semuaEntri(r.jabatan).filter((e) => e.jenis === 'kepala_daerah'));
  if (kdLain.some((js) => js.some((j) => j.id !== kdJabatan.id))) throw new Error('jabatan kepala daerah sumber harus ber-id sama');
  // legal bases and indicators written identically in every source are shared
  const bersamaDari = (j: 'dasar-hukum' | 'indikator') => semuaEntri(reg[0][j]).filter((e) => reg.every((r) => semuaEntri(r[j]).some((x) => isDeepStrictEqual(x, e))));
  const bersama = { 'dasar-hukum': bersamaDari('dasar-hukum'), indikator: bersamaDari('indikator') };
  const instansi0 = parseDocument(fs.readFileSync(path.join(sumber[0], 'instansi.yaml'), 'utf8'), { schema: 'failsafe' }).toJS() as Record<string, string>;
  fs.mkdirSync(dir, { recursive: true });
  tulis(path.join(dir, 'README.md'), `# Pemda sintetis (${n} instansi)\n\n${CATATAN}`);
  tulis(path.join(dir, 'pemda.yaml'), `# ${CATATAN}nama: ${instansi0.pemda}\nkepala_daerah: ${kdJabatan.id}\n`);
  tulis(path.join(dir, 'bersama/jabatan/kepala-daerah.yaml'), `# ${CATATAN}${daftarYaml([kdJabatan])}`);
  tulis(path.join(dir, 'bersama/orang/kepala-daerah.yaml'), `# ${CATATAN}${daftarYaml([kdOrang])}`);
  for (const j of ['dasar-hukum', 'indikator'] as const) if (bersama[j].length) tulis(path.join(dir, `bersama/${j}/bersama.yaml`), `# ${CATATAN}${daftarYaml(bersama[j])}`);

  const ids = Array.from({ length: n }, (_, i) => {
    const no = String(i + 1).padStart(2, '0');
    const s = i % sumber.length;
    const src = sumber[s];
    const asli = opsi.asli && i < sumber.length;
    const yaml = fs.readFileSync(path.join(src, 'instansi.yaml'), 'utf8');
    const id = asli ? /^id: *(\S+)/m.exec(yaml)![1] : `${/^id: *(\S+)/m.exec(yaml)![1]}-sintetis-${no}`;
    const tujuan = path.join(dir, 'instansi', id);
    fs.cpSync(src, tujuan, { recursive: true, filter: (f) => !/(^|\/)(README\.md|\.sakip-cache)$/.test(f) && !REGISTRI.some((j) => f === path.join(src, j)) });
    tulis(path.join(tujuan, 'README.md'), CATATAN);
    const kdId = new Set(kdLain[s].map((e) => e.pejabat));
    const buang: Record<string, (e: Entri) => boolean> = {
      orang: (e) => kdId.has(e.id), jabatan: (e) => e.jenis === 'kepala_daerah',
      'dasar-hukum': (e) => bersama['dasar-hukum'].some((x) => x.id === e.id), indikator: (e) => bersama.indikator.some((x) => x.id === e.id),
    };
    // NIPs of a clone: the last three digits (sequence number) shifted, so no person is in two agencies
    const nip = (t: string) => (asli ? t : t.replace(/^(\s*nip: *"?)(\d{15})(\d{3})/gm, (_, a, b, c) => `${a}${b}${String((Number(c) + 37 * (i + 1)) % 1000).padStart(3, '0')}`));
    for (const j of REGISTRI) for (const b of reg[s][j]) { const t = tanpa(b, buang[j]); if (t) tulis(path.join(tujuan, b.rel), nip(t)); }
    tulis(path.join(tujuan, 'instansi.yaml'), asli ? yaml : `# ${CATATAN}` + yaml
      .replace(/^id: *.*$/m, `id: ${id}`)
      .replace(/^pemda: *.*$/m, `pemda: ${instansi0.pemda}`)
      .replace(/^(nama(?:_singkat)?): *(.*)$/gm, `$1: $2 (Sintetis ${no})`));
    return id;
  });
  tulisRpjmd(dir, ids[0], semuaEntri(reg[0].jabatan));
  return { akar: dir, ids };
}

/** bersama/rpjmd/: the kepala daerah's targets for the first indicator of each sasaran of the first agency's
 *  Kepala Dinas PK, copied from that PK (so the Pemda check finds them equal; no figure is made up). */
function tulisRpjmd(akar: string, id: string, jabatan: Entri[]) {
  const kepala = new Set(jabatan.filter((j) => j.jenis === 'kepala_opd').map((j) => j.id));
  const dir = path.join(akar, 'instansi', id, 'pk');
  const pk = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort()
    .map((f) => parseDocument(fs.readFileSync(path.join(dir, f), 'utf8').split(/^---$/m)[1] ?? '', { schema: 'failsafe' }).toJS() as { tahun?: string; pihak_pertama?: string; sasaran?: { indikator: { ref: string; target: unknown }[] }[] })
    .find((f) => f && kepala.has(f.pihak_pertama ?? ''));
  if (!pk?.tahun || !pk.sasaran) return;
  const baris = pk.sasaran.map((s) => s.indikator[0]).filter((i) => typeof i?.target === 'string')
    .map((i) => `  - ref: ${i.ref}\n    instansi: ${id}\n    target: {"${pk.tahun}": ${JSON.stringify(i.target)}}\n`);
  if (baris.length) tulis(path.join(akar, `bersama/rpjmd/${pk.tahun}-${Number(pk.tahun) + 4}.yaml`), `# ${CATATAN}# Target disalin dari PK Kepala Dinas ${id} ${pk.tahun}.\nperiode: ${pk.tahun}-${Number(pk.tahun) + 4}\nindikator:\n${baris.join('')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const n = Number(process.argv[2] ?? 10);
  if (!Number.isInteger(n) || n < 1) { console.error('penggunaan: pemda-sintetis.ts <jumlah instansi> [dir]'); process.exit(2); }
  console.log(buatPemda(n, process.argv[3]).akar);
}
