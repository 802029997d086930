import { chinaCalendar } from '@gk/workdays';
import { describe, expect, it } from 'vitest';
import type { Application } from './events.js';
import { checkApplication } from './application-check.js';
import { evaluateCase } from './evaluate.js';
import { noticeKindsFor } from './notices/build.js';
import { formatRequestIssue } from './format-issue.js';
import { event, head, received } from './test-support/events.js';

const complete: Application = {
  applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '13800000000' },
  request: { description: '2024年度某镇财政预算执行情况', forms: ['electronic'] },
};

describe('checkApplication', () => {
  it('accepts a complete application', () => {
    expect(checkApplication(complete)).toEqual([]);
  });

  it('lists every missing 第二十九条 item at once, with paths from the application', () => {
    const issues = checkApplication({
      applicant: { kind: 'naturalPerson', name: '张三' },
      request: { description: ' ' },
    });
    // The form shows each message beside its field, so the message is rendered without the path.
    expect(issues.map((issue) => [issue.path.join('.'), formatRequestIssue({ ...issue, path: [] })])).toEqual([
      ['applicant.residentId', '缺少申请人身份证明（《政府信息公开条例》第二十九条第二款第（一）项）'],
      ['applicant.phone', '缺少申请人联系方式（《政府信息公开条例》第二十九条第二款第（一）项）'],
      ['request.description', expect.stringContaining('第二十九条') as string],
      ['request.forms', expect.stringContaining('第二十九条') as string],
    ]);
  });

  it('checks the identifiers it is given', () => {
    const issues = checkApplication({
      ...complete,
      applicant: { kind: 'organization', category: 'business', name: '某公司', uscc: '91350200MA2Y0UX97T', phone: '1' },
    });
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['uscc.checksum', 'applicant.uscc']]);
  });

  it('reports a structural problem once the contents are complete', () => {
    const issues = checkApplication({
      ...complete,
      request: { ...complete.request, forms: ['telepathy' as 'paper'] },
    });
    expect(issues.map((issue) => issue.path[0])).toEqual(['request']);
  });
});

describe('noticeKindsFor', () => {
  const kinds = (events: Parameters<typeof evaluateCase>[0]) =>
    noticeKindsFor(evaluateCase(events, { calendar: chinaCalendar, today: '2025-10-31' }));

  it('offers nothing before receipt, then the receipt', () => {
    expect(kinds([])).toEqual([]);
    expect(kinds([received('2025-09-26')])).toEqual(['registrationReceipt']);
  });

  it('adds a notice for each step taken and the outcome’s notices', () => {
    expect(
      kinds([
        received('2025-09-26'),
        event('clarificationRequested', '2025-09-29', { items: ['文件名称'], periodWorkdays: 10 }),
        event('clarificationReceived', '2025-10-09'),
        event('consultationStarted', '2025-10-10', { party: 'agency' }),
        event('consultationEnded', '2025-10-14', { reply: 'consent' }),
        event('extensionApproved', '2025-10-20', { workdays: 10, approver: head }),
        event('decided', '2025-10-30', { outcome: 'disclosed' }),
      ]),
    ).toEqual([
      'registrationReceipt',
      'clarificationNotice',
      'agencyConsultationLetter',
      'extensionNotice',
      'alreadyPublicNotice',
      'disclosedNotice',
    ]);
  });
});
