// 通报: the office's bulletin from an assessment — the ranking, each agency's problems with examples,
// and what to fix by when (条例第四十七条: 督促整改或者通报批评).
import type { LocalDate } from '@gk/core';
import { createIssue, escapeHtml, formatCitation, isLocalDate } from '@gk/core';
import { AssessmentError } from './error.js';
import { ASSESSMENT_CITATIONS, INDICATORS } from './indicators.js';
import type { Evidence } from './measure.js';
import type { Assessment } from './score.js';

/** One problem of an agency: an indicator that lost points, with examples. */
export interface BulletinProblem {
  readonly indicator: string;
  /** Points lost on the profile's scale, two decimals. */
  readonly lost: number;
  readonly summary: string;
  readonly examples: readonly Evidence[];
}

/** A bulletin (通报), as data: render it with {@link renderBulletinHtml} or `@gk/office`. */
export interface Bulletin {
  readonly title: string;
  readonly issuer: string;
  readonly issuedOn: LocalDate;
  readonly year: number;
  /** The opening paragraph, with the articles it applies. */
  readonly opening: string;
  readonly ranking: readonly { readonly rank: number | null; readonly name: string; readonly score: number | null }[];
  readonly agencies: readonly { readonly name: string; readonly problems: readonly BulletinProblem[] }[];
  /** 整改要求: the deadline and what to report. */
  readonly closing: string;
  readonly fixBy: LocalDate;
}

/** Options of {@link buildBulletin}. */
export interface BulletinOptions {
  /** The office issuing it, e.g. 示范县人民政府办公室. */
  readonly issuer: string;
  readonly issuedOn: string;
  /** The day by which agencies report what they fixed. */
  readonly fixBy: string;
  /** Examples per problem: 3 by default, 20 at most. */
  readonly examples?: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Builds the bulletin of an assessment: the ranking, then for each agency that lost points the
 * indicators it lost them on, worst first, with examples, and the deadline to fix them.
 * @param assessment - the scores (`scoreAgencies`)
 * @param options - issuer, dates, number of examples
 * @returns the bulletin
 * @throws {@link AssessmentError} for dates that are not `YYYY-MM-DD`
 */
export function buildBulletin(assessment: Assessment, options: BulletinOptions): Bulletin {
  for (const field of ['issuedOn', 'fixBy'] as const)
    if (!isLocalDate(options[field]))
      throw new AssessmentError([
        createIssue('assessment.today', { value: String(options[field]).slice(0, 40) }, [field]),
      ]);
  const examples = Math.min(20, Math.max(0, Math.floor(options.examples ?? 3)));
  const year = assessment.year;
  const agencies = assessment.scores.flatMap((s) => {
    if (s.applicableWeight === 0) return [];
    const scale = assessment.profile.total / s.applicableWeight;
    const problems = s.breakdown
      .filter((b) => b.applicable && b.points < b.weight && b.measurement !== null)
      .map((b): BulletinProblem => {
        const m = b.measurement;
        const indicator = INDICATORS[b.indicator];
        const counted = m === null ? '' : `${String(m.total)}${indicator.unit}中${String(m.defects)}处不符合要求`;
        return {
          indicator: indicator.name,
          lost: round2((b.weight - b.points) * scale),
          summary: counted,
          examples: m?.evidence.slice(0, examples) ?? [],
        };
      })
      .sort((a, b) => b.lost - a.lost);
    return problems.length === 0 ? [] : [{ name: s.name, problems }];
  });
  return {
    title: `关于${String(year)}年度政务公开工作考核情况的通报`,
    issuer: options.issuer,
    issuedOn: options.issuedOn as LocalDate,
    year,
    opening: `根据${formatCitation(ASSESSMENT_CITATIONS.assessment)}、第四十七条，按照《${assessment.profile.title}》（${assessment.profile.version}），对各单位${String(year)}年度政务公开工作进行了考核。现将结果通报如下。`,
    ranking: assessment.scores.map((s) => ({ rank: s.rank, name: s.name, score: s.score })),
    agencies,
    closing: `请上述单位对照问题逐项整改，于 ${options.fixBy} 前将整改情况报${options.issuer}。`,
    fixBy: options.fixBy as LocalDate,
  };
}

/**
 * The bulletin as a standalone HTML document (every text escaped), for the web and for printing.
 * @param bulletin - the bulletin
 * @returns the HTML
 */
export function renderBulletinHtml(bulletin: Bulletin): string {
  const e = escapeHtml;
  const rows = bulletin.ranking
    .map(
      (r) =>
        `<tr><td>${r.rank === null ? '—' : String(r.rank)}</td><td>${e(r.name)}</td><td>${r.score === null ? '不参与评分' : r.score.toFixed(2)}</td></tr>`,
    )
    .join('');
  const agencies = bulletin.agencies
    .map(
      (a) =>
        `<section><h3>${e(a.name)}</h3><ol>${a.problems
          .map(
            (p) =>
              `<li><p>${e(p.indicator)}（扣 ${p.lost.toFixed(2)} 分）：${e(p.summary)}。</p>${
                p.examples.length === 0
                  ? ''
                  : `<ul>${p.examples.map((x) => `<li>${e(x.subject)}：${e(x.text)}</li>`).join('')}</ul>`
              }</li>`,
          )
          .join('')}</ol></section>`,
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(bulletin.title)}</title></head><body><article class="bulletin"><h1>${e(bulletin.title)}</h1><p>${e(bulletin.opening)}</p><h2>一、考核结果</h2><table><thead><tr><th scope="col">名次</th><th scope="col">单位</th><th scope="col">得分</th></tr></thead><tbody>${rows}</tbody></table><h2>二、存在的问题</h2>${agencies === '' ? '<p>各单位均未发现扣分问题。</p>' : agencies}<h2>三、整改要求</h2><p>${e(bulletin.closing)}</p><p class="signature">${e(bulletin.issuer)}<br>${e(bulletin.issuedOn)}</p></article></body></html>`;
}
