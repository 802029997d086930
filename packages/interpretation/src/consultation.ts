import type { DocumentReference, LegalCitation, LocalDate } from '@gk/core';
import { addDays, cite, createIssue, daysBetween, safeParseLocalDate } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import type { InterpretationIssue } from './issues.js';

/** A public consultation on a draft decision (公开征求意见). */
export interface Consultation {
  readonly id: string;
  readonly title: string;
  /** The day the draft and its explanation were published: the period starts the next day. */
  readonly publishedOn: string;
  /** Whether the draft (决策草案) and its explanation (说明) were both published. */
  readonly materialsPublished: boolean;
  /** The last day for comments, as announced. */
  readonly endsOn: string;
  /** The reason for a period shorter than 30 days, stated when the consultation opened. */
  readonly shortenedReason?: string;
  readonly channels: readonly string[];
  /** Comments received, and for each whether it was adopted and why not. */
  readonly comments: readonly {
    readonly receivedOn: string;
    readonly adopted: boolean | null;
    readonly reason?: string;
  }[];
  /** The published feedback report (意见采纳情况). */
  readonly feedback?: { readonly publishedOn: string; readonly summary: string };
  /** The day the decision was adopted, if it was. */
  readonly decidedOn?: string;
}

/** The minimum comment period in days (一般不少于30日). */
export const MINIMUM_COMMENT_DAYS = 30;

const ART_15: LegalCitation = cite('majorDecisionProcedures', 15);
/** 提交决策机关讨论时报送社会公众提出的主要意见的研究采纳情况. */
const ART_29_2: LegalCitation = cite('majorDecisionProcedures', 29, undefined, 2);
/** 公布重大行政决策时说明公众意见的采纳情况 (for decisions of general concern or technical ones). */
const ART_32: LegalCitation = cite('majorDecisionProcedures', 32);
const R80: DocumentReference = { law: 'openGovernmentRules2016' };

/**
 * What a county adds to the national rules on consultation feedback. Neither is national law: the
 * Regulation on major decisions asks for the 采纳情况 to go to the decision body (第二十九条第（二）项)
 * and to be explained when a decision of general concern is published (第三十二条).
 */
export interface ConsultationSettings {
  /**
   * Publish the feedback (意见采纳情况) once the comment period is over, before any decision — the
   * practice 国办发〔2016〕80号 asks of consultations. `true` by default; a warning.
   */
  readonly feedbackAfterPeriod?: boolean;
  /** Record a reason for each comment not adopted — local practice. `true` by default; a warning. */
  readonly reasonForEachRejection?: boolean;
}

/** Options of {@link commentPeriodEnd}. */
export interface CommentPeriodOptions {
  /** The working-day calendar. */
  readonly calendar: WorkdayCalendar;
  /** The period in days, 30 by default (第十五条). */
  readonly days?: number;
}

/** Options of {@link checkConsultation}: today, and the local rules on feedback. */
export interface CheckConsultationOptions extends ConsultationSettings {
  /** Today, `YYYY-MM-DD` (the caller's clock). */
  readonly today: string;
}

/**
 * The last day of a comment period of `days` days after publication: the publication day is not
 * counted (《民法典》第二百零一条), and a last day that is a holiday or rest day moves to the next
 * workday (第二百零三条).
 * @param publishedOn - the day the draft was published
 * @param options - the working-day calendar, and the period in days (30 by default)
 * @returns the last day for comments
 */
export function commentPeriodEnd(publishedOn: string, options: CommentPeriodOptions): LocalDate;
/**
 * The old, positional form of {@link commentPeriodEnd}.
 * @deprecated Pass `{ calendar, days }`; this form goes in the next minor version.
 */
export function commentPeriodEnd(publishedOn: string, calendar: WorkdayCalendar, days?: number): LocalDate;
export function commentPeriodEnd(
  publishedOn: string,
  second: CommentPeriodOptions | WorkdayCalendar,
  days: number = MINIMUM_COMMENT_DAYS,
): LocalDate {
  const options: CommentPeriodOptions = 'calendar' in second ? second : { calendar: second, days };
  return options.calendar.workdayOnOrAfter(addDays(publishedOn, options.days ?? MINIMUM_COMMENT_DAYS));
}

/**
 * Checks a consultation: the draft and its explanation published; a period of at least 30 days after
 * publication unless a reason was stated, and no decision before it ended (《重大行政决策程序暂行条例》
 * 第十五条); once the decision is made, the adoption of comments explained (第三十二条, for decisions of
 * general concern — a warning, since only the agency knows whether the decision is one). With the
 * default {@link ConsultationSettings}, also the feedback published once the period is over (国办发
 * 〔2016〕80号) and a reason for each comment not adopted (local practice; 第二十九条第（二）项 asks for
 * the 采纳情况 to reach the decision body).
 * @param consultation - the consultation
 * @param options - today (`YYYY-MM-DD`) and the local rules on feedback
 * @returns the issues, each with its article or document
 */
