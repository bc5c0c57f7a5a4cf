/**
 * npm run serve: serves dist/ on localhost (PORT, default 4321). A small static server
 * so that `npm start` needs nothing beyond Node: directory URLs get index.html,
 * unknown paths the 404 page.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CONTENT_TYPES, headersFor, parseHeadersFile } from '../src/lib/site/headers.ts';
import { ROOT } from './lib/registries.ts';

// OUT_DIR serves another build (the benchmark's, the tests' hostile-content site); dist/ by default.
const DIST = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : join(ROOT, 'dist');
/** Resolves a URL path inside dist/, or null when it escapes it or names nothing. */
export function resolvePath(urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  const file = normalize(join(DIST, path));
  if (file !== DIST && !file.startsWith(DIST + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

if (!existsSync(DIST)) {
  process.stderr.write('serve: dist/ does not exist; run npm run build first\n');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
// The same headers a static host reads from dist/_headers (Content-Security-Policy among them).
const headersFile = join(DIST, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
createServer((req, res) => {
  const url = req.url ?? '/';
  const pathOnly = url.split('?')[0]!;
  if (!pathOnly.endsWith('/') && !extname(pathOnly) && resolvePath(pathOnly + '/')) {
    res.writeHead(301, { Location: pathOnly + '/' + url.slice(pathOnly.length) });
    res.end();
    return;
  }
  const file = resolvePath(url);
  const status = file ? 200 : 404;
  const body = file ?? resolvePath('/404.html');
  // A missing file gets the 404 page's headers (a missing Pagefind chunk is not answered as gzip).
  res.writeHead(status, { ...headersFor(file ? pathOnly : '/404.html', rules), 'Content-Type': CONTENT_TYPES[extname(body ?? '.html')] ?? 'application/octet-stream' });
  if (body) createReadStream(body).pipe(res);
  else res.end('Not found');
}).listen(port, '127.0.0.1', () => {
  process.stdout.write(`serve: http://localhost:${port}/\n`);
});
