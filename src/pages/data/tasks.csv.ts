import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { tasksCsv } from '../../lib/open-data.ts';

/** /data/tasks.csv: every task flattened, UTF-8 with BOM. */
export const GET: APIRoute = async () => new Response(tasksCsv(await loadCorpus()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
