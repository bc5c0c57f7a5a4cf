// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

// Static output. Markdown goes through remark-gfm with SmartyPants off, so the
// notices' punctuation stays exactly as printed.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm], gfm: true, smartypants: false }),
  },
});
