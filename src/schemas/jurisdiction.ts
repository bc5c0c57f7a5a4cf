import { z } from 'zod';

/** One county-level jurisdiction (县, 区, 县级市 …) from the registry. */
export const jurisdictionSchema = z.object({
  /** Six-digit administrative division code (行政区划代码), e.g. "371525". */
  code: z.string().regex(/^\d{6}$/, 'expected a six-digit administrative division code'),
  /** Official name as printed, e.g. "冠县", "兖州区". */
  name: z.string().min(1),
  /** The prefecture-level division it belongs to, e.g. "聊城市". */
  prefecture: z.string().min(1),
  /** The province-level division, e.g. "山东省". */
  province: z.string().min(1),
  /** ASCII URL slug in pinyin, unique across the registry, e.g. "guanxian". */
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an ASCII pinyin slug'),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

/**
 * The level of a government in the administrative hierarchy. The county (县, 区, 县级市,
 * 旗 …) is the site's main unit; townships and streets (乡, 镇, 街道) sit below it, the
 * prefecture (地级市, 州, 盟) and the province (省, 自治区, 直辖市) above it.
 */
export const levelSchema = z.enum(['province', 'prefecture', 'county', 'township']);
export type Level = z.infer<typeof levelSchema>;

/** A province- or prefecture-level division from the registry (content/registry/regions.csv), whose plans are the counties' upstream plans. */
export const regionSchema = z.object({
  /** Six-digit administrative division code: 370000 for 山东省, 371500 for 聊城市. */
  code: z.string().regex(/^\d{6}$/, 'expected a six-digit administrative division code'),
  /** Official name, e.g. "山东省", "聊城市", "黔东南苗族侗族自治州". */
  name: z.string().min(1),
  level: z.enum(['province', 'prefecture']),
  /** The province-level division (itself for a province). */
  province: z.string().min(1),
  /** ASCII URL slug in pinyin, unique across regions and counties (notice ids start with it), e.g. "shandong", "liaocheng". */
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected an ASCII pinyin slug'),
});
export type Region = z.infer<typeof regionSchema>;

/** A township or street (乡, 镇, 街道) of the division data, by its nine-digit code; read by the importer only. */
export interface Township {
  /** Nine-digit code (统计用区划代码), whose first six digits are its county's code. */
  code: string;
  name: string;
}
