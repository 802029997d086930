// The words of the village alignment's findings, zh-CN first.
import type { Locale } from '@gk/core';

/** The messages of {@link alignVillageCatalogue}'s findings in one language. */
export interface VillageTexts {
  readonly contentMissing: (elements: readonly string[]) => string;
  readonly timeLimitDiffers: (village: string, upper: string) => string;
  readonly noticeBoardDropped: () => string;
  readonly noGrassrootsChannel: () => string;
  readonly ownItem: () => string;
  readonly topicMissing: (topic: string) => string;
}

/** The findings' messages by language. */
export const VILLAGE_TEXTS: Readonly<Record<Locale, VillageTexts>> = {
  'zh-CN': {
    contentMissing: (elements) => `与上级目录的同一事项相比，缺少公开内容：${elements.join('、')}`,
    timeLimitDiffers: (village, upper) => `公开时限与上级目录不一致：本清单为“${village}”，上级目录为“${upper}”`,
    noticeBoardDropped: () => '上级目录要求通过村公示栏公开，本清单未列村公示栏',
    noGrassrootsChannel: () => '未列村（居）民能看到的渠道（公示栏、村村通广播、微信群或公众号）',
    ownItem: () => '上级目录中没有对应事项，属于村（居）自治范围的公开事项',
    topicMissing: (topic) => `清单中没有“${topic}”方面的公开事项（实施方案要求重点公开）`,
  },
  en: {
    contentMissing: (elements) => `Compared with the same matter upstream, content is missing: ${elements.join(', ')}`,
    timeLimitDiffers: (village, upper) =>
      `The time limit differs from upstream: "${village}" here, "${upper}" upstream`,
    noticeBoardDropped: () => 'Upstream requires the village notice board; this list does not name it',
    noGrassrootsChannel: () =>
      'No channel villagers see (notice board, village broadcast, WeChat group or account) is listed',
    ownItem: () => 'No matching matter upstream: a matter of village self-governance',
    topicMissing: (topic) =>
      `The list has no item on "${topic}", which the implementation plans ask villages to publish`,
  },
};
