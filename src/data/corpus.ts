import { getCollection } from 'astro:content';
import { buildCorpus, formatProblems, type Corpus } from '../lib/corpus/corpus.ts';

let cached: Promise<Corpus> | null = null;

/**
 * The one reader of the content collections. Builds the derived corpus once per build
 * (memoised: pages call this freely) and fails the build on any content problem,
 * naming every file, task and field at once.
 */
export function loadCorpus(): Promise<Corpus> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Corpus> {
  const [notices, departments, topics, jurisdictions] = await Promise.all([
    getCollection('notices'),
    getCollection('departments'),
    getCollection('topics'),
    getCollection('jurisdictions'),
  ]);
  const { corpus, problems } = buildCorpus(
    notices.map((n) => ({ entry: n.data, file: n.filePath ?? `content/notices/${n.id}.md` })),
    { departments: departments.map((d) => d.data), topics: topics.map((t) => t.data), jurisdictions: jurisdictions.map((j) => j.data) },
  );
  for (const n of notices) {
    const base = (n.filePath ?? '').split('/').pop()?.replace(/\.md$/, '');
    if (base && base !== n.data.id) problems.push({ file: n.filePath ?? n.id, task: null, field: 'id', message: `id "${n.data.id}" differs from the file name "${base}.md"` });
  }
  if (problems.length > 0) throw new Error(`content problems (${problems.length}):\n${formatProblems(problems)}`);
  return corpus;
}

/** The rendered Markdown body (the notice's own text) of a notice. */
export async function renderNoticeBody(id: string) {
  const { getEntry, render } = await import('astro:content');
  const entry = await getEntry('notices', id);
  if (!entry) throw new Error(`no content entry for notice "${id}"`);
  return render(entry);
}
