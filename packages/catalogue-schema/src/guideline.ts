import type { Audience, ChannelEntryDocument, DisclosureMode } from './document.js';

/** One item of a 标准指引: what every catalogue of the domain should publish, and how. */
export interface GuidelineItem {
  /** A stable id within the guideline; catalogues refer to it as `guidelineItemId`. */
  readonly id: string;
  readonly primaryMatter: string;
  readonly secondaryMatter: string;
  readonly tertiaryMatter?: string;
  readonly contentElements: readonly string[];
  readonly basis?: string;
  readonly timeLimit: string;
  readonly publisher?: string;
  /** Channels with their marks: ■ required, □ optional. */
  readonly channels: readonly ChannelEntryDocument[];
  readonly audience: readonly Audience[];
  readonly mode: readonly DisclosureMode[];
}

/** A 标准指引 (or any baseline a catalogue is measured against), as data with its source. */
export interface Guideline {
  readonly id: string;
  /** The domain, e.g. 义务教育. */
  readonly domain: string;
  readonly title: string;
  readonly issuer?: string;
  readonly docNo?: string;
  /** Where the rows come from. */
  readonly source?: string;
  readonly items: readonly GuidelineItem[];
}
