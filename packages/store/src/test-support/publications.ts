// Test support: a publication's metadata and a history that reaches publication.
import type { PublicationEvent, PublicationMetadata } from '@gk/publication';

/** The drafter of the test publications. */
export const drafter = { id: 'u1', role: 'drafter' as const };
/** The head who reviews, approves and publishes them. */
export const head = { id: 'u2', role: 'head' as const };

/** 示范县民政局's metadata under catalogue item `sa-1`, formed 2026-03-02. */
export const metadata = (
  title: string,
  body: string,
  extra: Partial<PublicationMetadata> = {},
): PublicationMetadata => ({
  title,
  publisher: '示范县民政局',
  createdOn: '2026-03-02',
  topic: '社会救助',
  kind: 'notice',
  audience: 'public',
  catalogueItemIds: ['sa-1'],
  formedOn: '2026-03-02',
  channels: ['政府网站'],
  body,
  ...extra,
});

/** A history that reaches publication on `on`. */
export const published = (indexNo: string, m: PublicationMetadata, on = '2026-03-05'): PublicationEvent[] => [
  { type: 'drafted', on: m.formedOn, actor: drafter, indexNo, metadata: m },
  { type: 'attributeDetermined', on: m.formedOn, actor: drafter, attribute: 'proactive' },
  { type: 'reviewed', on: m.formedOn, actor: head, findings: [] },
  { type: 'approved', on: m.formedOn, actor: head },
  { type: 'published', on, actor: head },
];
