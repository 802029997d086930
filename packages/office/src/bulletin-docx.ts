// The office's 通报 as a Word document, in the official layout of the notices and reports.
import type { Bulletin } from '@gk/assessment';
import { formatChineseDate } from '@gk/request-workflow';
import { AlignmentType, Packer, Paragraph, TableRow } from 'docx';
import { body, cell, OFFICIAL_STYLE, page, run, table } from './docx.js';

const heading = (text: string): Paragraph =>
  new Paragraph({ children: [run(text, { font: OFFICIAL_STYLE.headingFont })], indent: { firstLine: 640 } });

/**
 * A bulletin (`buildBulletin` of `@gk/assessment`) as a Word document: title, opening, the ranking as a
 * table, each agency's problems with examples, the deadline, the issuer and date at the right.
 * @param bulletin - the bulletin
 * @returns the .docx bytes
 */
export async function bulletinToDocx(bulletin: Bulletin): Promise<Uint8Array> {
  const ranking = table([
    new TableRow({ tableHeader: true, children: ['名次', '单位', '得分'].map((t) => cell(t, { header: true })) }),
    ...bulletin.ranking.map(
      (r) =>
        new TableRow({
          children: [
            cell(r.rank === null ? '—' : String(r.rank)),
            cell(r.name),
            cell(r.score === null ? '不参与评分' : r.score.toFixed(2)),
          ],
        }),
    ),
  ]);
  const problems = bulletin.agencies.flatMap((agency, a) => [
    heading(`（${String(a + 1)}）${agency.name}`),
    ...agency.problems.flatMap((p, i) => [
      body(`${String(i + 1)}. ${p.indicator}（扣 ${p.lost.toFixed(2)} 分）：${p.summary}。`),
      ...p.examples.map((x) => body(`${x.subject}：${x.text}`)),
    ]),
  ]);
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [run(bulletin.title, { font: OFFICIAL_STYLE.titleFont, size: OFFICIAL_STYLE.titleSize })],
    }),
    new Paragraph({ children: [] }),
    body(bulletin.opening),
    heading('一、考核结果'),
    ranking,
    heading('二、存在的问题'),
    ...(problems.length === 0 ? [body('各单位均未发现扣分问题。')] : problems),
    heading('三、整改要求'),
    body(bulletin.closing),
    new Paragraph({ children: [] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(bulletin.issuer)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(formatChineseDate(bulletin.issuedOn))] }),
  ];
  return new Uint8Array(await Packer.toBuffer(page(children)));
}
