// The desk's words for publications: its roles as publication roles, and the status labels.
import type { PublicationActor, PublicationRole, PublicationState } from '@gk/publication';
import type { Session } from '../auth.js';

/** The desk's roles as publication roles: 登记员 drafts, 承办人 reviews, 负责人 approves. */
export const ROLE: Readonly<Record<Session['role'], PublicationRole>> = {
  registrar: 'drafter',
  handler: 'reviewer',
  head: 'head',
};
/** The signed-in member of staff as the actor of a publication event. */
export const actorOf = (session: Session): PublicationActor => ({
  id: session.username,
  role: ROLE[session.role],
  name: session.name,
});
/** Where a record stands, as the desk says it. */
export const STATUS: Readonly<Record<PublicationState['status'], string>> = {
  notDrafted: '—',
  drafted: '待认定公开属性',
  notForPublication: '不主动公开',
  determined: '待审查',
  reviewed: '待审批',
  approved: '待发布',
  published: '已发布',
  withdrawn: '已撤回',
};
