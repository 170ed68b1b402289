// `sakip pratinjau` as a process: prints its 127.0.0.1 address, serves the page and the status, and on Ctrl+C
// (SIGINT) closes watcher and server and exits 0; a port in use is an option error (exit 2); a Pemda root serves
// its agencies.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buatPemda } from '../scripts/pemda-sintetis.ts';
import { BASE, ROOT, tempCopy, which } from './helpers.ts';

function mulai(...args: string[]): { child: ChildProcess; out: () => string; selesai: Promise<number | null> } {
  // in-process tsx (as bin/sakip.js does): the tsx CLI would stand between the signal and the program
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'pratinjau', ...args], { cwd: ROOT });
  let out = '';
  child.stdout!.on('data', (b) => { out += b; });
  child.stderr!.on('data', (b) => { out += b; });
  const selesai = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, out: () => out, selesai };
}

async function tunggu(f: () => boolean, ms = 60_000): Promise<void> {
  for (let t = 0; !f(); t += 100) {
    if (t > ms) throw new Error('waktu habis');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('sakip pratinjau (process)', () => {
  const konten = tempCopy(BASE);
  const keluaran = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pratinjau-cli-'));
  const args = ['--konten', konten, '--jenis', 'pk', '--format', 'pdf', '--keluaran', keluaran];

  it('serves on 127.0.0.1 and stops cleanly on SIGINT (exit 0)', async () => {
    const p = mulai(...args, '--port', '0');
    try {
      await tunggu(() => /berkas ditulis/.test(p.out()));
      const url = p.out().match(/Pratinjau: (http:\/\/127\.0\.0\.1:\d+\/)/)![1];
      const halaman = await fetch(url);
      expect(halaman.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await halaman.text()).not.toMatch(/(src|href)="https?:/); // nothing from outside
      const status = await (await fetch(new URL('/status.json', url))).json();
      expect(status.dokumen.map((d: { slug: string }) => d.slug)).toEqual(['01-kepala-dinas', '16-analis-perdagangan']);
      for (const d of status.dokumen as { berkas: string[]; halaman: number }[]) {
        expect(d.halaman).toBeGreaterThan(0);
        // the page count the page shows is the one poppler reads
        if (which('pdfinfo')) expect(execFileSync('pdfinfo', [path.join(keluaran, d.berkas[0])], { encoding: 'utf8' })).toMatch(new RegExp(`^Pages:\\s+${d.halaman}$`, 'm'));
      }
      // an open event stream must not keep the server from closing
      const sse = http.get(new URL('/peristiwa', url));
      await new Promise((r) => sse.once('response', r));
      p.child.kill('SIGINT');
      expect(await p.selesai).toBe(0);
      expect(p.out()).toContain('Pratinjau dihentikan.');
      sse.destroy();
    } finally {
      p.child.kill('SIGKILL');
    }
  }, 120_000);

  it('Ctrl+C during a long first build: the page answers meanwhile, the build stops, nothing written, exit 0', async () => {
    const kosong = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pratinjau-sela-'));
    const p = mulai('--konten', path.join(ROOT, 'content'), '--jenis', 'pk', '--format', 'pdf', '--keluaran', kosong, '--port', '0');
    try {
      await tunggu(() => /Pratinjau: http/.test(p.out()));
      const url = p.out().match(/Pratinjau: (http:\/\/127\.0\.0\.1:\d+\/)/)![1];
      let selesai = 0;
      for (let t = 0; selesai < 2; t += 200) { // the status answers while documents render
        if (t > 60_000) throw new Error('build tidak maju');
        selesai = (await (await fetch(new URL('/status.json', url))).json()).membangun?.selesai ?? 0;
        await new Promise((r) => setTimeout(r, 200));
      }
      p.child.kill('SIGINT');
      expect(await p.selesai).toBe(0);
      expect(p.out()).not.toMatch(/berkas ditulis|galat/);
      expect(fs.readdirSync(kosong).filter((f) => !f.startsWith('.'))).toEqual([]);
    } finally {
      p.child.kill('SIGKILL');
    }
  }, 120_000);

  it('on a Pemda root serves every agency (--instansi limits them); an unknown agency is an option error', async () => {
    const { akar } = buatPemda(3, fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pratinjau-cli-pemda-')), { sumber: [path.join(ROOT, 'contoh/dinas-pangan')], asli: true });
    const [A, , C] = ['dkpp-contoh', 'dkpp-contoh-sintetis-02', 'dkpp-contoh-sintetis-03'];
    const kel = fs.mkdtempSync(path.join(os.tmpdir(), 'sakip-pratinjau-cli-pemda-out-'));
    const p = mulai('--konten', akar, '--instansi', `${A},${C}`, '--jenis', 'pk', '--hanya', '02-sekretaris', '--format', 'pdf', '--keluaran', kel, '--port', '0', '--senyap');
    try {
      await tunggu(() => (p.out().match(/berkas ditulis/g) ?? []).length === 2);
      const url = p.out().match(/Pratinjau: (http:\/\/127\.0\.0\.1:\d+\/) \(memantau 2 instansi di /)![1];
      const status = await (await fetch(new URL('/status.json', url))).json();
      expect(status.instansi.map((i: { id: string; dokumen: number }) => [i.id, i.dokumen])).toEqual([[A, 1], [C, 1]]);
      expect((await fetch(new URL(`/instansi/${C}/berkas/pk/2025/02-sekretaris.pdf`, url))).status).toBe(200);
      expect(fs.existsSync(path.join(kel, C, 'pk/2025/02-sekretaris.pdf'))).toBe(true);
      p.child.kill('SIGINT');
      expect(await p.selesai).toBe(0);
    } finally {
      p.child.kill('SIGKILL');
    }
    const q = mulai('--konten', akar, '--instansi', 'tidak-ada', '--port', '0');
    expect(await q.selesai).toBe(2);
    expect(q.out()).toContain('instansi tidak dikenal: tidak-ada');
  }, 120_000);

  it('a port in use: an option error, exit 2', async () => {
    const server = http.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as { port: number }).port;
    const p = mulai(...args, '--port', String(port));
    try {
      expect(await p.selesai).toBe(2);
      expect(p.out()).toContain(`port ${port} sudah dipakai`);
    } finally {
      p.child.kill('SIGKILL');
      server.close();
    }
  }, 60_000);
});
