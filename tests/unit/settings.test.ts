import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, positiveIntegerSetting, siteUrlSetting } from '../../src/lib/settings.ts';

describe('positiveIntegerSetting', () => {
  it('names the variable it read in its error (SEARCH_FOLD_OVER on the search page)', () => {
    expect(positiveIntegerSetting('SEARCH_FOLD_OVER', undefined, 40)).toBe(40);
    expect(positiveIntegerSetting('SEARCH_FOLD_OVER', '3', 40)).toBe(3);
    expect(() => positiveIntegerSetting('SEARCH_FOLD_OVER', '0', 40)).toThrow('SEARCH_FOLD_OVER must be a positive integer, not "0"');
  });
});

describe('siteUrlSetting', () => {
  it('defaults to the address npm run serve answers on, and keeps a given root address with its slash', () => {
    expect(siteUrlSetting(undefined)).toBe('http://localhost:4321/');
    expect(siteUrlSetting('')).toBe(DEFAULT_SITE_URL);
    expect(siteUrlSetting('https://example.org')).toBe('https://example.org/');
  });

  it('refuses an address that is not http(s), not absolute, or not the root of its host', () => {
    expect(() => siteUrlSetting('example.org')).toThrow('SITE_URL must be an absolute http(s) address');
    expect(() => siteUrlSetting('ftp://example.org/')).toThrow('SITE_URL must be an http(s) address');
    expect(() => siteUrlSetting('https://example.org/tasks/')).toThrow('SITE_URL must name the root of a host');
  });
});
