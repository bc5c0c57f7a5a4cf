import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { departmentSchema, type Department } from '../../../src/schemas/department.ts';
import { mapUnit, normalizeUnitName, splitUnits } from '../../../src/lib/normalize/units.ts';

const registryFile = new URL('../../../content/registry/departments.yaml', import.meta.url);
const registryYaml: unknown = parse(readFileSync(registryFile, 'utf8'));
const registry: Department[] = z.array(departmentSchema).parse(registryYaml);

// The codebook is the public contract; the project keeps its copy in docs/.
const codebookFile = new URL('../../../docs/codebook.md', import.meta.url);

/** Ids in the first column of the markdown tables under "## Departments" (departments, then collectives). */
function codebookDepartmentIds(): { department: string[]; collective: string[] } {
  const markdown = readFileSync(codebookFile, 'utf8');
  const start = markdown.indexOf('## Departments');
  const end = markdown.indexOf('\n## ', start + 1);
  const section = markdown.slice(start, end === -1 ? undefined : end);
  const ids = { department: [] as string[], collective: [] as string[] };
  // The collectives' table follows the sentence "Collective assignees are units too".
  const collectivesAt = section.indexOf('Collective assignees');
  let offset = 0;
  for (const line of section.split('\n')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|/.exec(line);
    if (m?.[1]) (offset > collectivesAt && collectivesAt !== -1 ? ids.collective : ids.department).push(m[1]);
    offset += line.length + 1;
  }
  return ids;
}

/** The names splitUnits returns for a cell. */
const names = (raw: string) => splitUnits(raw).map((u) => u.name);

/** The codebook id mapUnit gives a name, or null. */
const idOf = (name: string) => mapUnit(name, registry)?.department ?? null;

