import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, formatHeadersFile, HEADER_RULES, headersFor, parseHeadersFile } from '../../../src/lib/site/headers.ts';

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

  it('parseHeadersFile names the line of a header without a pattern above it', () => {
    expect(() => parseHeadersFile('  X-Test: 1\n')).toThrow(/_headers line 1: expected/);
  });
});
