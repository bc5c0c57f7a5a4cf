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
