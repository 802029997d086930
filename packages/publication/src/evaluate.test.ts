import { describe, expect, it } from 'vitest';
import { formatCitation, formatDocumentReference } from '@gk/core';
import { evaluatePublication } from './evaluate.js';
import { PUBLICATION_EVENT_TYPES } from './events.js';
import { formatPublicationIssue } from './format-issue.js';
import { drafter, event, head, metadata, publishedHistory, publisher, reviewer } from './test-support/fixtures.js';

const codes = (state: ReturnType<typeof evaluatePublication>) => state.findings.map((f) => f.code);

describe('evaluatePublication: the lifecycle', () => {
  it('follows a record from draft to publication, update and repeal, with no findings', () => {
    const state = evaluatePublication([
      ...publishedHistory('2025-10-20'),
      event('updated', '2025-12-01', {
        actor: publisher,
        changes: { formedOn: '2025-11-28', body: '修订后的正文' },
        note: '更正附件二的数字',
      }),
      event('validityChanged', '2026-01-05', {
        actor: publisher,
        validity: 'repealed',
        effectiveOn: '2026-01-01',
        repealedBy: '示财〔2025〕30号',
      }),
    ]);
    expect(state.status).toBe('published');
    expect(state.indexNo).toBe('11350200MB0123456X/2025-00001');
    expect(state.publishedOn).toBe('2025-10-20');
    expect(state.versions).toEqual([
      { version: 1, publishedOn: '2025-10-20', formedOn: '2025-09-26' },
      { version: 2, publishedOn: '2025-12-01', formedOn: '2025-11-28', note: '更正附件二的数字' },
    ]);
    expect(state.metadata?.body).toBe('修订后的正文');
    expect(state.metadata?.title).toBe(metadata().title);
    expect(state.validity).toEqual({ state: 'repealed', since: '2026-01-01', repealedBy: '示财〔2025〕30号' });
    expect(state.findings).toEqual([]);
    expect(state.issues).toEqual([]);
  });

  it('stops an on-request or withheld record before publication, with its reasons', () => {
    const history = publishedHistory('2025-10-20').slice(0, 1);
    const state = evaluatePublication([
      ...history,
      event('attributeDetermined', '2025-09-26', {
        actor: drafter,
        attribute: 'onRequest',
        reasons: [{ ground: 'thirdPartyRights', text: '涉及企业经营信息' }],
      }),
    ]);
    expect(state.status).toBe('notForPublication');
    expect(state.attributeReasons).toEqual([{ ground: 'thirdPartyRights', text: '涉及企业经营信息' }]);
    // Publishing it anyway is a finding citing the ground's article (第十五条).
    const published = evaluatePublication([
      ...history,
      event('attributeDetermined', '2025-09-26', {
        actor: drafter,
        attribute: 'withheld',
        reasons: [{ ground: 'thirdPartyRights' }],
      }),
      event('reviewed', '2025-09-27', { actor: reviewer, findings: [] }),
      event('approved', '2025-09-28', { actor: head }),
      event('published', '2025-09-29', { actor: publisher }),
    ]);
    expect(codes(published)).toEqual(['finding.notProactive']);
    expect(formatCitation(published.findings[0]!.citation!)).toBe('《中华人民共和国政府信息公开条例》第十五条');
    expect(formatPublicationIssue(published.findings[0]!)).toBe(
      '第5条发布记录：公开属性认定为不予公开，不应主动发布（《中华人民共和国政府信息公开条例》第十三条至第十六条）',
    );
  });

  it('flags a publication without attribute, review or approval, each with its rule', () => {
    const state = evaluatePublication([
      event('drafted', '2025-09-26', { actor: drafter, indexNo: 'A/2025-00001', metadata: metadata() }),
      event('published', '2025-09-29', { actor: publisher }),
    ]);
    expect(codes(state)).toEqual([
      'finding.publishedWithoutDetermination',
      'finding.publishedWithoutReview',
      'finding.publishedWithoutApproval',
    ]);
    expect(formatDocumentReference(state.findings[0]!.reference!)).toContain('国办发〔2016〕80号');
    expect(formatCitation(state.findings[1]!.citation!)).toBe('《中华人民共和国政府信息公开条例》第十七条');
    expect(state.findings[2]).not.toHaveProperty('citation');
  });

  it('requires each review finding fixed or kept with a reason (第十七条)', () => {
    const [drafted, determined, , approved, published] = publishedHistory('2025-10-20');
    const state = evaluatePublication([
      drafted!,
      determined!,
      event('reviewed', '2025-09-26', {
        actor: reviewer,
        findings: [
          { kind: 'mobile', excerpt: '139****5678', resolution: 'resolved' },
          { kind: 'sensitiveTerm', excerpt: '某词', resolution: 'accepted', reason: '政策原文用语' },
          { kind: 'residentId', excerpt: '110105********002X', resolution: 'accepted' },
        ],
      }),
      approved!,
      published!,
    ]);
    expect(state.unsettledFindings).toBe(1);
    expect(codes(state)).toEqual(['finding.reviewUnsettled']);
    expect(state.findings[0]?.params).toEqual({ count: 1 });
  });

  it('lets only the head approve by default, and other roles when the setting says so', () => {
    const history = publishedHistory('2025-10-20');
    history[3] = event('approved', '2025-09-28', { actor: reviewer });
    expect(codes(evaluatePublication(history))).toEqual(['finding.approverRole']);
    expect(evaluatePublication(history).findings[0]?.params).toEqual({ role: 'reviewer', allowed: '负责人' });
    expect(codes(evaluatePublication(history, { settings: { approverRoles: ['head', 'reviewer'] } }))).toEqual([]);
  });

  it('publishes a policy with its interpretation, or with the reason it has none', () => {
    const policy = { kind: 'normativeDocument' as const, needsInterpretation: true };
    const bare = publishedHistory('2025-10-20', policy);
    expect(codes(evaluatePublication(bare))).toEqual(['finding.interpretationMissing']);
    const withIt = publishedHistory('2025-10-20', policy);
    withIt[4] = event('published', '2025-10-20', { actor: publisher, interpretationIds: ['jd-2025-7'] });
    expect(evaluatePublication(withIt)).toMatchObject({ findings: [], interpretationIds: ['jd-2025-7'] });
    const reasoned = publishedHistory('2025-10-20', policy);
    reasoned[4] = event('published', '2025-10-20', {
      actor: publisher,
      noInterpretationReason: '仅调整文号，内容未变',
    });
    expect(evaluatePublication(reasoned)).toMatchObject({
      findings: [],
      noInterpretationReason: '仅调整文号，内容未变',
    });
  });

  it('keeps a withdrawn record with its reason, and flags what follows', () => {
    const state = evaluatePublication([
      ...publishedHistory('2025-10-20'),
      event('withdrawn', '2025-10-22', { actor: head, reason: '附件含未脱敏的个人信息' }),
      event('updated', '2025-10-23', { actor: publisher, changes: { body: 'x' }, note: '重发' }),
    ]);
    expect(state.status).toBe('withdrawn');
    expect(state.withdrawn).toEqual({ on: '2025-10-22', reason: '附件含未脱敏的个人信息' });
    expect(state.publishedOn).toBe('2025-10-20');
    expect(codes(state)).toEqual(['finding.afterWithdrawal']);
  });

  it('refuses updates and validity changes before publication, and a second publication', () => {
    const history = publishedHistory('2025-10-20');
    const state = evaluatePublication([
      ...history.slice(0, 4),
      event('validityChanged', '2025-10-01', { actor: publisher, validity: 'expired', effectiveOn: '2025-10-01' }),
      history[4]!,
      event('published', '2025-10-21', { actor: publisher }),
    ]);
    expect(codes(state)).toEqual(['finding.changedBeforePublication', 'finding.publishedRepeated']);
    expect(state.validity.state).toBe('valid');
  });

  it('flags a publication dated before the information was formed, and events out of order', () => {
    const state = evaluatePublication(publishedHistory('2025-09-20'));
    expect(codes(state)).toEqual(['finding.outOfOrder', 'finding.publishedBeforeFormed']);
  });
});

