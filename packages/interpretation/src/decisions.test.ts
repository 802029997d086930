import { formatCitation } from '@gk/core';
import { describe, expect, it } from 'vitest';
import type { Consultation } from './consultation.js';
import type { MajorDecisionCatalogue } from './decisions.js';
import { checkDecisionCatalogue } from './decisions.js';
import { checkMeetingAttendance, checkProposalReplies, summarizeProposals } from './proposals.js';

const consultation: Consultation = {
  id: 'c1',
  title: '示范县城区停车收费管理办法（征求意见稿）',
  publishedOn: '2026-03-01',
  materialsPublished: true,
  endsOn: '2026-03-31',
  channels: ['政府网站'],
  comments: [{ receivedOn: '2026-03-10', adopted: true }],
  feedback: { publishedOn: '2026-04-10', summary: '采纳 1 条' },
  decidedOn: '2026-04-20',
};

const catalogue = (decisions: MajorDecisionCatalogue['decisions'], publishedOn?: string): MajorDecisionCatalogue => ({
  year: 2026,
  body: '示范县人民政府',
  ...(publishedOn === undefined ? {} : { publishedOn }),
  decisions,
});

const describeAll = (findings: ReturnType<typeof checkDecisionCatalogue>) =>
  findings.map((f) => [
    f.subject,
    f.message,
    f.citation === undefined ? f.source?.slice(0, 6) : formatCitation(f.citation),
  ]);

describe('checkDecisionCatalogue', () => {
  it('passes a decision consulted on for 30 days, decided and published in time', () => {
    const findings = checkDecisionCatalogue(
      catalogue(
        [
          {
            id: 'd1',
            title: '城区停车收费管理办法',
            category: 'publicPolicy',
            sponsor: '示范县发展和改革局',
            consultationId: 'c1',
            decidedOn: '2026-04-20',
            publishedOn: '2026-04-25',
          },
        ],
        '2026-02-01',
      ),
      { today: '2026-06-01', consultations: [consultation] },
    );
    expect(findings).toEqual([]);
  });

  it('reports an unpublished catalogue, a decision nobody was heard on, a hearing without materials and a late publication', () => {
    const findings = checkDecisionCatalogue(
      catalogue([
        {
          id: 'd2',
          title: '示范县国土空间总体规划',
          category: 'plan',
          sponsor: '示范县自然资源局',
          decidedOn: '2026-05-01',
        },
        {
          id: 'd3',
          title: '城区供水价格调整',
          category: 'publicPolicy',
          sponsor: '示范县发展和改革局',
          hearing: { heldOn: '2026-05-10' },
          decidedOn: '2026-05-20',
          publishedOn: '2026-06-30',
        },
        {
          id: 'd4',
          title: '某涉密事项',
          category: 'other',
          sponsor: '某单位',
          notDisclosed: { reason: '涉及国家秘密' },
        },
        {
          id: 'd5',
          title: '县医院迁建项目',
          category: 'project',
          sponsor: '示范县卫生健康局',
          consultationId: 'missing',
        },
      ]),
      { today: '2026-06-01', consultations: [] },
    );
    expect(describeAll(findings)).toEqual([
      ['2026年度重大行政决策事项目录', '年度重大行政决策事项目录尚未向社会公布', '本地实施方案'],
      [
        '示范县国土空间总体规划',
        '没有听取社会公众意见的记录（公开征求意见、听证会、座谈会等）',
        '《重大行政决策程序暂行条例》第十四条第一款',
      ],
      ['示范县国土空间总体规划', '决策已于 2026-05-01 作出，20 日内尚未公布', '《重大行政决策程序暂行条例》第三十二条'],
      [
        '城区供水价格调整',
        '听证会（2026-05-10）前没有公布决策草案及其说明等材料',
        '《重大行政决策程序暂行条例》第十六条第二款',
      ],
      [
        '城区供水价格调整',
        '决策于 2026-05-20 作出，2026-06-30 才公布，超过 20 日',
        '《重大行政决策程序暂行条例》第三十二条',
      ],
      ['县医院迁建项目', '关联的征求意见“missing”不存在', '《重大行政决策程序暂行条例》第十四条第一款'],
      [
        '县医院迁建项目',
        '没有听取社会公众意见的记录（公开征求意见、听证会、座谈会等）',
        '《重大行政决策程序暂行条例》第十四条第一款',
      ],
    ]);
  });

  it('carries the linked consultation’s own findings (a period under 30 days)', () => {
    const short: Consultation = { ...consultation, endsOn: '2026-03-15' };
    const findings = checkDecisionCatalogue(
      catalogue(
        [{ id: 'd1', title: '办法', category: 'publicPolicy', sponsor: '局', consultationId: 'c1' }],
        '2026-02-01',
      ),
      { today: '2026-06-01', consultations: [short] },
    );
    expect(findings.map((f) => (f.citation === undefined ? '' : formatCitation(f.citation)))).toContain(
      '《重大行政决策程序暂行条例》第十五条',
    );
  });
});

