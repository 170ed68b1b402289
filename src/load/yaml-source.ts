// YAML parsing with the failsafe schema (every scalar a string) and line positions for diagnostics. Never throws:
// a syntax error, an alias bomb or a structure nested too deeply is a YAML_SINTAKS diagnostic and no data.
import crypto from 'node:crypto';
import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { diag, type Diagnostic } from '../validate/diagnostics.ts';
import { komaDesimal } from './koma-desimal.ts';
import { simpulTerdalam } from './yaml-dalam.ts';
import { pesanYaml } from './yaml-messages.ts';

export interface YamlSource {
  file: string; // path shown to the user
  data: unknown; // plain JS: objects, arrays, strings; undefined when the file could not be read as YAML
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

const MAX_DEPTH = 64;
const MAX_ALIASES = 100;

/** Errors the conversion to plain data throws (at the first alias of the file). */
const THROWN: [RegExp, string][] = [
  [/Excessive alias count/, `YAML tidak valid: alias (*) terlalu banyak (lebih dari ${MAX_ALIASES} pemakaian); kemungkinan "bom alias"`],
  [/Unresolved alias/, 'YAML tidak valid: alias (*nama) tanpa jangkar (&nama) sebelumnya'],
];

function depth(v: unknown, limit: number): number {
  if (v === null || typeof v !== 'object') return 0;
  if (limit <= 0) return 1;
  let d = 0;
  for (const x of Object.values(v)) d = Math.max(d, depth(x, limit - 1));
  return d + 1;
}

const TERLALU_DALAM = `YAML tidak valid: struktur bersarang lebih dari ${MAX_DEPTH} tingkat`;

/** Offset of the document's first alias (*name), 0 without one. */
function offsetAlias(doc: Document): number {
  let offset = 0;
  visit(doc, { Alias(_, n) { offset = n.range?.[0] ?? 0; return visit.BREAK; } });
  return offset;
}

/** A file parsed before (src/cache/parse.ts): JSON of its data, and the positions asked of it by path (JSON). */
export interface EntriYaml { data: string; lokasi: Record<string, [number, number]>; diubah?: boolean }
export interface MemoYaml { ambil(kunci: string): EntriYaml | undefined; simpan(kunci: string, e: EntriYaml): void }
let memo: MemoYaml | undefined;
/** Installs (or removes) the memo of parsed files for the following loads. */
export const pakaiMemoYaml = (m: MemoYaml | undefined): void => { memo = m; };

/** `locate` answering from the entry, asking `penuh` (and recording its answer) for a path not asked before. */
function lokasiTercatat(e: EntriYaml, penuh: () => YamlSource): YamlSource['locate'] {
  return (p) => {
    if (p.some((k) => typeof k === 'symbol')) return penuh().locate(p);
    const k = JSON.stringify(p);
    const ada = e.lokasi[k];
    if (ada) return { line: ada[0], column: ada[1] };
    const r = penuh().locate(p);
    e.lokasi[k] = [r.line, r.column];
    e.diubah = true;
    return r;
  };
}

/** `text` holds the YAML with its lines aligned to the file's lines (leading blank lines allowed). */
export function parseYaml(file: string, text: string, errors: Diagnostic[]): YamlSource {
  if (!memo) return parseYamlPenuh(file, text, errors);
  const kunci = crypto.createHash('sha256').update(`yaml-1\0${file}\0${text}`).digest('hex');
  const e = memo.ambil(kunci);
  if (e) { // a file parsed before without any diagnostic: parsed again only for a position not asked before
    let penuh: YamlSource | undefined;
    return { file, data: JSON.parse(e.data), locate: lokasiTercatat(e, () => (penuh ??= parseYamlPenuh(file, text, []))) };
  }
  const sendiri: Diagnostic[] = [];
  const r = parseYamlPenuh(file, text, sendiri);
  errors.push(...sendiri);
  // only what JSON keeps exactly (failsafe data: strings, arrays, plain objects) and without a "__proto__" key
  if (sendiri.length || r.data === undefined || text.includes('__proto__')) return r;
  const baru: EntriYaml = { data: JSON.stringify(r.data), lokasi: Object.create(null) as EntriYaml['lokasi'] };
  memo.simpan(kunci, baru);
  return { ...r, locate: lokasiTercatat(baru, () => r) };
}

function parseYamlPenuh(file: string, text: string, errors: Diagnostic[]): YamlSource {
  const lc = new LineCounter();
  const at = (offset: number) => { const p = lc.linePos(offset); return { file, line: p.line, column: p.col }; };
  let doc: Document | undefined;
  let data: unknown;
  const fail = (offset: number, message: string) => { errors.push(diag('YAML_SINTAKS', at(offset), message)); data = undefined; };
  try {
    doc = parseDocument(text, { schema: 'failsafe', lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    // nesting past the limit: reported at the first node too deep, with only the errors before it (the yaml package
    // stops where the call stack ran out, which depends on the thread: its position and later errors would vary)
    const dalam = simpulTerdalam(doc, MAX_DEPTH);
    const galat = dalam === undefined ? doc.errors : doc.errors.filter((g) => g.pos[0] < dalam && g.code !== 'RESOURCE_EXHAUSTION');
    // later errors of a broken file mostly follow from the first: one diagnostic, the rest counted
    const [first, ...rest] = galat;
    if (first) fail(first.pos[0], pesanYaml(first.code, first.message) + (rest.length ? ` (${rest.length} galat YAML lain sesudahnya di berkas ini, kemungkinan akibat galat ini)` : ''));
    if (dalam !== undefined) fail(dalam, TERLALU_DALAM);
    const koma = doc.errors.length || !text.includes('[') ? [] : komaDesimal(doc, text); // a flow list opens with [
    for (const k of koma) fail(k.offset, `angka "${k.teks}" di dalam daftar [...] terbaca sebagai dua angka (koma memisahkan butir daftar); tulis "${k.teks}" dengan tanda kutip atau ${k.teks.replace(',', '.')}`);
    if (!doc.errors.length && !koma.length && dalam === undefined) data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    // deeper through aliases only: at the first alias
    if (data !== undefined && depth(data, MAX_DEPTH) > MAX_DEPTH) fail(offsetAlias(doc), TERLALU_DALAM);
  } catch (e) {
    const offset = doc ? offsetAlias(doc) : 0;
    const msg = e instanceof Error ? e.message : '';
    fail(offset, THROWN.find(([re]) => re.test(msg))?.[1] ?? 'YAML tidak valid: struktur terlalu dalam atau terlalu besar untuk dibaca');
  }
  const locate = (path: readonly PropertyKey[]) => {
    for (let p = [...path]; doc; p = p.slice(0, -1)) {
      const n = p.length ? doc.getIn(p, true) : doc.contents;
      if (isNode(n) && n.range) {
        const pos = lc.linePos(n.range[0]);
        return { line: pos.line, column: pos.col };
      }
      if (!p.length) break;
    }
    return { line: 1, column: 1 };
  };
  return { file, data, locate };
}
