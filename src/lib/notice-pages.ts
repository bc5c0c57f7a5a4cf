/**
 * The lists of every notice. /notices/ lists them all, under a heading per plan year, up to
 * `max` notices (NOTICES_PAGE_MAX); beyond that it lists the years, and each year's notices
 * are on /years/<year>/ under a heading per province. A year of more than `max` notices
 * lists its provinces in turn, each on /years/<year>/<province code>/. At 2,800 notices
 * /notices/ was one page of 622 KB; with a notice a year from each of China's counties a
 * single year would be as large.
 */
import type { DerivedNotice } from './corpus/derive.ts';

/** One list of notices: all of them, a year's, or a province's in a year. */
export interface NoticeList {
  /** 全部通知, 2023 年, 山东省. */
  name: string;
  href: string;
  /** The lists above it, from /notices/ down (empty for /notices/). */
  trail: NoticeList[];
  /** Its notices, newest year first, then by division code (the corpus's order). */
  notices: DerivedNotice[];
  /** What its page lists instead of notices when it has more than `max`: its years or provinces; empty when its page lists the notices. */
  parts: NoticeList[];
}

const cache = new WeakMap<readonly DerivedNotice[], Map<number, NoticeList>>();

/** /notices/ and the lists below it, split as `max` requires; computed once per corpus and limit. */
export function noticeLists(notices: readonly DerivedNotice[], max: number): NoticeList {
  let byMax = cache.get(notices);
  if (!byMax) cache.set(notices, (byMax = new Map()));
  let root = byMax.get(max);
  if (!root) {
    root = { name: '全部通知', href: '/notices/', trail: [], notices: [...notices], parts: [] };
    if (notices.length > max) {
      root.parts = byYear(root.notices).map(([year, group]) => {
        const list: NoticeList = { name: `${year} 年`, href: `/years/${year}/`, trail: [root!], notices: group, parts: [] };
        if (group.length > max) {
          list.parts = byProvince(group).map(([code, inProvince]) => ({ name: inProvince[0]!.notice.jurisdiction.province, href: `${list.href}${code}/`, trail: [root!, list], notices: inProvince, parts: [] }));
        }
        return list;
      });
    }
    byMax.set(max, root);
  }
  return root;
}

/** Every list page below /notices/: each year, then its provinces where split. */
export function noticeListPages(root: NoticeList): NoticeList[] {
  return root.parts.flatMap((p) => [p, ...noticeListPages(p)]);
}

/** A notice's province: the first two digits of its county's division code. */
export function provinceCode(n: DerivedNotice): string {
  return n.notice.jurisdiction.code.slice(0, 2);
}

/** The notices grouped by plan year, newest first, each group in the notices' order. */
export function byYear(notices: readonly DerivedNotice[]): [string, DerivedNotice[]][] {
  return byKey(notices, (n) => String(n.notice.year)).reverse();
}

/** The notices grouped by province (two-digit division code), in code order, each group in the notices' order. */
export function byProvince(notices: readonly DerivedNotice[]): [string, DerivedNotice[]][] {
  return byKey(notices, provinceCode);
}

/** The notices grouped by key, keys in ascending order, each group in the notices' order. */
function byKey(notices: readonly DerivedNotice[], key: (n: DerivedNotice) => string): [string, DerivedNotice[]][] {
  const groups = new Map<string, DerivedNotice[]>();
  for (const n of notices) {
    const k = key(n);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(n);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}
