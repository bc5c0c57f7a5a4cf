/** Colours: labels stay legible on every fill, and the charts still read when printed in grey. */
import { describe, expect, it } from 'vitest';
import { DEADLINE_STYLE } from '../../../src/lib/charts/draw-deadlines.ts';
import { MEASURABLE_STYLE } from '../../../src/lib/charts/draw-measurability.ts';
import { contrast, inkOn, luminance, sequentialColor, type CategoryStyle } from '../../../src/lib/charts/palette.ts';

const steps = Array.from({ length: 51 }, (_, i) => i / 50);

describe('sequentialColor', () => {
  it.each(['blues', 'purples'] as const)('%s darkens steadily, so grey print keeps the order of values', (scheme) => {
    const color = sequentialColor(scheme, 1);
    const lum = steps.map((v) => luminance(color(v)));
    for (let i = 1; i < lum.length; i++) expect(lum[i]!).toBeLessThanOrEqual(lum[i - 1]!);
    // An empty cell is white; the smallest non-zero value is visibly darker.
    expect(color(0)).toBe('#ffffff');
    expect(contrast(color(0.001), '#ffffff')).toBeGreaterThan(1.08);
  });

  it.each(['blues', 'purples'] as const)('%s cells get label ink with at least 4.5:1 contrast', (scheme) => {
    const color = sequentialColor(scheme, 1);
    for (const v of steps) expect(contrast(color(v), inkOn(color(v)))).toBeGreaterThanOrEqual(4.5);
  });
});

describe('category styles', () => {
  const sets: [string, Record<string, CategoryStyle>][] = [
    ['deadline kinds', DEADLINE_STYLE],
    ['measurable parts', MEASURABLE_STYLE],
  ];

  it.each(sets)('%s differ in grey: by pattern, or by a clear step in lightness', (_, styles) => {
    const entries = Object.entries(styles);
    for (let i = 0; i < entries.length; i++) {
      for (let k = i + 1; k < entries.length; k++) {
        const [a, b] = [entries[i]![1], entries[k]![1]];
        const apart = a.pattern !== b.pattern || contrast(a.color, b.color) >= 1.5;
        expect(apart, `${entries[i]![0]} / ${entries[k]![0]}`).toBe(true);
      }
    }
  });

  it.each(sets)('%s carry labels with at least 4.5:1 contrast', (_, styles) => {
    for (const style of Object.values(styles)) expect(contrast(style.color, inkOn(style.color))).toBeGreaterThanOrEqual(4.5);
  });
});
