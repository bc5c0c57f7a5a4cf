import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { tasksJson } from '../../lib/open-data.ts';

/** /data/tasks.json, part of the public data contract. */
export const GET: APIRoute = async () => new Response(JSON.stringify(tasksJson(await loadCorpus()), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
