import { describe, expect, it } from 'vitest';
import { formatNewMediaIssue } from './format-issue.js';
import type { NewMediaEvent } from './new-media.js';
import { checkNewMediaRegistry, evaluateNewMediaAccount, reviewNewMediaPost } from './new-media.js';

const approval = { by: '示范县民政局局长办公会', documentNo: '示民〔2026〕3号' };
const opened: NewMediaEvent = {
  type: 'opened',
  on: '2026-01-05',
  approval,
  platform: 'wechat',
  name: '示范县民政',
  responsible: { name: '李四', phone: '0599-1234567' },
};

describe('evaluateNewMediaAccount', () => {
  it('follows an account through its history', () => {
    const account = evaluateNewMediaAccount('mz-wx', '350299-mzj', [
      opened,
      { type: 'posted', on: '2026-02-10' },
      { type: 'renamed', on: '2026-03-01', approval, name: '示范县民政发布' },
      { type: 'responsibleChanged', on: '2026-03-02', responsible: { name: '王五' } },
      { type: 'posted', on: '2026-11-20' },
    ]);
    expect(account).toMatchObject({
      platform: 'wechat',
      name: '示范县民政发布',
      status: 'operating',
      responsible: { name: '王五' },
      openedOn: '2026-01-05',
      lastUpdatedOn: '2026-11-20',
      closedOn: null,
      issues: [],
    });
    expect(account.history).toHaveLength(5);
  });

  it('records a merge and a close with their dates', () => {
    const merged = evaluateNewMediaAccount('a', 'x', [
      opened,
      { type: 'merged', on: '2026-06-01', approval, into: 'b' },
    ]);
    expect(merged).toMatchObject({ status: 'merged', mergedInto: 'b', closedOn: '2026-06-01' });
    const closed = evaluateNewMediaAccount('a', 'x', [
      opened,
      { type: 'closed', on: '2026-06-02', approval, reason: '长期无人维护' },
    ]);
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-06-02' });
  });

  it('reports a step without its approval, and keeps the step', () => {
    const account = evaluateNewMediaAccount('a', 'x', [
      opened,
      { type: 'renamed', on: '2026-03-01', name: '新名称' },
      { type: 'suspended', on: '2026-04-01', approval: { by: ' ' }, reason: '整改' },
    ]);
    expect(account.name).toBe('新名称');
    expect(account.status).toBe('suspended');
    expect(account.issues.map((i) => formatNewMediaIssue(i))).toEqual([
      '第2条账号记录 审批：“变更名称”没有记录审批（政务新媒体的开设、整合、变更、关停应按流程审批）',
      '第3条账号记录 审批：“暂停运维”没有记录审批（政务新媒体的开设、整合、变更、关停应按流程审批）',
    ]);
  });

  it('refuses a step out of place, and a history that never opened the account', () => {
    const account = evaluateNewMediaAccount('a', 'x', [
      opened,
      { type: 'closed', on: '2026-05-01', approval, reason: '整合' },
      { type: 'posted', on: '2026-05-02' },
      { type: 'resumed', on: '2026-05-03', approval },
    ]);
    expect(account.status).toBe('closed');
    expect(account.lastUpdatedOn).toBe('2026-01-05');
    expect(account.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['newMedia.stepOutOfPlace', ['events', 2], { type: 'posted', status: 'closed' }],
      ['newMedia.stepOutOfPlace', ['events', 3], { type: 'resumed', status: 'closed' }],
    ]);
    const never = evaluateNewMediaAccount('a', 'x', [{ type: 'posted', on: '2026-05-02' }]);
    expect(never.issues.map((i) => i.code)).toEqual(['newMedia.stepOutOfPlace', 'newMedia.notOpened']);
    expect(formatNewMediaIssue(never.issues[0]!)).toBe('第1条账号记录：账号尚未开设，不能“发布”');
    expect(formatNewMediaIssue(account.issues[0]!)).toBe('第3条账号记录：账号已关停，不能“发布”');
  });

  it('refuses a step lacking what it needs, naming the field', () => {
    const account = evaluateNewMediaAccount('a', 'x', [
      { ...opened, platform: 'myspace' } as unknown as NewMediaEvent,
      opened,
      { type: 'renamed', on: '2026-02-01', approval, name: '' },
      { type: 'merged', on: '2026-03-01', approval } as unknown as NewMediaEvent,
    ]);
    expect(account.issues.map((i) => formatNewMediaIssue(i))).toEqual([
      '第1条账号记录 平台：“平台”缺失或无效（不超过 200 个字）',
      '第3条账号记录 账号名称：“账号名称”缺失或无效（不超过 200 个字）',
      '第4条账号记录 整合到的账号：“整合到的账号”缺失或无效（不超过 200 个字）',
    ]);
    expect(account).toMatchObject({ platform: 'wechat', name: '示范县民政', status: 'operating' });
  });

  it('reads hostile input without throwing', () => {
    const hostile = [
      null,
      { type: '__proto__', on: '2026-01-01' },
      { type: 'opened', on: '2026-13-01' },
    ] as unknown as NewMediaEvent[];
    expect(evaluateNewMediaAccount('a', 'x', hostile).issues.map((i) => i.code)).toEqual([
      'newMedia.step',
      'newMedia.step',
      'newMedia.step',
      'newMedia.notOpened',
    ]);
    expect(evaluateNewMediaAccount('a', 'x', 'x' as unknown as NewMediaEvent[]).issues[0]?.code).toBe(
      'newMedia.notList',
    );
    expect(formatNewMediaIssue(evaluateNewMediaAccount('a', 'x', hostile).issues[0]!)).toBe(
      '第1条账号记录：这条账号记录缺少类型，无法读取',
    );
    const many = Array.from({ length: 2_001 }, (): NewMediaEvent => ({ type: 'posted', on: '2026-02-01' }));
    const bounded = evaluateNewMediaAccount('a', 'x', [opened, ...many]);
    expect(bounded.history).toHaveLength(2_000);
    expect(bounded.issues[0]?.code).toBe('newMedia.tooMany');
  });
});

