// The office's 通报 as a Word document, in the official layout of the notices and reports.
import type { Bulletin } from '@gk/assessment';
import { formatChineseDate } from '@gk/request-workflow';
import { body, cell, OFFICIAL_STYLE, page, paragraph, run, table } from './docx.js';
import type { WordParagraph } from './wordml/document.js';

const heading = (text: string): WordParagraph =>
  paragraph([run(text, { font: OFFICIAL_STYLE.headingFont })], { firstLine: 640 });

/**
 * A bulletin (`buildBulletin` of `@gk/assessment`) as a Word document: title, opening, the ranking as a
 * table, each agency's problems with examples, the deadline, the issuer and date at the right.
 * @param bulletin - the bulletin
 * @returns the .docx bytes
 */
export function bulletinToDocx(bulletin: Bulletin): Promise<Uint8Array> {
  const ranking = table([
    { header: true, cells: ['名次', '单位', '得分'].map((t) => cell(t, { header: true })) },
    ...bulletin.ranking.map((r) => ({
      cells: [
        cell(r.rank === null ? '—' : String(r.rank)),
        cell(r.name),
        cell(r.score === null ? '不参与评分' : r.score.toFixed(2)),
      ],
    })),
  ]);
  const problems = bulletin.agencies.flatMap((agency, a) => [
    heading(`（${String(a + 1)}）${agency.name}`),
    ...agency.problems.flatMap((p, i) => [
      body(`${String(i + 1)}. ${p.indicator}（扣 ${p.lost.toFixed(2)} 分）：${p.summary}。`),
      ...p.examples.map((x) => body(`${x.subject}：${x.text}`)),
    ]),
  ]);
  const children = [
    paragraph([run(bulletin.title, { font: OFFICIAL_STYLE.titleFont, size: OFFICIAL_STYLE.titleSize })], {
      align: 'center',
    }),
    paragraph([]),
    body(bulletin.opening),
    heading('一、考核结果'),
    ranking,
    heading('二、存在的问题'),
    ...(problems.length === 0 ? [body('各单位均未发现扣分问题。')] : problems),
    heading('三、整改要求'),
    body(bulletin.closing),
    paragraph([]),
    paragraph([run(bulletin.issuer)], { align: 'right' }),
    paragraph([run(formatChineseDate(bulletin.issuedOn))], { align: 'right' }),
  ];
  return Promise.resolve(page(children));
}
