import { escapeHtml } from '@gk/core';
import { APPEAL_GROUPS, APPEAL_RESULT_COLUMNS, REQUEST_HEADER, SECTION_HEADINGS } from './formats.js';
import type { AnnualReport, Cell } from './report.js';

const escape = escapeHtml;
// A cell is a number in a parsed report; one read from JSON unchecked may hold anything, so it is
// escaped like every other value printed.
const cell = (value: Cell | undefined): string => (value === null || value === undefined ? '' : escape(String(value)));

/** The text of section 六: the other sections' text if given, and the processing fees collected. */
export function feeSentence(report: AnnualReport): string {
  const fees = report.feesCollectedYuan ?? 0;
  return fees > 0 ? `本年度收取信息处理费${String(fees)}元。` : '本年度未收取信息处理费。';
}

/**
 * The texts written under a section heading (一 to 六, by index), every renderer's: the overview, the
 * problems, and under 六 the other matters and the fee sentence; empty texts left out.
 * @param report - a report in the JSON form
 * @param index - the section, 0 for 一
 */
export function sectionTexts(report: AnnualReport, index: number): string[] {
  const texts =
    index === 0
      ? [report.sections?.overview ?? '']
      : index === 4
        ? [report.sections?.problems ?? '']
        : index === 5
          ? [report.sections?.other ?? '', feeSentence(report)]
          : [];
  return texts.filter((text) => text !== '');
}

const sectionText = (report: AnnualReport, index: number): string => sectionTexts(report, index).join('\n\n');

/**
 * The report's title: 《某县人民政府办公室2025年度政府信息公开工作年度报告》 without the marks.
 * @param report - a report in the JSON form
 */
export function reportTitle(report: AnnualReport): string {
  return `${report.issuer}${String(report.year)}年度政府信息公开工作年度报告`;
}

const title = reportTitle;

/**
 * Renders a report as Markdown: the sections in order, the tables as pipe tables with each row's
 * headings joined by “ / ”.
 * @param report - a report in the JSON form
 * @returns the Markdown
 */
export function renderReportMarkdown(report: AnnualReport): string {
  const out: string[] = [`# ${title(report)}`, ''];
  if (report.agencies !== undefined) out.push(`汇总单位：${report.agencies.join('、')}`, '');
  SECTION_HEADINGS.forEach((heading, index) => {
    out.push(`## ${heading}`, '');
    const text = sectionText(report, index);
    if (text !== '') out.push(text, '');
    if (index === 1) {
      for (const block of report.tables.proactive.blocks) {
        out.push(
          `| ${block.block} | ${block.columns.join(' | ')} |`,
          `| --- |${block.columns.map(() => ' ---: |').join('')}`,
        );
        for (const row of block.rows) out.push(`| ${row.label} | ${row.values.map(cell).join(' | ')} |`);
        out.push('');
      }
    }
    if (index === 2) {
      const { requests } = report.tables;
      out.push(
        `| ${REQUEST_HEADER.corner} | ${requests.columns.join(' | ')} |`,
        `| --- |${requests.columns.map(() => ' ---: |').join('')}`,
      );
      for (const row of requests.rows)
        out.push(`| ${[...(row.group ?? []), row.label].join(' / ')} | ${row.values.map(cell).join(' | ')} |`);
      out.push('');
    }
    if (index === 3) {
      const { appeals } = report.tables;
      out.push(
        `| ${appeals.columns.join(' | ')} |`,
        `|${appeals.columns.map(() => ' ---: |').join('')}`,
        `| ${appeals.values.map(cell).join(' | ')} |`,
        '',
      );
    }
  });
  return `${out.join('\n').trimEnd()}\n`;
}

