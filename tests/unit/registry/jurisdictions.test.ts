import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findJurisdiction, parseJurisdictionsCsv } from '../../../src/lib/registry/jurisdictions.ts';

const registry = parseJurisdictionsCsv(readFileSync('content/registry/jurisdictions.csv', 'utf8'));
const codeOf = (text: string) => findJurisdiction(text, registry)?.jurisdiction.code ?? null;

describe('the jurisdictions registry', () => {
  it('holds every county-level division with a unique pinyin slug', () => {
    expect(registry.length).toBe(2978);
    expect(new Set(registry.map((j) => j.slug)).size).toBe(registry.length);
    expect(new Set(registry.map((j) => j.code)).size).toBe(registry.length);
  });

  it('holds the five counties of the bundled notices with the slugs their URLs use', () => {
    const byCode = new Map(registry.map((j) => [j.code, j]));
    expect(byCode.get('371525')).toEqual({ code: '371525', name: '冠县', prefecture: '聊城市', province: '山东省', slug: 'guanxian' });
    expect(byCode.get('512022')).toEqual({ code: '512022', name: '乐至县', prefecture: '资阳市', province: '四川省', slug: 'lezhi' });
    expect(byCode.get('370126')).toEqual({ code: '370126', name: '商河县', prefecture: '济南市', province: '山东省', slug: 'shanghe' });
    expect(byCode.get('370522')).toEqual({ code: '370522', name: '利津县', prefecture: '东营市', province: '山东省', slug: 'lijin' });
    expect(byCode.get('370812')).toEqual({ code: '370812', name: '兖州区', prefecture: '济宁市', province: '山东省', slug: 'yanzhou' });
  });

  it('gives municipalities’ districts their municipality as prefecture', () => {
    expect(registry.find((j) => j.code === '110105')).toMatchObject({ name: '朝阳区', prefecture: '北京市', province: '北京市' });
  });

  it('parseJurisdictionsCsv names the line and field of a bad row', () => {
    expect(() => parseJurisdictionsCsv('code,name,prefecture,province,slug\n371525,冠县,聊城市,山东省,guanxian\n37152,莘县,聊城市,山东省,shenxian\n')).toThrow(/jurisdictions\.csv:3: field code: expected a six-digit/);
    expect(() => parseJurisdictionsCsv('code,name\n')).toThrow(/:1: expected the header/);
    expect(() => parseJurisdictionsCsv('code,name,prefecture,province,slug\n371525,冠县,聊城市,山东省,guanxian\n371526,冠县2,聊城市,山东省,guanxian\n')).toThrow(/:3: duplicate slug guanxian/);
  });
});

describe('findJurisdiction', () => {
  it('finds the county of an issuing office', () => {
    expect(codeOf('冠县人民政府办公室')).toBe('371525');
    expect(codeOf('乐至县人民政府办公室')).toBe('512022');
    expect(codeOf('济宁市兖州区人民政府办公室')).toBe('370812');
    expect(codeOf('济南市商河县人民政府')).toBe('370126');
  });

  it('settles a name several prefectures share only when the text names the prefecture', () => {
    expect(registry.filter((j) => j.name === '鼓楼区').length).toBeGreaterThan(1);
    expect(codeOf('鼓楼区人民政府办公室')).toBeNull();
    expect(findJurisdiction('南京市鼓楼区人民政府办公室', registry)?.jurisdiction).toMatchObject({ name: '鼓楼区', prefecture: '南京市' });
  });

  it('does not take a prefecture-level office for a county', () => {
    expect(codeOf('聊城市人民政府办公室')).toBeNull();
  });
});
