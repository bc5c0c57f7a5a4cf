/**
 * Reads the phases of one `npm run build` from its output: scripts/build.ts's own timings
 * (`build: content check done in 1.4 s`), the search index hook's line, and Astro's log, whose lines the benchmark
 * stamps with the time they arrived (Astro prints only whole seconds). Pure.
 */

/** One line of build output and when it arrived, in ms since the build started. */
export interface StampedLine {
  at: number;
  text: string;
}

/** Seconds spent in each phase; null where the log did not say. */
export interface BuildPhases {
  /** npm run check: every content file against the schemas and its source. */
  contentCheck: number | null;
  /** The whole `astro build` step. */
  astroBuild: number | null;
  /** Astro's content layer: [content] Syncing content → Synced content. */
  contentSync: number | null;
  /** From the synced content to the first generated route: types, build info, Vite bundling. */
  bundle: number | null;
  /** Astro's "generating static routes" step, as Astro reports it (✓ Completed in …). */
  render: number | null;
  /** The open-data routes (/data/*.json, *.csv and the per-jurisdiction files), summed from Astro's per-route times. */
  openData: number | null;
  /** The slowest single routes, as Astro timed them. */
  slowestRoutes: { route: string; ms: number }[];
  /** Astro's per-route times summed by the route's first path segment (units, counties, notices …). */
  routeGroups: Record<string, { routes: number; ms: number }>;
  /** When each step of scripts/build.ts ended, ms since the build started (to attribute memory samples to steps). */
  stepEnds: { step: string; at: number }[];
  /** The search index: its records written by the last hook of `astro build`, indexed by the build's next step (src/integrations/search-index.ts). */
  searchIndex: number | null;
  /** Pages Astro reports having built. */
  pages: number | null;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The phases of a build from its stamped output lines. */
export function readBuildLog(lines: readonly StampedLine[]): BuildPhases {
  const clean = lines.map((l) => ({ at: l.at, text: l.text.replace(ANSI, '') }));
  const stepSeconds = (label: string) => {
    const m = clean.map((l) => new RegExp(`^build: ${label} done in ([\\d.]+) s`).exec(l.text)).find((x) => x !== null);
    return m ? Number(m[1]) : null;
  };
  const at = (pattern: RegExp) => clean.find((l) => pattern.test(l.text))?.at ?? null;
  const between = (a: number | null, b: number | null) => (a === null || b === null ? null : (b - a) / 1000);

  const syncing = at(/\[content\] Syncing content/);
  const synced = at(/\[content\] Synced content/);
  const generatingIndex = clean.findIndex((l) => /generating static routes/.test(l.text));
  const generating = generatingIndex < 0 ? null : clean[generatingIndex]!.at;
  let render: number | null = null;
  const routes: { route: string; ms: number }[] = [];
  if (generatingIndex >= 0) {
    for (const line of clean.slice(generatingIndex + 1)) {
      const route = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line.text);
      if (route) routes.push({ route: route[1]!, ms: Number(route[2]) * (route[3] === 's' ? 1000 : 1) });
      // Astro prints 812ms, 2.30s or 1m 31s.
      const done = /✓ Completed in (?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?/.exec(line.text);
      if (done && (done[1] !== undefined || done[2] !== undefined)) {
        render = Number(done[1] ?? 0) * 60 + (done[2] === undefined ? 0 : Number(done[2]) / (done[3] === 'ms' ? 1000 : 1));
        break;
      }
    }
  }
  const openData = routes.filter((r) => /^\/data\/.+\.(?:json|csv)\/?$/.test(r.route)).reduce((sum, r) => sum + r.ms, 0);
  const pages = clean.map((l) => /(\d+) page\(s\) built/.exec(l.text)).find((x) => x !== null);
  const routeGroups: Record<string, { routes: number; ms: number }> = {};
  for (const r of routes) {
    const group = /^\/([^/]+)\//.exec(r.route)?.[1] ?? r.route;
    const g = (routeGroups[group] ??= { routes: 0, ms: 0 });
    g.routes++;
    g.ms += r.ms;
  }
  const stepEnds = clean.flatMap((l) => {
    const m = /^build: (.+) done in /.exec(l.text);
    return m ? [{ step: m[1]!, at: l.at }] : [];
  });
  return {
    contentCheck: stepSeconds('content check'),
    astroBuild: stepSeconds('astro build'),
    contentSync: between(syncing, synced),
    bundle: between(synced, generating),
    render,
    openData: routes.length > 0 ? openData / 1000 : null,
    slowestRoutes: [...routes].sort((a, b) => b.ms - a.ms || a.route.localeCompare(b.route)).slice(0, 8),
    searchIndex: searchIndexSeconds(clean),
    pages: pages ? Number(pages[1]) : null,
    routeGroups: Object.fromEntries(Object.entries(routeGroups).sort((a, b) => b[1].ms - a[1].ms)),
    stepEnds,
  };
}

/** The search index hook's own time (`search-index: … written in 5.5 s`), or, in logs of builds before it, the build step's (`build: search index done in 5.5 s`). */
function searchIndexSeconds(lines: readonly { text: string }[]): number | null {
  for (const { text } of lines) {
    const m = /^search-index: .* written in ([\d.]+) s/.exec(text) ?? /^build: search index done in ([\d.]+) s/.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

/** Peak figures from `/usr/bin/time -v`'s report. */
export interface TimeReport {
  /** Elapsed (wall clock), seconds. */
  wall: number | null;
  /** Maximum resident set size of the largest single process of the tree, bytes. */
  maxRss: number | null;
  exitStatus: number | null;
}

/** Reads GNU time's verbose report. */
export function readTimeReport(text: string): TimeReport {
  const field = (name: string) => new RegExp(`^\\s*${name.replace(/[()]/g, '\\$&')}: (.+)$`, 'm').exec(text)?.[1]?.trim() ?? null;
  const wallText = field('Elapsed (wall clock) time (h:mm:ss or m:ss)');
  let wall: number | null = null;
  if (wallText) wall = wallText.split(':').map(Number).reduce((sum, part) => sum * 60 + part, 0);
  const rss = field('Maximum resident set size (kbytes)');
  const exit = field('Exit status');
  return { wall, maxRss: rss === null ? null : Number(rss) * 1024, exitStatus: exit === null ? null : Number(exit) };
}