function requestsHtml(report: AnnualReport): string {
  const { requests } = report.tables;
  const lines: string[] = [
    '<table class="gk-report-table" aria-label="收到和处理政府信息公开申请情况">',
    '<thead>',
    `<tr><th scope="col" colspan="3" rowspan="3">${escape(REQUEST_HEADER.corner)}</th><th scope="colgroup" colspan="7">${REQUEST_HEADER.applicant}</th></tr>`,
    `<tr><th scope="col" rowspan="2">${REQUEST_HEADER.naturalPerson}</th><th scope="colgroup" colspan="5">${REQUEST_HEADER.organization}</th><th scope="col" rowspan="2">${REQUEST_HEADER.total}</th></tr>`,
    `<tr>${REQUEST_HEADER.organizationColumns.map((c) => `<th scope="col">${c}</th>`).join('')}</tr>`,
    '</thead>',
    '<tbody>',
  ];
  const rows = requests.rows;
  const span = (depth: number, heading: string): number =>
    rows.filter((r) => (r.group ?? [])[depth] === heading).length;
  rows.forEach((row, index) => {
    const group = row.group ?? [];
    const previous = rows[index - 1]?.group ?? [];
    const cells: string[] = [];
    group.forEach((heading, depth) => {
      if (previous[depth] !== heading)
        cells.push(`<th scope="rowgroup" rowspan="${String(span(depth, heading))}">${escape(heading)}</th>`);
    });
    const colspan = 3 - group.length;
    cells.push(`<th scope="row"${colspan > 1 ? ` colspan="${String(colspan)}"` : ''}>${escape(row.label)}</th>`);
    cells.push(...row.values.map((value) => `<td>${cell(value)}</td>`));
    lines.push(`<tr>${cells.join('')}</tr>`);
  });
  lines.push('</tbody>', '</table>');
  return lines.join('\n');
}

function proactiveHtml(report: AnnualReport): string {
  const lines = ['<table class="gk-report-table" aria-label="主动公开政府信息情况">'];
  for (const block of report.tables.proactive.blocks) {
    lines.push(
      `<tbody><tr><th scope="colgroup" colspan="${String(block.columns.length + 1)}">${escape(block.block)}</th></tr>`,
    );
    lines.push(
      `<tr><th scope="col">信息内容</th>${block.columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr>`,
    );
    for (const row of block.rows)
      lines.push(
        `<tr><th scope="row">${escape(row.label)}</th>${row.values.map((v) => `<td>${cell(v)}</td>`).join('')}</tr>`,
      );
    lines.push('</tbody>');
  }
  lines.push('</table>');
  return lines.join('\n');
}

function appealsHtml(report: AnnualReport): string {
  const [reconsideration, direct, after] = APPEAL_GROUPS.map((group) => group.split('/').pop() ?? group);
  return [
    '<table class="gk-report-table" aria-label="政府信息公开行政复议、行政诉讼情况">',
    '<thead>',
    `<tr><th scope="colgroup" colspan="5">${reconsideration ?? ''}</th><th scope="colgroup" colspan="10">行政诉讼</th></tr>`,
    `<tr>${APPEAL_RESULT_COLUMNS.map((r) => `<th scope="col" rowspan="2">${r}</th>`).join('')}<th scope="colgroup" colspan="5">${direct ?? ''}</th><th scope="colgroup" colspan="5">${after ?? ''}</th></tr>`,
    `<tr>${[...APPEAL_RESULT_COLUMNS, ...APPEAL_RESULT_COLUMNS].map((r) => `<th scope="col">${r}</th>`).join('')}</tr>`,
    '</thead>',
    `<tbody><tr>${report.tables.appeals.values.map((v) => `<td>${cell(v)}</td>`).join('')}</tr></tbody>`,
    '</table>',
  ].join('\n');
}

/**
 * Renders a report as an accessible HTML fragment reproducing the official layout: merged headers
 * with `colspan`/`rowspan`, `scope` on every header cell, the corner note of table 三.
 * @param report - a report in the JSON form
 * @returns the HTML, text escaped
 */
export function renderReportHtml(report: AnnualReport): string {
  const out = [`<article class="gk-report" lang="zh-CN">`, `<h1>${escape(title(report))}</h1>`];
  if (report.agencies !== undefined) out.push(`<p>汇总单位：${escape(report.agencies.join('、'))}</p>`);
  SECTION_HEADINGS.forEach((heading, index) => {
    out.push(`<section><h2>${heading}</h2>`);
    const text = sectionText(report, index);
    for (const paragraph of text.split('\n\n').filter((p) => p !== '')) out.push(`<p>${escape(paragraph)}</p>`);
    if (index === 1) out.push(proactiveHtml(report));
    if (index === 2) out.push(requestsHtml(report));
    if (index === 3) out.push(appealsHtml(report));
    out.push('</section>');
  });
  out.push('</article>');
  return out.join('\n');
}
