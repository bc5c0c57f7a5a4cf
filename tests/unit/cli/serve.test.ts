/**
 * npm run serve on a small built site: the real server, real HTTP requests. A path that
 * names another host gets no redirect off the site, and methods other than GET and HEAD are
 * refused with 405 and Allow.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers.ts';

let server: ChildProcess;
let port: number;

/** One raw request: the target goes on the request line as given. */
function send(method: string, target: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: target }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'serve-'));
  for (const dir of ['counties/guanxian', 'about']) mkdirSync(join(dist, dir), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<p>home</p>');
  writeFileSync(join(dist, 'counties', 'guanxian', 'index.html'), '<p>冠县</p>');
  writeFileSync(join(dist, 'about', 'index.html'), '<p>about</p>');
  writeFileSync(join(dist, '404.html'), '<p>not found</p>');
  server = spawn(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'serve.ts')], { env: { ...process.env, OUT_DIR: dist, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      const m = /localhost:(\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
  });
});

afterAll(() => {
  server?.kill();
});

describe('npm run serve', () => {
  it('serves pages and redirects a directory without its slash on this site', async () => {
    expect((await send('GET', '/counties/guanxian/')).body).toBe('<p>冠县</p>');
    const redirect = await send('GET', '/counties/guanxian?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/counties/guanxian/?x=1');
  });

  it('refuses //host/path with 400 and no Location, where it used to redirect off the site', async () => {
    for (const target of ['//counties/guanxian', '//evil.example/about', '/\\evil.example/about']) {
      const res = await send('GET', target);
      expect(res.status, target).toBe(400);
      expect(res.headers.location, target).toBeUndefined();
    }
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await send('HEAD', '/about/');
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
  });

  it('refuses POST, PUT and DELETE with 405 and Allow: GET, HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await send(method, '/about/');
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
    }
  });

  it('answers an unknown path with the 404 page', async () => {
    const res = await send('GET', '/nothing/');
    expect(res.status).toBe(404);
    expect(res.body).toBe('<p>not found</p>');
  });
});
