/**
 * Closed vocabularies of the school workbook. Values are stable English codes; the words people
 * type (in either language) are mapped to them by `i18n` labels and aliases.
 */

export const LOCALES = ['ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const ROLES = ['admin', 'teacher'] as const;
export type Role = (typeof ROLES)[number];

export const LESSON_FORMS = ['online', 'selfStudy', 'consultation', 'inPerson'] as const;
export type LessonForm = (typeof LESSON_FORMS)[number];

export const LESSON_STATUSES = ['draft', 'pending', 'agreed', 'cancelled'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export const ATTENDANCE = ['present', 'absent', 'excused'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const CREDITS = ['pass', 'fail'] as const;
export type Credit = (typeof CREDITS)[number];

export const WORK_STATES = ['submitted', 'missing', 'overdue'] as const;
export type WorkState = (typeof WORK_STATES)[number];

export const INTERNET_ACCESS = ['yes', 'no', 'unstable'] as const;
export type InternetAccess = (typeof INTERNET_ACCESS)[number];

export const REQUEST_TYPES = ['paper', 'consultation'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_STATUSES = ['new', 'inProgress', 'done', 'rejected'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const OUTBOX_STATUSES = [
  'queued',
  'sending',
  'sent',
  'error',
  'skipped',
  'unknown',
] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const MAIL_MODES = ['live', 'preview', 'off'] as const;
export type MailMode = (typeof MAIL_MODES)[number];

export const PRIVACY_MODES = ['standard', 'minimal'] as const;
export type PrivacyMode = (typeof PRIVACY_MODES)[number];

export const SURVEY_INVITATIONS = ['monthly', 'weekly', 'off'] as const;
export type SurveyInvitations = (typeof SURVEY_INVITATIONS)[number];

/** What an administrator decides about a lesson on «Согласование». */
export const DECISIONS = ['agree', 'return'] as const;
export type Decision = (typeof DECISIONS)[number];

/** ISO weekday numbers, Monday = 1 … Sunday = 7. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Every vocabulary by name, so that i18n can label each of them and parsers can look them up. */
export const VOCABULARIES = {
  role: ROLES,
  lessonForm: LESSON_FORMS,
  lessonStatus: LESSON_STATUSES,
  attendance: ATTENDANCE,
  credit: CREDITS,
  work: WORK_STATES,
  internet: INTERNET_ACCESS,
  requestType: REQUEST_TYPES,
  requestStatus: REQUEST_STATUSES,
  outboxStatus: OUTBOX_STATUSES,
  mailMode: MAIL_MODES,
  privacyMode: PRIVACY_MODES,
  surveyInvitations: SURVEY_INVITATIONS,
  decision: DECISIONS,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
export type VocabularyValue<N extends VocabularyName> = (typeof VOCABULARIES)[N][number];
