// The preview server: 127.0.0.1 only. GET / (the page), /status.json, /peristiwa (server-sent events: "build"
// after each build, "progres" while building) and /berkas/<jenis>/<tahun>/<slug>.pdf|docx (listed documents only).
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { HALAMAN } from './halaman.ts';
import type { Keadaan } from './keadaan.ts';

export interface ServerPratinjau { url: string; kabar(jenis: string, data: unknown): void; close(): Promise<void> }

const JENIS_BERKAS: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
const DENYUT_MS = 15_000; // a comment line keeps idle event streams open through proxies and sleep

export async function serve(port: number, keluaran: string, keadaan: () => Keadaan): Promise<ServerPratinjau> {
  const klien = new Set<http.ServerResponse>();
  const kirim = (res: http.ServerResponse, status: number, type: string, body: string | Buffer) => {
    // no keep-alive: a render blocks the loop longer than the idle timeout, and an idle socket closed then would
    // reset a request the client had just sent on it
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', connection: 'close' });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    // a page elsewhere resolving its own name to 127.0.0.1 (DNS rebinding) may not read the content
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.host ?? '')) return kirim(res, 403, 'text/plain; charset=utf-8', 'ditolak');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' && req.method !== 'HEAD') return kirim(res, 405, 'text/plain; charset=utf-8', 'metode tidak didukung');
    if (url.pathname === '/') return kirim(res, 200, 'text/html; charset=utf-8', HALAMAN);
    if (url.pathname === '/status.json') return kirim(res, 200, 'application/json; charset=utf-8', JSON.stringify(keadaan().status));
    if (url.pathname === '/peristiwa') {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write('retry: 1000\n\n');
      klien.add(res);
      req.on('close', () => klien.delete(res));
      return;
    }
    const rel = decodeURIComponent(url.pathname.replace(/^\/berkas\//, ''));
    if (url.pathname.startsWith('/berkas/') && keadaan().dikenal(rel)) {
      fs.readFile(path.join(keluaran, rel), (e, bytes) => {
        if (e) kirim(res, 404, 'text/plain; charset=utf-8', 'berkas belum ada');
        else kirim(res, 200, JENIS_BERKAS[path.extname(rel)], bytes);
      });
      return;
    }
    kirim(res, 404, 'text/plain; charset=utf-8', 'tidak ditemukan');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const denyut = setInterval(() => { for (const res of klien) res.write(': denyut\n\n'); }, DENYUT_MS).unref();
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    kabar(jenis, data) {
      for (const res of klien) res.write(`event: ${jenis}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    async close() {
      clearInterval(denyut);
      for (const res of klien) res.end();
      klien.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
