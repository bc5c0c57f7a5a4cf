import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'zod';
import { publicDepartmentSchema, publicSubtopicSchema, publicTopicSchema } from '../../schemas/open-data.ts';

/** The registries' files and their item schemas, with the title each JSON Schema carries. */
const REGISTRIES = {
  topics: { schema: publicTopicSchema, title: '政务公开任务库：主题代码表' },
  subtopics: { schema: publicSubtopicSchema, title: '政务公开任务库：子主题代码表' },
  departments: { schema: publicDepartmentSchema, title: '政务公开任务库：部门代码表' },
} as const;

/** /data/topics.schema.json, /data/subtopics.schema.json, /data/departments.schema.json: JSON Schemas of the registries (arrays), generated from the zod schemas. */
export const getStaticPaths: GetStaticPaths = () => Object.keys(REGISTRIES).map((registry) => ({ params: { registry } }));

export const GET: APIRoute = ({ params }) => {
  const { schema, title } = REGISTRIES[params.registry as keyof typeof REGISTRIES];
  return new Response(JSON.stringify(z.toJSONSchema(z.array(schema).describe(title), { io: 'output' }), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};
