// Unknown keys: walk the parsed YAML beside its zod schema and name every key the schema does not know, with the
// nearest known key ("tagret" -> "target"). zod itself strips such keys silently.
import type { z } from 'zod';

export interface KunciAsing { path: PropertyKey[]; kunci: string; saran?: string; saranWajibHilang: boolean }

// zod 4 keeps its definition on `_zod.def`; only the parts walked here are typed
interface Def { type: string; shape?: Record<string, Node>; element?: Node; innerType?: Node; in?: Node; options?: Node[]; valueType?: Node }
interface Node { _zod: { def: Def; optin?: string } }

const PEMBUNGKUS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

function buka(n: Node): Node {
  for (;;) {
    const d = n._zod.def;
    if (PEMBUNGKUS.has(d.type) && d.innerType) n = d.innerType;
    else if (d.type === 'pipe' && d.in) n = d.in;
    else return n;
  }
}

/** Optimal string alignment distance (a transposition counts 1). */
export function jarak(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
    const c = a[i - 1] === b[j - 1] ? 0 : 1;
    d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c);
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
  }
  return d[a.length][b.length];
}

export function terdekat(kunci: string, dikenal: string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[-_ ]/g, '');
  let best: { k: string; d: number } | undefined;
  for (const k of dikenal) {
    const d = norm(k) === norm(kunci) ? 0 : jarak(kunci.toLowerCase(), k);
    if (!best || d < best.d) best = { k, d };
  }
  return best && best.d <= Math.max(2, Math.floor(kunci.length / 3)) ? best.k : undefined;
}

const objek = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The union option a value was meant for: the one whose literal `rumus`/`jenis` matches, else the most keys in common. */
function pilih(options: Node[], v: Record<string, unknown>): Node | undefined {
  const kandidat = options.map(buka).filter((o) => o._zod.def.type === 'object');
  const skor = (o: Node) => {
    const shape = o._zod.def.shape ?? {};
    const lit = ['rumus', 'jenis'].some((k) => shape[k] && JSON.stringify(shape[k]).includes(JSON.stringify(v[k] ?? '\u0000')));
    return (lit ? 1000 : 0) + Object.keys(v).filter((k) => k in shape).length;
  };
  return kandidat.sort((a, b) => skor(b) - skor(a))[0];
}

export function kunciAsing(schema: z.ZodType, value: unknown, path: PropertyKey[] = [], out: KunciAsing[] = []): KunciAsing[] {
  const n = buka(schema as unknown as Node);
  const d = n._zod.def;
  if (d.type === 'object' && objek(value)) {
    const shape = d.shape ?? {};
    const dikenal = Object.keys(shape);
    for (const k of Object.keys(value)) {
      if (Object.prototype.hasOwnProperty.call(shape, k)) { kunciAsing(shape[k] as unknown as z.ZodType, value[k], [...path, k], out); continue; }
      const saran = terdekat(k, dikenal.filter((x) => !(x in value) || x === k));
      out.push({ path, kunci: k, saran, saranWajibHilang: !!saran && !(saran in value) && !shape[saran]._zod.optin });
    }
  } else if (d.type === 'array' && Array.isArray(value) && d.element) {
    value.forEach((x, i) => kunciAsing(d.element as unknown as z.ZodType, x, [...path, i], out));
  } else if (d.type === 'record' && objek(value) && d.valueType) {
    for (const k of Object.keys(value)) kunciAsing(d.valueType as unknown as z.ZodType, value[k], [...path, k], out);
  } else if (d.type === 'union' && objek(value) && d.options) {
    const o = pilih(d.options, value);
    if (o) kunciAsing(o as unknown as z.ZodType, value, path, out);
  }
  return out;
}
