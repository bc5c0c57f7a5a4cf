/** The traditional characters a query is read with (src/lib/search/simplified.ts). */
import { describe, expect, it } from 'vitest';
import { charsOf, simplifiedPairs } from '../../../src/lib/search/simplified.ts';

describe('simplifiedPairs', () => {
  const pairs = simplifiedPairs(charsOf(['政务新媒体', '什么']));
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < [...pairs].length; i += 2) map.set([...pairs][i]!, [...pairs][i + 1]!);

  it('reads the traditional characters of the corpus’s simplified ones', () => {
    expect(map.get('務')).toBe('务');
    expect(map.get('體')).toBe('体');
  });

  it('leaves alone a character the corpus itself holds, and one whose simplified form it lacks', () => {
    expect(map.has('么')).toBe(false);
    expect(map.has('開')).toBe(false);
  });
});
