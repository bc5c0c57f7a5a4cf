/**
 * Runs `scripts/build.ts` under GNU time (`/usr/bin/time -v`) for the benchmark: stamps each
 * output line with its arrival time (for the phases, build-log.ts), and samples the resident
 * memory of the whole process tree from /proc every 200 ms (GNU time reports the largest
 * single process; the Pagefind binary runs beside its Node parent, so the tree's sum is the
 * figure that has to fit in the machine).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuildLog, readTimeReport, type BuildPhases, type StampedLine, type TimeReport } from './build-log.ts';

/** What one build cost. */
export interface BuildRun {
  phases: BuildPhases;
  time: TimeReport;
  /** Highest sum of resident memory over the build's process tree seen by the sampler, bytes. */
  peakTreeRss: number;
  /** The same peak within each step of scripts/build.ts (content check, astro build, search index). */
  peakTreeRssByStep: Record<string, number>;
  /** The processes of the tree at the moment of the peak, largest first. */
  atPeak: { command: string; rss: number }[];
  /** Wall time measured here, seconds. */
  wall: number;
}

const PAGE_SIZE = 4096;

/** Every process's parent, command name and resident memory, from /proc. */
function processTable(): Map<number, { ppid: number; rss: number; command: string }> {
  const table = new Map<number, { ppid: number; rss: number; command: string }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: read after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE_SIZE, command });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

/** A process and all its descendants, with their resident memory. */
function treeProcesses(root: number): { command: string; rss: number }[] {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found: { command: string; rss: number }[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const entry = table.get(pid);
    if (entry) found.push({ command: entry.command, rss: entry.rss });
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Builds the site with the given environment; the full log is written to logFile. Rejects when the build fails. */
export async function runBuild(root: string, env: NodeJS.ProcessEnv, logFile: string, onLine?: (line: string) => void): Promise<BuildRun> {
  const timeFile = `${logFile}.time`;
  rmSync(timeFile, { force: true });
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', '-o', timeFile, join(root, 'node_modules', '.bin', 'node'), join(root, 'scripts', 'build.ts')], {
    cwd: root,
    env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: StampedLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) {
        lines.push({ at, text });
        onLine?.(text);
      }
    });
    stream.on('end', () => {
      if (rest !== '') lines.push({ at: performance.now() - started, text: rest });
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  let peakTreeRss = 0;
  let atPeak: { command: string; rss: number }[] = [];
  const samples: { at: number; rss: number }[] = [];
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const processes = treeProcesses(child.pid);
    const rss = processes.reduce((sum, p) => sum + p.rss, 0);
    samples.push({ at: performance.now() - started, rss });
    if (rss > peakTreeRss) {
      peakTreeRss = rss;
      atPeak = processes.filter((p) => p.rss > 0).sort((a, b) => b.rss - a.rss);
    }
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wall = (performance.now() - started) / 1000;
  writeFileSync(logFile, lines.map((l) => `${(l.at / 1000).toFixed(3).padStart(9)}  ${l.text}`).join('\n') + '\n');
  if (code !== 0) throw new Error(`the build failed (exit ${code}); see ${logFile}`);
  const time = readTimeReport(readFileSync(timeFile, 'utf8'));
  const phases = readBuildLog(lines);
  const peakTreeRssByStep: Record<string, number> = {};
  let from = 0;
  for (const { step, at } of phases.stepEnds) {
    peakTreeRssByStep[step] = samples.filter((x) => x.at > from && x.at <= at).reduce((max, x) => Math.max(max, x.rss), 0);
    from = at;
  }
  return { phases, time, peakTreeRss, peakTreeRssByStep, atPeak, wall };
}
