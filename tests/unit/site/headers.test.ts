import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, formatHeadersFile, HEADER_RULES, headersFor, parseHeadersFile, PAGEFIND_GZIP_PATTERNS } from '../../../src/lib/site/headers.ts';

describe('site headers', () => {
  it('formatHeadersFile and parseHeadersFile round-trip the rules', () => {
    expect(parseHeadersFile(formatHeadersFile())).toEqual(HEADER_RULES);
  });

  it('headersFor applies the site-wide policy everywhere and CORS only to the open data', () => {
    expect(headersFor('/notices/lezhi-2023-15/', HEADER_RULES)['Content-Security-Policy']).toContain(CONTENT_SECURITY_POLICY);
    expect(headersFor('/notices/lezhi-2023-15/', HEADER_RULES)['Access-Control-Allow-Origin']).toBeUndefined();
    expect(headersFor('/data/tasks.csv', HEADER_RULES)['Access-Control-Allow-Origin']).toBe('*');
  });

  it('the policy allows no inline script or style, and frame-ancestors only in the header', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\s\*/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(headersFor('/', HEADER_RULES)['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it('reads `*` as any characters and `:name` as one path segment, anchored at both ends', () => {
    const rule = (pattern: string) => [{ pattern, headers: [['X-Hit', '1']] as [string, string][] }];
    const hit = (pattern: string, path: string) => headersFor(path, rule(pattern))['X-Hit'] === '1';
    expect(hit('/data/*', '/data/tasks/a.json')).toBe(true);
    expect(hit('/data/*', '/database')).toBe(false);
    expect(hit('/about/', '/about/')).toBe(true);
    expect(hit('/about/', '/about/x')).toBe(false);
    expect(hit('/pagefind/:bundle/index/*', '/pagefind/37-2/index/zh-cn_1.pf_index')).toBe(true);
    expect(hit('/pagefind/:bundle/index/*', '/pagefind/index/zh-cn_1.pf_index')).toBe(false);
    expect(hit('/pagefind/:bundle/index/*', '/pagefind/a/b/index/x')).toBe(false);
    expect(hit('/pagefind/:bundle/pagefind.*.pf_meta', '/pagefind/51/pagefind.zh-cn_3be44.pf_meta')).toBe(true);
    // Dots and other regular-expression characters in a pattern are literal.
    expect(hit('/pagefind/:bundle/wasm.*', '/pagefind/51/wasmXunknown')).toBe(false);
  });

  it('declares Pagefind’s compressed files gzip, and none of its plain ones', () => {
    const encoding = (path: string) => headersFor(path, HEADER_RULES)['Content-Encoding'];
    for (const path of ['/pagefind/11/index/zh-cn_2addd5d.pf_index', '/pagefind/11/filter/zh-cn_52fb1a7.pf_filter', '/pagefind/37-2/fragment/zh-cn_7f99e5e.pf_fragment', '/pagefind/11/pagefind.zh-cn_8c6eec49920f1.pf_meta', '/pagefind/11/wasm.unknown.pagefind']) {
      expect(encoding(path), path).toBe('gzip');
    }
    for (const path of ['/pagefind/pagefind.js', '/pagefind/11/pagefind-entry.json', '/pagefind/11/pagefind-worker.js', '/search/', '/data/tasks.json']) {
      expect(encoding(path), path).toBeUndefined();
    }
    expect(formatHeadersFile()).toContain(`${PAGEFIND_GZIP_PATTERNS[0]}\n  Content-Encoding: gzip\n`);
  });

  it('parseHeadersFile names the line of a header without a pattern above it', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/_headers line 1: expected/);
  });
});
