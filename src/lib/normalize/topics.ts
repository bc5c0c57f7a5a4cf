/**
 * Topics of a task: the codebook topics (content/registry/topics.yaml) whose rules
 * match the task's requirement text or, failing that, its headings. Pure: no file
 * system, no clock. A content file that lists `topics:` replaces this result
 * (src/lib/corpus/derive.ts); this module only computes the rule-based default.
 *
 * How a task is classified, in order; the first level that assigns a topic decides:
 *
 *   1. the requirement text, except matches inside a "passing" enumeration (below);
 *   2. the subsection heading (二级标题);
 *   3. the matches inside passing enumerations of the text;
 *   4. the section heading (一级标题).
 *
 * Headings are a fallback, not an addition, because in these notices they are
 * umbrellas: 围绕促进经济发展量质齐升强化公开 stands over an environment task,
 * 着力推进工业、农业、服务业等产业领域信息公开 over an education task. Adding the heading's
 * topic to every task under it would assign topics "in passing" at the heading's level.
 * When the text itself names nothing (推动走好网上群众路线…, under 提升群众关切回应实效), the
 * heading is the best evidence of what the task is about.
 *
 * A passing enumeration is a list of items separated by 、 whose items name three or
 * more different topics (聚焦教育、卫生健康、供水、供气…, 密切关注涉及疫情防控、经济金融…
 * 等方面的舆情), or that ends in a means, channel or function (…等多种形式, …等渠道,
 * …等便于群众知晓的途径, …等功能), in fields (…等领域, …等16个重点领域) or in the fields the
 * public cares about (…等社会关注度高的工作). Such a list names the fields or means a task
 * touches, not what it does; it counts only when neither the rest of the text nor the
 * subsection names a topic. Headings are read whole: a heading that lists fields
 * (推进教育、卫生和食品药品安全信息公开) is about all of them.
 *
 * Texts and headings are matched with spaces removed and half-width punctuation folded to
 * full width (see readable), never with the responsible units: a unit cell says who does a
 * task, not what it is about.
 */
import type { Topic } from '../../schemas/topic.ts';

/** The part of a task the classifier reads. */
export interface TopicInput {
  text: string;
  section: string | null;
  subsection: string | null;
}

/** One rule that assigned a topic: `keyword:<substring>` or `pattern:<regex source>`, and where it matched. */
export interface TopicMatch {
  topic: string;
  rule: string;
  field: 'text' | 'section' | 'subsection';
}

/** A task's topics in registry order, and the matches that assigned them. */
export interface TopicClassification {
  topics: string[];
  matches: TopicMatch[];
}

/** A rule hit with its position in the readable field text, needed to tell whether it sits inside an enumeration. */
interface Hit {
  topic: string;
  rule: string;
  start: number;
  end: number;
}

/** A topic's rules compiled once; keyed by the Topic object so that a registry reloaded in tests is recompiled. */
interface CompiledRule {
  rule: string;
  keyword: string | null;
  regex: RegExp | null;
}
const compiled = new WeakMap<Topic, CompiledRule[]>();

/** A topic's keywords and patterns, compiled on first use; an invalid pattern is reported with its topic. */
function rulesOf(topic: Topic): CompiledRule[] {
  let rules = compiled.get(topic);
  if (rules) return rules;
  rules = [
    ...topic.keywords.map((k) => ({ rule: `keyword:${k}`, keyword: readable(k), regex: null })),
    ...topic.patterns.map(({ pattern: p }) => {
      let regex: RegExp;
      try {
        regex = new RegExp(p, 'g');
      } catch (e) {
        throw new Error(`topic "${topic.id}": pattern ${JSON.stringify(p)} is not a valid JavaScript regular expression (${(e as Error).message})`);
      }
      return { rule: `pattern:${p}`, keyword: null, regex };
    }),
  ];
  compiled.set(topic, rules);
  return rules;
}

/** Half-width punctuation some notices print in Chinese text, and its full-width form. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' };

/**
 * The form rules are matched against. Extraction leaves spaces and line breaks inside
 * Chinese phrases (政务 新媒体), and some notices print half-width punctuation (依申请公开,
 * 不予公开); neither carries meaning here, so spaces are removed and punctuation is folded
 * to full width, one character for one so that positions stay comparable.
 */
function readable(s: string): string {
  return s.replace(/\s+/g, '').replace(/[,;:!?()]/g, (c) => FULL_WIDTH[c] ?? c);
}

/** Every rule hit in a text, in registry order then rule order; one hit per occurrence. */
function findHits(text: string, topics: Topic[]): Hit[] {
  const hits: Hit[] = [];
  for (const topic of topics) {
    for (const r of rulesOf(topic)) {
      if (r.keyword !== null) {
        if (r.keyword === '') continue;
        for (let i = text.indexOf(r.keyword); i !== -1; i = text.indexOf(r.keyword, i + 1)) {
          hits.push({ topic: topic.id, rule: r.rule, start: i, end: i + r.keyword.length });
        }
      } else if (r.regex) {
        r.regex.lastIndex = 0;
        for (const m of text.matchAll(r.regex)) {
          if (m[0] === '') continue; // an empty match names nothing
          hits.push({ topic: topic.id, rule: r.rule, start: m.index, end: m.index + m[0].length });
        }
      }
    }
  }
  return hits;
}

