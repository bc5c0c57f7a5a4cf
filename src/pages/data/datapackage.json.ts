import type { APIRoute } from 'astro';
import { loadBuildDate, loadCorpus, loadSimilarOf } from '../../data/corpus.ts';
import { dataPackage } from '../../lib/data-dictionary.ts';
import { MAX_TASK_FILE_BYTES } from '../../lib/open-data.ts';
import { siteUrlSetting } from '../../lib/settings.ts';

/** /data/datapackage.json: the open data's licence, source and files as a Frictionless Data Package. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(dataPackage(await loadCorpus(), siteUrlSetting(process.env.SITE_URL), (await loadBuildDate()).date, MAX_TASK_FILE_BYTES, await loadSimilarOf()), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
