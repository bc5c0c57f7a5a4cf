/** Place-name slots of the synthetic corpus (src/lib/synth/places.ts) and its seeded random source. */
import { describe, expect, it } from 'vitest';
import { fillTemplate, fillYears, placeForms, toTemplate, yearsToTemplate } from '../../../src/lib/synth/places.ts';
import { createRandom } from '../../../src/lib/synth/random.ts';
import { registries } from '../../helpers.ts';

const jurisdiction = (code: string) => registries.jurisdictions.find((j) => j.code === code)!;
const guanxian = jurisdiction('371525');
const yanzhou = jurisdiction('370812');

describe('toTemplate and fillTemplate', () => {
  it('turn 冠县人民政府网 and 全县 into 兖州区人民政府网 and 全区', () => {
    const template = toTemplate('综合利用冠县人民政府网，全县各部门、县直单位', guanxian);
    expect(template).toBe('综合利用{county}人民政府网，全{t}各部门、{t}直单位');
    expect(fillTemplate(template, placeForms(yanzhou))).toBe('综合利用兖州区人民政府网，全区各部门、区直单位');
  });

  it('replace the longest name first: 济宁市兖州区 and 济宁12345 both keep their prefecture', () => {
    expect(toTemplate('济宁市兖州区，济宁12345热线，山东省', yanzhou)).toBe('{prefecture}{county}，{prefectureShort}12345热线，{province}');
  });

  it('leave 区域 alone, since only the words built on the type character are slots', () => {
    expect(toTemplate('区域环境数据', yanzhou)).toBe('区域环境数据');
  });
});

describe('yearsToTemplate and fillYears', () => {
  it('move the years with the plan year and leave other numbers', () => {
    const template = yearsToTemplate('2023年12月底前，川办函〔2022〕89号，12345热线', 2023);
    expect(template).toBe('{y}年12月底前，川办函〔{y-1}〕89号，12345热线');
    expect(fillYears(template, 2018)).toBe('2018年12月底前，川办函〔2017〕89号，12345热线');
  });
});

describe('createRandom', () => {
  it('gives the same sequence for the same seed, and forks that do not depend on use', () => {
    const a = createRandom('s');
    const b = createRandom('s');
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
    expect(a.fork('x').next()).toBe(createRandom('s').fork('x').next());
    expect(createRandom('t').next()).not.toBe(createRandom('s').next());
  });
});
