import { buildAnnualReport, EMPTY_PROACTIVE_2021 } from '@gk/annual-report';
import { buildNotice, evaluateCase } from '@gk/request-workflow';
import { chinaCalendar } from '@gk/workdays';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { annualReportToDocx, noticeToDocx } from './docx.js';

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

describe('DOCX', () => {
  it('lays a notice out as an official letter: A4, GB/T 9704 margins, 仿宋 body, 小标宋 title, the case’s dates', async () => {
    const state = evaluateCase(
      [
        {
          type: 'received',
          on: '2025-09-22',
          actor: { id: 'u' },
          channel: 'inPerson',
          applicant: { kind: 'naturalPerson', name: '张三', residentId: '11010519491231002X', phone: '1' },
          request: { description: '某项目批复', forms: ['paper'] },
        },
        {
          type: 'extensionApproved',
          on: '2025-10-16',
          actor: { id: 'u' },
          workdays: 10,
          approver: { id: 'h', role: 'head' },
        },
      ],
      { calendar: chinaCalendar, today: '2025-10-16' },
    );
    const built = buildNotice('extensionNotice', state, {
      agency: { name: '某县人民政府办公室', address: '某县人民路1号', phone: '0000-1234567' },
      noticeNo: '〔2025〕第8号',
    });
    if (!built.success) throw new Error('notice');
    const xml = await documentXml(await noticeToDocx(built.notice));
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
    expect(xml).toContain('w:ascii="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('政府信息公开申请延期答复告知书');
    expect(xml).toContain('本机关将于2025年11月7日前作出答复');
    expect(xml).toContain('2025年10月16日');
    // The same contact line as the HTML and text forms.
    expect(xml).toContain('（联系方式：某县人民路1号，0000-1234567）');
  });

  it('writes the annual report with its merged table headers', async () => {
    const report = buildAnnualReport({
      format: '2021',
      year: 2025,
      issuer: '某县人民政府办公室',
      appeals: [],
      cases: [
        {
          receivedOn: '2025-03-01',
          concludedOn: '2025-03-05',
          outcome: 'disclosed',
          applicant: { kind: 'naturalPerson' },
        },
      ],
      proactive: { ...EMPTY_PROACTIVE_2021, normativeDocuments: { issued: 1, repealed: 0, inForce: 1 } },
    });
    const xml = await documentXml(await annualReportToDocx(report));
    expect(xml).toContain('某县人民政府办公室2025年度政府信息公开工作年度报告');
    expect(xml).toContain('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
    expect(xml).toContain('<w:gridSpan w:val="7"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toContain('法人或其他组织');
    expect(xml).toContain('三、收到和处理政府信息公开申请情况');
    expect(xml).toContain('本年度未收取信息处理费。');
  });
});
