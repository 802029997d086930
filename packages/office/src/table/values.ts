// Cells that hold text where the layout expects ticks: 公开对象 (全社会, 申请人), 公开方式 and
// 公开属性 (主动公开, 依申请), 公开层级 (县级、乡级; 市/县/乡), and tick columns holding their own
// heading (全社会 under 全社会).
import type { TierLevel } from '@gk/catalogue-schema';
import { tierLevelsOf } from '@gk/catalogue-schema';
import { ticked, unmarked } from '../xlsx/cells.js';

export { unmarked };
import { norm } from '../xlsx/layout.js';

/** Whether a tick column's cell marks it: a tick (√, ■, 是) or the column's own heading (主动公开 under 主动). */
export function marks(value: string, heading: string): boolean {
  if (ticked(value)) return true;
  const v = norm(value);
  const h = norm(heading);
  return v !== '' && (v === h || (v.length >= 2 && h.length >= 2 && (v.includes(h) || h.includes(v))));
}

const PUBLIC_WORDS = /全社会|社会公众|公众|全体/g;
const GROUP_WORDS = /^(特定群体|特定群众|特定对象)$/;

/** A 公开对象 cell written out: whether it names the public, and the specific group it names, if any. */
export function audienceOf(value: string): { public: boolean; groups: boolean; description?: string } {
  const isPublic = PUBLIC_WORDS.test(value);
  PUBLIC_WORDS.lastIndex = 0;
  const rest = value
    .replace(PUBLIC_WORDS, '')
    .replace(/^[\s、,，;；/和及]+|[\s、,，;；/和及]+$/g, '')
    .trim();
  if (rest === '' || unmarked(rest)) return { public: isPublic, groups: false };
  return GROUP_WORDS.test(norm(rest))
    ? { public: isPublic, groups: true }
    : { public: isPublic, groups: true, description: rest };
}

/** A 公开方式 or 公开属性 cell written out: 主动公开, 依申请公开, both, or neither (全文发布). */
export function modesOf(value: string): ('proactive' | 'onRequest')[] {
  return [
    ...(value.includes('主动') ? (['proactive'] as const) : []),
    ...(/依申请|申请公开/.test(value) ? (['onRequest'] as const) : []),
  ];
}

const LEVEL_ORDER: readonly TierLevel[] = ['prefecture', 'county', 'township', 'village'];
const rank = (label: string): number => LEVEL_ORDER.indexOf(tierLevelsOf(label)[0] ?? 'village');

/**
 * The tiers a 公开层级 cell names when written out: `县级、乡级`, `市/县/乡`, `县级 乡级` (and `乡、村级`,
 * one label naming two levels). Parts that name no level are left out; the labels come in level order (市, 县, 乡, 村).
 */
export function tiersOf(value: string): string[] {
  const parts = value
    .split(/[、/,，;；\s]+|和|及/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  // 乡、村级 is one label naming two levels: parts split only when all or none end in 级.
  const graded = parts.filter((part) => part.endsWith('级')).length;
  const whole = graded > 0 && graded < parts.length;
  const labels = (whole ? [value.trim()] : parts).filter((part) => tierLevelsOf(part).length > 0);
  return [...new Set(labels)].sort((a, b) => rank(a) - rank(b));
}

/** Labels in level order, for a table's header. */
export const byLevel = (labels: Iterable<string>): string[] => [...new Set(labels)].sort((a, b) => rank(a) - rank(b));
