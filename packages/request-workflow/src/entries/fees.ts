// `@gk/request-workflow/fees`: the processing fee (信息处理费) alone, without the event schemas and
// their validation library. The same functions as the package's main entry.
export type { FeeBand, PerItemFeeInput, PerPageFeeInput, ProcessingFee } from '../fees.js';
export { FEE_LIMITS, processingFee } from '../fees.js';
export { RequestWorkflowError } from '../error.js';
