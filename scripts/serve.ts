/**
 * npm run serve: serves dist/ on localhost (PORT, default 4321). A small static server
 * so that `npm start` needs nothing beyond Node: directory URLs get index.html, unknown
 * paths the 404 page, methods other than GET and HEAD 405, paths naming another host
 * (//host/path) 400 (the rules: src/lib/site/route.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { CONTENT_TYPES, headersFor, parseHeadersFile } from '../src/lib/site/headers.ts';
import { routeRequest, type Lookup } from '../src/lib/site/route.ts';
import { ROOT } from './lib/registries.ts';

// OUT_DIR serves another build (the benchmark's, the tests' hostile-content site); dist/ by default.
const DIST = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : join(ROOT, 'dist');

/** What a site path names in dist/ (route.ts has normalised it, so it stays inside). */
const lookup: Lookup = (sitePath) => {
  const file = join(DIST, sitePath);
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) return existsSync(join(file, 'index.html')) ? 'directory' : null;
  return 'file';
};

if (!existsSync(DIST)) {
  process.stderr.write('serve: dist/ does not exist; run npm run build first\n');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
// The same headers a static host reads from dist/_headers (Content-Security-Policy among them).
const headersFile = join(DIST, '_headers');
const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
const server = createServer((req, res) => {
  const route = routeRequest(req.method ?? '', req.url ?? '/', lookup);
  switch (route.kind) {
    case 'method-not-allowed':
      res.writeHead(405, { Allow: route.allow, 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
      return;
    case 'bad-request':
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Bad request: ${route.reason}\n`);
      return;
    case 'redirect':
      res.writeHead(301, { Location: route.location }).end();
      return;
    case 'file':
      // The type by extension, unless the site's rules name one (the feeds: Atom's own type).
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(route.file)] ?? 'application/octet-stream', ...headersFor(route.path, rules) });
      createReadStream(join(DIST, route.file)).pipe(res);
      return;
    case 'not-found': {
      // A missing file gets the 404 page's headers (a missing Pagefind chunk is not answered as gzip).
      const page = lookup('/404.html') === 'file';
      res.writeHead(404, { ...headersFor('/404.html', rules), 'Content-Type': CONTENT_TYPES['.html']! });
      if (page) createReadStream(join(DIST, '404.html')).pipe(res);
      else res.end('Not found');
    }
  }
});
// PORT=0 takes a free port; the line names the port listened on.
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`serve: http://localhost:${typeof address === 'object' && address ? address.port : port}/\n`);
});
