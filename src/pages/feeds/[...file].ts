import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFeedContext } from '../../data/corpus.ts';
import { feedFiles, type FeedFile } from '../../lib/feeds/files.ts';

/** The Atom feeds: /feeds/all.xml, and one per county, department and topic (src/lib/feeds/files.ts). */
export const getStaticPaths: GetStaticPaths = async () =>
  feedFiles(await loadFeedContext()).map((file) => ({ params: { file: file.path.replace(/^\/feeds\//, '') }, props: { file } }));

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: FeedFile };
  return new Response(file.body(), { headers: { 'Content-Type': file.type } });
};
