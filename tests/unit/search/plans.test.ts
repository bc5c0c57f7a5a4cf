/** Answers across counties (src/lib/search/plans.ts). */
import { describe, expect, it } from 'vitest';
import { alternateCounties, parsePlan, planOfResults, planValue, spreadOf } from '../../../src/lib/search/plans.ts';

const a = planValue(0, 2023, '商河县');
const b = planValue(1, 2023, '冠县');
const c = planValue(7, 2021, '铁西区（沈阳市）');
const d = planValue(9, 2016, '商河县');

describe('planValue and parsePlan', () => {
  it('name a plan by its corpus order, year and county, and read it back', () => {
    expect(a).toBe('00000 2023 商河县');
    expect(parsePlan(c)).toEqual({ value: c, order: 7, year: 2021, county: '铁西区（沈阳市）' });
    expect(parsePlan('商河县')).toBeNull();
  });
});

describe('planOfResults', () => {
  const bundleOf = (plan: { county: string }) => (plan.county === '铁西区（沈阳市）' ? '/pagefind/21/' : '/pagefind/37/');

  it('gives each result its plan: the bundles in the instance’s order, each bundle’s plans in corpus order, each plan’s count of results', () => {
    const plans = planOfResults(['/pagefind/21/', '/pagefind/37/'], { [b]: 2, [a]: 1, [c]: 2, [d]: 1 }, bundleOf, 6);
    expect(plans?.map((p) => p.value)).toEqual([c, c, a, b, b, d]);
  });

  it('gives nothing when the counts do not add up or a plan has no bundle', () => {
    expect(planOfResults(['/pagefind/37/'], { [a]: 1 }, bundleOf, 2)).toBeNull();
    expect(planOfResults(['/pagefind/37/'], { [c]: 1 }, bundleOf, 1)).toBeNull();
  });
});

describe('spreadOf', () => {
  it('lists the counties newest plan first, then by results, with their counts', () => {
    // 商河县: 1 task in its 2023 plan, 4 in its 2016 one.
    expect(spreadOf({ [a]: 1, [b]: 3, [c]: 5, [d]: 4 })).toEqual([
      { county: '商河县', count: 5, newest: 2023 },
      { county: '冠县', count: 3, newest: 2023 },
      { county: '铁西区（沈阳市）', count: 5, newest: 2021 },
    ]);
  });
});

describe('alternateCounties', () => {
  it('shows the counties in turn, each county’s results in their order', () => {
    const plans = [a, a, a, b, b, c].map((v) => parsePlan(v)!);
    // 商河县 (3) before 冠县 (2), both 2023; then 铁西区 (2021).
    expect(alternateCounties(plans)).toEqual([0, 3, 5, 1, 4, 2]);
  });

  it('keeps one county’s list as it is', () => {
    const plans = [a, a, d].map((v) => parsePlan(v)!);
    expect(alternateCounties(plans)).toEqual([0, 1, 2]);
  });
});
