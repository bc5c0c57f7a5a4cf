/** Build settings read from the environment (limits the tests lower to build small sites in every layout). */

/** A build setting from the environment variable `name`: a positive integer, `fallback` when unset or empty. */
export function positiveIntegerSetting(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${value}"`);
  return n;
}

/**
 * The site's absolute address, from SITE_URL: feeds, calendars, the sitemap and robots.txt
 * need absolute links, and Astro's `site` is set from it. The default is the address
 * `npm run serve` answers on, so that a local build links to itself; a deployed site sets
 * SITE_URL to its own address. Served at the root of its host: a path other than / is refused.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

/** The site's address with its trailing slash (SITE_URL, else DEFAULT_SITE_URL). */
export function siteUrlSetting(value: string | undefined): string {
  if (value === undefined || value === '') return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) address such as https://example.org/, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be an http(s) address, not "${value}"`);
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') throw new Error(`SITE_URL must name the root of a host (the site is served at /), not "${value}"`);
  return url.href;
}
