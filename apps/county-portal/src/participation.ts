// Decisions and participation (市中区、前进区、宁夏 seeds): the county government's 重大行政决策事项目录
// with its consultations and hearings, the replies to 建议提案, and the meetings the public attended —
// one document of the county, dated back from the seeding day so that the demo reads alike in any year.
import type { LocalDate } from '@gk/core';
import { addDays } from '@gk/core';
import type {
  Consultation,
  MajorDecisionCatalogue,
  MeetingAttendance,
  ParticipationFinding,
  ProposalReply,
} from '@gk/interpretation';
import { checkDecisionCatalogue, checkMeetingAttendance, checkProposalReplies } from '@gk/interpretation';
import type { Store } from '@gk/store';
import { COUNTY_AGENCY_ID } from './data.js';

/** What the county keeps: the year's catalogue, its consultations, the replies and the meetings. */
export interface Participation {
  readonly catalogue: MajorDecisionCatalogue;
  readonly consultations: readonly Consultation[];
  readonly replies: readonly ProposalReply[];
  readonly meetings: readonly MeetingAttendance[];
}

const REF = { agencyId: COUNTY_AGENCY_ID, kind: 'participation', id: 'current' } as const;

/** The demo's participation records, dated back from `today`. */
export function demoParticipation(today: LocalDate): Participation {
  const ago = (days: number): string => addDays(today, -days);
  const year = Number(today.slice(0, 4));
  return {
    catalogue: {
      year,
      body: '示范县人民政府',
      publishedOn: ago(150),
      decisions: [
        {
          id: 'd1',
          title: '示范县城区停车收费管理办法',
          category: 'publicPolicy',
          sponsor: '示范县发展和改革局',
          consultationId: 'c1',
          decidedOn: ago(70),
          publishedOn: ago(66),
        },
        {
          id: 'd2',
          title: '示范县国土空间总体规划',
          category: 'plan',
          sponsor: '示范县自然资源局',
          otherParticipation: ['座谈会', '问卷调查'],
        },
        {
          id: 'd3',
          title: '示范县城区居民生活用水价格调整',
          category: 'publicPolicy',
          sponsor: '示范县发展和改革局',
          hearing: { materialsPublishedOn: ago(50), heldOn: ago(40) },
          decidedOn: ago(30),
        },
      ],
    },
    consultations: [
      {
        id: 'c1',
        title: '示范县城区停车收费管理办法（征求意见稿）',
        publishedOn: ago(120),
        materialsPublished: true,
        endsOn: ago(89),
        channels: ['政府网站', '政务新媒体'],
        comments: [
          { receivedOn: ago(110), adopted: true },
          { receivedOn: ago(100), adopted: false, reason: '与上位法规定不一致' },
        ],
        feedback: { publishedOn: ago(80), summary: '收到意见 2 条，采纳 1 条，未采纳 1 条并说明理由' },
        decidedOn: ago(70),
      },
    ],
    replies: [
      {
        id: 'r1',
        kind: 'npcSuggestion',
        number: '第3号',
        title: '关于增设城区公交线路的建议',
        handledBy: '示范县交通运输局',
        repliedOn: ago(60),
        publicInterest: true,
        publishedOn: ago(55),
        result: 'A',
      },
      {
        id: 'r2',
        kind: 'cppccProposal',
        number: '第8号',
        title: '关于老旧小区加装电梯的提案',
        handledBy: '示范县住房和城乡建设局',
        repliedOn: ago(45),
        publicInterest: true,
        result: 'B',
      },
      {
        id: 'r3',
        kind: 'cppccProposal',
        number: '第11号',
        title: '关于加强农村饮水安全的提案',
        handledBy: '示范县水利局',
        repliedOn: ago(40),
        publicInterest: true,
        publishedOn: ago(35),
        result: 'B',
      },
      {
        id: 'r4',
        kind: 'npcSuggestion',
        number: '第7号',
        title: '关于个人信访事项的建议',
        handledBy: '示范县信访局',
        repliedOn: ago(30),
        publicInterest: false,
        result: 'C',
      },
    ],
    meetings: [
      {
        id: 'm1',
        meeting: '县政府常务会议第5次',
        heldOn: ago(72),
        topics: ['城区停车收费管理办法'],
        attendees: { publicRepresentative: 2, expert: 1, media: 1 },
        recordPublishedOn: ago(68),
      },
      {
        id: 'm2',
        meeting: '县政府常务会议第6次',
        heldOn: ago(32),
        topics: ['城区居民生活用水价格调整'],
        attendees: { stakeholder: 3, media: 1 },
      },
    ],
  };
}

/**
 * Writes the demo's records, unless the county has some.
 * @param store - the store
 * @param today - the seeding day
 * @returns whether they were written
 */
export async function seedParticipation(store: Store, today: LocalDate): Promise<boolean> {
  if ((await store.getDocument(REF)) !== undefined) return false;
  await store.putDocument(REF, demoParticipation(today));
  return true;
}

/** The county's records, or empty ones. */
export async function participationOf(store: Store): Promise<Participation> {
  return (
    (await store.getDocument<Participation>(REF)) ?? {
      catalogue: { year: 0, body: '', decisions: [] },
      consultations: [],
      replies: [],
      meetings: [],
    }
  );
}

/** What the office's checks find in the records as of today. */
export function participationFindings(p: Participation, today: string): ParticipationFinding[] {
  return [
    ...checkDecisionCatalogue(p.catalogue, { today, consultations: p.consultations }),
    ...checkProposalReplies(p.replies, { today }),
    ...checkMeetingAttendance(p.meetings, { today }),
  ];
}
