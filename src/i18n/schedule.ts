/** Strings of the schedule letters, in both languages (kept apart so each capability owns its file). */
export interface ScheduleStrings {
  readonly subjectPlaceholder: string;
}

/** Russian. */
export const scheduleRu: ScheduleStrings = {
  subjectPlaceholder: '',
};

/** English. */
export const scheduleEn: ScheduleStrings = {
  subjectPlaceholder: '',
};
