import type { DocumentReference, LocalDate } from '@gk/core';
import { createIssue } from '@gk/core';
import type { WorkdayCalendar } from '@gk/workdays';
import type { InterpretationIssue } from './issues.js';

/** The forms an interpretation takes. */
export const INTERPRETATION_FORMS = {
  text: '文字解读',
  graphic: '图表图解',
  qa: '简明问答',
  audioVideo: '音频视频',
  pressConference: '新闻发布会',
  mediaBriefing: '媒体吹风会',
  expert: '专家解读',
  onlineInterview: '在线访谈',
  caseStudy: '案例说明',
} as const;
INTERPRETATION_FORMS satisfies Record<string, string>;

/** A form of interpretation (解读形式). */
export type InterpretationForm = keyof typeof INTERPRETATION_FORMS;

/** The elements an interpretation covers (解读要素). */
export const INTERPRETATION_ELEMENTS = {
  background: '背景依据',
  purpose: '目的意义',
  mainContent: '主要内容',
  scope: '适用范围',
  standardsAndDeadlines: '执行标准与期限',
  changes: '新旧政策差异',
  terms: '术语释义',
} as const;
INTERPRETATION_ELEMENTS satisfies Record<string, string>;

/**
 * The elements an interpretation covers; the old name of {@link INTERPRETATION_ELEMENTS}
 * (`contentElements` is the catalogue's 公开内容（要素）).
 * @deprecated Use {@link INTERPRETATION_ELEMENTS}; this alias goes in the next minor version.
 */
export const CONTENT_ELEMENTS: typeof INTERPRETATION_ELEMENTS = INTERPRETATION_ELEMENTS;

/** An element of an interpretation (解读要素). */
export type InterpretationElement = keyof typeof INTERPRETATION_ELEMENTS;

/**
 * An element of an interpretation; the old name of {@link InterpretationElement}.
 * @deprecated Use {@link InterpretationElement}; this alias goes in the next minor version.
 */
export type ContentElement = InterpretationElement;

/** A policy document (政策文件) as the interpretation rules need it. */
export interface Policy {
  /** The policy document's id. */
  readonly id: string;
  /** Its title. */
  readonly title: string;
  /** 规范性文件 or another kind. */
  readonly kind: 'normativeDocument' | 'other';
  /** The body that drafted it (起草机关). */
  readonly draftingBody: string;
  /** The other bodies of a joint document. */
  readonly jointDrafters?: readonly string[];
  /** The lead body of a joint document (牵头机关). */
  readonly leadBody?: string;
  /** The approval record (审签) it went through. */
  readonly approvalRecordId?: string;
  /** The day it was approved, `YYYY-MM-DD`. */
  readonly approvedOn?: string;
  /** The day it was published, `YYYY-MM-DD`. */
  readonly publishedOn?: string;
  /** Touches the public's interests (涉及公众切身利益): such a 规范性文件 needs an interpretation. */
  readonly concernsPublic?: boolean;
}

/** 解读方案: outline, forms, channels, timing and the responsible body. */
export interface InterpretationPlan {
  readonly outline: readonly string[];
  readonly forms: readonly InterpretationForm[];
  readonly channels: readonly string[];
  readonly timing: string;
  readonly responsibleBody: string;
}

/** 解读材料. */
export interface InterpretationMaterial {
  readonly id: string;
  readonly form: InterpretationForm;
  readonly title: string;
  /** The 解读要素 the material covers. Before 0.2 this field was `contentElements`: see {@link upcastInterpretation}. */
  readonly elements: readonly InterpretationElement[];
  readonly publishedOn?: string;
}

