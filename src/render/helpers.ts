// Handlebars helpers: formatting only (no arithmetic); every figure arrives computed.
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import { angka, persen, rupiah, uang } from '../format/angka.ts';
import { nip } from '../format/nip.ts';
import { tanggal } from '../format/tanggal.ts';
import { formatTarget, type TargetValue } from '../format/target.ts';
import { terbilang, terbilangRupiah } from '../format/terbilang.ts';

const md = new MarkdownIt({ html: false, xhtmlOut: true, typographer: false, linkify: false });
// "1)" lists are the documents' lettered lists (a., b., c.); "1." lists stay numbered
md.renderer.rules.ordered_list_open = (tokens, idx, opts, _env, self) => {
  if (tokens[idx].markup === ')') tokens[idx].attrSet('type', 'a');
  return self.renderToken(tokens, idx, opts);
};
type Opts = Handlebars.HelperOptions;
const hash = (a: unknown[]) => (a[a.length - 1] as Opts).hash as Record<string, unknown>;

/** Markdown prose from content -> markup; "{target}" and "{tahun}" placeholders filled in. */
function markdown(text: unknown, ...rest: unknown[]) {
  const h = hash(rest);
  let src = typeof text === 'string' ? text : '';
  if (h.target) src = src.replaceAll('{target}', formatTarget(h.target as TargetValue));
  if (h.tahun !== undefined) src = src.replaceAll('{tahun}', String(h.tahun));
  let html = md.render(src).replace(/<p>/g, `<p align="${(h.align as string) ?? 'justify'}">`);
  html = html.replace(/<(\/?)(pre|code|blockquote)>/g, '<$1div>');
  return new Handlebars.SafeString(html);
}

/** A figure that could not be computed prints as "–" (the document explains why next to it). */
const kosong = (v: unknown) => v === undefined || v === null || v === '';
export const HELPERS: Record<string, Handlebars.HelperDelegate> = {
  angka: (v: string, ...r: unknown[]) => (kosong(v) ? '–' : angka(String(v), Number(hash(r).desimal ?? 0))),
  rupiah: (v: string) => (kosong(v) ? '–' : rupiah(String(v))),
  uang: (v: string) => (kosong(v) ? '–' : uang(String(v))),
  persen: (v: string, ...r: unknown[]) => (kosong(v) ? '–' : persen(String(v), Number(hash(r).desimal ?? 2))),
  tanggal: (v: string) => tanggal(String(v)),
  nip: (v: string) => nip(String(v)),
  terbilang: (v: unknown) => terbilang(String(v)),
  terbilangRupiah: (v: unknown) => terbilangRupiah(String(v)),
  target: (t: TargetValue) => formatTarget(t),
  // a target in a table with its own unit column: number, range or word without the unit
  nilaiTarget: (t: TargetValue) => formatTarget({ ...t, satuan: '' }),
  kapital: (v: string) => String(v).toLocaleUpperCase('id-ID'),
  atau: (v: unknown, alt: unknown) => (v === undefined || v === null || v === '' ? alt : v),
  md: markdown,
  urut: (i: number) => Number(i) + 1,
  json: (v: unknown) => JSON.stringify(v),
  lebarIku: (tahun: number, baseline: boolean) => ['18', '80', '100', '32', ...(baseline ? ['36'] : []), ...Array.from({ length: Number(tahun) }, () => '34'), '*', '64'].join(','),
  // column width lists of the wide tables (layout only)
  tambah: (a: number, b: number) => Number(a) + Number(b),
  lebarData: (n: number) => ['20', '*', '46', ...Array.from({ length: Number(n) }, () => '46')].join(','),
  lebarSeri: (n: number) => ['18', '*', '36', ...Array.from({ length: Number(n) * 2 }, () => '30')].join(','),
  lebarTujuan: (n: number) => ['90', '110', '*', '36', '40', ...Array.from({ length: Number(n) }, () => '40')].join(','),
  lebarIkk: (n: number) => ['18', '*', '40', ...Array.from({ length: Number(n) }, () => '40')].join(','),
  lebarProgram: (n: number) => ['50', '*', '*', '26', '26', ...Array.from({ length: Number(n) }, () => ['22', '46']).flat()].join(','),
  eq1: (i: number) => Number(i) === 1,
  tahunDari: (iso: string) => String(iso).slice(0, 4),
  lebarKolom: (n: number) => ['22', ...Array.from({ length: Number(n) }, () => '*')].join(','),
};
