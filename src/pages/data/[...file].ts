import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus, loadSimilarOf } from '../../data/corpus.ts';
import { MAX_TASK_FILE_BYTES, taskFiles, type TaskFile } from '../../lib/open-data.ts';

/**
 * The task files of the open data: /data/tasks.json and /data/tasks.csv; or, once either
 * would exceed 20 MB (src/lib/open-data.ts, MAX_TASK_FILE_BYTES), /data/tasks/index.json
 * and one JSON and one CSV file per jurisdiction, /data/tasks/<slug>.json and .csv.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const corpus = await loadCorpus();
  return taskFiles(corpus, MAX_TASK_FILE_BYTES, await loadSimilarOf()).map((file) => ({ params: { file: file.path.replace(/^\/data\//, '') }, props: { file } }));
};

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: TaskFile };
  return new Response(file.body(), { headers: { 'Content-Type': file.type } });
};
