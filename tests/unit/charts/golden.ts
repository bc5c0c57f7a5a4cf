/**
 * Golden SVG files for the chart drawing tests. Ids are renumbered in order of first
 * appearance, so renaming a chart's id prefix does not churn the files. On a mismatch
 * the new output is written beside the golden file as <name>.actual.svg for review; a
 * missing golden file is created locally but fails the test when CI=true.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const DIR = join(import.meta.dirname, '__golden__');

/** Replaces every id defined in the SVG, and every reference to it, by id-1, id-2 … in order of definition. */
export function renumberIds(svg: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const names = new Map<string, string>();
  for (const id of ids) if (!names.has(id)) names.set(id, `id-${names.size + 1}`);
  return svg.replace(/(\sid="|\saria-labelledby="|\saria-describedby="|url\(#|href="#)([^"\)\s]+)/g, (whole, before: string, id: string) => {
    const renamed = names.get(id);
    return renamed ? `${before}${renamed}` : whole;
  });
}

/** Asserts that the SVG equals tests/unit/charts/__golden__/<name>.svg (after renumbering ids). */
export function expectGolden(name: string, svg: string): void {
  const actual = `${renumberIds(svg)}\n`;
  const golden = join(DIR, `${name}.svg`);
  const beside = join(DIR, `${name}.actual.svg`);
  if (!existsSync(golden)) {
    if (process.env.CI === 'true') throw new Error(`golden file ${name}.svg is missing; run the tests locally to create it, review it, and commit it`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(golden, actual);
    process.stderr.write(`golden: created ${golden}; review it before committing\n`);
    return;
  }
  const expected = readFileSync(golden, 'utf8');
  if (actual === expected) {
    rmSync(beside, { force: true });
    return;
  }
  writeFileSync(beside, actual);
  expect(actual, `${name}.svg differs from its golden file; the new output is in ${beside}`).toBe(expected);
}
