// Test support: one department's year on the platform, built through the domain packages.
import { checkReport } from '@gk/annual-report';
import type { Catalogue } from '@gk/catalogue-schema';
import type { LocalDate } from '@gk/core';
import { parseCatalogue } from '@gk/catalogue-schema';
import type { PublicationEvent, PublicationMetadata, PublicationState } from '@gk/publication';
import { checkCatalogueCompliance, evaluatePublication } from '@gk/publication';
import type { CaseEvent } from '@gk/request-workflow';
import { evaluateCase } from '@gk/request-workflow';
import { chinaCalendar } from '@gk/workdays';
import type { AgencyEvidence } from '../measure.js';

/** The assessment day: after the department's report was due (2027-01-31). */
export const TODAY = '2027-02-01';

/** Three proactive items: 20 workdays, yearly by the end of March, 及时. */
export function catalogue(): Catalogue {
  const item = (id: string, secondaryMatter: string, timeLimit: string) => ({
    id,
    primaryMatter: '教育信息',
    secondaryMatter,
    contentElements: ['内容'],
    basis: '《中华人民共和国政府信息公开条例》第二十条',
    timeLimit,
    publisher: '示范县教育局',
    channels: ['■政府网站'],
    audience: ['public' as const],
    mode: ['proactive' as const],
    tiers: ['县级'],
  });
  return parseCatalogue({
    formatVersion: '1',
    header: {
      title: '示范县义务教育领域基层政务公开标准目录',
      jurisdiction: { divisionCode: '350213', name: '示范县' },
      agency: { name: '示范县教育局' },
      domain: '义务教育',
      version: '2026',
      effectiveOn: '2025-01-01',
    },
    items: [
      item('edu-policy', '招生入学政策', '信息形成或者变更之日起20个工作日内'),
      item('edu-budget', '部门预算', '每年3月底前'),
      item('edu-news', '工作动态', '及时公开'),
    ],
  });
}

const drafter = { id: 'd', role: 'drafter' as const };
const head = { id: 'h', role: 'head' as const };

/** A publication formed on `formedOn` and published on `on` under `item`. */
export function publication(
  indexNo: string,
  item: string,
  formedOn: string,
  on: string,
  extra: Partial<PublicationMetadata> = {},
): PublicationState {
  const metadata: PublicationMetadata = {
    title: `示范县教育局信息${indexNo}`,
    publisher: '示范县教育局',
    createdOn: formedOn,
    topic: '义务教育',
    kind: 'notice',
    audience: 'public',
    catalogueItemIds: [item],
    formedOn,
    channels: ['政府网站'],
    body: '正文。',
    ...extra,
  };
  const events: PublicationEvent[] = [
    { type: 'drafted', on: formedOn, actor: drafter, indexNo, metadata },
    { type: 'attributeDetermined', on: formedOn, actor: drafter, attribute: 'proactive' },
    { type: 'reviewed', on, actor: head, findings: [] },
    { type: 'approved', on, actor: head },
    { type: 'published', on, actor: head },
  ];
  return evaluatePublication(events);
}

const clerk = { id: 'c', role: 'registrar' as const };
const handler = { id: 'h2', role: 'handler' as const };
const received = (on: string): CaseEvent => ({
  type: 'received',
  on,
  actor: clerk,
  channel: 'inPerson',
  applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '13800000000' },
  request: { description: '2026年招生计划', forms: ['electronic'], deliveryPreferences: ['email'] },
});
const answered = (on: string): CaseEvent[] => [
  { type: 'decided', on, actor: handler, outcome: 'disclosed' },
  { type: 'delivered', on, actor: handler, method: 'inPerson' },
];

/**
 * 示范县教育局's 2026: one publication on time and one 20-workday one late, a yearly item missed and
 * one with nothing; a request answered on time, one answered late, one still open past its date, one
 * of 2025; one 复议 corrected of two decided; the report published five days late and malformed.
 */
export function department(): AgencyEvidence {
  const policies = [
    publication('EDU/2026-00001', 'edu-policy', '2026-03-02', '2026-03-05'),
    // Formed 2026-01-05: 20 workdays end 2026-02-02; published 2026-03-20.
    publication('EDU/2026-00002', 'edu-policy', '2026-01-05', '2026-03-20'),
    // A normative document published without its interpretation or a reason.
    publication('EDU/2026-00003', 'edu-news', '2026-06-01', '2026-06-02', {
      needsInterpretation: true,
      kind: 'normativeDocument',
    }),
  ];
  const compliance = checkCatalogueCompliance([catalogue()], policies, { today: TODAY, calendar: chinaCalendar });
  const cases = [
    { caseId: 'c1', events: [received('2026-03-02'), ...answered('2026-03-10')] },
    { caseId: 'c2', events: [received('2026-03-02'), ...answered('2026-04-20')] },
    { caseId: 'c3', events: [received('2026-12-01')] },
    { caseId: 'c4', events: [received('2025-05-06'), ...answered('2025-05-20')] },
  ].map(({ caseId, events }) => ({ caseId, state: evaluateCase(events, { calendar: chinaCalendar, today: TODAY }) }));
  return {
    agencyId: 'edu',
    name: '示范县教育局',
    level: 'department',
    compliance,
    cases,
    appeals: [
      { kind: 'reconsideration', result: 'corrected' },
      { kind: 'litigation', result: 'upheld' },
      { kind: 'litigation', result: 'pending' },
    ],
    report: { publishedOn: '2027-02-05' as LocalDate, issues: checkReport({ format: '2021', year: 2026 }) },
    publications: policies,
  };
}
