/**
 * The benchmark's static server: serves a built site as scripts/serve.ts does (index.html
 * for directories, the headers of its _headers file, the 404 page), but gzips text as a
 * static host would (Pagefind's own files are compressed already and go as they are, with
 * the Content-Encoding: gzip the _headers file declares for them), and
 * counts every byte it writes, so that a browser run's transfer includes what Pagefind's
 * worker fetches. Also serves the baseline page (baseline.ts) under /__bench/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, headersFor, parseHeadersFile } from '../../../src/lib/site/headers.ts';
import { routeRequest, type Lookup } from '../../../src/lib/site/route.ts';

/** Types a static host compresses; Pagefind's .pf_* files and its wasm (.pagefind) are gzip already (sent with the Content-Encoding the site's _headers gives them). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.txt', '.svg']);

/** A running bench server. */
export interface BenchServer {
  origin: string;
  /** Starts a new count of bytes written (headers and bodies, on every connection). */
  resetBytes(): void;
  /** Bytes written since the last reset. */
  bytes(): number;
  /** Bytes written since the last reset by the responses that had finished by `epochMs` (Date.now() time). */
  bytesUntil(epochMs: number): number;
  /** Paths requested since the last reset, with the body bytes sent for each and when the response finished (Date.now()). */
  requests(): { path: string; bytes: number; at: number }[];
  close(): Promise<void>;
}

/** Serves `dir`; `extra` maps paths under /__bench/ to a file or a body. */
export async function startServer(dir: string, extra: Record<string, { file: string } | { body: string; type: string }>): Promise<BenchServer> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const gzipped = new Map<string, Buffer>();
  const sockets = new Map<Socket, number>();
  let log: { path: string; bytes: number; at: number }[] = [];
  /** After each finished response: the time and the bytes written on every socket since the reset. */
  let timeline: { at: number; total: number }[] = [];
  const written = () => {
    let sum = 0;
    for (const [socket, base] of sockets) sum += socket.bytesWritten - base;
    return sum;
  };

  // What a site path names (routeRequest has normalised it, so it stays inside dir).
  const lookup: Lookup = (sitePath) => {
    const file = join(dir, sitePath);
    if (!existsSync(file)) return null;
    if (statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? 'directory' : null;
    return 'file';
  };
  const body = (file: string, gzip: boolean): Buffer => {
    if (!gzip) return readFileSync(file);
    let cached = gzipped.get(file);
    if (!cached) {
      cached = gzipSync(readFileSync(file), { level: 6 });
      gzipped.set(file, cached);
    }
    return cached;
  };

  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const pathOnly = url.split('?')[0]!;
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const send = (status: number, headers: Record<string, string>, data: Buffer) => {
      res.writeHead(status, { ...headers, 'Content-Length': String(data.length), 'Cache-Control': 'no-cache' });
      res.on('finish', () => {
        const at = Date.now();
        log.push({ path: pathOnly, bytes: data.length, at });
        timeline.push({ at, total: written() });
      });
      res.end(data);
    };
    const special = extra[decodeURIComponent(pathOnly)];
    if (special) {
      if ('body' in special) return send(200, { 'Content-Type': special.type }, Buffer.from(special.body));
      const gzip = acceptsGzip;
      return send(200, { 'Content-Type': CONTENT_TYPES['.json']!, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) }, body(special.file, gzip));
    }
    const route = routeRequest(req.method ?? '', url, lookup);
    if (route.kind === 'redirect') {
      res.writeHead(301, { Location: route.location });
      res.end();
      return;
    }
    if (route.kind === 'method-not-allowed' || route.kind === 'bad-request') {
      return send(route.status, { 'Content-Type': 'text/plain', ...(route.kind === 'method-not-allowed' ? { Allow: route.allow } : {}) }, Buffer.from(route.kind));
    }
    const found = route.kind === 'file';
    const file = found ? join(dir, route.file) : lookup('/404.html') === 'file' ? join(dir, '404.html') : null;
    if (!file) return send(404, { 'Content-Type': 'text/plain' }, Buffer.from('Not found'));
    const ext = extname(file);
    const gzip = acceptsGzip && COMPRESSIBLE.has(ext);
    send(found ? 200 : 404, { ...headersFor(found ? route.path : '/404.html', rules), 'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) }, body(file, gzip));
  });
  server.on('connection', (socket) => sockets.set(socket, 0));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    resetBytes() {
      for (const socket of [...sockets.keys()]) {
        if (socket.destroyed) sockets.delete(socket);
        else sockets.set(socket, socket.bytesWritten);
      }
      log = [];
      timeline = [];
    },
    bytes: written,
    bytesUntil(epochMs) {
      let total = 0;
      for (const point of timeline) if (point.at <= epochMs) total = Math.max(total, point.total);
      return total;
    },
    requests: () => [...log],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