export function checkConsultation(consultation: Consultation, options: CheckConsultationOptions): InterpretationIssue[];
/**
 * The old, positional form of {@link checkConsultation}.
 * @deprecated Pass `{ today, ...settings }`; this form goes in the next minor version.
 */
export function checkConsultation(
  consultation: Consultation,
  today: string,
  settings?: ConsultationSettings,
): InterpretationIssue[];
export function checkConsultation(
  consultation: Consultation,
  second: CheckConsultationOptions | string,
  positionalSettings: ConsultationSettings = {},
): InterpretationIssue[] {
  const { today, ...settings }: CheckConsultationOptions =
    typeof second === 'string' ? { today: second, ...positionalSettings } : second;
  const issues: InterpretationIssue[] = [];
  const withCitation = (
    item: ReturnType<typeof createIssue>,
    citation: LegalCitation | DocumentReference | undefined,
  ): InterpretationIssue =>
    (citation === undefined
      ? item
      : 'article' in citation
        ? { ...item, citation }
        : { ...item, reference: citation }) as InterpretationIssue;
  const dates: [unknown, readonly (string | number)[]][] = [
    [today, ['today']],
    [consultation.publishedOn, ['publishedOn']],
    [consultation.endsOn, ['endsOn']],
    ...(consultation.decidedOn === undefined
      ? []
      : [[consultation.decidedOn, ['decidedOn']] as [unknown, readonly string[]]]),
  ];
  for (const [value, path] of dates) {
    const parsed = safeParseLocalDate(value, path);
    if (!parsed.success) issues.push(...(parsed.issues as unknown as InterpretationIssue[]));
  }
  if (issues.length > 0) return issues;
  const day = today;
  if (!consultation.materialsPublished)
    issues.push(withCitation(createIssue('consultation.materialsMissing', {}, ['materialsPublished']), ART_15));
  const days = daysBetween(consultation.publishedOn, consultation.endsOn);
  if (days < MINIMUM_COMMENT_DAYS && (consultation.shortenedReason ?? '').trim() === '') {
    issues.push(
      withCitation(
        createIssue('consultation.periodShort', { days, minimum: MINIMUM_COMMENT_DAYS }, ['endsOn']),
        ART_15,
      ),
    );
  }
  if (consultation.decidedOn !== undefined && consultation.decidedOn <= consultation.endsOn) {
    issues.push(
      withCitation(
        createIssue('consultation.decidedEarly', { decidedOn: consultation.decidedOn, endsOn: consultation.endsOn }, [
          'decidedOn',
        ]),
        ART_15,
      ),
    );
  }
  if (consultation.feedback === undefined) {
    if (consultation.decidedOn !== undefined) {
      issues.push(
        withCitation(
          createIssue(
            'consultation.adoptionNotExplained',
            { decidedOn: consultation.decidedOn },
            ['feedback'],
            'warning',
          ),
          ART_32,
        ),
      );
    } else if ((settings.feedbackAfterPeriod ?? true) && day > consultation.endsOn) {
      issues.push(
        withCitation(
          createIssue('consultation.feedbackMissing', { endsOn: consultation.endsOn }, ['feedback'], 'warning'),
          R80,
        ),
      );
    }
  }
  if (settings.reasonForEachRejection ?? true) {
    consultation.comments.forEach((comment, index) => {
      if (comment.adopted === false && (comment.reason ?? '').trim() === '') {
        issues.push(
          withCitation(
            createIssue('consultation.reasonMissing', { comment: index }, ['comments', index, 'reason'], 'warning'),
            ART_29_2,
          ),
        );
      }
    });
  }
  return issues;
}

/** An item of an agency's 公众参与事项清单. */
export interface PublicParticipationItem {
  readonly id: string;
  readonly title: string;
  readonly agency: string;
  /** 座谈会、听证会、实地走访、书面征求意见、向社会公开征求意见、问卷调查、民意调查 (第十四条). */
  readonly methods: readonly (
    'symposium' | 'hearing' | 'fieldVisit' | 'writtenComments' | 'publicConsultation' | 'questionnaire' | 'opinionPoll'
  )[];
  readonly plannedOn?: string;
}

/**
 * Checks an agency's public-participation list: unique ids, a method for every item.
 * @param items - the list
 * @returns the issues
 * @see 《重大行政决策程序暂行条例》第十四条
 */
export function checkParticipationList(items: readonly PublicParticipationItem[]): InterpretationIssue[] {
  const seen = new Set<string>();
  const issues: InterpretationIssue[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push(createIssue('participation.duplicate', { id: item.id }, ['items', index, 'id']));
    seen.add(item.id);
    if (item.methods.length === 0)
      issues.push(createIssue('participation.method', { id: item.id }, ['items', index, 'methods']));
  });
  return issues;
}
