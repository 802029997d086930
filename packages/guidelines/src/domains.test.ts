import { describe, expect, it } from 'vitest';
import { REFERENCE_ROWS } from './data/reference-rows.js';
import { findPilotDomain, PILOT_DOMAINS } from './domains.js';
import { referenceRowsOf } from './reference-rows.js';

describe('PILOT_DOMAINS', () => {
  it('has 26 domains with unique ids and names', () => {
    expect(PILOT_DOMAINS).toHaveLength(26);
    expect(new Set(PILOT_DOMAINS.map((d) => d.id)).size).toBe(26);
    expect(new Set(PILOT_DOMAINS.map((d) => d.pilotName)).size).toBe(26);
  });

  it('records the known guideline numbers and leaves the unknown ones undefined', () => {
    expect(findPilotDomain('城乡规划')).toMatchObject({
      docNo: '自然资办函〔2019〕981号',
      date: '2019-06-10',
      issuer: '自然资源部办公厅',
    });
    expect(findPilotDomain('生态环境')).toMatchObject({ pilotName: '环境保护', docNo: '环办厅函〔2019〕672号' });
    expect(findPilotDomain('社会保险')?.docNo).toBe('人社厅函〔2019〕113号');
    expect(findPilotDomain('义务教育')?.docNo).toBeUndefined();
    expect(findPilotDomain('税收管理')?.docNo).toBeUndefined();
    expect(findPilotDomain('税收管理')?.issuer).toBeUndefined();
    expect(PILOT_DOMAINS.filter((d) => d.docNo === undefined).map((d) => d.pilotName)).toEqual([
      '公共资源交易',
      '税收管理',
      '征地补偿',
      '扶贫',
      '食品药品监管',
      '城市综合执法',
      '涉农补贴',
      '义务教育',
      '医疗卫生',
      '市政服务',
      '农村危房改造',
    ]);
  });

  it('finds domains by id, pilot name, later name and with 领域 appended', () => {
    expect(findPilotDomain('compulsoryEducation')?.pilotName).toBe('义务教育');
    expect(findPilotDomain('农村集体土地征收')?.id).toBe('ruralLandExpropriation');
    expect(findPilotDomain('卫生健康领域')?.id).toBe('healthCare');
    expect(findPilotDomain('不存在')).toBeUndefined();
  });
});

describe('REFERENCE_ROWS', () => {
  it('holds 126 rows, each with its source page and a domain of the pilot list', () => {
    expect(REFERENCE_ROWS).toHaveLength(126);
    for (const row of REFERENCE_ROWS) {
      expect(row.source.url, row.id).toMatch(/^https?:\/\/[^/]*gov\.cn/);
      expect(findPilotDomain(row.domain), `${row.id} ${row.domain}`).toBeDefined();
    }
  });

  it('groups rows by domain', () => {
    expect(referenceRowsOf('义务教育').map((r) => r.id)).toEqual([
      'r151',
      'r152',
      'r153',
      'r154',
      'r155',
      'r156',
      'r157',
    ]);
    expect(new Set(REFERENCE_ROWS.map((r) => findPilotDomain(r.domain)?.id)).size).toBe(25);
    expect(referenceRowsOf('nothing')).toEqual([]);
  });
});
