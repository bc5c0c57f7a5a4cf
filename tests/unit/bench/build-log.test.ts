/** The benchmark's reading of a build's output and of GNU time's report (scripts/lib/bench/build-log.ts). */
import { describe, expect, it } from 'vitest';
import { readBuildLog, readTimeReport } from '../../../scripts/lib/bench/build-log.ts';

const at = (seconds: number, text: string) => ({ at: seconds * 1000, text });

describe('readBuildLog', () => {
  it('reads the steps of scripts/build.ts, the content sync, the routes and Astro’s own render time', () => {
    const phases = readBuildLog([
      at(1, 'check: 50 notices, 2442 tasks, no problems'),
      at(1.1, 'build: content check done in 1.1 s'),
      at(2, '00:07:00 [content] Syncing content'),
      at(3.5, '00:07:01 [content] Synced content'),
      at(4, ' generating static routes '),
      at(5, '00:07:02   ├─ /data/notices.json (+3ms) '),
      at(5, '00:07:02   ├─ /data/tasks/guanxian.csv/ (+22ms) '),
      at(5, '00:07:02   ├─ /units/education/index.html (+1.5s) '),
      at(5, '00:07:02   └─ /units/index.html (+3ms) '),
      at(6, '00:07:03 ✓ Completed in 1m 31s.'),
      at(6, '00:07:03 [build] 150 page(s) built in 4.72s'),
      at(6.2, 'search-index: 253 records (248 tasks, 5 notices) in 2 bundles (2 provinces), 703 KB, written in 5.5 s'),
      at(6.5, 'build: astro build done in 5.4 s'),
    ]);
    expect(phases).toMatchObject({ contentCheck: 1.1, astroBuild: 5.4, searchIndex: 5.5, contentSync: 1.5, bundle: 0.5, render: 91, pages: 150 });
    expect(phases.openData).toBeCloseTo(0.025);
    expect(phases.slowestRoutes[0]).toEqual({ route: '/units/education/index.html', ms: 1500 });
    expect(phases.routeGroups['units']).toEqual({ routes: 2, ms: 1503 });
    expect(phases.stepEnds.map((s) => s.step)).toEqual(['content check', 'astro build']);
  });

  it('reads the search index of builds that wrote it as a step of their own', () => {
    expect(readBuildLog([at(12, 'build: search index done in 5.5 s')]).searchIndex).toBe(5.5);
  });

  it('leaves out what the log does not say', () => {
    expect(readBuildLog([at(1, 'something else')])).toMatchObject({ contentCheck: null, contentSync: null, render: null, openData: null, pages: null });
  });
});

describe('readTimeReport', () => {
  it('reads wall time, the largest resident set and the exit status of `time -v`', () => {
    const report = readTimeReport('\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50\n\tMaximum resident set size (kbytes): 808192\n\tExit status: 0\n');
    expect(report).toEqual({ wall: 62.5, maxRss: 808192 * 1024, exitStatus: 0 });
  });
});
