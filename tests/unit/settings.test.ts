import { describe, expect, it } from 'vitest';
import { positiveIntegerSetting } from '../../src/lib/settings.ts';

describe('positiveIntegerSetting', () => {
  it('names the variable it read in its error (SEARCH_FOLD_OVER on the search page)', () => {
    expect(positiveIntegerSetting('SEARCH_FOLD_OVER', undefined, 40)).toBe(40);
    expect(positiveIntegerSetting('SEARCH_FOLD_OVER', '3', 40)).toBe(3);
    expect(() => positiveIntegerSetting('SEARCH_FOLD_OVER', '0', 40)).toThrow('SEARCH_FOLD_OVER must be a positive integer, not "0"');
  });
});
