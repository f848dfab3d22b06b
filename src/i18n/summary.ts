/** Strings of the summary letters, in both languages (kept apart so each capability owns its file). */
export interface SummaryStrings {
  readonly subjectPlaceholder: string;
}

/** Russian. */
export const summaryRu: SummaryStrings = {
  subjectPlaceholder: '',
};

/** English. */
export const summaryEn: SummaryStrings = {
  subjectPlaceholder: '',
};
