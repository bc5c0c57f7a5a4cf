import { describe, expect, it } from 'vitest';
import { byYear, noticeListPages, noticeLists } from '../../src/lib/notice-pages.ts';
import { loadRealCorpus } from '../helpers.ts';

const corpus = loadRealCorpus();
const outline = (l: { href: string; name: string; notices: unknown[]; parts: unknown[] }) => [l.href, l.name, l.notices.length, l.parts.length];

describe('noticeLists', () => {
  it('lists every notice on /notices/ up to the limit', () => {
    const root = noticeLists(corpus.notices, 5);
    expect(outline(root)).toEqual(['/notices/', '全部通知', 5, 0]);
    expect(noticeListPages(root)).toEqual([]);
  });

  it('splits by year past the limit, and a year past it by province (two-digit code), keeping the corpus order', () => {
    const years = byYear(corpus.notices).map(([y, ns]) => [y, ns.length]);
    const root = noticeLists(corpus.notices, 1);
    expect(root.parts.map((p) => [p.href, p.notices.length])).toEqual(years.map(([y, n]) => [`/years/${y}/`, n]));
    const pages = noticeListPages(root);
    for (const page of pages) {
      expect(page.trail[0]).toBe(root);
      if (page.parts.length > 0) {
        expect(page.notices.length).toBeGreaterThan(1);
        expect(page.parts.flatMap((p) => p.notices)).toEqual(page.notices);
        for (const p of page.parts) {
          expect(p.href).toMatch(new RegExp(`^${page.href}\\d{2}/$`));
          expect(p.trail).toEqual([root, page]);
          expect(new Set(p.notices.map((n) => n.notice.jurisdiction.province))).toEqual(new Set([p.name]));
        }
      }
    }
    // The leaves hold every notice once, in the corpus's order.
    expect(pages.filter((p) => p.parts.length === 0).flatMap((p) => p.notices)).toEqual(corpus.notices);
  });

  it('splits a year of several provinces into one page per province', () => {
    // The five notices moved into one year: 山东省 (4) and 四川省 (1).
    const oneYear = corpus.notices.map((n) => ({ ...n, notice: { ...n.notice, year: 2023 } }));
    const root = noticeLists(oneYear, 2);
    expect(root.parts.map(outline)).toEqual([['/years/2023/', '2023 年', 5, 2]]);
    expect(root.parts[0]!.parts.map(outline)).toEqual([
      ['/years/2023/37/', '山东省', 4, 0],
      ['/years/2023/51/', '四川省', 1, 0],
    ]);
  });
});
