/**
 * The HTTP headers the site is served with: one Content-Security-Policy that every page
 * really satisfies (tests/e2e checks it in Chromium), shipped both as a <meta> tag (hosts
 * that set no headers) and as a `_headers` file (Netlify, Cloudflare Pages and others read
 * it; scripts/serve.ts does too). Pure: the build writes the file, the layout the tag.
 */
import { DATA_LICENSE } from '../license.ts';

/**
 * The policy of every page. No inline script or style anywhere; 'wasm-unsafe-eval' only
 * because Pagefind's search runs as WebAssembly, and blob: workers are how it loads.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives a <meta> policy cannot carry (browsers ignore them there): sent as a header only. */
const HEADER_ONLY = "frame-ancestors 'none'";

/**
 * One rule of a `_headers` file: a path pattern and the headers it adds. A pattern is a path
 * (`/about/`), may end in or contain one `*` (any characters, `/` included: `/data/*`) and may
 * name a path segment `:placeholder` (any characters but `/`): the splat and placeholder
 * syntax of static hosts' rule files. A host that does not read a pattern's syntax leaves
 * its headers out (not checked against a real host).
 */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Pagefind's files that it writes gzip-compressed (index chunks, filters, fragments, each
 * bundle's metadata and WebAssembly), in every bundle (`/pagefind/<province code>/`). Sent with
 * `Content-Encoding: gzip`, the browser inflates them natively as they arrive; sent as plain
 * bytes, Pagefind inflates each one in JavaScript in its worker before a search can use it.
 * Pagefind handles both: once inflated its files start with a signature, and it skips its own
 * step when it finds the signature (Pagefind #27, #28). The bytes on the wire are the same.
 * The other files there (pagefind.js, pagefind-worker.js, pagefind-entry.json) are plain.
 */
export const PAGEFIND_GZIP_PATTERNS = [
  '/pagefind/:bundle/index/*',
  '/pagefind/:bundle/filter/*',
  '/pagefind/:bundle/fragment/*',
  '/pagefind/:bundle/pagefind.*.pf_meta',
  '/pagefind/:bundle/wasm.*',
] as const;

/** The site's header rules, most general first (later rules add to earlier ones). */
export const HEADER_RULES: readonly HeaderRule[] = [
  {
    pattern: '/*',
    headers: [
      ['Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY}`],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ],
  },
  // The open data may be fetched from any origin: researchers' notebooks, other sites.
  // Its licence (and the feeds' and calendars') as a Link header (RFC 8288, rel="license"), since a CSV file cannot name it.
  { pattern: '/data/*', headers: [['Access-Control-Allow-Origin', '*'], ['Link', `<${DATA_LICENSE.url}>; rel="license"`]] },
  // Feeds are .xml files: a host would send them as plain XML, feed readers expect Atom's own type.
  { pattern: '/feeds/*', headers: [['Content-Type', 'application/atom+xml; charset=utf-8'], ['Access-Control-Allow-Origin', '*'], ['Link', `<${DATA_LICENSE.url}>; rel="license"`]] },
  { pattern: '/calendars/*', headers: [['Access-Control-Allow-Origin', '*'], ['Link', `<${DATA_LICENSE.url}>; rel="license"`]] },
  ...PAGEFIND_GZIP_PATTERNS.map((pattern): HeaderRule => ({ pattern, headers: [['Content-Encoding', 'gzip']] })),
];

/** The `_headers` file for static hosts: a pattern line, then its headers indented by two spaces. */
export function formatHeadersFile(rules: readonly HeaderRule[] = HEADER_RULES): string {
  return rules.map((r) => [r.pattern, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n') + '\n';
}

/** Reads a `_headers` file (the format formatHeadersFile writes; # comments and blank lines allowed). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path pattern, got "${line}"`);
    rule.headers.push([m[1]!, m[2]!]);
  }
  return rules;
}

/** The headers that apply to a URL path: every rule whose pattern matches it, in order. */
export function headersFor(path: string, rules: readonly HeaderRule[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    if (patternRegExp(r.pattern).test(path)) for (const [name, value] of r.headers) out[name] = value;
  }
  return out;
}

const compiled = new Map<string, RegExp>();

/** A rule's pattern as a regular expression over the whole path: `*` any characters, `:name` one path segment. */
function patternRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    const parts = pattern.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/u);
    const source = parts.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))).join('');
    re = new RegExp(`^${source}$`, 'u');
    compiled.set(pattern, re);
  }
  return re;
}

/** The Content-Type a static host sends for each file extension of the built site (scripts/serve.ts and the bench's server). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  // A notice's citations for reference managers (BibTeX: text, which a browser shows).
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  // Pagefind's WebAssembly, gzipped, under its own extension.
  '.pagefind': 'application/wasm',
};
