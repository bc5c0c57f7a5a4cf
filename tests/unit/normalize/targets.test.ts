import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../src/lib/normalize/targets.ts';
import type { Target } from '../../../src/schemas/task.ts';

const count = (text: string, value: number, unit: string): Target => ({ text, kind: 'count', value, unit });
const share = (text: string, value: number): Target => ({ text, kind: 'share', value, unit: '%' });
const within = (text: string, value: number, unit: string): Target => ({ text, kind: 'time-limit', value, unit });
const every = (text: string, unit: string, value = 1): Target => ({ text, kind: 'frequency', value, unit });

/** The raw notice, to check that a "real" example is printed there as quoted. */
const source = (file: string) => readFileSync(new URL(`../../../content/sources/${file}`, import.meta.url), 'utf8');

describe('findTargets: counts', () => {
  it.each([
    ['不少于10次', count('不少于10次', 10, '次')],
    ['不少于 10 次', count('不少于 10 次', 10, '次')],
    ['至少1次', count('至少1次', 1, '次')],
    ['至少组织 1 次', count('至少组织 1 次', 1, '次')],
    ['至少采用5种解读形式', count('至少采用5种', 5, '种')],
    ['不低于5场新闻发布会', count('不低于5场', 5, '场')],
    ['不少于十二次', count('不少于十二次', 12, '次')],
    ['至少16个', count('至少16个', 16, '个')],
    ['至少一名专职人员', count('至少一名', 1, '名')],
  ])('findTargets reads the count in %s', (text, expected) => {
    expect(findTargets(text)).toEqual([expected]);
  });

  it('findTargets reads 一次 after a verb as a count of 1 次, the text being the number and measure word', () => {
    expect(findTargets('县电子政务中心年内举办一次培训班')).toEqual([count('一次', 1, '次')]);
  });

  it('findTargets reads the Chinese numerals 两 and 三 in a count', () => {
    expect(findTargets('每年召开两次联席会议')).toEqual([count('两次', 2, '次')]);
    expect(findTargets('组织三场发布会')).toEqual([count('三场', 3, '场')]);
  });

  it('findTargets reads Arabic digits of times without a quantifier', () => {
    expect(findTargets('全年开展2次专项检查')).toEqual([count('2次', 2, '次')]);
  });

  it('findTargets keeps only the count of 每年至少开展1次, folding the frequency into it', () => {
    expect(findTargets('每年至少开展1次专项检查')).toEqual([count('至少开展1次', 1, '次')]);
  });

  it('findTargets folds 每月 into the count of 每月更新一次', () => {
    expect(findTargets('每月更新一次数据')).toEqual([count('一次', 1, '次')]);
  });

  it('findTargets keeps both the frequency and the count of 每两年开展一次', () => {
    expect(findTargets('每两年开展一次评估')).toEqual([every('每两年', '年', 2), count('一次', 1, '次')]);
  });

  it('findTargets reads a quantified count rather than its verb-only part', () => {
    expect(findTargets('年内至少听取一次政务公开工作汇报')).toEqual([count('至少听取一次', 1, '次')]);
  });
});

describe('findTargets: shares', () => {
  it.each([
    ['50%', share('50%', 50)],
    ['100%', share('100%', 100)],
    ['多元化解读比例不得低于50%', share('不得低于50%', 50)],
    ['所占分值权重不应低于4%。', share('不应低于4%', 4)],
    ['一级标准率达到100%。', share('达到100%', 100)],
    ['满意度达到９０％', share('达到９０％', 90)],
    ['办结率90%以上', share('90%以上', 90)],
    ['占比 12.5 %', share('12.5 %', 12.5)],
    ['比例不低于百分之五十', share('不低于百分之五十', 50)],
  ])('findTargets reads the share in %s', (text, expected) => {
    expect(findTargets(text)).toEqual([expected]);
  });
});

