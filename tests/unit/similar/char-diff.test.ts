import { describe, expect, it } from 'vitest';
import { charDiff, diffCounts, diffSide } from '../../../src/lib/similar/char-diff.ts';

const marked = (a: string, b: string) => charDiff(a, b).map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');

describe('charDiff', () => {
  it('marks the two characters 冠县 adds to the overdue-payments task of 商河县', () => {
    const guanxian = '深入落实逾期未支付中小企业账款强制披露制度，严格按照规定时限公开上年度逾期尚未支付中小企业款项的合同数量、金额等信息。';
    const shanghe = guanxian.slice(2);
    expect(marked(guanxian, shanghe)).toBe(`[-深入-]${shanghe}`);
    expect(diffCounts(charDiff(guanxian, shanghe))).toEqual({ removed: 2, added: 0, same: shanghe.length });
  });

  it('marks a clause added in front as one run', () => {
    expect(marked('推进义务教育“双减”信息公开。', '做好教育信息公开，推进义务教育“双减”信息公开。')).toBe('{+做好教育信息公开，+}推进义务教育“双减”信息公开。');
  });

  it('folds a lone unchanged character between two changes into them', () => {
    // A minimal diff keeps 的 as unchanged between two rewritten stretches.
    expect(marked('甲乙的丙丁', '戊己的庚辛')).toBe('[-甲乙的丙丁-]{+戊己的庚辛+}');
  });

  it('gives back each text from its side', () => {
    const a = '加大适龄儿童入学政策的宣传和解读力度';
    const b = '加大对适龄儿童入学政策的宣传解读力度';
    const parts = charDiff(a, b);
    expect(diffSide(parts, 'a').map((s) => s.text).join('')).toBe(a);
    expect(diffSide(parts, 'b').map((s) => s.text).join('')).toBe(b);
    expect(diffSide(parts, 'b').filter((s) => s.changed).map((s) => s.text)).toEqual(['对']);
  });
});
