import type { APIRoute } from 'astro';
import { z } from 'zod';
import { LICENSE_NOTICE } from '../../lib/license.ts';
import { publicNoticeSchema } from '../../schemas/open-data.ts';

/** /data/notices.schema.json: JSON Schema of notices.json (an array of notices), generated from the zod schema. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(z.array(publicNoticeSchema).describe(`政务公开任务库：全部通知。${LICENSE_NOTICE}`), { io: 'output' }), null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
