import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { departmentsJson } from '../../lib/open-data.ts';

/** /data/departments.json, part of the public data contract. */
export const GET: APIRoute = async () => new Response(JSON.stringify(departmentsJson(await loadCorpus()), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
