/** The thirteen channels county catalogues list (公开渠道和载体), by stable id. */
export const CHANNELS = {
  portal: '政府网站',
  gazette: '政府公报',
  newMedia: '两微一端',
  pressConference: '发布会/听证会',
  broadcast: '广播电视',
  print: '纸质媒体',
  readingPoint: '公开查阅点',
  serviceCenter: '政务服务中心',
  convenienceStation: '便民服务站',
  doorToDoor: '入户/现场',
  noticeBoard: '社区/企事业单位/村公示栏（电子屏）',
  targetedPush: '精准推送',
  other: '其他',
} as const;
CHANNELS satisfies Record<string, string>;

/** The id of one of the thirteen channels. */
export type ChannelId = keyof typeof CHANNELS;

/** Whether a channel is required (■), optional (□), or not marked. */
export type ChannelRequirement = 'required' | 'optional' | 'unspecified';

// Other names the reference catalogues use for the same channels, after normalisation.
const ALIASES: Readonly<Record<string, ChannelId>> = {
  一微一端: 'newMedia',
  政务新媒体: 'newMedia',
  发布会听证会: 'pressConference',
  发布会: 'pressConference',
  新闻发布会: 'pressConference',
  政府服务中心: 'serviceCenter',
  行政服务中心: 'serviceCenter',
  入户现场宣传: 'doorToDoor',
  '入户/现场宣传': 'doorToDoor',
  '社区/企事业单位、村公示栏(电子屏)': 'noticeBoard',
  '村居/企事业单位公示栏(电子屏)': 'noticeBoard',
  '社区/企事业单位/村公示栏': 'noticeBoard',
  公示栏: 'noticeBoard',
  村公示栏: 'noticeBoard',
  社区公示栏: 'noticeBoard',
  '村(居)公示栏': 'noticeBoard',
  村务公开栏: 'noticeBoard',
  村村通广播: 'broadcast',
  '公开查阅点/政务公开专区': 'readingPoint',
};

/** The mark written before a channel for each requirement (■ 必选, □ 可选). */
export const CHANNEL_MARKS = { required: '■', optional: '□', unspecified: '' } as const;

/** Marks read as required, optional, or (no legend known) unspecified. */
const REQUIRED_MARKS = new Set(['■', '▄', '●', 'R']);
const OPTIONAL_MARKS = new Set(['□', '口', '£', '〇', '○']);
const OTHER_MARKS = new Set(['▲', '◆', '√', '✓', '☑']);

/** Normalises a channel name for lookup: half-width punctuation, no spaces, ⁄ as /. */
export function normalizeChannelName(name: string): string {
  return name.replace(/（/g, '(').replace(/）/g, ')').replace(/[⁄／]/g, '/').replace(/\s+/g, '').replace(/_+$/, '');
}

const BY_NAME: ReadonlyMap<string, ChannelId> = new Map<string, ChannelId>([
  ...Object.entries(CHANNELS).map(([id, name]) => [normalizeChannelName(name), id as ChannelId] as const),
  ...Object.entries(ALIASES).map(([name, id]) => [normalizeChannelName(name), id] as const),
]);

/**
 * Finds the channel a name means, accepting the variants counties write (一微一端, 发布会, 入户/现场宣传 …).
 * @param name - the channel name, without its mark
 * @returns the channel id, or `undefined` for a name outside the vocabulary (kept by the parser, with a warning)
 */
export function channelIdOf(name: string): ChannelId | undefined {
  return BY_NAME.get(normalizeChannelName(name));
}

/** A channel cell entry split into its mark and name. */
export interface MarkedChannel {
  readonly name: string;
  readonly mark?: string;
  readonly requirement: ChannelRequirement;
}

/**
 * Splits a marked channel entry such as `■政府网站` or `□两微一端` into mark, name and requirement.
 * `■ ▄ ● R` mean required, `□ 口 £ 〇` optional; other marks (`▲ ◆ √`) and no mark leave it unspecified.
 * @param entry - the entry as written
 * @returns the name, the mark and what it means
 */
export function splitChannelMark(entry: string): MarkedChannel {
  const trimmed = entry.trim();
  const first = trimmed.charAt(0);
  const rest = trimmed.slice(1).trim();
  if (REQUIRED_MARKS.has(first) && rest !== '') return { name: rest, mark: first, requirement: 'required' };
  if (OPTIONAL_MARKS.has(first) && rest !== '') return { name: rest, mark: first, requirement: 'optional' };
  if (OTHER_MARKS.has(first) && rest !== '') return { name: rest, mark: first, requirement: 'unspecified' };
  return { name: trimmed, requirement: 'unspecified' };
}
