import { describe, expect, it } from 'vitest';
import { buildBulletin, renderBulletinHtml } from './bulletin.js';
import { measureAgency } from './measure.js';
import { DEFAULT_SCORING_PROFILE } from './profile.js';
import { scoreAgencies } from './score.js';
import { department, TODAY } from './test-support/fixtures.js';

describe('通报', () => {
  const assessment = scoreAgencies(
    [
      measureAgency(department(), { year: 2026, today: TODAY }),
      measureAgency(
        {
          agencyId: 'town',
          name: '示范镇<人民政府>',
          level: 'township',
          appeals: [{ kind: 'litigation', result: 'upheld' }],
        },
        { year: 2026, today: TODAY },
      ),
    ],
    DEFAULT_SCORING_PROFILE,
  );
  const bulletin = buildBulletin(assessment, {
    issuer: '示范县人民政府办公室',
    issuedOn: '2027-02-10',
    fixBy: '2027-03-10',
  });

  it('ranks the agencies, lists each one’s problems worst first with examples, and sets the deadline', () => {
    expect(bulletin.title).toBe('关于2026年度政务公开工作考核情况的通报');
    expect(bulletin.opening).toContain('《中华人民共和国政府信息公开条例》第四十六条、第四十七条');
    expect(bulletin.ranking).toEqual([
      { rank: 1, name: '示范镇<人民政府>', score: 100 },
      { rank: 2, name: '示范县教育局', score: 64.44 },
    ]);
    expect(bulletin.agencies).toHaveLength(1);
    const problems = bulletin.agencies[0]?.problems ?? [];
    // Points lost on the 100-point scale: 6 of 15 on overdue requests × 100/75.
    expect(problems.map((p) => [p.indicator, p.lost])).toEqual(
      [
        ['年度报告按期公布', 6.67],
        ['主动公开事项有内容（栏目完整）', 8.89],
        ['依申请公开按期答复', 8],
        ['年度报告数据勾稽一致', 5.33],
        ['行政复议、行政诉讼被纠错', 2.67],
        ['主动公开按时发布', 1.33],
        ['周期性事项按期更新', 1.33],
        ['政策文件与解读同步', 1.33],
      ].sort((a, b) => (b[1] as number) - (a[1] as number)),
    );
    expect(problems.find((p) => p.indicator === '依申请公开按期答复')).toMatchObject({
      summary: '3件申请中2处不符合要求',
      examples: [{ subject: 'c2' }, { subject: 'c3' }],
    });
    expect(bulletin.closing).toBe('请上述单位对照问题逐项整改，于 2027-03-10 前将整改情况报示范县人民政府办公室。');
  });

  it('renders HTML with every text escaped', () => {
    const html = renderBulletinHtml(bulletin);
    expect(html).toContain('<td>示范镇&lt;人民政府&gt;</td><td>100.00</td>');
    expect(html).not.toContain('<人民政府>');
    expect(html).toContain('依申请公开按期答复（扣 8.00 分）：3件申请中2处不符合要求。');
  });

  it('refuses dates it cannot read', () => {
    expect(() => buildBulletin(assessment, { issuer: 'x', issuedOn: '2027-02-30', fixBy: '2027-03-10' })).toThrow(
      '考核日期“2027-02-30”无效',
    );
  });
});
