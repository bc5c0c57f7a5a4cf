/**
 * The checker behind tests/build/chinese-first.test.ts, on small pages: it finds English
 * words and regular expressions where a reader sees them (text, alt, aria-label, SVG titles),
 * and lets through only what its rules say.
 */
import { describe, expect, it } from 'vitest';
import { foreignText, visibleText } from '../build/visible-text.ts';

const check = (body: string) => foreignText(visibleText(`<!doctype html><html lang="zh-CN"><head><title>标题</title></head><body>${body}</body></html>`));

describe('the Chinese-first checker', () => {
  it('finds English words in text, in attributes a reader hears, and in SVG titles', () => {
    expect(check('<p>Education (and sports)</p>').words).toEqual(['Education', 'and', 'sports']);
    expect(check('<img alt="chart" src="x.png">').words).toEqual(['chart']);
    expect(check('<a href="/topics/education/" aria-label="see tasks">任务</a>').words).toEqual(['see', 'tasks']);
    expect(check('<svg><title>Topic coverage</title></svg>').words).toEqual(['Topic', 'coverage']);
    expect(check('<details><summary>数据</summary><p hidden>hidden text</p></details>').words).toEqual(['hidden', 'text']);
  });

  it('finds regular expressions, as the topic pages showed them', () => {
    expect(check('<code>重大决策(?!部署)</code>').regex).toEqual(['(?!']);
    expect(check('<li>决策(?:事项|草案)</li>').regex).toEqual(['(?:', '项|草']);
    expect(check('<td>规则 ^教育</td>').regex).toEqual(['^教']);
    expect(check('<td>[\\u4e00-\\u9fff]{1,8}镇$</td>').regex).toEqual(['\\u', '{1,8}', '镇$']);
  });

  it('lets through addresses, file names, numbers, checksums and the listed abbreviations', () => {
    expect(check('<p>见 https://example.org/a/b.html 与 /notices/guanxian-2023-15/#t12。</p>')).toEqual({ words: [], regex: [] });
    expect(check('<p>下载 tasks.csv（UTF-8 编码，Excel 可直接打开），SHA-256：439c484a260975c7e580d23df5c455e459d065cae1e80923405d2e9a08108d0e</p>')).toEqual({ words: [], regex: [] });
    expect(check('<p>冠县人民政府办公室. 关于…: 冠政办发〔2023〕15号[A/OL]. (2023-08-29)[访问日期]. GB/T 7714—2015、IPv6、5G</p>')).toEqual({ words: [], regex: [] });
  });

  it('skips only elements exempt for a known reason, and refuses an unknown one', () => {
    expect(check('<pre data-lang-exempt="machine">@misc{x, title = {y}}</pre>').words).toEqual([]);
    expect(() => check('<p data-lang-exempt="because">English</p>')).toThrow(/not one of verbatim, machine, researchers/);
    expect(check('<script>const english = 1;</script><style>.a{color:red}</style>').words).toEqual([]);
  });
});
