/** The words of change logs and conformance findings, per locale. */
export interface ReportTexts {
  readonly itemAdded: (name: string) => string;
  readonly itemRemoved: (name: string) => string;
  readonly fieldChanged: (name: string, field: string, before: string, after: string) => string;
  readonly headerChanged: (field: string, before: string, after: string) => string;
  readonly missing: (name: string) => string;
  readonly notApplicable: (name: string, reason: string) => string;
  readonly notApplicableWithoutReason: (name: string) => string;
  readonly added: (name: string) => string;
  readonly requiredChannelDropped: (name: string, channel: string) => string;
  readonly requiredChannelOptional: (name: string, channel: string) => string;
  readonly timeLimitLonger: (name: string, guideline: string, catalogue: string) => string;
  readonly timeLimitNotComparable: (name: string, guideline: string, catalogue: string) => string;
  readonly proactiveToOnRequest: (name: string) => string;
  readonly audienceNarrowed: (name: string) => string;
  readonly contentElementMissing: (name: string, element: string) => string;
  readonly empty: string;
}
