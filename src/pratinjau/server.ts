// The preview server: 127.0.0.1 only. Each scope (one agency at "/"; on a Pemda root the index at "/" and each
// agency at "/instansi/<id>/") answers GET <scope>/ (its page), <scope>/status.json, <scope>/peristiwa (server-sent
// events: "build" after each build, "progres" while building) and <scope>/berkas/<jenis>/<tahun>/<slug>.pdf|docx
// (the files its status lists, nothing else).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** What one scope serves. */
export interface Lingkup {
  halaman: string;
  status(): unknown;
  /** the file on disk behind `rel` when it is one of the listed documents' files */
  berkas(rel: string): string | undefined;
}
/** The scope of a URL prefix: '' (the root) or 'instansi/<id>'; undefined when there is none. */
export type CariLingkup = (awalan: string) => Lingkup | undefined;

export interface ServerPratinjau { url: string; kabar(awalan: string, jenis: string, data: unknown): void; close(): Promise<void> }

const JENIS_BERKAS: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const DENYUT_MS = 15_000; // a comment line keeps idle event streams open through proxies and sleep
const TEKS = 'text/plain; charset=utf-8';
const urai = (s: string) => { try { return decodeURIComponent(s); } catch { return undefined; } }; // bad escapes: no file

export async function serve(port: number, lingkup: CariLingkup): Promise<ServerPratinjau> {
  const klien = new Map<string, Set<http.ServerResponse>>(); // event streams by scope
  const kirim = (res: http.ServerResponse, status: number, type: string, body: string | Buffer, kepala: http.OutgoingHttpHeaders = {}) => {
    // no keep-alive: a render blocks the loop longer than the idle timeout, and an idle socket closed then would
    // reset a request the client had just sent on it
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'close', ...kepala });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    // a page elsewhere resolving its own name to 127.0.0.1 (DNS rebinding) may not read the content
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.host ?? '')) return kirim(res, 403, TEKS, 'ditolak');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') return kirim(res, 405, TEKS, 'metode tidak didukung');
    const m = /^\/instansi\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const awalan = m && lingkup(`instansi/${urai(m[1])}`) ? `instansi/${urai(m[1])}` : '';
    if (m && awalan && m[2] === undefined) return kirim(res, 302, TEKS, 'lihat /' + awalan + '/', { location: `${url.pathname}/${url.search}` });
    const sisa = m && awalan ? m[2] : url.pathname;
    const l = lingkup(awalan);
    if (!l) return kirim(res, 404, TEKS, 'tidak ditemukan');
    if (sisa === '/') return kirim(res, 200, 'text/html; charset=utf-8', l.halaman);
    if (sisa === '/status.json') return kirim(res, 200, 'application/json; charset=utf-8', JSON.stringify(l.status()));
    if (sisa === '/peristiwa') {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      const set = klien.get(awalan) ?? klien.set(awalan, new Set()).get(awalan)!;
      set.add(res);
      req.on('close', () => set.delete(res));
      return;
    }
    const file = sisa.startsWith('/berkas/') ? l.berkas(urai(sisa.slice('/berkas/'.length)) ?? '') : undefined;
    if (!file) return kirim(res, 404, TEKS, 'tidak ditemukan');
    fs.readFile(file, (e, bytes) => {
      if (e) kirim(res, 404, TEKS, 'berkas belum ada');
      else kirim(res, 200, JENIS_BERKAS[path.extname(file)], bytes);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const semua = () => [...klien.values()].flatMap((s) => [...s]);
  const denyut = setInterval(() => { for (const res of semua()) res.write(': denyut\n\n'); }, DENYUT_MS).unref();
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    kabar(awalan, jenis, data) {
      for (const res of klien.get(awalan) ?? []) res.write(`event: ${jenis}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    async close() {
      clearInterval(denyut);
      for (const res of semua()) res.end();
      klien.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
