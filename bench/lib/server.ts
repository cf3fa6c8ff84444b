// A tiny static file server for the bench: serves one folder on 127.0.0.1 without compression
// (so the browser receives exactly the raw bytes) and logs every response with its raw size,
// its gzip size (zlib level 6, computed here, cached per file) and the time it finished.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

export interface RequestLog {
  url: string;
  status: number;
  type: string;
  bytes: number;
  gzipBytes: number;
  /** epoch ms when the response body was fully handed to the socket */
  tEnd: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

export function gzipSize(buf: Buffer): number {
  return zlib.gzipSync(buf, { level: 6 }).length;
}

export interface StaticServer {
  url: string;
  log: RequestLog[];
  reset(): void;
  close(): Promise<void>;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const absRoot = path.resolve(root);
  const gzCache = new Map<string, { mtime: number; gz: number }>();
  const log: RequestLog[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    let rel = decodeURIComponent(u.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(absRoot, '.' + rel);
    const record = (status: number, type: string, bytes: number, gz: number) =>
      log.push({ url: u.pathname, status, type, bytes, gzipBytes: gz, tEnd: Date.now() });
    if (!file.startsWith(absRoot)) {
      res.writeHead(403).end();
      record(403, '', 0, 0);
      return;
    }
    try {
      const st = await stat(file);
      if (!st.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      let gz = gzCache.get(file);
      if (!gz || gz.mtime !== st.mtimeMs) {
        gz = { mtime: st.mtimeMs, gz: gzipSize(body) };
        gzCache.set(file, gz);
      }
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': 'no-store',
        // deck.gl / MapLibre workers are same-origin; nothing else needed.
      });
      res.end(body, () => record(200, type, body.length, gz!.gz));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      record(404, 'text/plain', 0, 0);
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    reset: () => void log.splice(0, log.length),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
