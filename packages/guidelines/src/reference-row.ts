import type { Audience, DisclosureMode } from '@gk/catalogue-schema';

/**
 * A row of a real county catalogue, copied verbatim from the county's site, with its source.
 * `audience`, `mode` and `tiers` are absent where the source's tick cells could not be read.
 */
export interface ReferenceRow {
  readonly id: string;
  /** The domain as the pilot list names it (or as the county's table does). */
  readonly domain: string;
  readonly primaryMatter: string | null;
  readonly secondaryMatter: string;
  readonly tertiaryMatter?: string;
  /** 公开内容（要素）, the cell's text. */
  readonly content: string;
  readonly basis: string;
  readonly timeLimit: string;
  readonly publisher: string;
  /** The channel cell's entries, with their marks. */
  readonly channels: readonly string[];
  readonly audience?: readonly Audience[];
  readonly mode?: readonly DisclosureMode[];
  readonly tiers?: readonly string[];
  /** Where the row comes from: the page, the county that publishes it, and its kind. */
  readonly source: { readonly url: string; readonly publisher: string; readonly kind: string };
  /** What the copy lost or how it was read. */
  readonly note?: string;
}
