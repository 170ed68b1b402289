// A write the file system refuses, through the real CLI: exit code 4, one Indonesian line naming the path, no
// stack trace, the previous files whole. Real faults where this machine allows them: a path through a file
// (ENOTDIR, always), an immutable output directory (chattr +i, root on ext4), a full disk (a 64 KiB tmpfs, root).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, ROOT } from './helpers.ts';
import { keadaan, sisa } from './semua-atau-tidak/keadaan.ts';

const BIN = path.join(ROOT, 'bin/sakip.js');
const sakip = (keluaran: string) => spawnSync('node', [BIN, 'build', '--jenis', 'pk', '--konten', BASE, '--keluaran', keluaran], { cwd: ROOT, encoding: 'utf8' });
const bisa = (cmd: string, args: string[]) => { try { execFileSync(cmd, args, { stdio: 'ignore' }); return true; } catch { return false; } };
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-cli-'));

function lamaDi(dir: string): void {
  fs.mkdirSync(path.join(dir, 'pk/2025'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'pk/2025/01-kepala-dinas.pdf'), 'PK lama');
  fs.writeFileSync(path.join(dir, 'catatan.txt'), 'milik pengguna');
}

function harapGagalTulis(r: ReturnType<typeof sakip>, sebab: RegExp): void {
  expect(r.status, r.stderr).toBe(4);
  expect(r.stdout).toBe('');
  // the last line (a progress line may come before it), alone of its kind
  expect(r.stderr.trimEnd().split(/[\r\n]+/).at(-1)).toMatch(new RegExp(`^galat: gagal menulis keluaran \\S+: ${sebab.source}; tidak ada berkas keluaran yang diubah\\.$`));
  expect(r.stderr.match(/galat:/g)).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |galat internal/);
}

describe('keluaran yang tidak dapat ditulis lewat CLI', () => {
  it('an output path through a file: exit 4, ENOTDIR named, nothing created', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'berkas'), 'x');
    harapGagalTulis(sakip(path.join(dir, 'berkas/keluaran')), /salah satu bagian jalurnya bukan direktori \(ENOTDIR\)/);
    expect(fs.readdirSync(dir)).toEqual(['berkas']);
  }, 60_000);

  const dirKebal = tmp();
  const kebal = bisa('chattr', ['+i', dirKebal]);
  it.skipIf(!kebal)('an immutable output directory (read-only even for root): exit 4, the previous files whole', () => {
    bisa('chattr', ['-i', dirKebal]);
    lamaDi(dirKebal);
    const sebelum = keadaan(dirKebal);
    execFileSync('chattr', ['+i', dirKebal]);
    try {
      harapGagalTulis(sakip(dirKebal), /operasi tidak diizinkan \(izin atau atribut berkas\) \(EPERM\)/);
    } finally {
      execFileSync('chattr', ['-i', dirKebal]);
    }
    expect(keadaan(dirKebal)).toEqual(sebelum);
  }, 60_000);

  const dirPenuh = tmp();
  const tmpfs = bisa('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dirPenuh]);
  afterAll(() => { // also when a test was filtered out: no immutable directory, no mount left behind
    if (kebal) bisa('chattr', ['-i', dirKebal]);
    if (tmpfs) bisa('umount', [dirPenuh]);
  });
  it.skipIf(!tmpfs)('a full disk (64 KiB tmpfs): exit 4, ENOSPC named, the previous files whole, no staging left', () => {
    try {
      lamaDi(dirPenuh);
      const sebelum = keadaan(dirPenuh);
      harapGagalTulis(sakip(dirPenuh), /disk penuh \(ENOSPC\)/);
      expect(keadaan(dirPenuh)).toEqual(sebelum);
      expect(sisa(dirPenuh)).toEqual([]);
    } finally {
      bisa('umount', [dirPenuh]);
    }
  }, 60_000);
});
