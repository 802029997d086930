// The words of the decisions-and-participation findings, zh-CN first.
import type { Locale } from '@gk/core';

/** The messages of the participation findings in one language. */
export interface ParticipationTexts {
  readonly catalogueUnpublished: () => string;
  readonly consultationUnknown: (id: string) => string;
  readonly noParticipation: () => string;
  readonly hearingMaterials: (heldOn: string) => string;
  readonly decisionUnpublished: (decidedOn: string, days: number, publishedOn: string | undefined) => string;
  readonly replyUnpublished: () => string;
  readonly replyLate: (dueOn: string) => string;
  readonly meetingNoAttendees: () => string;
  readonly meetingRecordLate: (dueOn: string) => string;
}

/** The messages by language. */
export const PARTICIPATION_TEXTS: Readonly<Record<Locale, ParticipationTexts>> = {
  'zh-CN': {
    catalogueUnpublished: () => '年度重大行政决策事项目录尚未向社会公布',
    consultationUnknown: (id) => `关联的征求意见“${id}”不存在`,
    noParticipation: () => '没有听取社会公众意见的记录（公开征求意见、听证会、座谈会等）',
    hearingMaterials: (heldOn) => `听证会（${heldOn}）前没有公布决策草案及其说明等材料`,
    decisionUnpublished: (decidedOn, days, publishedOn) =>
      publishedOn === undefined
        ? `决策已于 ${decidedOn} 作出，${String(days)} 日内尚未公布`
        : `决策于 ${decidedOn} 作出，${publishedOn} 才公布，超过 ${String(days)} 日`,
    replyUnpublished: () => '涉及公共利益、群众广泛关注的复文尚未公开，也没有说明不公开的理由',
    replyLate: (dueOn) => `复文应于 ${dueOn} 前公开`,
    meetingNoAttendees: () => '会议没有利益相关方、群众代表、专家或媒体列席',
    meetingRecordLate: (dueOn) => `列席情况应于 ${dueOn} 前公开`,
  },
  en: {
    catalogueUnpublished: () => "The year's catalogue of major administrative decisions is not published",
    consultationUnknown: (id) => `The linked consultation "${id}" does not exist`,
    noParticipation: () => 'No record of hearing the public (consultation, hearing, symposium …)',
    hearingMaterials: (heldOn) => `The draft and its explanation were not published before the hearing (${heldOn})`,
    decisionUnpublished: (decidedOn, days, publishedOn) =>
      publishedOn === undefined
        ? `Decided on ${decidedOn}, not published within ${String(days)} days`
        : `Decided on ${decidedOn}, published only on ${publishedOn}, over ${String(days)} days`,
    replyUnpublished: () => 'A reply of public interest is neither published nor withheld with a reason',
    replyLate: (dueOn) => `The reply should be published by ${dueOn}`,
    meetingNoAttendees: () => 'No stakeholder, public representative, expert or journalist attended the meeting',
    meetingRecordLate: (dueOn) => `The attendance should be published by ${dueOn}`,
  },
};