/** Clause boundaries. A comma followed by 以及/及/和/或 continues a list (…新闻发布会、政府信息查阅场所，以及报刊、广播、电视等…). */
const CLAUSE_END = /[。；！？：]|，(?!以及|及|和|或)/g;

/**
 * What follows 等 in a list that names means or channels (…等多种形式, …等渠道, …等功能), fields
 * (…等领域, …等16个重点领域) or the fields the public cares about (…等社会关注度高的工作).
 */
const PASSING_TAIL = [
  /^[^，。；]{0,12}?(?:形式|方式|途径|渠道|媒介|手段|载体|功能)/,
  /^[^，。；]{0,5}?领域/,
  /^[^，。；]{0,8}?关注[^，。；]{0,4}的(?:领域|工作|问题|事项)/,
];

/** An enumeration in a text: the span its items cover, where its first 、 stands, and what follows its closing 等. */
interface Enumeration {
  start: number;
  firstSep: number;
  end: number;
  tail: string;
}

/**
 * The enumerations of a text: clauses holding at least one 、. The list runs from its first
 * item to the 等 after its last 、 (or the clause end). Where the first item starts cannot be
 * read from punctuation (主动公开社会保险、…), so it is taken to be as long as the longest other
 * item: lists are made of items of similar length.
 */
function findEnumerations(text: string): Enumeration[] {
  const out: Enumeration[] = [];
  let clauseStart = 0;
  const bounds = [...text.matchAll(CLAUSE_END)].map((m) => m.index);
  bounds.push(text.length);
  for (const clauseEnd of bounds) {
    const clause = text.slice(clauseStart, clauseEnd);
    const seps = [...clause.matchAll(/、/g)].map((m) => clauseStart + m.index);
    const first = seps[0];
    const last = seps.at(-1);
    if (first !== undefined && last !== undefined) {
      const deng = text.indexOf('等', last + 1);
      const listEnd = deng !== -1 && deng < clauseEnd ? deng : clauseEnd;
      const itemEnds = [...seps.slice(1), listEnd];
      const longest = Math.max(...itemEnds.map((e, i) => e - (seps[i]! + 1)));
      out.push({
        start: Math.max(clauseStart, first - longest),
        firstSep: first,
        end: listEnd,
        tail: listEnd < clauseEnd ? text.slice(listEnd + 1, clauseEnd) : '',
      });
    }
    clauseStart = clauseEnd + 1;
  }
  return out;
}

/**
 * True when a hit lies in an enumeration's items. A hit that ends in the first item counts even
 * when it starts before the estimated start (参加新闻发布会、接受访谈…: the first item is longer
 * than the others); a hit that runs past the closing 等 does not.
 */
function inEnumeration(h: Hit, en: Enumeration): boolean {
  return h.end <= en.end && (h.start >= en.start || (h.end > en.start && h.end <= en.firstSep));
}

/**
 * Splits a text's hits into those that state what the task is about and those inside a
 * passing enumeration (three or more topics, or a list of means, channels or fields).
 */
function splitHits(text: string, hits: Hit[]): { own: Hit[]; passing: Hit[] } {
  const passingSpans = findEnumerations(text).filter((en) => {
    const inside = hits.filter((h) => inEnumeration(h, en));
    return new Set(inside.map((h) => h.topic)).size >= 3 || PASSING_TAIL.some((re) => re.test(en.tail));
  });
  const own: Hit[] = [];
  const passing: Hit[] = [];
  for (const h of hits) {
    (passingSpans.some((en) => inEnumeration(h, en)) ? passing : own).push(h);
  }
  return { own, passing };
}

/**
 * Classifies a task into codebook topics from its text and headings (text first, then the
 * subsection heading, then the text's passing enumerations, then the section heading; the
 * first level that matches decides). Topics come in registry order, deduplicated; `matches`
 * lists each rule that assigned one, once per field. Throws only on an invalid registry pattern.
 */
export function classifyTopics(input: TopicInput, topics: Topic[]): TopicClassification {
  const text = readable(input.text);
  const { own, passing } = splitHits(text, findHits(text, topics));
  const levels: { field: TopicMatch['field']; hits: () => Hit[] }[] = [
    { field: 'text', hits: () => own },
    { field: 'subsection', hits: () => (input.subsection ? findHits(readable(input.subsection), topics) : []) },
    { field: 'text', hits: () => passing },
    { field: 'section', hits: () => (input.section ? findHits(readable(input.section), topics) : []) },
  ];
  for (const level of levels) {
    const hits = level.hits();
    if (hits.length === 0) continue;
    const assigned = new Set(hits.map((h) => h.topic));
    const matches: TopicMatch[] = [];
    const seen = new Set<string>();
    // Registry order for topics and, within a topic, rule order: the explanation reads like the registry.
    for (const h of hits) {
      const key = `${h.topic}\u0000${h.rule}`;
      if (seen.has(key)) continue;
      seen.add(key);
      matches.push({ topic: h.topic, rule: h.rule, field: level.field });
    }
    return { topics: topics.map((t) => t.id).filter((id) => assigned.has(id)), matches };
  }
  return { topics: [], matches: [] };
}
