// Test support: table 二 figures of a typical county agency, shared by the build and input tests.
import type { ProactiveInput2021 } from '../input.js';

/** Table 二 in the 2021 format: a few documents, licensing and penalty decisions, fees in 万元. */
export const PROACTIVE_2021: ProactiveInput2021 = {
  regulations: { issued: 0, repealed: 0, inForce: 3 },
  normativeDocuments: { issued: 5, repealed: 1, inForce: 40 },
  licensingDecisions: 120,
  penaltyDecisions: 30,
  enforcementDecisions: 2,
  feesTenThousandYuan: 12.5,
};
