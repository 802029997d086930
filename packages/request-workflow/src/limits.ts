// The sizes the request engine reads: far above any real case, and small enough that hostile input
// stays fast. One truth, imported by the parser, the store and the portal's forms.

/** The most events a case's history is read with: far above any real case, and a fold stays fast. */
export const MAX_CASE_EVENTS = 1000;

/** The longest free text an event takes: a description of the information asked for, a reason, a part. */
export const MAX_TEXT_LENGTH = 4000;

/** The longest short text an event takes: a name, an identity number, a phone number, an address. */
export const MAX_SHORT_TEXT_LENGTH = 200;

/** The most entries a list in an event takes: document numbers, clarification items, parts, citations. */
export const MAX_LIST_ITEMS = 50;

/** The most workdays a clarification period or an extension can be written with: a year of workdays. */
export const MAX_EVENT_WORKDAYS = 250;
/** The largest fee amount an event takes, in yuan. */
export const MAX_FEE_AMOUNT = 1_000_000_000;
