import { describe, expect, it } from 'vitest';
import { routeRequest, type Lookup } from '../../../src/lib/site/route.ts';

/** A built site of three pages, a stylesheet and a directory without a page. */
const SITE: Record<string, 'file' | 'directory'> = {
  '/': 'directory',
  '/about': 'directory',
  '/about/': 'directory',
  '/counties/guanxian': 'directory',
  '/counties/guanxian/': 'directory',
  '/styles/site.css': 'file',
  '/404.html': 'file',
};
const lookup: Lookup = (path) => SITE[path] ?? null;

describe('routeRequest', () => {
  it('serves a directory’s index.html and a file as they are', () => {
    expect(routeRequest('GET', '/about/', lookup)).toEqual({ kind: 'file', status: 200, file: '/about/index.html', path: '/about/' });
    expect(routeRequest('HEAD', '/styles/site.css?v=1', lookup)).toEqual({ kind: 'file', status: 200, file: '/styles/site.css', path: '/styles/site.css' });
  });

  it('redirects a directory named without its slash to the same path on this site, query kept', () => {
    expect(routeRequest('GET', '/counties/guanxian?q=1', lookup)).toEqual({ kind: 'redirect', status: 301, location: '/counties/guanxian/?q=1' });
  });

  it('refuses a path that names another host instead of redirecting to it', () => {
    for (const target of ['//counties/guanxian', '//evil.example/about', '/\\evil.example/about', '/%2F/evil.example', '/%5Cevil.example/about', '///about']) {
      const route = routeRequest('GET', target, lookup);
      expect(route.kind, target).toBe('bad-request');
      expect(route.status).toBe(400);
    }
  });

  it('refuses a target that is not a path or does not decode', () => {
    expect(routeRequest('GET', 'http://evil.example/about', lookup).status).toBe(400);
    expect(routeRequest('GET', '/%E4%B8', lookup).status).toBe(400);
    expect(routeRequest('GET', '/about%00/', lookup).status).toBe(400);
  });

  it('answers 405 with Allow to every method but GET and HEAD', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'get']) {
      expect(routeRequest(method, '/about/', lookup), method).toEqual({ kind: 'method-not-allowed', status: 405, allow: 'GET, HEAD' });
    }
  });

  it('keeps a path inside the site: .. never climbs above the root', () => {
    expect(routeRequest('GET', '/../../etc/passwd', lookup)).toEqual({ kind: 'not-found', status: 404 });
    expect(routeRequest('GET', '/styles/../about/', lookup)).toMatchObject({ kind: 'file', file: '/about/index.html' });
  });

  it('answers 404 for what the site does not have', () => {
    expect(routeRequest('GET', '/nothing/', lookup)).toEqual({ kind: 'not-found', status: 404 });
    expect(routeRequest('GET', '/styles/site.css/', lookup)).toEqual({ kind: 'not-found', status: 404 });
  });
});
