import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../src/lib/normalize/targets.ts';

describe('findTargets', () => {
  it('reads counts with their words as printed', () => {
    expect(findTargets('2023 年邀请公众代表列席政府常务会议不少于 10 次，列席代表的意见')).toEqual([{ text: '不少于 10 次', kind: 'count', value: 10, unit: '次' }]);
    expect(findTargets('各部门单位解读重要政策性文件原则上至少采用5种解读形式')).toEqual([{ text: '至少采用5种', kind: 'count', value: 5, unit: '种' }]);
  });

  it('reads Chinese numerals', () => {
    expect(findTargets('县电子政务中心年内举办一次培训班')).toEqual([{ text: '举办一次', kind: 'count', value: 1, unit: '次' }]);
    expect(findTargets('年内至少听取一次政务公开工作汇报')).toEqual([{ text: '至少听取一次', kind: 'count', value: 1, unit: '次' }]);
  });

  it('keeps the count, not the frequency, of 每年至少开展1次', () => {
    expect(findTargets('原则上每年至少开展 1 次专题性政策评价。')).toEqual([{ text: '至少开展 1 次', kind: 'count', value: 1, unit: '次' }]);
  });

  it('reads shares', () => {
    expect(findTargets('多元化解读比例不得低于50%')).toEqual([{ text: '不得低于50%', kind: 'share', value: 50, unit: '%' }]);
    expect(findTargets('所占分值权重不应低于4%。')).toEqual([{ text: '不应低于4%', kind: 'share', value: 4, unit: '%' }]);
    expect(findTargets('2023年底前实现一级标准率达到100%。')).toEqual([{ text: '达到100%', kind: 'share', value: 100, unit: '%' }]);
  });

  it('reads time limits', () => {
    expect(findTargets('决策文件出台后的 10 个工作日内')).toEqual([{ text: '10 个工作日内', kind: 'time-limit', value: 10, unit: '工作日' }]);
    expect(findTargets('应在24小时内举行新闻发布会')).toEqual([{ text: '24小时内', kind: 'time-limit', value: 24, unit: '小时' }]);
    expect(findTargets('征求意见结束后，1个月内发布意见采纳情况')).toEqual([{ text: '1个月内', kind: 'time-limit', value: 1, unit: '个月' }]);
  });

  it('reads a frequency', () => {
    expect(findTargets('自 2016 年起每季度应向社会公开饮用水水源水质')).toEqual([{ text: '每季度', kind: 'frequency', value: 1, unit: '季度' }]);
  });

  it('finds several targets in order', () => {
    expect(findTargets('对重大突发事件，应在5小时内发布权威信息，24小时内举行新闻发布会。').map((t) => t.text)).toEqual(['5小时内', '24小时内']);
  });

  it('does not read years, ordinals, hotline numbers or scope counts as targets', () => {
    expect(findTargets('支持互联网协议第6版')).toEqual([]);
    expect(findTargets('济宁12345政务服务便民热线')).toEqual([]);
    expect(findTargets('公布9类困难群众救助标准')).toEqual([]);
    expect(findTargets('《重大行政决策程序暂行条例》（国务院令第713号）')).toEqual([]);
    expect(findTargets('2023年邀请公众代表')).toEqual([]);
    expect(findTargets('每年度报告')).toEqual([]);
  });
});
