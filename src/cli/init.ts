// `sakip init <dir>`: a small, valid, commented content tree for a new agency (from kerangka/), with the editor
// schemas and VS Code settings. Refuses a non-empty directory.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { JENIS_BERKAS, teksSkema } from '../skema/json-skema.ts';

export const KERANGKA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../kerangka');

export interface InitOpsi { nama: string; pemda: string; ibukota: string; tahun: number }

/** "Kabupaten Luwu Timur" -> "Bupati Luwu Timur"; "Kota X" -> "Wali Kota X"; "Provinsi X" -> "Gubernur X". */
const KEPALA: [RegExp, string][] = [[/^Kabupaten\s+/i, 'Bupati '], [/^Kota\s+/i, 'Wali Kota '], [/^Provinsi\s+/i, 'Gubernur ']];
export function kepalaDaerah(pemda: string): string {
  const hit = KEPALA.find(([re]) => re.test(pemda));
  return hit ? pemda.replace(hit[0], hit[1]) : `Kepala Daerah ${pemda}`;
}

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'instansi';
/** YAML-safe plain text (a value written after "key: "). */
const yamlTeks = (s: string) => (/^[\w][\w .,()/'-]*$/u.test(s) && !/[:#]/.test(s) ? s : JSON.stringify(s));

export function tokenInit(o: InitOpsi): Record<string, string> {
  const t = o.tahun;
  return {
    NAMA: yamlTeks(o.nama), PEMDA: yamlTeks(o.pemda), IBUKOTA: yamlTeks(o.ibukota), KEPALA_DAERAH: yamlTeks(kepalaDaerah(o.pemda)), ID: slug(`${o.nama} ${o.pemda}`),
    TAHUN: String(t), TAHUN_LALU: String(t - 1), TAHUN_DEPAN: String(t + 1), T2: String(t + 1), T3: String(t + 2), T4: String(t + 3), AKHIR: String(t + 4),
  };
}

const isi = (s: string, token: Record<string, string>) => s.replace(/@@([A-Z_0-9]+)@@/g, (m, k: string) => token[k] ?? m);

/** Editor support: the schemas in .skema/ and VS Code's YAML extension pointed at them. */
function editor(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const peta: Record<string, string[]> = {};
  for (const j of JENIS_BERKAS) {
    files[`.skema/${j.nama}.json`] = teksSkema(j);
    if (!j.frontMatter) peta[`./.skema/${j.nama}.json`] = j.pola;
  }
  files['.vscode/settings.json'] = `${JSON.stringify({ 'yaml.schemas': peta }, null, 2)}\n`;
  void dir;
  return files;
}

/** The files init writes (relative path -> text); pure, so tests can inspect it. */
export function berkasInit(o: InitOpsi): Record<string, string> {
  const token = tokenInit(o);
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out[isi(path.relative(KERANGKA_DIR, full).split(path.sep).join('/'), token)] = isi(fs.readFileSync(full, 'utf8'), token);
    }
  };
  walk(KERANGKA_DIR);
  return { ...out, ...editor('') };
}

export function init(dir: string, o: InitOpsi): string[] {
  if (fs.existsSync(dir) && (!fs.statSync(dir).isDirectory() || fs.readdirSync(dir).length)) {
    throw new CommanderError(2, 'opsi', `direktori ${dir} sudah ada dan tidak kosong; sakip init hanya menulis ke direktori baru atau kosong`);
  }
  const files = berkasInit(o);
  for (const [rel, text] of Object.entries(files)) {
    const f = path.join(dir, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text);
  }
  return Object.keys(files);
}
