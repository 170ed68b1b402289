// The options `build` and `pantau` share, and their conversion into pipeline options (bad values exit with code 2).
import { Command, CommanderError, Option } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bacaBagian } from '../bagian.ts';
import { akarPemda, pilihInstansi } from '../pemda/akar.ts';
import type { Format, Options } from '../pipeline.ts';
import { NAMA_JENIS } from './nama-jenis.ts';

const list = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];
const pilihan = () => NAMA_JENIS.join(', ');

export function addBuildOptions(cmd: Command): Command {
  return cmd
    .option('--jenis <jenis>', `jenis dokumen dipisah koma: ${pilihan()} (bawaan semua)`, list)
    .option('--tahun <tahun>', 'hanya dokumen tahun ini', (v) => { if (!/^\d{4}$/.test(v)) throw new CommanderError(2, 'opsi', `tahun tidak valid: ${v}`); return Number(v); })
    .option('--triwulan <n>', 'triwulan laporan pengukuran (1-4, bawaan 4) dan evaluasi Rencana Aksi (bawaan: triwulan terakhir yang realisasinya ada)', (v) => { if (!/^[1-4]$/.test(v)) throw new CommanderError(2, 'opsi', `triwulan harus 1-4: ${v}`); return Number(v); })
    .option('--hanya <slug>', 'hanya dokumen dengan nama berkas ini (boleh diulang atau dipisah koma)', list)
    .option('--format <format>', 'format keluaran dipisah koma: pdf, docx (bawaan keduanya)', list)
    .addOption(new Option('--kertas <ukuran>', 'ukuran kertas').choices(['A4', 'F4']).default('A4'))
    .option('--konten <dir>', 'direktori konten', 'content')
    .option('--keluaran <dir>', 'direktori keluaran', 'output')
    .option('--templat <dir>', 'direktori templat sendiri (bawaan: templates/ bawaan alat ini)')
    .option('--pdfa', 'PDF sebagai PDF/A-2b (arsip): metadata XMP, profil warna sRGB')
    .option('--rinci', 'cetak setiap peringatan, bukan jumlahnya per kode')
    .option('--tanpa-cache', 'render setiap dokumen lagi, tanpa membaca atau menulis cache build')
    .option('--cache <dir>', 'direktori cache build (bawaan: ~/.cache/sakip)')
    .option('--bagian <i/n>', 'hanya bagian ke-i dari n bagian dokumen (membagi build ke beberapa mesin CI)', (v) => {
      const b = bacaBagian(v);
      if (typeof b === 'string') throw new CommanderError(2, 'opsi', b);
      return b;
    });
}

/** `--instansi` (build, check): agencies of a Pemda root (src/pemda/). */
export const addInstansiOption = (cmd: Command): Command =>
  cmd.option('--instansi <id>', 'akar Pemda (pemda.yaml): hanya instansi ini, id folder instansi/<id> dipisah koma (bawaan semua)', list);

/** The agencies to build when `konten` is a Pemda root (undefined for a single agency); an unknown id, or
 *  `--instansi` without a Pemda root, exits with code 2 naming the known ids. */
export function instansiPemda(konten: string, pilih?: string[]): string[] | undefined {
  if (!akarPemda(konten)) {
    if (pilih?.length) throw new CommanderError(2, 'opsi', `--instansi hanya untuk akar Pemda (direktori dengan pemda.yaml); ${konten} bukan akar Pemda`);
    return undefined;
  }
  const r = pilihInstansi(konten, pilih);
  if ('asing' in r) throw new CommanderError(2, 'opsi', `instansi tidak dikenal: ${r.asing.join(', ')} (instansi di ${konten}/instansi/: ${r.dikenal.join(', ') || 'tidak ada'})`);
  return r.ids;
}

/** `--templat`, when given, must name an existing directory (exit code 2 otherwise). */
export function templatDir(dir?: string): string | undefined {
  if (dir && !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new CommanderError(2, 'opsi', `direktori templat tidak ditemukan: ${dir}`);
  return dir;
}

/** The user's cache directory (XDG): entries are keyed by content, so every project and output folder shares it;
 *  outside the output folder, so an output set stays exactly what the build wrote. */
export const cacheBawaan = () => path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sakip');

interface Raw { tanpaCache?: boolean; cache?: string; bagian?: Options['bagian']; jenis?: string[]; tahun?: number; triwulan?: number; hanya?: string[]; format?: string[]; kertas: 'A4' | 'F4'; pdfa?: boolean; konten: string; keluaran: string; templat?: string }

export function toOptions(o: Raw): Options {
  const format = (o.format?.length ? o.format : ['pdf', 'docx']) as Format[];
  const jenis = o.jenis?.length ? o.jenis : [...NAMA_JENIS];
  const asing = jenis.filter((j) => !NAMA_JENIS.includes(j));
  if (asing.length) throw new CommanderError(2, 'opsi', `jenis dokumen tidak dikenal: ${asing.join(', ')} (pilihan: ${pilihan()})`);
  const bad = format.filter((f) => f !== 'pdf' && f !== 'docx');
  if (bad.length) throw new CommanderError(2, 'opsi', `format tidak dikenal: ${bad.join(', ')} (pilihan: pdf, docx)`);
  return { konten: o.konten, keluaran: o.keluaran, templat: templatDir(o.templat), jenis, tahun: o.tahun, triwulan: o.triwulan, hanya: o.hanya, format, kertas: o.kertas,
    cache: o.tanpaCache ? undefined : (o.cache ?? cacheBawaan()), bagian: o.bagian, ...(o.pdfa ? { pdfa: true } : {}) };
}