describe('checkNewMediaRegistry', () => {
  const account = (id: string, events: NewMediaEvent[]) => evaluateNewMediaAccount(id, 'x', events);
  const registry = [
    account('fresh', [opened, { type: 'posted', on: '2026-11-25' }]),
    // Last post 2026-11-16: 15 days before 2026-12-01, one more than 14.
    account('stale', [opened, { type: 'posted', on: '2026-11-16' }]),
    account('edge', [opened, { type: 'posted', on: '2026-11-17' }]),
    account('nobody', [
      { ...opened, responsible: undefined } as unknown as NewMediaEvent,
      { type: 'posted', on: '2026-11-30' },
    ]),
    account('closed', [opened, { type: 'closed', on: '2026-02-01', approval, reason: '整合' }]),
    account('paused', [opened, { type: 'suspended', on: '2026-02-01', approval, reason: '整改' }]),
  ];

  it('flags accounts not updated within 14 days and accounts without a person responsible', () => {
    const found = checkNewMediaRegistry(registry, { today: '2026-12-01' });
    expect(found.map((i) => [i.code, i.path[0]])).toEqual([
      ['newMedia.stale', 'stale'],
      ['newMedia.noResponsible', 'nobody'],
    ]);
    expect(formatNewMediaIssue(found[0]!)).toBe(
      'stale：“示范县民政”自 2026-11-16 起 15 天未更新（超过 14 天）：应及时更新，长期无人维护的应清理关闭',
    );
  });

  it('takes the county’s own period, and refuses a malformed day', () => {
    expect(
      checkNewMediaRegistry(registry, { today: '2026-12-01', settings: { staleDays: 30 } }).map((i) => i.path[0]),
    ).toEqual(['nobody']);
    expect(checkNewMediaRegistry(registry, { today: '２０２６-12-01' })[0]?.code).toBe('newMedia.today');
  });
});

describe('reviewNewMediaPost', () => {
  it('reviews a post with the portal’s lexicon', () => {
    const findings = reviewNewMediaPost('低保对象张三，身份证号11010519491231002X，请知悉。');
    expect(findings.map((f) => f.kind)).toContain('residentId');
  });
});
