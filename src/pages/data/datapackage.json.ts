import type { APIRoute } from 'astro';
import { loadBuildDate, loadCorpus } from '../../data/corpus.ts';
import { dataPackage } from '../../lib/data-dictionary.ts';
import { siteUrlSetting } from '../../lib/settings.ts';

/** /data/datapackage.json: the open data's licence, source and files as a Frictionless Data Package. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(dataPackage(await loadCorpus(), siteUrlSetting(process.env.SITE_URL), (await loadBuildDate()).date), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