/** An interpretation of a policy: its plan, materials and the steps taken with the policy. */
export interface Interpretation {
  /** The interpretation's id. */
  readonly id: string;
  /** The policy document it interprets (`Policy.id`). */
  readonly policyId: string;
  /** Who interprets: the drafting body, or the body it asks. */
  readonly interpretingBody: string;
  /** 解读方案: outline, forms, channels, timing and the responsible body. */
  readonly plan: InterpretationPlan;
  /** The interpretation materials (文字解读, 图解, 视频 …), each with its elements. */
  readonly materials: readonly InterpretationMaterial[];
  /** The approval record it went through with the policy (同步审签), where recorded. */
  readonly approvalRecordId?: string;
  /** The day the interpretation was organised, `YYYY-MM-DD`, where recorded. */
  readonly organisedOn?: string;
  /** The day it was published, `YYYY-MM-DD`; with the policy or within the days the settings allow. */
  readonly publishedOn?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an interpretation stored before 0.2, when a material's 解读要素 were `contentElements` (the
 * catalogue's name for 公开内容（要素））: they become `elements`. A material that has `elements`
 * keeps them; anything that is not an interpretation is returned as it is. It never changes its input.
 * @param interpretation - the interpretation as stored
 * @returns the interpretation with today's field names
 */
export function upcastInterpretation<T>(interpretation: T): T {
  if (!isRecord(interpretation) || !Array.isArray(interpretation.materials)) return interpretation;
  const old = (material: unknown): material is Record<string, unknown> =>
    isRecord(material) && 'contentElements' in material && !('elements' in material);
  if (!interpretation.materials.some(old)) return interpretation;
  const materials = interpretation.materials.map((material: unknown) => {
    if (!old(material)) return material;
    const { contentElements, ...rest } = material;
    return { ...rest, elements: contentElements };
  });
  return { ...interpretation, materials };
}

/** How late an interpretation may follow its policy: a local rule, as data. */
export interface SynchronyRule {
  /** Workdays after the policy's publication an interpretation may appear; 0 means the same day. */
  readonly maxWorkdaysLater: number;
  /** Where the rule comes from. */
  readonly source: string;
}

/** The national default: published with the policy, the same day (同步部署). */
export const NATIONAL_SYNCHRONY: SynchronyRule = {
  maxWorkdaysLater: 0,
  source: '国办发〔2016〕80号：同步组织、同步审签、同步部署',
};

/** 郑州's local rule: at the latest 3 workdays after the policy (解读文本…最迟应在政策文件公开发布后3个工作日内发布). */
export const ZHENGZHOU_SYNCHRONY: SynchronyRule = { maxWorkdaysLater: 3, source: '郑州市政策解读规定' };

const R80: DocumentReference = { law: 'openGovernmentRules2016' };

function issue(
  code: Parameters<typeof createIssue>[0],
  params: object,
  path: readonly (string | number)[],
): InterpretationIssue {
  return { ...createIssue(code, params, path), reference: R80 } as InterpretationIssue;
}

/** Options of {@link checkSynchrony}. */
export interface SynchronyOptions {
  /** The working-day calendar. */
  readonly calendar: WorkdayCalendar;
  /** The local rule; {@link NATIONAL_SYNCHRONY} by default. */
  readonly rule?: SynchronyRule;
}

/**
 * Checks that an interpretation travels with its policy: the same approval record (同步审签), organised
 * no later than the policy's approval (同步组织), published the same day or within the local rule's
 * workdays (同步部署), and interpreted by the body that drafted it — for a joint document, the lead
 * body (谁起草谁解读). Each failure cites 国办发〔2016〕80号.
 * @param policy - the policy
 * @param interpretation - its interpretation
 * @param options - the calendar and the synchrony rule ({@link NATIONAL_SYNCHRONY} by default)
 * @returns the issues; empty when the interpretation is in step
 */
export function checkSynchrony(
  policy: Policy,
  interpretation: Interpretation,
  options: SynchronyOptions,
): InterpretationIssue[] {
  const rule = options.rule ?? NATIONAL_SYNCHRONY;
  const issues: InterpretationIssue[] = [];
  if (policy.approvalRecordId === undefined || policy.approvalRecordId !== interpretation.approvalRecordId) {
    issues.push(
      issue(
        'synchrony.approval',
        {
          policyRecord: policy.approvalRecordId ?? null,
          interpretationRecord: interpretation.approvalRecordId ?? null,
        },
        ['approvalRecordId'],
      ),
    );
  }
  if (
    policy.approvedOn !== undefined &&
    interpretation.organisedOn !== undefined &&
    interpretation.organisedOn > policy.approvedOn
  ) {
    issues.push(
      issue(
        'synchrony.organisedLate',
        { organisedOn: interpretation.organisedOn, policyApprovedOn: policy.approvedOn },
        ['organisedOn'],
      ),
    );
  }
  if (policy.publishedOn !== undefined) {
    if (interpretation.publishedOn === undefined) {
      issues.push(issue('synchrony.notPublished', { policyPublishedOn: policy.publishedOn }, ['publishedOn']));
    } else if (interpretation.publishedOn > policy.publishedOn) {
      let workdaysLater: number;
      try {
        workdaysLater = options.calendar.workdaysBetween(policy.publishedOn, interpretation.publishedOn);
      } catch {
        // Dates outside the calendar or malformed: fall back to counting calendar days, which is never fewer.
        workdaysLater = Math.max(
          0,
          Math.round((Date.parse(interpretation.publishedOn) - Date.parse(policy.publishedOn)) / 86_400_000),
        );
      }
      if (!(workdaysLater <= rule.maxWorkdaysLater)) {
        issues.push(
          issue(
            'synchrony.publishedLate',
            {
              publishedOn: interpretation.publishedOn,
              policyPublishedOn: policy.publishedOn,
              workdaysLater,
              allowed: rule.maxWorkdaysLater,
            },
            ['publishedOn'],
          ),
        );
      }
    }
  }
  const expectedBody =
    (policy.jointDrafters?.length ?? 0) > 0 ? (policy.leadBody ?? policy.draftingBody) : policy.draftingBody;
  if (interpretation.interpretingBody !== expectedBody) {
    issues.push(
      issue('synchrony.drafterInterprets', { interpretingBody: interpretation.interpretingBody, expectedBody }, [
        'interpretingBody',
      ]),
    );
  }
  if (interpretation.materials.length === 0) issues.push(issue('interpretation.noMaterial', {}, ['materials']));
  return issues;
}

/**
 * The interpretations of a policy (for a policy page).
 * @param policyId - the policy's id
 * @param interpretations - all interpretations
 * @returns those of the policy
 */
export function interpretationsOf(policyId: string, interpretations: readonly Interpretation[]): Interpretation[] {
  return interpretations.filter((interpretation) => interpretation.policyId === policyId);
}

/**
 * The policy an interpretation explains (for an interpretation page).
 * @param interpretation - the interpretation
 * @param policies - all policies
 * @returns the policy, or `undefined`
 */
export function policyOf(interpretation: Interpretation, policies: readonly Policy[]): Policy | undefined {
  return policies.find((policy) => policy.id === interpretation.policyId);
}

/**
 * Policies that should have an interpretation and have none: 规范性文件 that concern the public.
 * @param policies - the policies
 * @param interpretations - the interpretations
 * @returns one finding per policy lacking an interpretation
 */
export function missingInterpretations(
  policies: readonly Policy[],
  interpretations: readonly Interpretation[],
): InterpretationIssue[] {
  const interpreted = new Set(interpretations.map((interpretation) => interpretation.policyId));
  return policies.flatMap((policy, index) =>
    policy.kind === 'normativeDocument' && policy.concernsPublic !== false && !interpreted.has(policy.id)
      ? [issue('interpretation.missing', { policyTitle: policy.title }, ['policies', index])]
      : [],
  );
}

/**
 * The day a policy's interpretation is due under a rule: its publication day plus the allowed workdays.
 * @param policy - the policy
 * @param options - the working-day calendar and the synchrony rule (national by default)
 * @returns the due day, or `null` before the policy is published
 */
export function interpretationDueOn(policy: Policy, options: SynchronyOptions): LocalDate | null;
/**
 * The old, positional form of {@link interpretationDueOn}.
 * @deprecated Pass `{ calendar, rule }`; this form goes in the next minor version.
 */
export function interpretationDueOn(policy: Policy, calendar: WorkdayCalendar, rule?: SynchronyRule): LocalDate | null;
export function interpretationDueOn(
  policy: Policy,
  second: SynchronyOptions | WorkdayCalendar,
  positionalRule?: SynchronyRule,
): LocalDate | null {
  const { calendar, rule = NATIONAL_SYNCHRONY }: SynchronyOptions =
    'calendar' in second
      ? second
      : { calendar: second, ...(positionalRule === undefined ? {} : { rule: positionalRule }) };
  return policy.publishedOn === undefined ? null : calendar.addWorkdays(policy.publishedOn, rule.maxWorkdaysLater);
}
