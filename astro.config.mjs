// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import remarkInert from './src/lib/content/remark-inert.ts';

// Static output. Markdown goes through remark-gfm with SmartyPants off, so the
// notices' punctuation stays exactly as printed, and through remarkInert, so that raw
// HTML and script URLs in a notice's text show as text (src/lib/content/remark-inert.ts).
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm, remarkInert], gfm: true, smartypants: false }),
  },
});
