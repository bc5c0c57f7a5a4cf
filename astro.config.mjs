// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import remarkInert from './src/lib/content/remark-inert.ts';
import { siteUrlSetting } from './src/lib/settings.ts';
import searchIndex from './src/integrations/search-index.ts';

// Static output. Markdown goes through remark-gfm with SmartyPants off, so the
// notices' punctuation stays exactly as printed, and through remarkInert, so that raw
// HTML and script URLs in a notice's text show as text (src/lib/content/remark-inert.ts).
// OUT_DIR (default dist/) and ASTRO_CACHE_DIR (default node_modules/.astro/, where the
// content layer keeps its data store) let the benchmark build synthetic corpora beside the
// real site without touching it; both are relative to the project root. SITE_URL is the
// site's absolute address (feeds, calendars, the sitemap and robots.txt link absolutely);
// by default the address npm run serve answers on (src/lib/settings.ts). The search index is
// written once the pages are, from the corpus they were built from (src/integrations/search-index.ts).
// Nothing is inlined into a page (assetsInlineLimit 0): the site's policy allows no inline
// script or style, so the search page's script is always an external module.
export default defineConfig({
  output: 'static',
  site: siteUrlSetting(process.env.SITE_URL),
  outDir: process.env.OUT_DIR ?? './dist',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [searchIndex()],
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm, remarkInert], gfm: true, smartypants: false }),
  },
});