describe('findTargets: time limits', () => {
  it.each([
    ['10个工作日内', within('10个工作日内', 10, '工作日')],
    ['决策文件出台后的 10 个工作日内', within('10 个工作日内', 10, '工作日')],
    ['5个工作日内', within('5个工作日内', 5, '工作日')],
    ['应在24小时内举行新闻发布会', within('24小时内', 24, '小时')],
    ['１２小时内', within('１２小时内', 12, '小时')],
    ['1个月内发布意见采纳情况', within('1个月内', 1, '个月')],
    ['30个工作日内', within('30个工作日内', 30, '工作日')],
    ['3年内', within('3年内', 3, '年')],
    ['收到申请后15日内答复', within('15日内', 15, '日')],
    ['两年内', within('两年内', 2, '年')],
    ['半年内', within('半年内', 0.5, '年')],
    ['7天以内', within('7天以内', 7, '天')],
  ])('findTargets reads the time limit in %s', (text, expected) => {
    expect(findTargets(text)).toEqual([expected]);
  });

  it('findTargets does not read a year, a month name or a date as a time limit', () => {
    expect(findTargets('2023年内完成')).toEqual([]);
    expect(findTargets('12月内完成')).toEqual([]);
    expect(findTargets('8月15日内报送')).toEqual([]);
    expect(findTargets('上半年内完成')).toEqual([]);
  });

  it('findTargets does not read a minimum period without 内 as a target', () => {
    expect(findTargets('公示期不少于5个工作日')).toEqual([]);
  });
});

describe('findTargets: frequencies', () => {
  it.each([
    ['自 2016 年起每季度应向社会公开饮用水水源水质', every('每季度', '季度')],
    ['每月更新数据', every('每月', '月')],
    ['每年发布信息公开年度报告', every('每年', '年')],
    ['每年6月底前公开', every('每年', '年')],
    ['每周调度', every('每周', '周')],
    ['每半年通报', every('每半年', '半年')],
  ])('findTargets reads the frequency in %s', (text, expected) => {
    expect(findTargets(text)).toEqual([expected]);
  });

  it('findTargets does not read 每年度, 每月度 or 每年的 as a frequency', () => {
    expect(findTargets('编制每年度报告')).toEqual([]);
    expect(findTargets('汇总每月度数据')).toEqual([]);
    expect(findTargets('每年的工作要点')).toEqual([]);
    expect(findTargets('每年')).toEqual([]);
  });
});

describe('findTargets: what is not a target', () => {
  it.each([
    ['an ordinal version', '确保区政府门户网站支持互联网协议第6版'],
    ['a year', '2023年邀请公众代表'],
    ['a hotline number', '济宁12345政务服务便民热线'],
    ['a decree number', '《重大行政决策程序暂行条例》（国务院令第713号）'],
    ['an item number', '（3）及时公布规范性文件清理目录'],
    ['a count of categories', '公布9类困难群众救助标准'],
    ['the size of a list of fields', '社会救助等16个重点领域信息公开'],
    ['a named policy package', '“十条”政策落实情况'],
    ['an ordinal time', '第2次会议'],
    ['一次性', '实行一次性告知'],
    ['新一轮', '新一轮“四减四增”行动'],
    ['a project phase', '1期工程'],
    ['a deadline', '9月底前实现统一查询'],
  ])('findTargets finds nothing in %s', (_, text) => {
    expect(findTargets(text)).toEqual([]);
  });
});

describe('findTargets: several targets', () => {
  it('findTargets lists targets in order of appearance', () => {
    expect(findTargets('对重大突发事件，应在5小时内发布权威信息，24小时内举行新闻发布会。')).toEqual([within('5小时内', 5, '小时'), within('24小时内', 24, '小时')]);
  });

  it('findTargets keeps the longest of overlapping matches', () => {
    // 至少开展 1 次 contains the bare count 1 次; 不得低于50% contains 50%.
    expect(findTargets('至少开展 1 次，比例不得低于50%')).toEqual([count('至少开展 1 次', 1, '次'), share('不得低于50%', 50)]);
  });

  it('findTargets mixes kinds in one requirement', () => {
    expect(findTargets('按照3年内对全县政务公开工作人员轮训一遍的要求,县电子政务中心年内举办一次培训班')).toEqual([
      within('3年内', 3, '年'),
      count('一遍', 1, '遍'),
      count('一次', 1, '次'),
    ]);
  });

  it('findTargets returns an empty list for a text without numbers', () => {
    expect(findTargets('加强改善生态环境质量信息公开。')).toEqual([]);
  });
});

