/** The drawing functions: golden SVG on the real corpus, and what every chart's SVG must hold. */
import { describe, expect, it } from 'vitest';
import { deadlineSplit } from '../../../src/lib/charts/deadlines.ts';
import { departmentLoad } from '../../../src/lib/charts/department-load.ts';
import { drawCountyBars, drawTopicProfile } from '../../../src/lib/charts/draw-bars.ts';
import { drawDeadlines } from '../../../src/lib/charts/draw-deadlines.ts';
import { drawDepartmentLoad, drawSharedTasks, drawSubtopicTrends, drawTopicCoverage } from '../../../src/lib/charts/draw-heatmap.ts';
import { matrixBlocks, sharedTasks } from '../../../src/lib/charts/shared-tasks.ts';
import { corpusSimilarity } from '../../../src/lib/similar/corpus-similarity.ts';
import { upstreamOf } from '../../../src/lib/similar/upstream.ts';
import { drawMeasurability } from '../../../src/lib/charts/draw-measurability.ts';
import { measurability } from '../../../src/lib/charts/measurability.ts';
import { departmentCounties, topicCounties, topicProfile } from '../../../src/lib/charts/profiles.ts';
import { escapeXml, textWidth } from '../../../src/lib/charts/svg.ts';
import { subtopicTrends } from '../../../src/lib/charts/subtopics.ts';
import { topicCoverage } from '../../../src/lib/charts/topic-coverage.ts';
import { loadRealCorpus, loadRealInputs } from '../../helpers.ts';
import { loadTestCorpus } from './corpus.ts';
import { expectGolden, renumberIds } from './golden.ts';

const corpus = loadTestCorpus();
const frame = (id: string) => ({ id, title: `${id} 的标题`, description: `${id} 的说明` });
const guanxian = corpus.jurisdictions.find((j) => j.slug === 'guanxian')!.code;
// 商河县 with a second notice, its 2023 plan read as a 2022 one: a county whose dated tasks fall in two plan years.
const inputs = loadRealInputs();
const shanghe = inputs.find((i) => i.entry.id === 'shanghe-2023-2')!;
const twoYears = loadRealCorpus([...inputs, { entry: { ...shanghe.entry, id: 'shanghe-2022-1', year: 2022, docNumber: null, issuedOn: '2022-03-01', printedOn: null }, file: 'content/notices/shanghe-2022-1.md' }]);
const upstream = upstreamOf(corpus.notices);
const similarity = corpusSimilarity(corpus, () => corpus.notices);
const [block] = matrixBlocks(corpus.notices);

const charts: [string, string][] = [
  ['topic-coverage-share', drawTopicCoverage(topicCoverage(corpus), { ...frame('cov-share'), measure: 'share' })],
  ['topic-coverage-count', drawTopicCoverage(topicCoverage(corpus), { ...frame('cov-count'), measure: 'count' })],
  ['department-load', drawDepartmentLoad(departmentLoad(corpus), frame('load'))],
  ['subtopic-trends', drawSubtopicTrends(subtopicTrends(corpus), frame('subtopics'))],
  ['deadlines', drawDeadlines(deadlineSplit(corpus), frame('deadlines'))],
  ['deadlines-two-plan-years', drawDeadlines(deadlineSplit(twoYears), frame('deadlines'))],
  ['measurability', drawMeasurability(measurability(corpus), frame('measurable'))],
  ['topic-profile-guanxian', drawTopicProfile(topicProfile(corpus, guanxian), frame('profile'))],
  ['county-bars-education', drawCountyBars(departmentCounties(corpus, 'education'), frame('dept'))],
  ['county-bars-organization', drawCountyBars(topicCounties(corpus, 'organization'), frame('topic'))],
  ['shared-tasks', drawSharedTasks(sharedTasks(block!, similarity, upstream, (n) => n.notice.jurisdiction.name), frame('shared'))],
];

describe.each(charts)('%s', (name, svg) => {
  it('matches its golden SVG', () => {
    expectGolden(name, svg);
  });

  it('is named and described by its own <title> and <desc>, with a role that keeps its links exposed', () => {
    const root = /^<svg [^>]*>/.exec(svg)![0];
    const labelledby = /aria-labelledby="([^"]+)"/.exec(root)![1]!;
    const describedby = /aria-describedby="([^"]+)"/.exec(root)![1]!;
    expect(root).toContain('role="graphics-document"');
    expect(svg).toMatch(new RegExp(`<title id="${labelledby}">[^<]+</title>`));
    expect(svg).toMatch(new RegExp(`<desc id="${describedby}">[^<]+</desc>`));
  });

  it('gives every link an accessible name that contains its visible text, and a <title>', () => {
    const links = [...svg.matchAll(/<a href="([^"]+)" aria-label="([^"]+)" class="chart-link">\n<title>([^<]+)<\/title>([\s\S]*?)<\/a>/g)];
    expect(links.length).toBeGreaterThan(0);
    expect(links).toHaveLength((svg.match(/<a /g) ?? []).length);
    for (const [, href, label, title, body] of links) {
      expect(href).toMatch(/^\/(topics|units|search|notices)\//);
      expect(title).toBe(label);
      for (const [, text] of body!.matchAll(/<text[^>]*>([^<]+)<\/text>/g)) expect(label, `${label} should contain ${text}`).toContain(text);
    }
  });

  it('defines each id once and keeps every coordinate finite and inside the canvas', () => {
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    const [, width, height] = /^<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number) as [number, number, number];
    for (const m of svg.matchAll(/<(?:rect|text|circle|line)\b[^>]*>/g)) {
      for (const [, axis, value] of m[0].matchAll(/\s(x|x1|x2|cx|y|y1|y2|cy)="(-?[\d.]+)"/g)) {
        expect(Number(value)).toBeGreaterThanOrEqual(0);
        // Coordinates are inside groups translated by at most the canvas' own offsets; their sum must stay on the canvas.
        expect(Number(value), `${axis} in ${m[0]}`).toBeLessThanOrEqual(axis!.startsWith('x') || axis === 'cx' ? width : height);
      }
    }
  });
});

describe('the heatmap', () => {
  it('leaves room for the longest row label, so that labels never run into the cells', () => {
    const svg = drawDepartmentLoad(departmentLoad(corpus), frame('load'));
    const firstCell = Math.min(...[...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="26"/g)].map((m) => Number(m[1])));
    const labelRight = Math.max(...[...svg.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="end"[^>]*>([^<]+)<\/text>/g)].map((m) => Number(m[1])));
    const longest = Math.max(...[...svg.matchAll(/<text x="[\d.]+"[^>]*text-anchor="end"[^>]*>([^<]+)<\/text>/g)].map((m) => textWidth(m[1]!, 13)));
    expect(labelRight).toBeLessThan(firstCell);
    expect(longest).toBeLessThanOrEqual(labelRight);
  });
});

describe('svg helpers', () => {
  it('escapeXml escapes markup and quotes', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('textWidth counts an ideograph as one em and a digit as less', () => {
    expect(textWidth('冠县', 10)).toBe(20);
    expect(textWidth('54', 10)).toBeLessThan(20);
  });

  it('renumberIds renames ids and their references in order of definition', () => {
    const svg = '<svg id="c-svg" aria-labelledby="c-title"><title id="c-title">t</title><rect fill="url(#c-pattern-x)"/><pattern id="c-pattern-x"/></svg>';
    expect(renumberIds(svg)).toBe('<svg id="id-1" aria-labelledby="id-2"><title id="id-2">t</title><rect fill="url(#id-3)"/><pattern id="id-3"/></svg>');
  });
});
