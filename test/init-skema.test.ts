// `sakip init` writes content that builds at once; the shipped JSON Schemas are current, accept the default content
// and the init-ed content as an editor reads them (YAML core types), and reject broken files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { berkasInit, init } from '../src/cli/init.ts';
import { build, check } from '../src/pipeline.ts';
import { JENIS_BERKAS, jsonSkema, teksSkema, type JenisBerkas } from '../src/skema/json-skema.ts';
import { docxText, normalise, pdfText } from './extract.ts';
import { ROOT } from './helpers.ts';

const OPSI = { nama: 'Dinas Kesehatan', pemda: 'Kota Contoh', ibukota: 'Contoh', tahun: 2026 };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-init-'));

/** "pk/*\/*.md" matches "pk/2025/01-x.md": one path segment per "*". */
const cocok = (pola: string, rel: string) => new RegExp(`^${pola.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('[^/]+')}$`).test(rel);
const jenisDari = (rel: string): JenisBerkas | undefined => JENIS_BERKAS.find((j) => j.pola.some((p) => cocok(p, rel)));
const isiYaml = (rel: string, text: string) => parse(rel.endsWith('.md') ? text.split(/^---\s*$/m)[1] : text);

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  return new Map(JENIS_BERKAS.map((j) => [j.nama, ajv.compile(jsonSkema(j))]));
}

function periksaTree(dir: string): string[] {
  const v = validator();
  const salah: string[] = [];
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const rel = f.split(path.sep).join('/');
    const j = jenisDari(rel);
    if (!j || !fs.statSync(path.join(dir, f)).isFile()) continue;
    const fn = v.get(j.nama)!;
    if (!fn(isiYaml(rel, fs.readFileSync(path.join(dir, f), 'utf8')))) salah.push(`${rel}: ${JSON.stringify(fn.errors?.slice(0, 3))}`);
  }
  return salah;
}

describe('sakip init', () => {
  it('writes a content tree that checks without errors and builds every document kind it holds', async () => {
    const dir = path.join(tmp(), 'konten');
    const files = init(dir, OPSI);
    expect(files).toEqual(expect.arrayContaining(['instansi.yaml', 'pk/2026/01-kepala-dinas.md', 'anggaran/2026.yaml', 'renstra/2026-2030.yaml', 'lkip/2026/kinerja.yaml', '.vscode/settings.json', '.skema/pk.json']));
    expect(fs.readFileSync(path.join(dir, 'jabatan/jabatan.yaml'), 'utf8')).toContain('nama: Wali Kota Contoh');
    const { diagnostics } = check(dir);
    expect(diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
    const keluaran = path.join(tmp(), 'out');
    const r = await build({ konten: dir, keluaran, jenis: ['pk', 'lkip', 'pengukuran', 'iku'], format: ['pdf', 'docx'], kertas: 'A4' });
    expect(r.diagnostics.filter((d) => d.severity === 'galat')).toEqual([]);
    expect(r.outputs.map((o) => path.relative(keluaran, o.path)).filter((p) => p.endsWith('.pdf')).sort()).toEqual(['iku/2026/iku-2026-2030.pdf', 'lkip/2026/lkip-2026.pdf', 'pengukuran/2026/pengukuran-2026-tw4.pdf', 'pk/2026/01-kepala-dinas.pdf']);
    // range and qualitative targets print as written, in the PK and in the IKU's yearly targets, both formats
    for (const slug of ['pk/2026/01-kepala-dinas', 'iku/2026/iku-2026-2030']) {
      const pdf = normalise((await pdfText(r.outputs.find((o) => o.path.endsWith(`${slug}.pdf`))!.bytes)).text);
      const docx = normalise(docxText(r.outputs.find((o) => o.path.endsWith(`${slug}.docx`))!.bytes));
      for (const t of [pdf, docx]) expect(t, slug).toMatch(/2–4%[\s\S]*WTP/);
    }
  });
  it('has an indicator of each kind: positif, negatif, rentang, kualitatif', () => {
    const kat = parse(berkasInit(OPSI)['indikator/iku.yaml']) as { polaritas?: string; skala?: string }[];
    expect(kat.map((k) => k.skala ? 'kualitatif' : k.polaritas)).toEqual(['positif', 'negatif', 'rentang', 'kualitatif']);
  });
  it('refuses a directory that is not empty (exit code 2), writing nothing', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'catatan.txt'), 'x');
    expect(() => init(dir, OPSI)).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringMatching(/tidak kosong/) }));
    expect(fs.readdirSync(dir)).toEqual(['catatan.txt']);
  });
});

describe('JSON Schema untuk editor', () => {
  it('the shipped schemas in skema/ are current (sakip skema regenerates them)', () => {
    for (const j of JENIS_BERKAS) expect(fs.readFileSync(path.join(ROOT, 'skema', `${j.nama}.json`), 'utf8'), j.nama).toBe(teksSkema(j));
  });
  it('VS Code settings map every YAML kind of content/ and contoh/ to its schema', () => {
    const s = JSON.parse(fs.readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8'))['yaml.schemas'] as Record<string, string[]>;
    for (const j of JENIS_BERKAS.filter((x) => !x.frontMatter)) expect(s[`./skema/${j.nama}.json`]).toEqual(j.pola.flatMap((p) => [`content/${p}`, `contoh/*/${p}`]));
  });
  it('accepts every file of the default content, front matter included', () => {
    expect(periksaTree(path.join(ROOT, 'content'))).toEqual([]);
  });
  it('accepts the init-ed content', () => {
    const dir = path.join(tmp(), 'k');
    init(dir, OPSI);
    expect(periksaTree(dir)).toEqual([]);
  });
  it('rejects a broken file: unknown key, value outside an enum, missing required key', () => {
    const fn = validator().get('orang')!;
    expect(fn([{ id: 'a', nama: 'A', nipp: '1' }])).toBe(false);
    expect(fn([{ id: 'a', nama: 'A', asn: 'honorer' }])).toBe(false);
    expect(fn([{ id: 'a' }])).toBe(false);
    expect(fn([{ id: 'a', nama: 'A', nip: 197510011996121001 }])).toBe(true);
  });
});
