/**
 * Document numbers (文号) as keys, so that one document cited by several notices, or cited
 * by one and issued as another, is recognised whatever brackets and widths each printed:
 * 鲁政办发〔2023〕8号, 鲁政办发[2023]8号, 鲁政办发﹝2023﹞8号, 鲁政办发【2023】8号,
 * 鲁政办发（2023）08号 and 鲁政办发 〔２０２３〕 ８ 号 all read 鲁政办发〔2023〕8号, the form
 * GB/T 9704 prescribes. Pure.
 */
import { pinyin } from 'pinyin-pro';

/** Any bracket a year is printed in: 〔〕 ﹝﹞ [] ［］ 【】 () （） 〈〉 《》 after NFKC. */
const YEAR_IN_BRACKETS = /[〔﹝[［【(（〈<《]\s*((?:19|20)\d{2})\s*[〕﹞\]］】)）〉>》]/gu;

/**
 * The canonical form of a document number: NFKC (full-width digits and brackets to their
 * plain forms), no spaces, the year in 〔〕, the serial without leading zeros or 第
 * (〔2023〕第8号 is 〔2023〕8号). Numbers without a bracketed year (国务院令第713号) keep
 * their 第: that is how decrees are numbered.
 */
export function docNumberKey(raw: string): string {
  let key = raw.normalize('NFKC').replace(/\s+/gu, '');
  key = key.replace(YEAR_IN_BRACKETS, '〔$1〕');
  key = key.replace(/〔(\d{4})〕第?0*(\d+)号/u, '〔$1〕$2号');
  return key;
}

/**
 * An ASCII URL segment for a document number key: its Chinese characters in toneless
 * pinyin and its digits, joined by hyphens, without the closing 号 (鲁政办发〔2023〕8号 →
 * lu-zheng-ban-fa-2023-8). Two keys may read alike (homophones): see documentSlugs.
 */
export function docNumberSlug(key: string): string {
  const words = pinyin(key.replace(/号$/u, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = words
    .flatMap((w) => w.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .join('-');
  return slug === '' ? 'wenjian' : slug;
}

/**
 * A slug per key, unique: keys whose pinyin reads alike (卢政办发 and 鲁政办发 of one year
 * and serial) all get a short hash of the key after it. Such a pair is rare; when the second
 * of them enters the corpus, the first one's address changes.
 */
export function documentSlugs(keys: Iterable<string>): Map<string, string> {
  const byKey = new Map<string, string>();
  const count = new Map<string, number>();
  for (const key of new Set(keys)) {
    const slug = docNumberSlug(key);
    byKey.set(key, slug);
    count.set(slug, (count.get(slug) ?? 0) + 1);
  }
  for (const [key, slug] of byKey) if (count.get(slug)! > 1) byKey.set(key, `${slug}-${fnv(key).toString(36)}`);
  return byKey;
}

/** 32-bit FNV-1a of a string's code units. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
