import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFeedContext } from '../../data/corpus.ts';
import { calendarFiles, type FeedFile } from '../../lib/feeds/files.ts';

/** The calendars of dated tasks: /calendars/all.ics, and one per county and per department (or its province's page) (src/lib/feeds/files.ts). */
export const getStaticPaths: GetStaticPaths = async () =>
  calendarFiles(await loadFeedContext()).map((file) => ({ params: { file: file.path.replace(/^\/calendars\//, '') }, props: { file } }));

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: FeedFile };
  return new Response(file.body(), { headers: { 'Content-Type': file.type } });
};
