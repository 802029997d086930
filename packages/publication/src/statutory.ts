// 法定主动公开内容 (条例第二十条、第二十一条) mapped to what an agency has published, with the gaps.
import type { StatutoryCategory, StatutoryLevel } from '@gk/guidelines';
import { partitionStatutory } from '@gk/guidelines';
import type { LocalDate } from '@gk/core';
import type { PublicationState } from './evaluate.js';

/** A statutory category and what has been published under it. */
export interface StatutoryPlacement {
  readonly category: StatutoryCategory;
  /** The 索引号 of the publications under it: marked with the category, or matching its keywords. */
  readonly indexNos: readonly string[];
  readonly latestOn: LocalDate | null;
}

/** The result of {@link checkStatutoryPublication}. */
export interface StatutoryPublication {
  readonly level: StatutoryLevel;
  readonly published: readonly StatutoryPlacement[];
  /** Categories with nothing published, each with its provision. */
  readonly gaps: readonly StatutoryCategory[];
  /** Art. 20(15), the catch-all: no content check can decide it. */
  readonly unchecked: readonly StatutoryCategory[];
}

/**
 * Places an agency's publications under the categories the Regulation obliges it to publish (Art. 20;
 * Art. 21 too for a county or a township government): a publication belongs to a category it is
 * marked with (`statutoryCategoryIds`), or, when it is marked with none, to those whose keywords its
 * title or topic uses. Withdrawn publications do not count.
 * @param publications - the publications' states
 * @param level - whose list applies: `agency`, `county` or `township`
 * @returns the categories with publications, the gaps, and the catch-all
 * @see 《中华人民共和国政府信息公开条例》第二十条、第二十一条
 */
export function checkStatutoryPublication(
  publications: readonly PublicationState[],
  level: StatutoryLevel,
): StatutoryPublication {
  const live = publications.filter((p) => p.status === 'published' && p.metadata !== null && p.indexNo !== null);
  const { found, missing, unchecked } = partitionStatutory(level, (category) =>
    live.filter((p) => {
      const marked = p.metadata?.statutoryCategoryIds ?? [];
      if (marked.length > 0) return marked.includes(category.id);
      const text = `${p.metadata?.title ?? ''} ${p.metadata?.topic ?? ''}`;
      return category.keywords.some((keyword) => text.includes(keyword));
    }),
  );
  const published = found.map(({ category, matches }) => ({
    category,
    indexNos: matches.map((p) => p.indexNo ?? ''),
    latestOn: matches.reduce<LocalDate | null>((max, p) => {
      const last = p.versions.at(-1)?.publishedOn ?? null;
      return last !== null && (max === null || last > max) ? last : max;
    }, null),
  }));
  return { level, published, gaps: missing, unchecked };
}
