/** remarkInert inside Astro's own Markdown processor, configured as astro.config.mjs configures it. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import remarkInert, { isSafeUrl } from '../../../src/lib/content/remark-inert.ts';

const processor = await createMarkdownProcessor({ remarkPlugins: [remarkGfm, remarkInert], gfm: true, smartypants: false, syntaxHighlight: false });
const render = async (md: string) => (await processor.render(md)).code;

describe('remarkInert', () => {
  it('shows raw HTML blocks and inline HTML as text', async () => {
    expect(await render('<script>alert(1)</script>')).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
    expect(await render('做好<img src=x onerror=alert(1)>公开')).toBe('<p>做好&#x3C;img src=x onerror=alert(1)>公开</p>');
    expect(await render('> <b onclick="x()">引用</b>')).not.toMatch(/<b\b/);
  });

  it('turns links, images and definitions with script URLs into text, keeping safe links', async () => {
    expect(await render('[点此](javascript:alert(1))')).toBe('<p>点此（javascript:alert(1)）</p>');
    expect(await render('![图](data:image/svg+xml,<svg onload=alert(1)>)')).not.toMatch(/<img|<svg/);
    expect(await render('[x][d]\n\n[d]: vbscript:msgbox')).not.toMatch(/href/);
    expect(await render('[政府网站](https://www.gov.cn/)')).toBe('<p><a href="https://www.gov.cn/">政府网站</a></p>');
    expect(await render('[任务](/notices/guanxian-2023-15/#t1)')).toBe('<p><a href="/notices/guanxian-2023-15/#t1">任务</a></p>');
  });

  it('isSafeUrl sees through case, white space, control characters and full-width letters', () => {
    for (const url of ['javascript:x', 'JavaScript:x', ' java\tscript:x', 'java\u0000script:x', 'ｊａｖａｓｃｒｉｐｔ:x', 'data:text/html,x', 'vbscript:x']) expect(isSafeUrl(url), url).toBe(false);
    for (const url of ['https://www.gov.cn/', 'http://a.b/', 'mailto:x@y.cn', '/data/', '#t1', 'notices/x/']) expect(isSafeUrl(url), url).toBe(true);
  });
});