describe('findTargets on real requirement texts', () => {
  it.each([
    ['guanxian-2023-15.txt', '决策文件出台后的 10 个工作日内，决策承办单位', [within('10 个工作日内', 10, '工作日')]],
    ['guanxian-2023-15.txt', '2023 年邀请公众代表列席政府常务会议不少于 10 次，列席代表的意见', [count('不少于 10 次', 10, '次')]],
    ['guanxian-2023-15.txt', '原则上每年至少开展 1 次专题性政策评价。', [count('至少开展 1 次', 1, '次')]],
    ['guanxian-2023-15.txt', '每年至少召开1次会议研究解决重点难点问题。', [count('至少召开1次', 1, '次')]],
    ['guanxian-2023-15.txt', '各级、各部门每年至少组织 1 次政务公开专题培训', [count('至少组织 1 次', 1, '次')]],
    ['lezhi-2023-15.txt', '每年至少开展1次专项检查。', [count('至少开展1次', 1, '次')]],
    ['lezhi-2023-15.txt', '公开征求群众意见结束后，1个月内发布意见采纳情况', [within('1个月内', 1, '个月')]],
    ['lezhi-2023-15.txt', '多元化解读比例不得低于50%', [share('不得低于50%', 50)]],
    ['lezhi-2023-15.txt', '2023年底前实现一级标准率达到100%。', [share('达到100%', 100)]],
    ['lezhi-2023-15.txt', '公共文化服务、社会救助等16个重点领域信息公开', []],
    ['shanghe-2023-2.txt', '县级政府年内邀请公众代表列席政府常务会议不少于5次,', [count('不少于5次', 5, '次')]],
    ['shanghe-2023-2.txt', '原则上至少采用5种解读形式。', [count('至少采用5种', 5, '种')]],
    ['shanghe-2023-2.txt', '决策文件出台后10个工作日内将前期意见的收集', [within('10个工作日内', 10, '工作日')]],
    ['shanghe-2023-2.txt', '公布9类困难群众救助标准', []],
    ['lijin-2016-27.txt', '自 2016 年起每季度应向社会公开饮用水水源', [every('每季度', '季度')]],
    ['lijin-2016-27.txt', '每年发布信息公开年度报告。', [every('每年', '年')]],
    ['lijin-2016-27.txt', '在政策出台之日起5个工作日内将政策解读方案送县法制办审核，并在政策解读方案审核通过后5个工作日内组织解读。', [within('5个工作日内', 5, '工作日'), within('5个工作日内', 5, '工作日')]],
    ['lijin-2016-27.txt', '年内解读重要政策措施不少于1次。', [count('不少于1次', 1, '次')]],
    ['lijin-2016-27.txt', '应在24小时内举行新闻发布会。', [within('24小时内', 24, '小时')]],
    ['lijin-2016-27.txt', '年内至少听取一次政务公开工作汇报', [count('至少听取一次', 1, '次')]],
    ['lijin-2016-27.txt', '所占分值权重不应低于4%。', [share('不应低于4%', 4)]],
    ['lijin-2016-27.txt', '要在30个工作日内制定具体实施方案', [within('30个工作日内', 30, '工作日')]],
    ['lijin-2016-27.txt', '县电子政务中心年内举办一次培训班', [count('一次', 1, '次')]],
    ['yanzhou-2021-20.txt', '济宁12345政务服务便民热线', []],
    ['yanzhou-2021-20.txt', '《重大行政决策程序暂行条例》（国务院令第713号）', []],
  ] as const)('findTargets reads the text printed in %s: "%s"', (file, text, expected) => {
    expect(source(file)).toContain(text);
    expect(findTargets(text)).toEqual(expected);
  });
});
