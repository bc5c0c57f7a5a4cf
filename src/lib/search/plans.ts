/**
 * Answers across counties. Every task record carries its notice (the plan) as the value of a
 * filter the panel does not show (通知): `00012 2023 商河县`, the notice's place in corpus
 * order, its year and its county. Its counts give, for any search, how many tasks each plan
 * has: the spread over counties (newest plan first), and, because a bundle lists its records
 * in corpus order and an exact search returns them in that order, which plan each result
 * belongs to, without loading any result. Results can then be shown county after county in
 * turn, so that the first page is not one county's list. Pure.
 */

/** The filter key whose values are plans (notices). */
export const PLAN_KEY = '通知';

/** A plan as its filter value names it. */
export interface Plan {
  value: string;
  /** The notice's place in corpus order (newest year first, then division code). */
  order: number;
  year: number;
  /** The county's 县区 value. */
  county: string;
}

/** The 通知 filter value of a notice. */
export function planValue(order: number, year: number, county: string): string {
  return `${String(order).padStart(5, '0')} ${year} ${county}`;
}

/** Reads a 通知 value; null for anything else. */
export function parsePlan(value: string): Plan | null {
  const m = /^(\d+) (\d{4}) (.+)$/u.exec(value);
  return m ? { value, order: Number(m[1]), year: Number(m[2]), county: m[3]! } : null;
}

/** Each plan with results, from a search's 通知 counts, in corpus order. */
export function plansOf(counts: Readonly<Record<string, number>>): { plan: Plan; count: number }[] {
  return Object.entries(counts)
    .flatMap(([value, count]) => {
      const plan = parsePlan(value);
      return plan && count > 0 ? [{ plan, count }] : [];
    })
    .sort((a, b) => a.plan.order - b.plan.order);
}

/**
 * The plan of each result of a search that lists its results bundle by bundle (in `bundles`
 * order, as the instance holds them) and each bundle's in corpus order (an exact search, or
 * one by filters alone): each plan's count of consecutive results, plan after plan. Null when
 * a plan's bundle is unknown or the counts do not add up to `total`.
 */
export function planOfResults(bundles: readonly string[], counts: Readonly<Record<string, number>>, bundleOf: (plan: Plan) => string | undefined, total: number): Plan[] | null {
  const byBundle = new Map<string, { plan: Plan; count: number }[]>(bundles.map((b) => [b, []]));
  for (const entry of plansOf(counts)) {
    const list = byBundle.get(bundleOf(entry.plan) ?? '');
    if (!list) return null;
    list.push(entry);
  }
  const out: Plan[] = [];
  for (const bundle of bundles) for (const { plan, count } of byBundle.get(bundle)!) for (let i = 0; i < count; i++) out.push(plan);
  return out.length === total ? out : null;
}

/** A county among a search's results. */
export interface CountyShare {
  county: string;
  count: number;
  /** Its newest plan year among the results. */
  newest: number;
}

/** The counties of a search's results, newest plan first, then the most results, then corpus order. */
export function spreadOf(counts: Readonly<Record<string, number>>): CountyShare[] {
  const byCounty = new Map<string, CountyShare & { first: number }>();
  for (const { plan, count } of plansOf(counts)) {
    const share = byCounty.get(plan.county);
    if (share) {
      share.count += count;
      share.newest = Math.max(share.newest, plan.year);
    } else byCounty.set(plan.county, { county: plan.county, count, newest: plan.year, first: plan.order });
  }
  return [...byCounty.values()].sort((a, b) => b.newest - a.newest || b.count - a.count || a.first - b.first).map(({ county, count, newest }) => ({ county, count, newest }));
}

/**
 * The order to show results in, as indexes into them: county after county in turn (the
 * counties as `spreadOf` orders them), each county's results in their own order (newest plan
 * first, then as printed). With one county, that county's list as it is.
 */
export function alternateCounties(plans: readonly Plan[]): number[] {
  const byCounty = new Map<string, number[]>();
  plans.forEach((plan, i) => {
    const list = byCounty.get(plan.county);
    if (list) list.push(i);
    else byCounty.set(plan.county, [i]);
  });
  const counts: Record<string, number> = {};
  for (const plan of plans) counts[plan.value] = (counts[plan.value] ?? 0) + 1;
  const queues = spreadOf(counts).map((share) => byCounty.get(share.county)!);
  const out: number[] = [];
  for (let round = 0; out.length < plans.length; round++) for (const queue of queues) if (round < queue.length) out.push(queue[round]!);
  return out;
}
