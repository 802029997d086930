import { parseCatalogue } from '@gk/catalogue-schema';
import { formatCitation } from '@gk/core';
import { describe, expect, it } from 'vitest';
import budget from '../../catalogue-schema/examples/good/budget.json' with { type: 'json' };
import education from '../../catalogue-schema/examples/good/compulsory-education.json' with { type: 'json' };
import { buildDisclosureGuide } from './disclosure-guide.js';

const office = {
  name: '示范县人民政府办公室',
  address: '示范县人民路1号',
  hours: '工作日 8:30—12:00，14:30—17:30',
  phone: '0592-0000000',
  internet: 'https://www.example.gov.cn',
};
const guide = buildDisclosureGuide({
  agency: '示范县人民政府',
  office,
  catalogues: [parseCatalogue(education), parseCatalogue(budget)],
  revisedOn: '2026-11-01',
});
const section = (id: string) => guide.sections.find((s) => s.id === id);

describe('buildDisclosureGuide', () => {
  it('covers every subject 第十二条 names, in its order', () => {
    expect(guide.title).toBe('示范县人民政府政府信息公开指南');
    expect(guide.sections.map((s) => s.title)).toEqual([
      '一、政府信息的分类',
      '二、编排体系',
      '三、主动公开政府信息的获取方式',
      '四、依申请公开政府信息的获取方式',
      '五、政府信息公开工作机构',
      '六、监督和救济',
    ]);
    expect(formatCitation(guide.citation)).toBe('《中华人民共和国政府信息公开条例》第十二条');
  });

  it('classifies by the domains of the catalogues and arranges by their matters', () => {
    expect(section('classification')?.paragraphs[0]).toContain('涵盖2个领域：义务教育（3 项）、财政预决算（1 项）');
    expect(section('arrangement')?.paragraphs.slice(1)).toEqual(['义务教育：招生管理', '财政预决算：财政预决算']);
  });

  it('lists the channels the catalogues require, in the standard order', () => {
    const text = section('proactive')?.paragraphs[0] ?? '';
    expect(text).toContain('可以通过以下渠道获取：政府网站、');
    expect(text.indexOf('政府网站')).toBeLessThan(text.indexOf('两微一端'));
  });

  it('shows the office and marks what the input left out', () => {
    expect(section('office')?.paragraphs).toEqual([
      '名称：示范县人民政府办公室',
      '办公地址：示范县人民路1号',
      '办公时间：工作日 8:30—12:00，14:30—17:30',
      '联系电话：0592-0000000',
      '传真号码：未提供',
      '互联网联系方式：https://www.example.gov.cn',
    ]);
    expect(guide.missing).toEqual(['fax']);
  });

  it('states the application rules with their articles', () => {
    const onRequest = section('onRequest');
    expect(onRequest?.paragraphs.join('')).toContain('自收到申请之日起20个工作日内答复');
    expect(onRequest?.citations.map((c) => c.article)).toEqual([27, 29, 30, 31, 33, 42]);
  });
});