describe('evaluatePublication: bad input', () => {
  it('reports malformed events at their place and skips them, never throwing', () => {
    const state = evaluatePublication([
      ...publishedHistory('2025-10-20').slice(0, 1),
      { type: 'attributeDetermined', on: '2025-09-31', actor: drafter, attribute: 'maybe' },
      { type: 'withdrawn', on: '2025-10-01', actor: head },
      { type: 'nope', on: '2025-10-01', actor: head },
      null,
      {
        type: 'drafted',
        on: '2025-10-01',
        actor: drafter,
        indexNo: 'x',
        metadata: { ...metadata(), body: 'x'.repeat(200_001) },
      },
    ] as never);
    expect(state.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['event.field', 'events.1.on'],
      ['event.field', 'events.1.attribute'],
      ['event.field', 'events.2.reason'],
      ['event.type', 'events.3.type'],
      ['event.notObject', 'events.4'],
      ['event.tooLong', 'events.5.metadata.body'],
    ]);
    expect(state.status).toBe('drafted');
  });

  it('says when there is no draft, and flags what comes before it', () => {
    const state = evaluatePublication([event('approved', '2025-09-28', { actor: head })]);
    expect(state.issues.map((i) => i.code)).toEqual(['drafted.missing']);
    expect(codes(state)).toEqual(['finding.beforeDraft']);
    expect(evaluatePublication('x' as never).issues.map((i) => i.code)).toEqual(['events.notList', 'drafted.missing']);
  });
});

describe('publicationEventJsonSchema', () => {
  it('describes every event type for other systems', async () => {
    const { publicationEventJsonSchema } = await import('./parse.js');
    const schema = publicationEventJsonSchema() as { oneOf?: { properties: { type: { const: string } } }[] };
    expect(schema.oneOf?.map((variant) => variant.properties.type.const)).toEqual(PUBLICATION_EVENT_TYPES);
    expect(PUBLICATION_EVENT_TYPES).toHaveLength(8);
  });
});
