/** The most events a case's history is read with: far above any real case, and a fold stays fast. */
export const MAX_CASE_EVENTS = 1000;