describe('建议提案复文 and 列席', () => {
  it('flags a reply of public interest left unpublished past the period, and counts the year', () => {
    const replies = [
      {
        id: 'r1',
        kind: 'npcSuggestion',
        number: '第3号',
        title: '关于增设公交线路的建议',
        handledBy: '交通运输局',
        repliedOn: '2026-05-01',
        publicInterest: true,
        publishedOn: '2026-05-10',
        result: 'A',
      },
      {
        id: 'r2',
        kind: 'cppccProposal',
        number: '第8号',
        title: '关于老旧小区加装电梯的提案',
        handledBy: '住建局',
        repliedOn: '2026-05-01',
        publicInterest: true,
        result: 'B',
      },
      {
        id: 'r3',
        kind: 'cppccProposal',
        number: '第9号',
        title: '关于某企业用地的提案',
        handledBy: '自然资源局',
        repliedOn: '2026-05-01',
        publicInterest: true,
        withheldReason: '涉及商业秘密',
      },
      {
        id: 'r4',
        kind: 'npcSuggestion',
        number: '第5号',
        title: '关于个人事项的建议',
        handledBy: '民政局',
        repliedOn: '2026-05-01',
        publicInterest: false,
      },
    ] as const;
    const findings = checkProposalReplies(replies, { today: '2026-06-01' });
    expect(findings.map((f) => [f.subject, f.message])).toEqual([
      ['政协委员提案第8号', '涉及公共利益、群众广泛关注的复文尚未公开，也没有说明不公开的理由'],
    ]);
    expect(findings[0]?.source).toContain('建议提案复文');
    expect(summarizeProposals(replies)).toEqual({
      suggestions: 2,
      proposals: 2,
      replied: 4,
      publicInterest: 3,
      published: 1,
      byResult: { A: 1, B: 1, C: 0 },
    });
  });

  it('flags a meeting nobody attended and an attendance published late', () => {
    const findings = checkMeetingAttendance(
      [
        {
          id: 'm1',
          meeting: '县政府常务会议2026年第5次',
          heldOn: '2026-04-10',
          topics: ['停车收费'],
          attendees: { publicRepresentative: 2, media: 1 },
          recordPublishedOn: '2026-04-15',
        },
        { id: 'm2', meeting: '县政府常务会议2026年第6次', heldOn: '2026-05-10', topics: ['供水价格'], attendees: {} },
      ],
      { today: '2026-06-01', locale: 'en' },
    );
    expect(findings.map((f) => [f.subject, f.message])).toEqual([
      ['县政府常务会议2026年第6次', 'No stakeholder, public representative, expert or journalist attended the meeting'],
      ['县政府常务会议2026年第6次', 'The attendance should be published by 2026-05-25'],
    ]);
  });
});
