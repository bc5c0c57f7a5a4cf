/**
 * The plans a notice implements. County plans are written from their province's plan of the
 * year (and their prefecture's), and most cite it by its document number (文号); some cite
 * nothing. So notices are grouped two ways:
 *
 * - by province and plan year: every county notice of a province and year implements that
 *   province's plan of the year, cited or not (a group of this kind is presumed, and the pages
 *   say so);
 * - by cited document: the notices citing one document number, once the numbers are read as
 *   keys (docNumberKey), with the document's own notice when the corpus holds it.
 *
 * Two notices share an upstream when they are of one province and plan year, or of one
 * province and cite a common document, or when one cites the other (the cited notice is the
 * plan the other implements). A document cited across provinces (a State Council
 * regulation, a national plan) is listed with every notice citing it, but does not make
 * their tasks comparable: what a county adds is read against its own province's plan.
 */
import type { DerivedNotice } from '../corpus/derive.ts';
import { docNumberKey, documentSlugs } from '../normalize/doc-number.ts';

/** One document number cited in the corpus. */
export interface CitedDocument {
  /** The number as a key (docNumberKey): 鲁政办发〔2023〕8号. */
  key: string;
  /** Its page: /documents/<pinyin slug>/. */
  href: string;
  /** The titles printed with it by the notices citing it, distinct, in the corpus's order. */
  titles: string[];
  /** The notices citing it, in the corpus's order. */
  citedBy: DerivedNotice[];
  /** The notice in the corpus that has this number, when there is one. */
  notice: DerivedNotice | null;
}

/** The notices of one province and plan year. */
export interface ProvinceYear {
  /** `<two-digit province code>-<year>`, e.g. 37-2023. */
  key: string;
  /** Its page: /upstream/<key>/. */
  href: string;
  province: string;
  year: number;
  /** In the corpus's order. */
  notices: DerivedNotice[];
  /** Those of its notices that cite no document (grouped by province and year alone). */
  uncited: DerivedNotice[];
  /** The documents its notices cite, the most cited first, then by key. */
  documents: CitedDocument[];
}

/** The corpus's notices grouped by upstream. */
export interface Upstream {
  /** Newest year first, then by province code. */
  groups: ProvinceYear[];
  /** By key. */
  documents: CitedDocument[];
  /** Per notice id: its province and year. */
  groupOf: Map<string, ProvinceYear>;
  /** Per notice id: the documents it cites, in the order it cites them. */
  citesOf: Map<string, CitedDocument[]>;
  /** Per notice id: the other notices sharing an upstream with it, in the corpus's order. */
  related: Map<string, DerivedNotice[]>;
  /** Per notice id: the documents of the corpus citing this notice's own number. */
  citedAs: Map<string, CitedDocument>;
}

/** Site-relative page of a province and year's notices. */
export const provinceYearUrl = (key: string) => `/upstream/${key}/`;

/** Groups the notices (in the corpus's order) by province and year and by cited document. */
export function upstreamOf(notices: readonly DerivedNotice[]): Upstream {
  const keysOf = new Map(notices.map((n) => [n.notice.id, [...new Set(n.entry.cites.map((c) => docNumberKey(c.docNumber)))]]));
  const slugs = documentSlugs([...keysOf.values()].flat().sort());
  const ownKey = new Map<string, DerivedNotice>();
  for (const n of notices) if (n.notice.docNumber) ownKey.set(docNumberKey(n.notice.docNumber), ownKey.get(docNumberKey(n.notice.docNumber)) ?? n);

  const documentByKey = new Map<string, CitedDocument>();
  for (const n of notices) {
    for (const c of n.entry.cites) {
      const key = docNumberKey(c.docNumber);
      let doc = documentByKey.get(key);
      if (!doc) {
        doc = { key, href: `/documents/${slugs.get(key)}/`, titles: [], citedBy: [], notice: ownKey.get(key) ?? null };
        documentByKey.set(key, doc);
      }
      if (c.title && !doc.titles.includes(c.title)) doc.titles.push(c.title);
      if (doc.citedBy.at(-1) !== n) doc.citedBy.push(n);
    }
  }
  const documents = [...documentByKey.values()].sort((a, b) => a.key.localeCompare(b.key));
  const citesOf = new Map(notices.map((n) => [n.notice.id, keysOf.get(n.notice.id)!.map((k) => documentByKey.get(k)!)]));

  const groupByKey = new Map<string, ProvinceYear>();
  const groupOf = new Map<string, ProvinceYear>();
  for (const n of notices) {
    const key = `${n.notice.jurisdiction.code.slice(0, 2)}-${n.notice.year}`;
    let group = groupByKey.get(key);
    if (!group) {
      group = { key, href: provinceYearUrl(key), province: n.notice.jurisdiction.province, year: n.notice.year, notices: [], uncited: [], documents: [] };
      groupByKey.set(key, group);
    }
    group.notices.push(n);
    if (n.entry.cites.length === 0) group.uncited.push(n);
    groupOf.set(n.notice.id, group);
  }
  for (const group of groupByKey.values()) {
    const counted = new Map<CitedDocument, number>();
    for (const n of group.notices) for (const d of citesOf.get(n.notice.id)!) counted.set(d, (counted.get(d) ?? 0) + 1);
    group.documents = [...counted].sort(([a, x], [b, y]) => y - x || a.key.localeCompare(b.key)).map(([d]) => d);
  }
  const groups = [...groupByKey.values()].sort((a, b) => b.year - a.year || a.key.localeCompare(b.key));

  // Related: one province and year, one province and a common document, or one citing the other.
  const order = new Map(notices.map((n, i) => [n.notice.id, i]));
  const found = new Map(notices.map((n) => [n, new Set(groupOf.get(n.notice.id)!.notices)]));
  for (const n of notices) {
    const province = n.notice.jurisdiction.code.slice(0, 2);
    for (const d of citesOf.get(n.notice.id)!) {
      for (const m of d.citedBy) if (m.notice.jurisdiction.code.startsWith(province)) found.get(n)!.add(m);
      if (d.notice) {
        found.get(n)!.add(d.notice);
        found.get(d.notice)!.add(n);
      }
    }
  }
  const related = new Map<string, DerivedNotice[]>();
  for (const [n, set] of found) {
    set.delete(n);
    related.set(n.notice.id, [...set].sort((a, b) => order.get(a.notice.id)! - order.get(b.notice.id)!));
  }

  const citedAs = new Map<string, CitedDocument>();
  for (const d of documents) if (d.notice) citedAs.set(d.notice.notice.id, d);
  return { groups, documents, groupOf, citesOf, related, citedAs };
}

/** Whether two notices share an upstream (see the module's comment). */
export function shareUpstream(upstream: Upstream, a: DerivedNotice, b: DerivedNotice): boolean {
  return a !== b && upstream.related.get(a.notice.id)!.includes(b);
}