describe('the department registry', () => {
  it('is a YAML list whose every entry validates against departmentSchema', () => {
    expect(Array.isArray(registryYaml)).toBe(true);
    for (const [i, entry] of (registryYaml as unknown[]).entries()) {
      const result = departmentSchema.safeParse(entry);
      expect(result.success, `entry ${i}: ${result.error?.message ?? ''}`).toBe(true);
    }
  });

  it('reads both department tables of the codebook and has at least as many entries', () => {
    const ids = codebookDepartmentIds();
    expect(ids.department.length).toBeGreaterThan(30);
    expect(ids.collective).toEqual(['all-departments', 'all-townships', 'township', 'new-media-operators', 'lower-governments', 'internal-office']);
    expect(registry.length).toBeGreaterThanOrEqual(ids.department.length + ids.collective.length);
  });

  it('holds every codebook id exactly once', () => {
    const ids = codebookDepartmentIds();
    for (const id of [...ids.department, ...ids.collective]) {
      expect(registry.filter((d) => d.id === id), `registry entries for ${id}`).toHaveLength(1);
    }
  });

  it('holds no id twice, not even one added beyond the codebook', () => {
    const seen = registry.map((d) => d.id);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('marks the codebook collectives as collective and the departments as department', () => {
    const ids = codebookDepartmentIds();
    for (const id of ids.department) expect(registry.find((d) => d.id === id)?.kind, id).toBe('department');
    for (const id of ids.collective) expect(registry.find((d) => d.id === id)?.kind, id).toBe('collective');
  });

  it('gives every entry a description, and every department at least one variant', () => {
    for (const d of registry) {
      expect(d.description, d.id).not.toBe('');
      if (d.kind === 'department') expect(d.variants.length, d.id).toBeGreaterThan(0);
    }
  });

  it('has only patterns that compile as JavaScript regular expressions, each saying in Chinese words what it matches', () => {
    for (const d of registry) {
      for (const p of d.patterns) {
        expect(() => new RegExp(p.pattern), `${d.id}: ${p.pattern}`).not.toThrow();
        expect(p.words, p.pattern).toMatch(/^(?:名称|列举末尾|一至八个汉字)/);
        expect(p.words, p.pattern).not.toMatch(/[()?:!^$|\\[\]{}*+]|[A-Za-z]/);
      }
    }
  });

  it('lists no variant under two entries', () => {
    const owner = new Map<string, string>();
    for (const d of registry) {
      for (const v of d.variants) {
        expect(owner.get(v), `variant ${v} of ${d.id}`).toBeUndefined();
        owner.set(v, d.id);
      }
    }
  });

  it('maps every variant, bare and with 县 or 区 in front, to its own entry', () => {
    for (const d of registry) {
      for (const v of d.variants) {
        for (const printed of [v, `县${v}`, `区${v}`]) expect(idOf(printed), printed).toBe(d.id);
      }
    }
  });

  it('maps every abbreviation, bare and with 县 in front, to its own entry', () => {
    for (const d of registry) {
      for (const a of d.abbreviations) {
        for (const printed of [a, `县${a}`]) expect(idOf(printed), printed).toBe(d.id);
      }
    }
  });

  it('offers the abbreviations journalists type for search', () => {
    const expected: Record<string, string[]> = {
      education: ['教体局', '教育局'],
      'human-resources': ['人社局'],
      'development-reform': ['发改局', '发改委'],
      'housing-construction': ['住建局'],
      'industry-it': ['工信局'],
      'market-regulation': ['市场监管局'],
      health: ['卫健局'],
      'medical-security': ['医保局'],
      'natural-resources': ['自然资源局', '自规局'],
      'ecology-environment': ['生态环境局', '环保局'],
      agriculture: ['农业农村局'],
      'culture-tourism': ['文旅局'],
      veterans: ['退役军人局'],
      emergency: ['应急局'],
      'administrative-approval': ['审批局'],
      'urban-management': ['综合执法局'],
      transport: ['交通局'],
      water: ['水利局', '水务局'],
      finance: ['财政局'],
      'civil-affairs': ['民政局'],
      justice: ['司法局'],
      'public-security': ['公安局'],
      audit: ['审计局'],
    };
    for (const [id, abbreviations] of Object.entries(expected)) {
      const entry = registry.find((d) => d.id === id);
      for (const a of abbreviations) expect(entry?.abbreviations, `${id} ${a}`).toContain(a);
    }
  });

  it('has no entry for 统计局, which the codebook does not name, so it stays unmapped', () => {
    expect(registry.some((d) => d.abbreviations.includes('统计局') || d.variants.includes('统计局'))).toBe(false);
    expect(mapUnit('县统计局', registry)).toBeNull();
  });
});

describe('splitUnits', () => {
  it('splits at 、，,；;／/ and line breaks', () => {
    expect(names('县财政局、县审计局，县民政局,县司法局；县公安局;县林业局／县气象局/县扶贫办\n县编办')).toEqual([
      '县财政局', '县审计局', '县民政局', '县司法局', '县公安局', '县林业局', '县气象局', '县扶贫办', '县编办',
    ]);
  });

  it('gives every unit the role responsible when the cell prints no role labels', () => {
    expect(splitUnits('县财政局、县审计局').map((u) => u.role)).toEqual(['responsible', 'responsible']);
  });

  it('keeps 各乡镇人民政府、街道办事处 whole', () => {
    expect(names('各乡镇人民政府、街道办事处')).toEqual(['各乡镇人民政府、街道办事处']);
  });

  it('keeps 区政府各部门、单位 whole', () => {
    expect(names('区政府各部门、单位')).toEqual(['区政府各部门、单位']);
  });

  it('keeps 区政府各有关部门、单位 whole', () => {
    expect(names('区司法局\n区政府各有关部门、单位')).toEqual(['区司法局', '区政府各有关部门、单位']);
  });

  it('keeps 各镇人民政府、街道办事处 whole', () => {
    expect(names('县政府办公室、各镇人民政府、街道办事处')).toEqual(['县政府办公室', '各镇人民政府、街道办事处']);
  });

  it('keeps 县直各部门、单位 whole', () => {
    expect(names('县直各部门、单位，各乡镇（街道）')).toEqual(['县直各部门、单位', '各乡镇（街道）']);
  });

  it('keeps the printed delimiter of a collective as printed (，stays ，)', () => {
    expect(names('各镇人民政府，各街道办事处')).toEqual(['各镇人民政府，各街道办事处']);
  });

  it('yields the listed departments, then 等县级部门, then 各乡镇人民政府、街道办事处', () => {
    expect(names('县发展和改革局、县经济科技信息化局、乐至生态环境局等县级部门；各乡镇人民政府、街道办事处')).toEqual([
      '县发展和改革局', '县经济科技信息化局', '乐至生态环境局', '等县级部门', '各乡镇人民政府、街道办事处',
    ]);
  });

  it('splits 县政府办公室等县级部门 into the office and the collective', () => {
    expect(names('县政府办公室等县级部门')).toEqual(['县政府办公室', '等县级部门']);
  });

  it('splits 县安监局及其他有关部门 into 县安监局 and 其他有关部门', () => {
    expect(names('县安监局及其他有关部门')).toEqual(['县安监局', '其他有关部门']);
  });

  it('splits at 和其他 but keeps the 和 inside 发展和改革局', () => {
    expect(names('县发展和改革局和其他有关部门')).toEqual(['县发展和改革局', '其他有关部门']);
  });

  it('splits at 以及', () => {
    expect(names('县财政局以及县审计局')).toEqual(['县财政局', '县审计局']);
  });

  it('splits 县委宣传部新闻科及各相关部门 into 县委宣传部新闻科 and 各相关部门', () => {
    expect(names('县委宣传部新闻科及各相关部门')).toEqual(['县委宣传部新闻科', '各相关部门']);
  });

  it('drops a trailing bare 等 from the last name', () => {
    expect(names('县卫生计生局、县财政局等')).toEqual(['县卫生计生局', '县财政局']);
  });

  it('keeps a parenthetical alias with its unit', () => {
    expect(names('县市场监督管理局（县食品药品监管局）')).toEqual(['县市场监督管理局（县食品药品监管局）']);
  });

  it('does not split at a delimiter or 及 inside parentheses', () => {
    expect(names('县市场监督管理局（县食品药品监管局、县物价局）、县财政局')).toEqual(['县市场监督管理局（县食品药品监管局、县物价局）', '县财政局']);
    expect(names('县市场监督管理局(县食品药品监管局及县物价局)')).toEqual(['县市场监督管理局(县食品药品监管局及县物价局)']);
  });

  it('rejoins 县市场监 管局 broken by a stray space', () => {
    expect(names('县发改局、县市场监 管局')).toEqual(['县发改局', '县市场监管局']);
  });

  it('rejoins 县退役军 人局 and 县自然资 源局 broken by a stray space', () => {
    expect(names('县人社局、县退役军 人局、县自然资 源局')).toEqual(['县人社局', '县退役军人局', '县自然资源局']);
  });

  it('rejoins a name broken by a line break', () => {
    expect(names('县市场监\n管局、县大数据服务\n中心')).toEqual(['县市场监管局', '县大数据服务中心']);
  });

  it('rejoins 县政府各部 门单位 although 部 can end a name, because 门单位 cannot start one', () => {
    expect(names('各镇街、县政府各部 门单位')).toEqual(['各镇街', '县政府各部门单位']);
  });

  it('rejoins 市生态环 境局商河分局 and keeps 市生态环境局 冠县分局 whole', () => {
    expect(names('县水务局、市生态环 境局商河分局')).toEqual(['县水务局', '市生态环境局商河分局']);
    expect(names('市生态环境局 冠县分局')).toEqual(['市生态环境局冠县分局']);
  });

  it('keeps 市生态环境局冠县分局 whole', () => {
    expect(names('市生态环境局冠县分局')).toEqual(['市生态环境局冠县分局']);
  });

  it('keeps 国家税务总局冠县税务局 whole', () => {
    expect(names('国家税务总局冠县税务局、县财政局')).toEqual(['国家税务总局冠县税务局', '县财政局']);
  });

  it('splits units printed one per line, with blank lines between some', () => {
    expect(names('各镇（街道）\n\n区政府各部门、单位')).toEqual(['各镇（街道）', '区政府各部门、单位']);
    expect(names('区卫生健康局\n区公安局分局\n区市场监督管理局')).toEqual(['区卫生健康局', '区公安局分局', '区市场监督管理局']);
  });

  it('splits a named township printed on the next line', () => {
    expect(names('县农业农村局\n清泉街道')).toEqual(['县农业农村局', '清泉街道']);
  });

  it('splits units run together before a jurisdiction prefix', () => {
    expect(names('县文化广播电视和旅游局县国有资产监管和金融工作局')).toEqual(['县文化广播电视和旅游局', '县国有资产监管和金融工作局']);
    expect(names('县发改局县工信局县财政局')).toEqual(['县发改局', '县工信局', '县财政局']);
  });

  it('does not split inside 县城市管理局, 县经济开发区 or 区公安局分局', () => {
    expect(names('县城市管理局、县经济开发区、区公安局分局')).toEqual(['县城市管理局', '县经济开发区', '区公安局分局']);
  });

  it('drops the empty item a stray delimiter leaves', () => {
    expect(names('县市场监督管理局、等县级部门')).toEqual(['县市场监督管理局', '等县级部门']);
    expect(names('县财政局、、县审计局；')).toEqual(['县财政局', '县审计局']);
  });

  it('removes HTML tags and treats </p> as a line break', () => {
    expect(names('<p>县环保局、县政府有关部门</p>')).toEqual(['县环保局', '县政府有关部门']);
    expect(names('<p>县教育局</p> <p>县卫生计生局</p>')).toEqual(['县教育局', '县卫生计生局']);
    expect(names('县财政局<br/>县审计局')).toEqual(['县财政局', '县审计局']);
  });

  it('returns no units for an empty or blank cell', () => {
    expect(splitUnits('')).toEqual([]);
    expect(splitUnits(' \n <p></p> ')).toEqual([]);
  });

  it('gives lead to 牵头单位 and co to 责任单位 beside it', () => {
    expect(splitUnits('牵头单位：县政府办公室；责任单位：县财政局、县审计局')).toEqual([
      { name: '县政府办公室', role: 'lead' },
      { name: '县财政局', role: 'co' },
      { name: '县审计局', role: 'co' },
    ]);
  });

  it('gives lead to 牵头单位 and co to 配合单位', () => {
    expect(splitUnits('牵头单位：县教体局、县财政局；配合单位：各乡镇人民政府、街道办事处')).toEqual([
      { name: '县教体局', role: 'lead' },
      { name: '县财政局', role: 'lead' },
      { name: '各乡镇人民政府、街道办事处', role: 'co' },
    ]);
  });

  it('reads half-width colons in role labels', () => {
    expect(splitUnits('牵头单位:县政府办公室;配合单位:县财政局')).toEqual([
      { name: '县政府办公室', role: 'lead' },
      { name: '县财政局', role: 'co' },
    ]);
  });

  it('keeps 责任单位 responsible when no 牵头单位 is printed, even beside a 配合单位', () => {
    expect(splitUnits('责任单位：县财政局')).toEqual([{ name: '县财政局', role: 'responsible' }]);
    expect(splitUnits('责任单位：县财政局；配合单位：县审计局')).toEqual([
      { name: '县财政局', role: 'responsible' },
      { name: '县审计局', role: 'co' },
    ]);
  });
});

describe('normalizeUnitName', () => {
  it('removes stray white space, HTML tags and a trailing 等, and keeps parentheses as printed', () => {
    expect(normalizeUnitName(' 县市场监 管局 ')).toBe('县市场监管局');
    expect(normalizeUnitName('<p>县财政局等</p>')).toBe('县财政局');
    expect(normalizeUnitName('县直各部门(单位)')).toBe('县直各部门(单位)');
  });
});

describe('mapUnit', () => {
  /** Printed names from the brief and the codebook with the id each must map to. */
  const cases: [string, string][] = [
    ['县教育和体育局', 'education'],
    ['县教体局', 'education'],
    ['区教育和体育局', 'education'],
    ['县教育局', 'education'],
    ['冠县教育和体育局', 'education'],
    ['商河县民政局', 'civil-affairs'],
    ['利津县审计局', 'audit'],
    ['兖州区财政局', 'finance'],
    ['乐至生态环境局', 'ecology-environment'],
    ['市生态环境局冠县分局', 'ecology-environment'],
    ['市生态环境局商河分局', 'ecology-environment'],
    ['区生态环境分局', 'ecology-environment'],
    ['县环保局', 'ecology-environment'],
    ['国家税务总局冠县税务局', 'taxation'],
    ['县税务局', 'taxation'],
    ['县地税局', 'taxation'],
    ['县国税局', 'taxation'],
    ['县市场监督管理局（县食品药品监管局）', 'market-regulation'],
    ['县食品药品监管局', 'market-regulation'],
    ['县直各部门（单位）', 'all-departments'],
    ['县直各部门(单位)', 'all-departments'],
    ['县政府各部门单位', 'all-departments'],
    ['县政府各部门', 'all-departments'],
    ['县政府各有关部门', 'all-departments'],
    ['县政府有关部门', 'all-departments'],
    ['县级有关部门', 'all-departments'],
    ['等县级部门', 'all-departments'],
    ['其他有关部门', 'all-departments'],
    ['各相关部门', 'all-departments'],
    ['县政府有关部门单位', 'all-departments'],
    ['区政府各部门、单位', 'all-departments'],
    ['区政府各有关部门、单位', 'all-departments'],
    ['县直各部门、单位', 'all-departments'],
    ['各镇街', 'all-townships'],
    ['各乡镇街道', 'all-townships'],
    ['有关乡镇街道', 'all-townships'],
    ['各乡镇（街道）', 'all-townships'],
    ['各镇（街道）', 'all-townships'],
    ['各乡镇人民政府、街道办事处', 'all-townships'],
    ['各镇人民政府、街道办事处', 'all-townships'],
    ['清泉街道', 'township'],
    ['东古城镇', 'township'],
    ['胡集乡', 'township'],
    ['县经济开发区', 'development-zone'],
    ['兖州工业园区管委会', 'development-zone'],
    ['县水务集团', 'utilities'],
    ['县供电公司', 'utilities'],
    ['区供电部', 'utilities'],
    ['县水务局', 'water'],
    ['县水利局', 'water'],
    ['县政务服务中心管理办公室', 'administrative-approval'],
    ['县政府办公室', 'government-office'],
    ['县经济科技信息化局', 'industry-it'],
    ['县科技局', 'science-technology'],
    ['县国有资产监管和金融工作局', 'state-assets'],
    ['县金融与企业服务中心', 'financial-services'],
    ['区地方金融监管局', 'financial-services'],
    ['县政府法制办', 'justice'],
    ['县法制办', 'justice'],
    ['县电子政务中心', 'big-data'],
    ['县委宣传部新闻科', 'propaganda-cyberspace'],
    ['县委宣传部', 'propaganda-cyberspace'],
    ['县网络办', 'propaganda-cyberspace'],
    ['区公安局分局', 'public-security'],
    ['区公安分局', 'public-security'],
    ['县商务局和投资促进局', 'commerce'],
    ['商务和投资促进局', 'commerce'],
    ['县商务和经济合作局', 'commerce'],
    ['县级政务新媒体主办单位', 'new-media-operators'],
    ['各政务新媒体开设单位', 'new-media-operators'],
    ['县卫生计生局', 'health'],
    ['县安监局', 'emergency'],
    ['县文化广电新闻出版局', 'culture-tourism'],
    ['县旅游局', 'culture-tourism'],
    ['区委编办', 'establishment-office'],
    ['县编办', 'establishment-office'],
    ['区扶贫办', 'rural-revitalization'],
    ['区公共资源交易分中心', 'public-resources-trading'],
    ['县民生热线综合服务中心', 'hotline-center'],
    ['县诚信办', 'credit-office'],
    ['县物价办', 'price-office'],
    ['县气象局', 'meteorology'],
    ['县综合行政执法局', 'urban-management'],
  ];
  for (const [printed, id] of cases) {
    it(`maps ${printed} to ${id}`, () => {
      expect(idOf(printed)).toBe(id);
    });
  }

  it('names the variant that matched, e.g. variant:教体局 for 县教体局', () => {
    expect(mapUnit('县教体局', registry)).toEqual({ department: 'education', rule: 'variant:教体局' });
    expect(mapUnit('国家税务总局冠县税务局', registry)).toEqual({ department: 'taxation', rule: 'variant:税务局' });
  });

  it('maps a name with a parenthetical alias by the name before the alias', () => {
    expect(mapUnit('县市场监督管理局（县食品药品监管局）', registry)).toEqual({ department: 'market-regulation', rule: 'variant:市场监督管理局' });
    expect(mapUnit('县教育和体育局(县体育局)', registry)).toEqual({ department: 'education', rule: 'variant:教育和体育局' });
  });

  it('names the pattern that matched, e.g. pattern:生态环境.*分局 for 市生态环境局冠县分局', () => {
    expect(mapUnit('市生态环境局冠县分局', registry)).toEqual({ department: 'ecology-environment', rule: 'pattern:生态环境.*分局' });
    expect(mapUnit('县委宣传部新闻科', registry)).toEqual({ department: 'propaganda-cyberspace', rule: 'pattern:^宣传部' });
  });

  it('falls back to patterns for names no variant lists', () => {
    expect(idOf('国家税务总局莘县税务局')).toBe('taxation');
    expect(idOf('县文化广电体育和旅游局')).toBe('culture-tourism');
    expect(idOf('县政府各有关部门（单位）')).toBe('all-departments');
    expect(idOf('各镇人民政府，各街道办事处')).toBe('all-townships');
    expect(idOf('县自来水有限公司')).toBe('utilities');
  });

  it('maps a name with stray spaces or HTML as the repaired name', () => {
    expect(idOf('县市场监 管局')).toBe('market-regulation');
    expect(idOf('<p>县住房城乡建设局</p>')).toBe('housing-construction');
  });

  it('prefers the variant of the name as printed over the one left after peeling 市 off 市场监督管理局', () => {
    expect(mapUnit('市场监督管理局', registry)).toEqual({ department: 'market-regulation', rule: 'variant:市场监督管理局' });
  });

  it('tries patterns in registry order, so the first matching entry wins', () => {
    const first: Department = { id: 'first', name: '甲', en: 'First', kind: 'department', description: '', descriptionEn: '', abbreviations: [], variants: [], patterns: [{ pattern: '局$', words: '名称以“局”结尾' }] };
    const second: Department = { ...first, id: 'second', patterns: [{ pattern: '^财政', words: '名称以“财政”开头' }] };
    expect(mapUnit('县财政局', [first, second])).toEqual({ department: 'first', rule: 'pattern:局$' });
    expect(mapUnit('县财政局', [second, first])).toEqual({ department: 'second', rule: 'pattern:^财政' });
  });

  it('returns null for names no rule knows, and for blank names', () => {
    expect(mapUnit('县人民法院', registry)).toBeNull();
    expect(mapUnit('县政府各部', registry)).toBeNull();
    expect(mapUnit('门单位', registry)).toBeNull();
    expect(mapUnit('县', registry)).toBeNull();
    expect(mapUnit('', registry)).toBeNull();
    expect(mapUnit('  ', registry)).toBeNull();
  });
});

/**
 * Every distinct responsible-unit cell of the five source notices, as printed (extracted by
 * hand from content/sources/*.txt), with the units it must split into and the id each maps to.
 * null marks extraction debris that no rule should map (see the notes at the end of 002).
 */
const CORPUS: { source: string; raw: string; units: [string, string | null][] }[] = [
  // 000 冠县
  {
    source: '000 冠县',
    raw: '县发展和改革委员会、县工业和信息化局、县人力资源和社会保障局、县住房和城乡建设局、县交通运输局、县农业农村局、县商务和投资促进局、县文化和旅游局、县市场监督管理局、县林业局、县金融与企业服务中心，县经济开发区',
    units: [
      ['县发展和改革委员会', 'development-reform'],
      ['县工业和信息化局', 'industry-it'],
      ['县人力资源和社会保障局', 'human-resources'],
      ['县住房和城乡建设局', 'housing-construction'],
      ['县交通运输局', 'transport'],
      ['县农业农村局', 'agriculture'],
      ['县商务和投资促进局', 'commerce'],
      ['县文化和旅游局', 'culture-tourism'],
      ['县市场监督管理局', 'market-regulation'],
      ['县林业局', 'forestry'],
      ['县金融与企业服务中心', 'financial-services'],
      ['县经济开发区', 'development-zone'],
    ],
  },
  {
    source: '000 冠县',
    raw: '商务和投资促进局、县文化和旅游局、县市场监督管理局',
    units: [
      ['商务和投资促进局', 'commerce'],
      ['县文化和旅游局', 'culture-tourism'],
      ['县市场监督管理局', 'market-regulation'],
    ],
  },
  {
    source: '000 冠县',
    raw: '县发展和改革委员会、县教育和体育局、县卫生健康局、县住房和城乡建设局、县农业农村局，清泉街道、东古城镇',
    units: [
      ['县发展和改革委员会', 'development-reform'],
      ['县教育和体育局', 'education'],
      ['县卫生健康局', 'health'],
      ['县住房和城乡建设局', 'housing-construction'],
      ['县农业农村局', 'agriculture'],
      ['清泉街道', 'township'],
      ['东古城镇', 'township'],
    ],
  },
  { source: '000 冠县', raw: '市生态环境局冠县分局', units: [['市生态环境局冠县分局', 'ecology-environment']] },
  { source: '000 冠县', raw: '县发展和改革委员会', units: [['县发展和改革委员会', 'development-reform']] },
  { source: '000 冠县', raw: '县商务和投资促进局', units: [['县商务和投资促进局', 'commerce']] },
  {
    source: '000 冠县',
    raw: '县政府办公室、县行政审批服务局、县商务局和投资促进局、县财政局、县经济开发区',
    units: [
      ['县政府办公室', 'government-office'],
      ['县行政审批服务局', 'administrative-approval'],
      ['县商务局和投资促进局', 'commerce'],
      ['县财政局', 'finance'],
      ['县经济开发区', 'development-zone'],
    ],
  },
  { source: '000 冠县', raw: '县工业和信息化局、县国有资产管理服务中心', units: [['县工业和信息化局', 'industry-it'], ['县国有资产管理服务中心', 'state-assets']] },
  { source: '000 冠县', raw: '县工业和信息化局、县财政局', units: [['县工业和信息化局', 'industry-it'], ['县财政局', 'finance']] },
  { source: '000 冠县', raw: '国家税务总局冠县税务局、县财政局', units: [['国家税务总局冠县税务局', 'taxation'], ['县财政局', 'finance']] },
  { source: '000 冠县', raw: '县人力资源和社会保障局、县退役军人事务局', units: [['县人力资源和社会保障局', 'human-resources'], ['县退役军人事务局', 'veterans']] },
  { source: '000 冠县, 001 乐至县', raw: '县教育和体育局', units: [['县教育和体育局', 'education']] },
  { source: '000 冠县', raw: '县民政局、县卫生健康局、县医疗保障局', units: [['县民政局', 'civil-affairs'], ['县卫生健康局', 'health'], ['县医疗保障局', 'medical-security']] },
  { source: '000 冠县', raw: '县住房和城乡建设局', units: [['县住房和城乡建设局', 'housing-construction']] },
  {
    source: '000 冠县',
    raw: '县直各部门（单位），各乡镇（街道）、县经济开发区',
    units: [
      ['县直各部门（单位）', 'all-departments'],
      ['各乡镇（街道）', 'all-townships'],
      ['县经济开发区', 'development-zone'],
    ],
  },
  { source: '000 冠县', raw: '县政府办公室、县行政审批服务局', units: [['县政府办公室', 'government-office'], ['县行政审批服务局', 'administrative-approval']] },
  { source: '000 冠县', raw: '县工业和信息化局、县经济开发区', units: [['县工业和信息化局', 'industry-it'], ['县经济开发区', 'development-zone']] },
  {
    source: '000 冠县',
    raw: '县发展和改革委员会、县工业和信息化局、县司法局、县自然资源和规划局、县农业农村局、县文化和旅游局',
    units: [
      ['县发展和改革委员会', 'development-reform'],
      ['县工业和信息化局', 'industry-it'],
      ['县司法局', 'justice'],
      ['县自然资源和规划局', 'natural-resources'],
      ['县农业农村局', 'agriculture'],
      ['县文化和旅游局', 'culture-tourism'],
    ],
  },
  { source: '000 冠县', raw: '县直各部门（单位）', units: [['县直各部门（单位）', 'all-departments']] },
  {
    source: '000 冠县',
    raw: '县自然资源和规划局、县住房和城乡建设局，各乡镇（街道）',
    units: [
      ['县自然资源和规划局', 'natural-resources'],
      ['县住房和城乡建设局', 'housing-construction'],
      ['各乡镇（街道）', 'all-townships'],
    ],
  },
  {
    source: '000 冠县',
    raw: '县教育和体育局、县卫生健康局、县水利局、县综合行政执法局、县交通运输局，县水务集团、县供电公司',
    units: [
      ['县教育和体育局', 'education'],
      ['县卫生健康局', 'health'],
      ['县水利局', 'water'],
      ['县综合行政执法局', 'urban-management'],
      ['县交通运输局', 'transport'],
      ['县水务集团', 'utilities'],
      ['县供电公司', 'utilities'],
    ],
  },
  {
    source: '000 冠县',
    raw: '县政府办公室、县教育和体育局、县卫生健康局、县水利局、县综合行政执法局、县交通运输局，县水务集团、县供电公司',
    units: [
      ['县政府办公室', 'government-office'],
      ['县教育和体育局', 'education'],
      ['县卫生健康局', 'health'],
      ['县水利局', 'water'],
      ['县综合行政执法局', 'urban-management'],
      ['县交通运输局', 'transport'],
      ['县水务集团', 'utilities'],
      ['县供电公司', 'utilities'],
    ],
  },
  {
    source: '000 冠县',
    raw: '县人力资源和社会保障局、县民政局、县行政审批服务局、县自然资源和规划局，各乡镇（街道）',
    units: [
      ['县人力资源和社会保障局', 'human-resources'],
      ['县民政局', 'civil-affairs'],
      ['县行政审批服务局', 'administrative-approval'],
      ['县自然资源和规划局', 'natural-resources'],
      ['各乡镇（街道）', 'all-townships'],
    ],
  },
  { source: '000 冠县', raw: '各乡镇（街道）', units: [['各乡镇（街道）', 'all-townships']] },
  { source: '000 冠县, 001 乐至县, 002 商河县, 003 利津县', raw: '县政府办公室', units: [['县政府办公室', 'government-office']] },
  { source: '000 冠县', raw: '各政务新媒体开设单位', units: [['各政务新媒体开设单位', 'new-media-operators']] },
  // 001 乐至县
  {
    source: '001 乐至县',
    raw: '县发展和改革局、县经济科技信息化局、县自然资源和规划局、县住房和城乡建设局、县交通运输局、县商务和经济合作局、县文化广播电视和旅游局、县卫生健康局、乐至生态环境局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县发展和改革局', 'development-reform'],
      ['县经济科技信息化局', 'industry-it'],
      ['县自然资源和规划局', 'natural-resources'],
      ['县住房和城乡建设局', 'housing-construction'],
      ['县交通运输局', 'transport'],
      ['县商务和经济合作局', 'commerce'],
      ['县文化广播电视和旅游局', 'culture-tourism'],
      ['县卫生健康局', 'health'],
      ['乐至生态环境局', 'ecology-environment'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县经济科技信息化局、县农业农村局、县商务和经济合作局、县文化广播电视和旅游局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县经济科技信息化局', 'industry-it'],
      ['县农业农村局', 'agriculture'],
      ['县商务和经济合作局', 'commerce'],
      ['县文化广播电视和旅游局', 'culture-tourism'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县发展和改革局、县经济科技信息化局、县民政局、县财政局、县商务和经济合作局、县国有资产监管和金融工作局、县市场监督管理局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县发展和改革局', 'development-reform'],
      ['县经济科技信息化局', 'industry-it'],
      ['县民政局', 'civil-affairs'],
      ['县财政局', 'finance'],
      ['县商务和经济合作局', 'commerce'],
      ['县国有资产监管和金融工作局', 'state-assets'],
      ['县市场监督管理局', 'market-regulation'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县发展和改革局、县经济科技信息化局、县财政局、县自然资源和规划局、县交通运输局、县国有资产监管和金融工作局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县发展和改革局', 'development-reform'],
      ['县经济科技信息化局', 'industry-it'],
      ['县财政局', 'finance'],
      ['县自然资源和规划局', 'natural-resources'],
      ['县交通运输局', 'transport'],
      ['县国有资产监管和金融工作局', 'state-assets'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县发展和改革局、县自然资源和规划局、县住房和城乡建设局、县交通运输局、县农业农村局、乐至生态环境局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县发展和改革局', 'development-reform'],
      ['县自然资源和规划局', 'natural-resources'],
      ['县住房和城乡建设局', 'housing-construction'],
      ['县交通运输局', 'transport'],
      ['县农业农村局', 'agriculture'],
      ['乐至生态环境局', 'ecology-environment'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县教育和体育局、县民政局、县人力资源和社会保障局、县文化广播电视和旅游局、县卫生健康局、县国有资产监管和金融工作局、县医疗保障局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县教育和体育局', 'education'],
      ['县民政局', 'civil-affairs'],
      ['县人力资源和社会保障局', 'human-resources'],
      ['县文化广播电视和旅游局', 'culture-tourism'],
      ['县卫生健康局', 'health'],
      ['县国有资产监管和金融工作局', 'state-assets'],
      ['县医疗保障局', 'medical-security'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县教育和体育局、县人力资源和社会保障局、县退役军人事务局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县教育和体育局', 'education'],
      ['县人力资源和社会保障局', 'human-resources'],
      ['县退役军人事务局', 'veterans'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县民政局、县卫生健康局、县医疗保障局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县民政局', 'civil-affairs'],
      ['县卫生健康局', 'health'],
      ['县医疗保障局', 'medical-security'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县自然资源和规划局、县水务局、县应急管理局、县气象局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县自然资源和规划局', 'natural-resources'],
      ['县水务局', 'water'],
      ['县应急管理局', 'emergency'],
      ['县气象局', 'meteorology'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县水务局、乐至生态环境局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县水务局', 'water'],
      ['乐至生态环境局', 'ecology-environment'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县民政局、县应急管理局、县医疗保障局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县民政局', 'civil-affairs'],
      ['县应急管理局', 'emergency'],
      ['县医疗保障局', 'medical-security'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县经济科技信息化局、县人力资源和社会保障局、县住房和城乡建设局、县交通运输局、县国有资产监管和金融工作局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县经济科技信息化局', 'industry-it'],
      ['县人力资源和社会保障局', 'human-resources'],
      ['县住房和城乡建设局', 'housing-construction'],
      ['县交通运输局', 'transport'],
      ['县国有资产监管和金融工作局', 'state-assets'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县政府办公室等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县政府办公室', 'government-office'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县财政局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县财政局', 'finance'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  { source: '001 乐至县', raw: '县审计局等县级部门；各乡镇人民政府、街道办事处', units: [['县审计局', 'audit'], ['等县级部门', 'all-departments'], ['各乡镇人民政府、街道办事处', 'all-townships']] },
  {
    source: '001 乐至县',
    raw: '县市场监督管理局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县市场监督管理局', 'market-regulation'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  { source: '001 乐至县', raw: '县政府办公室等县级部门', units: [['县政府办公室', 'government-office'], ['等县级部门', 'all-departments']] },
  {
    source: '001 乐至县',
    raw: '县政府办公室、县司法局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县政府办公室', 'government-office'],
      ['县司法局', 'justice'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县教育和体育局、县人力资源和社会保障局、县农业农村局、县医疗保障局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县教育和体育局', 'education'],
      ['县人力资源和社会保障局', 'human-resources'],
      ['县农业农村局', 'agriculture'],
      ['县医疗保障局', 'medical-security'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县卫生健康局、县应急管理局、县市场监督管理局、乐至生态环境局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县卫生健康局', 'health'],
      ['县应急管理局', 'emergency'],
      ['县市场监督管理局', 'market-regulation'],
      ['乐至生态环境局', 'ecology-environment'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县发展和改革局、县经济科技信息化局、县财政局、县国有资产监管和金融工作局、县市场监督管理局、县税务局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县发展和改革局', 'development-reform'],
      ['县经济科技信息化局', 'industry-it'],
      ['县财政局', 'finance'],
      ['县国有资产监管和金融工作局', 'state-assets'],
      ['县市场监督管理局', 'market-regulation'],
      ['县税务局', 'taxation'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县经济科技信息化局、县商务和经济合作局、县国有资产监管和金融工作局、县市场监督管理局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县经济科技信息化局', 'industry-it'],
      ['县商务和经济合作局', 'commerce'],
      ['县国有资产监管和金融工作局', 'state-assets'],
      ['县市场监督管理局', 'market-regulation'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县司法局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县司法局', 'justice'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  { source: '001 乐至县', raw: '县政府办公室、县行政审批局', units: [['县政府办公室', 'government-office'], ['县行政审批局', 'administrative-approval']] },
  { source: '001 乐至县', raw: '县司法局等县级部门', units: [['县司法局', 'justice'], ['等县级部门', 'all-departments']] },
  { source: '001 乐至县', raw: '县政府办公室、县司法局等县级部门', units: [['县政府办公室', 'government-office'], ['县司法局', 'justice'], ['等县级部门', 'all-departments']] },
  {
    source: '001 乐至县',
    raw: '县行政审批局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县行政审批局', 'administrative-approval'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县政府办公室、县行政审批局等县级部门；各乡镇人民政府、街道办事处',
    units: [
      ['县政府办公室', 'government-office'],
      ['县行政审批局', 'administrative-approval'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县发展和改革局、县经济科技信息化局、县教育和体育局、县民政局、县财政局、县人力资源和社会保障局、县自然资源和规划局、县住房和城乡建设局、县农业农村局、县文化广播电视和旅游局县国有资产监管和金融工作局、县市场监督管理局、等县级部门，各乡镇人民政府、街道办事处',
    units: [
      ['县发展和改革局', 'development-reform'],
      ['县经济科技信息化局', 'industry-it'],
      ['县教育和体育局', 'education'],
      ['县民政局', 'civil-affairs'],
      ['县财政局', 'finance'],
      ['县人力资源和社会保障局', 'human-resources'],
      ['县自然资源和规划局', 'natural-resources'],
      ['县住房和城乡建设局', 'housing-construction'],
      ['县农业农村局', 'agriculture'],
      ['县文化广播电视和旅游局', 'culture-tourism'],
      ['县国有资产监管和金融工作局', 'state-assets'],
      ['县市场监督管理局', 'market-regulation'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  {
    source: '001 乐至县',
    raw: '县政府办公室、县行政审批局等县级部门，各乡镇人民政府、街道办事处',
    units: [
      ['县政府办公室', 'government-office'],
      ['县行政审批局', 'administrative-approval'],
      ['等县级部门', 'all-departments'],
      ['各乡镇人民政府、街道办事处', 'all-townships'],
    ],
  },
  { source: '001 乐至县', raw: '县级政务新媒体主办单位', units: [['县级政务新媒体主办单位', 'new-media-operators']] },
  // 002 商河县
  { source: '002 商河县', raw: '县政府各部门单位', units: [['县政府各部门单位', 'all-departments']] },
  { source: '002 商河县', raw: '县发改局、县工信局、 县市场监管局', units: [['县发改局', 'development-reform'], ['县工信局', 'industry-it'], ['县市场监管局', 'market-regulation']] },
  {
    source: '002 商河县',
    raw: '县发改局、县市场监 管局、县大数据服务 中心',
    units: [
      ['县发改局', 'development-reform'],
      ['县市场监管局', 'market-regulation'],
      ['县大数据服务中心', 'big-data'],
    ],
  },
  { source: '002 商河县', raw: '县人社局、县退役军 人局', units: [['县人社局', 'human-resources'], ['县退役军人局', 'veterans']] },
  { source: '002 商河县', raw: '县教体局', units: [['县教体局', 'education']] },
  { source: '002 商河县, 003 利津县', raw: '县民政局', units: [['县民政局', 'civil-affairs']] },
  { source: '002 商河县', raw: '县住建局', units: [['县住建局', 'housing-construction']] },
  { source: '002 商河县', raw: '县司法局', units: [['县司法局', 'justice']] },
  {
    source: '002 商河县',
    raw: '县司法局、县民政局、 县住建局、县自然资 源局、县农业农村局、 县水务局、县交通运 输局、县应急局',
    units: [
      ['县司法局', 'justice'],
      ['县民政局', 'civil-affairs'],
      ['县住建局', 'housing-construction'],
      ['县自然资源局', 'natural-resources'],
      ['县农业农村局', 'agriculture'],
      ['县水务局', 'water'],
      ['县交通运输局', 'transport'],
      ['县应急局', 'emergency'],
    ],
  },
  { source: '002 商河县', raw: '各镇街、县政府各部 门单位', units: [['各镇街', 'all-townships'], ['县政府各部门单位', 'all-departments']] },
  { source: '002 商河县', raw: '各镇街、县政府各部门单位', units: [['各镇街', 'all-townships'], ['县政府各部门单位', 'all-departments']] },
  // Row 26: OCR debris in the units column (the deadline beside it is garbled too); a reviewer sets the units.
  { source: '002 商河县', raw: '1 7 早 7 少', units: [['17早7少', null]] },
  // Rows 32/33: one cell 各镇街、县政府各部门单位 broken across two table rows; the importer rejoins the rows.
  { source: '002 商河县', raw: '各镇街、县政府各部', units: [['各镇街', 'all-townships'], ['县政府各部', null]] },
  { source: '002 商河县', raw: '门单位', units: [['门单位', null]] },
  // Rows 41/42: one cell ending in 市生态环境局商河分局 broken across two table rows; rejoined it is the last 002 cell.
  {
    source: '002 商河县',
    raw: '县发改局、县教体局、 县住建局、县交通运 输局、县卫生健康局、 县水务局、市生态环',
    units: [
      ['县发改局', 'development-reform'],
      ['县教体局', 'education'],
      ['县住建局', 'housing-construction'],
      ['县交通运输局', 'transport'],
      ['县卫生健康局', 'health'],
      ['县水务局', 'water'],
      ['市生态环', null],
    ],
  },
  { source: '002 商河县', raw: '境局商河分局', units: [['境局商河分局', null]] },
  {
    source: '002 商河县',
    raw: '县发改局、县教体局、 县住建局、县交通运 输局、县卫生健康局、 县水务局、市生态环 境局商河分局',
    units: [
      ['县发改局', 'development-reform'],
      ['县教体局', 'education'],
      ['县住建局', 'housing-construction'],
      ['县交通运输局', 'transport'],
      ['县卫生健康局', 'health'],
      ['县水务局', 'water'],
      ['市生态环境局商河分局', 'ecology-environment'],
    ],
  },
  // 003 利津县
  { source: '003 利津县', raw: '县编办、县政务服务中心管理办公室', units: [['县编办', 'establishment-office'], ['县政务服务中心管理办公室', 'administrative-approval']] },
  { source: '003 利津县', raw: '县编办、县人力资源社会保障局', units: [['县编办', 'establishment-office'], ['县人力资源社会保障局', 'human-resources']] },
  {
    source: '003 利津县',
    raw: '县住房城乡建设局、县市场监督管理局（县食品药品监管局）、县旅游局、县科技局、县安监局及其他有关部门',
    units: [
      ['县住房城乡建设局', 'housing-construction'],
      ['县市场监督管理局（县食品药品监管局）', 'market-regulation'],
      ['县旅游局', 'culture-tourism'],
      ['县科技局', 'science-technology'],
      ['县安监局', 'emergency'],
      ['其他有关部门', 'all-departments'],
    ],
  },
  {
    source: '003 利津县',
    raw: '县诚信办、县发展改革委、县市场监督管理局（县食品药品监管局）',
    units: [
      ['县诚信办', 'credit-office'],
      ['县发展改革委', 'development-reform'],
      ['县市场监督管理局（县食品药品监管局）', 'market-regulation'],
    ],
  },
  { source: '003 利津县', raw: '县诚信办、县发展改革委、县电子政务中心', units: [['县诚信办', 'credit-office'], ['县发展改革委', 'development-reform'], ['县电子政务中心', 'big-data']] },
  { source: '003 利津县', raw: '县政府办公室、县政务服务中心管理办公室', units: [['县政府办公室', 'government-office'], ['县政务服务中心管理办公室', 'administrative-approval']] },
  {
    source: '003 利津县',
    raw: '县发展改革局、县经济和信息化局、县教育局、县科技局、县交通运输局、县住房城乡建设局、县文化广电新闻出版局、县卫生计生局、县财政局等',
    units: [
      ['县发展改革局', 'development-reform'],
      ['县经济和信息化局', 'industry-it'],
      ['县教育局', 'education'],
      ['县科技局', 'science-technology'],
      ['县交通运输局', 'transport'],
      ['县住房城乡建设局', 'housing-construction'],
      ['县文化广电新闻出版局', 'culture-tourism'],
      ['县卫生计生局', 'health'],
      ['县财政局', 'finance'],
    ],
  },
  { source: '003 利津县', raw: '县公安局', units: [['县公安局', 'public-security']] },
  { source: '003 利津县', raw: '县政府各有关部门', units: [['县政府各有关部门', 'all-departments']] },
  { source: '003 利津县', raw: '县发展改革局', units: [['县发展改革局', 'development-reform']] },
  { source: '003 利津县', raw: '县发展改革局、县政府有关部门', units: [['县发展改革局', 'development-reform'], ['县政府有关部门', 'all-departments']] },
  { source: '003 利津县', raw: '县财政局', units: [['县财政局', 'finance']] },
  { source: '003 利津县', raw: '县政务服务中心管理办公室', units: [['县政务服务中心管理办公室', 'administrative-approval']] },
  { source: '003 利津县', raw: '县财政局、县地税局、县国税局', units: [['县财政局', 'finance'], ['县地税局', 'taxation'], ['县国税局', 'taxation']] },
  { source: '003 利津县', raw: '县财政局、县物价办', units: [['县财政局', 'finance'], ['县物价办', 'price-office']] },
  { source: '003 利津县', raw: '县扶贫办', units: [['县扶贫办', 'rural-revitalization']] },
  { source: '003 利津县', raw: '<p>县人力资源社会保障局</p>', units: [['县人力资源社会保障局', 'human-resources']] },
  { source: '003 利津县', raw: '<p>县住房城乡建设局</p>', units: [['县住房城乡建设局', 'housing-construction']] },
  { source: '003 利津县', raw: '<p>县环保局、县政府有关部门</p>', units: [['县环保局', 'ecology-environment'], ['县政府有关部门', 'all-departments']] },
  { source: '003 利津县', raw: '<p>县教育局</p> <p>县卫生计生局</p>', units: [['县教育局', 'education'], ['县卫生计生局', 'health']] },
  { source: '003 利津县', raw: '县市场监督管理局（县食品药品监管局）', units: [['县市场监督管理局（县食品药品监管局）', 'market-regulation']] },
  { source: '003 利津县', raw: '县政府办公室、县政府各部门', units: [['县政府办公室', 'government-office'], ['县政府各部门', 'all-departments']] },
  { source: '003 利津县', raw: '县审计局', units: [['县审计局', 'audit']] },
  {
    source: '003 利津县',
    raw: '<p>县政府办公室、县法制办、县政府各部门</p>',
    units: [
      ['县政府办公室', 'government-office'],
      ['县法制办', 'justice'],
      ['县政府各部门', 'all-departments'],
    ],
  },
  {
    source: '003 利津县',
    raw: '<p>县政府办公室、县网络办、县委宣传部新闻科及各相关部门，各乡镇街道</p>',
    units: [
      ['县政府办公室', 'government-office'],
      ['县网络办', 'propaganda-cyberspace'],
      ['县委宣传部新闻科', 'propaganda-cyberspace'],
      ['各相关部门', 'all-departments'],
      ['各乡镇街道', 'all-townships'],
    ],
  },
  { source: '003 利津县', raw: '<p>县政府各部门，各乡镇街道</p>', units: [['县政府各部门', 'all-departments'], ['各乡镇街道', 'all-townships']] },
  {
    source: '003 利津县',
    raw: '<p>县政府办公室及各相关部门，各乡镇街道</p>',
    units: [
      ['县政府办公室', 'government-office'],
      ['各相关部门', 'all-departments'],
      ['各乡镇街道', 'all-townships'],
    ],
  },
  { source: '003 利津县', raw: '<p>县政府办公室</p>', units: [['县政府办公室', 'government-office']] },
  { source: '003 利津县', raw: '<p>县政府法制办</p>', units: [['县政府法制办', 'justice']] },
  {
    source: '003 利津县',
    raw: '县电子政务中心、县政府有关部门单位、有关乡镇街道',
    units: [
      ['县电子政务中心', 'big-data'],
      ['县政府有关部门单位', 'all-departments'],
      ['有关乡镇街道', 'all-townships'],
    ],
  },
  { source: '003 利津县', raw: '县民生热线综合服务中心', units: [['县民生热线综合服务中心', 'hotline-center']] },
  { source: '003 利津县', raw: '县政府各部门单位、各乡镇街道', units: [['县政府各部门单位', 'all-departments'], ['各乡镇街道', 'all-townships']] },
  { source: '003 利津县', raw: '县电子政务中心', units: [['县电子政务中心', 'big-data']] },
  { source: '003 利津县', raw: '县政府各部门、各乡镇街道', units: [['县政府各部门', 'all-departments'], ['各乡镇街道', 'all-townships']] },
  // 004 兖州区
  { source: '004 兖州区', raw: '区发展和改革局', units: [['区发展和改革局', 'development-reform']] },
  {
    source: '004 兖州区',
    raw: '区发展和改革局\n区工业和信息化局\n区商务局',
    units: [
      ['区发展和改革局', 'development-reform'],
      ['区工业和信息化局', 'industry-it'],
      ['区商务局', 'commerce'],
    ],
  },
  { source: '004 兖州区', raw: '区市场监督管理局', units: [['区市场监督管理局', 'market-regulation']] },
  { source: '004 兖州区', raw: '区财政局', units: [['区财政局', 'finance']] },
  { source: '004 兖州区', raw: '区财政局\n区民政局\n区农业农村局', units: [['区财政局', 'finance'], ['区民政局', 'civil-affairs'], ['区农业农村局', 'agriculture']] },
  { source: '004 兖州区', raw: '区委编办', units: [['区委编办', 'establishment-office']] },
  { source: '004 兖州区', raw: '区行政审批服务局', units: [['区行政审批服务局', 'administrative-approval']] },
  { source: '004 兖州区', raw: '区司法局', units: [['区司法局', 'justice']] },
  {
    source: '004 兖州区',
    raw: '区人力资源和社会保障局\n区退役军人局\n区民政局',
    units: [
      ['区人力资源和社会保障局', 'human-resources'],
      ['区退役军人局', 'veterans'],
      ['区民政局', 'civil-affairs'],
    ],
  },
  { source: '004 兖州区', raw: '区教育和体育局', units: [['区教育和体育局', 'education']] },
  { source: '004 兖州区', raw: '区生态环境分局\n区自然资源局', units: [['区生态环境分局', 'ecology-environment'], ['区自然资源局', 'natural-resources']] },
  { source: '004 兖州区', raw: '区应急管理局', units: [['区应急管理局', 'emergency']] },
  {
    source: '004 兖州区',
    raw: '区卫生健康局\n区公安局分局\n区市场监督管理局',
    units: [
      ['区卫生健康局', 'health'],
      ['区公安局分局', 'public-security'],
      ['区市场监督管理局', 'market-regulation'],
    ],
  },
  {
    source: '004 兖州区',
    raw: '区教育和体育局\n区卫生健康局\n区住房和城乡建设局\n区水务局\n区交通运输局\n区供电部',
    units: [
      ['区教育和体育局', 'education'],
      ['区卫生健康局', 'health'],
      ['区住房和城乡建设局', 'housing-construction'],
      ['区水务局', 'water'],
      ['区交通运输局', 'transport'],
      ['区供电部', 'utilities'],
    ],
  },
  { source: '004 兖州区', raw: '各镇（街道）\n区政府各部门、单位', units: [['各镇（街道）', 'all-townships'], ['区政府各部门、单位', 'all-departments']] },
  { source: '004 兖州区', raw: '区政府各部门、单位', units: [['区政府各部门、单位', 'all-departments']] },
  { source: '004 兖州区', raw: '区政府办公室\n区行政审批服务局', units: [['区政府办公室', 'government-office'], ['区行政审批服务局', 'administrative-approval']] },
  {
    source: '004 兖州区',
    raw: '区教育和体育局\n\n区人力资源和社会保障局\n区卫生健康局\n区应急管理局\n区市场监督管理局\n区地方金融监管局\n区民政局\n区生态环境分局\n区自然资源局\n区住房和城乡建设局\n区医疗保障局',
    units: [
      ['区教育和体育局', 'education'],
      ['区人力资源和社会保障局', 'human-resources'],
      ['区卫生健康局', 'health'],
      ['区应急管理局', 'emergency'],
      ['区市场监督管理局', 'market-regulation'],
      ['区地方金融监管局', 'financial-services'],
      ['区民政局', 'civil-affairs'],
      ['区生态环境分局', 'ecology-environment'],
      ['区自然资源局', 'natural-resources'],
      ['区住房和城乡建设局', 'housing-construction'],
      ['区医疗保障局', 'medical-security'],
    ],
  },
  { source: '004 兖州区', raw: '区司法局\n区政府各有关部门、单位', units: [['区司法局', 'justice'], ['区政府各有关部门、单位', 'all-departments']] },
  {
    source: '004 兖州区',
    raw: '各镇（街道）\n区行政审批服务局\n区自然资源局\n区教育和体育局\n区卫生健康局\n区应急管理局',
    units: [
      ['各镇（街道）', 'all-townships'],
      ['区行政审批服务局', 'administrative-approval'],
      ['区自然资源局', 'natural-resources'],
      ['区教育和体育局', 'education'],
      ['区卫生健康局', 'health'],
      ['区应急管理局', 'emergency'],
    ],
  },
  { source: '004 兖州区', raw: '区政府办公室', units: [['区政府办公室', 'government-office']] },
  {
    source: '004 兖州区',
    raw: '各镇（街道）\n区教育和体育局\n区民政局\n区司法局\n区财政局\n区人力资源和社会保障局\n区自然资源局\n区住房和城乡建设局\n区农业农村局\n区文化和旅游局\n区卫生健康局\n区应急管理局\n区行政审批服务局\n区市场监督管理局\n区综合行政执法局\n区公共资源交易分中心\n区扶贫办\n区公安分局\n区生态环境分局\n区税务局',
    units: [
      ['各镇（街道）', 'all-townships'],
      ['区教育和体育局', 'education'],
      ['区民政局', 'civil-affairs'],
      ['区司法局', 'justice'],
      ['区财政局', 'finance'],
      ['区人力资源和社会保障局', 'human-resources'],
      ['区自然资源局', 'natural-resources'],
      ['区住房和城乡建设局', 'housing-construction'],
      ['区农业农村局', 'agriculture'],
      ['区文化和旅游局', 'culture-tourism'],
      ['区卫生健康局', 'health'],
      ['区应急管理局', 'emergency'],
      ['区行政审批服务局', 'administrative-approval'],
      ['区市场监督管理局', 'market-regulation'],
      ['区综合行政执法局', 'urban-management'],
      ['区公共资源交易分中心', 'public-resources-trading'],
      ['区扶贫办', 'rural-revitalization'],
      ['区公安分局', 'public-security'],
      ['区生态环境分局', 'ecology-environment'],
      ['区税务局', 'taxation'],
    ],
  },
  { source: '004 兖州区', raw: '各镇（街道）\n\n区政府各部门、单位', units: [['各镇（街道）', 'all-townships'], ['区政府各部门、单位', 'all-departments']] },
];

describe('the unit cells of the five source notices', () => {
  it('are all here, and none twice', () => {
    expect(CORPUS.length).toBe(131);
    expect(new Set(CORPUS.map((c) => c.raw)).size).toBe(CORPUS.length);
  });

  for (const [i, cell] of CORPUS.entries()) {
    const short = cell.raw.replace(/\s+/g, ' ').slice(0, 24);
    it(`${cell.source} cell ${i + 1} «${short}${cell.raw.length > 24 ? '…' : ''}» splits into ${cell.units.length} units mapped as expected`, () => {
      const units = splitUnits(cell.raw);
      expect(units.map((u) => u.name)).toEqual(cell.units.map(([name]) => name));
      expect(units.every((u) => u.role === 'responsible')).toBe(true);
      expect(units.map((u) => idOf(u.name))).toEqual(cell.units.map(([, id]) => id));
    });
  }

  it('leave unmapped only the extraction debris of the 商河 table', () => {
    const unmapped = CORPUS.flatMap((c) => c.units.filter(([, id]) => id === null).map(([name]) => name));
    expect(unmapped.sort()).toEqual(['17早7少', '县政府各部', '境局商河分局', '市生态环', '门单位'].sort());
  });
});

describe('units of counties outside the corpus', () => {
  it('mapUnit peels off any county name before a bureau name', () => {
    expect(mapUnit('兰陵县人力资源和社会保障局', registry)?.department).toBe('human-resources');
    expect(mapUnit('莘县教育和体育局', registry)?.department).toBe('education');
    expect(mapUnit('中共兰陵县委宣传部', registry)?.department).toBe('propaganda-cyberspace');
    expect(mapUnit('兰陵县公安局', registry)?.department).toBe('public-security');
  });

  it('mapUnit still refuses a bureau the codebook does not have', () => {
    expect(mapUnit('兰陵县统计局', registry)).toBeNull();
  });

  it('splitUnits splits two units run together when the second starts with its county name', () => {
    expect(splitUnits('兰陵县教育和体育局、兰陵县卫生健康局兰陵县财政局').map((u) => u.name)).toEqual(['兰陵县教育和体育局', '兰陵县卫生健康局', '兰陵县财政局']);
  });

  it('splitUnits keeps a branch named after its county whole', () => {
    expect(splitUnits('临沂市生态环境局兰陵分局').map((u) => u.name)).toEqual(['临沂市生态环境局兰陵分局']);
  });
});
