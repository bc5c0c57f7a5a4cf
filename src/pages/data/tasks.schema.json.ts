import type { APIRoute } from 'astro';
import { z } from 'zod';
import { LICENSE_NOTICE } from '../../lib/license.ts';
import { publicTaskSchema } from '../../schemas/open-data.ts';

/** /data/tasks.schema.json: JSON Schema of tasks.json (an array of tasks), generated from the zod schema. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(z.array(publicTaskSchema).describe(`政务公开任务库：全部任务。${LICENSE_NOTICE}`), { io: 'output' }), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
