import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';

/** Every notice's raw source file, byte for byte, so a reader can check the SHA-256 and the line numbers. */
export const getStaticPaths: GetStaticPaths = async () => {
  const corpus = await loadCorpus();
  const root = process.env.CONTENT_ROOT ?? './content';
  return [...corpus.notices, ...corpus.upstream].map((n) => ({ params: { file: n.entry.source.file }, props: { path: join(root, 'sources', n.entry.source.file), encoding: n.entry.source.encoding } }));
};

export const GET: APIRoute = ({ props }) => {
  const { path, encoding } = props as { path: string; encoding: string };
  return new Response(readFileSync(path), { headers: { 'Content-Type': `text/plain; charset=${encoding}` } });
};
