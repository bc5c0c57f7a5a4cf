import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { subtopicsJson } from '../../lib/open-data.ts';

/** /data/subtopics.json, part of the public data contract: the second level under the topics. */
export const GET: APIRoute = async () => new Response(JSON.stringify(subtopicsJson(await loadCorpus()), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
