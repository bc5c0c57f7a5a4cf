/**
 * How a static server answers a request for the built site (scripts/serve.ts and the bench's
 * server): pure, over a lookup of what a site path names, so that the rules are tested without
 * a server. A static host does the same with the site's files: directories get their
 * index.html, a directory asked for without its trailing slash is redirected to it, anything
 * else is not found.
 */
import { extname, posix } from 'node:path';

/** What a site path names in the built site: a file, a directory with an index.html, or nothing. */
export type Lookup = (sitePath: string) => 'file' | 'directory' | null;

/** The methods the site answers; anything else is refused (405) with these in Allow. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/** What to answer. `file` is a site path (/about/index.html) whose bytes are the body. */
export type Route =
  | { kind: 'file'; status: 200; file: string; path: string }
  | { kind: 'redirect'; status: 301; location: string }
  | { kind: 'not-found'; status: 404 }
  | { kind: 'bad-request'; status: 400; reason: string }
  | { kind: 'method-not-allowed'; status: 405; allow: string };

/**
 * Routes one request. The request target must be a path of this site: one leading slash.
 * `//host/path` (and `/\host`, which browsers read the same way) is refused rather than
 * redirected, since a Location of `//host/path/` sends the browser to another site; so is a
 * target that does not decode or that decodes to such a path.
 */
export function routeRequest(method: string, target: string, lookup: Lookup): Route {
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) return { kind: 'method-not-allowed', status: 405, allow: ALLOWED_METHODS.join(', ') };
  const queryAt = target.search(/[?#]/);
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  if (!rawPath.startsWith('/')) return { kind: 'bad-request', status: 400, reason: 'the request target is not a path' };
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad-request', status: 400, reason: 'the path is not valid percent-encoding' };
  }
  for (const p of [rawPath, path]) {
    if (p.startsWith('//') || p.includes('\\')) return { kind: 'bad-request', status: 400, reason: 'the path names another host' };
  }
  if (path.includes('\0')) return { kind: 'bad-request', status: 400, reason: 'the path holds a NUL character' };
  // An absolute POSIX path never normalises above the root: /../x is /x.
  const sitePath = posix.normalize(path);
  const found = lookup(sitePath);
  if (found === 'file') return { kind: 'file', status: 200, file: sitePath, path: sitePath };
  if (found === 'directory') {
    if (sitePath.endsWith('/')) return { kind: 'file', status: 200, file: `${sitePath}index.html`, path: sitePath };
    // A directory named without its slash (/about): its page is at /about/. The Location is the
    // path as asked (one leading slash, checked above), so it stays on this site.
    if (!extname(sitePath)) return { kind: 'redirect', status: 301, location: `${rawPath}/${query}` };
  }
  return { kind: 'not-found', status: 404 };
}
