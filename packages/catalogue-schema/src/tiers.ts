/** A level of government at which an item is published (公开层级). */
export type TierLevel = 'prefecture' | 'county' | 'township' | 'village';

// Words in a tier label and the levels they name; 乡、村级 names two.
const WORDS: readonly (readonly [RegExp, TierLevel])[] = [
  [/州|市(?!辖)|地/, 'prefecture'],
  [/县|区/, 'county'],
  [/乡|镇|街/, 'township'],
  [/村|社区|居/, 'village'],
];

/**
 * Reads a 公开层级 label into the levels it names: 县级 → county; 乡、村级 → township and village;
 * 区县级 → county; 乡镇级, 镇(街)级 → township; 市级, 州级 → prefecture.
 * @param label - the column label as the table heads it
 * @returns the levels, in order; empty when the label names none
 */
export function tierLevelsOf(label: string): readonly TierLevel[] {
  const levels: TierLevel[] = [];
  // 区县级 is one county level; 县级 and 区级 alike.
  const text = label
    .replace(/社区|村居/g, '村')
    .replace(/区县/g, '县')
    .replace(/乡镇|镇街|镇\(街\)|镇（街）/g, '乡');
  for (const [pattern, level] of WORDS) if (pattern.test(text) && !levels.includes(level)) levels.push(level);
  return levels;
}
