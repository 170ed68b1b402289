// JSON Schema of every content file kind, generated from the zod schemas, for editors (the YAML language server:
// autocompletion and underlined errors). Content is read with YAML's failsafe schema (every scalar a string), but an
// editor reads `target: 98` as a number: number-like strings also accept numbers, "true"/"false" booleans, and
// unknown keys are errors (the build warns about them).
import { z } from 'zod';
import { JENIS } from '../jenis/index.ts';
import {
  anggaranKinerjaSchema, ikuDokumenSchema, kinerjaSchema, lkipSchema, pedomanSchema, renstraDokumenSchema, renstraProgramSchema, renstraSchema, sdmSchema,
} from '../validate/schemas-kinerja.ts';
import { dasarHukumSchema, indikatorSchema, instansiSchema, jabatanSchema, orangSchema, pkSchema } from '../validate/schemas.ts';

export interface JenisBerkas { nama: string; judul: string; pola: string[]; skema: z.ZodType; frontMatter?: boolean }

/** Every content file kind: its schema file name, the globs it applies to, and the zod schema. */
export const JENIS_BERKAS: JenisBerkas[] = [
  { nama: 'instansi', judul: 'Identitas instansi (instansi.yaml)', pola: ['instansi.yaml'], skema: instansiSchema },
  { nama: 'orang', judul: 'Registri orang (orang/*.yaml)', pola: ['orang/*.yaml'], skema: z.array(orangSchema) },
  { nama: 'jabatan', judul: 'Registri jabatan (jabatan/*.yaml)', pola: ['jabatan/*.yaml'], skema: z.array(jabatanSchema) },
  { nama: 'dasar-hukum', judul: 'Katalog dasar hukum (dasar-hukum/*.yaml)', pola: ['dasar-hukum/*.yaml'], skema: z.array(dasarHukumSchema) },
  { nama: 'indikator', judul: 'Katalog indikator (indikator/*.yaml)', pola: ['indikator/*.yaml'], skema: z.array(indikatorSchema) },
  { nama: 'anggaran', judul: 'Pohon anggaran tahunan (anggaran/<tahun>.yaml)', pola: ['anggaran/*.yaml'], skema: anggaranKinerjaSchema },
  { nama: 'renstra', judul: 'Renstra: tujuan, sasaran, IKU (renstra/<periode>.yaml)', pola: ['renstra/*.yaml'], skema: renstraSchema },
  { nama: 'renstra-program', judul: 'Renstra: program, kegiatan, sub kegiatan (renstra/<periode>/program.yaml)', pola: ['renstra/*/program.yaml'], skema: renstraProgramSchema },
  { nama: 'kinerja', judul: 'Realisasi IKU tahunan dan triwulan (lkip/<tahun>/kinerja.yaml)', pola: ['lkip/*/kinerja.yaml'], skema: kinerjaSchema },
  { nama: 'sdm', judul: 'Data pegawai LKIP (lkip/<tahun>/sdm.yaml)', pola: ['lkip/*/sdm.yaml'], skema: sdmSchema },
  { nama: 'pk', judul: 'Front matter Perjanjian Kinerja (pk/<tahun>/*.md)', pola: ['pk/*/*.md'], skema: pkSchema, frontMatter: true },
  { nama: 'lkip', judul: 'Front matter LKIP (lkip/<tahun>/lkip.md)', pola: ['lkip/*/lkip.md'], skema: lkipSchema, frontMatter: true },
  { nama: 'iku', judul: 'Front matter dokumen IKU (iku/<periode>.md)', pola: ['iku/*.md'], skema: ikuDokumenSchema, frontMatter: true },
  { nama: 'renstra-dokumen', judul: 'Front matter dokumen Renstra (renstra/<periode>/renstra.md)', pola: ['renstra/*/renstra.md'], skema: renstraDokumenSchema, frontMatter: true },
  { nama: 'pedoman', judul: 'Front matter pedoman pengukuran (pedoman/<tahun>.md)', pola: ['pedoman/*.md'], skema: pedomanSchema, frontMatter: true },
  // the folders document kinds claim (src/jenis/jenis.ts, SumberYaml)
  ...JENIS.flatMap((k) => (k.sumber ? [{ nama: k.sumber.folder, judul: k.sumber.judul, pola: [`${k.sumber.folder}/*/*.yaml`], skema: k.sumber.schema as z.ZodType }] : [])),
];

type Node = Record<string, unknown>;

/** Loosen string types the way a YAML editor reads scalars, and close objects to unknown keys. */
function untukEditor(n: unknown): unknown {
  if (Array.isArray(n)) return n.map(untukEditor);
  if (typeof n !== 'object' || n === null) return n;
  const out: Node = {};
  for (const [k, v] of Object.entries(n as Node)) out[k] = k === 'properties' || k === '$defs' ? Object.fromEntries(Object.entries(v as Node).map(([p, s]) => [p, untukEditor(s)])) : untukEditor(v);
  if (out.type === 'string') {
    const en = out.enum as unknown[] | undefined;
    const bool = en?.some((x) => x === 'true' || x === 'false');
    if (en) out.enum = [...en, ...(bool ? en.filter((x) => x === 'true' || x === 'false').map((x) => x === 'true') : []), ...en.filter((x) => typeof x === 'string' && /^\d+$/.test(x)).map(Number)];
    out.type = bool ? ['string', 'number', 'boolean'] : ['string', 'number'];
  }
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) out.additionalProperties = false;
  return out;
}

export function jsonSkema(j: JenisBerkas): object {
  const s = z.toJSONSchema(j.skema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Node;
  return { ...(untukEditor(s) as Node), title: j.judul, $id: `https://sakip.local/skema/${j.nama}.json` };
}

/** Shipped file text: stable key order and a trailing newline, so a test can compare bytes. */
export const teksSkema = (j: JenisBerkas): string => `${JSON.stringify(jsonSkema(j), null, 2)}\n`;
