import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parseJurisdictionsCsv } from './lib/registry/jurisdictions.ts';
import { parseRegionsCsv } from './lib/registry/regions.ts';
import { departmentSchema } from './schemas/department.ts';
import { jurisdictionSchema, regionSchema } from './schemas/jurisdiction.ts';
import { noticeEntrySchema } from './schemas/notice.ts';
import { subtopicSchema } from './schemas/subtopic.ts';
import { topicSchema } from './schemas/topic.ts';

// Loaders → schemas, nothing else. Cross-references are checked in src/data/corpus.ts.
// CONTENT_ROOT lets the benchmark build a synthetic corpus through the same path.
const root = process.env.CONTENT_ROOT ?? './content';

export const collections = {
  notices: defineCollection({ loader: glob({ pattern: '*.md', base: `${root}/notices` }), schema: noticeEntrySchema }),
  departments: defineCollection({ loader: file('./content/registry/departments.yaml'), schema: departmentSchema }),
  topics: defineCollection({ loader: file('./content/registry/topics.yaml'), schema: topicSchema }),
  subtopics: defineCollection({ loader: file('./content/registry/subtopics.yaml'), schema: subtopicSchema }),
  jurisdictions: defineCollection({
    loader: file('./content/registry/jurisdictions.csv', { parser: (text) => parseJurisdictionsCsv(text).map((j) => ({ id: j.code, ...j })) }),
    schema: jurisdictionSchema,
  }),
  regions: defineCollection({
    loader: file('./content/registry/regions.csv', { parser: (text) => parseRegionsCsv(text).map((r) => ({ id: r.code, ...r })) }),
    schema: regionSchema,
  }),
};
