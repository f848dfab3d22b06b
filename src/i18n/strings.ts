import type { DomainStrings, ProblemStrings } from '../domain/words';
import type { DeliveryStrings } from './delivery';
import type { FormsStrings } from './forms';
import type { ReadersStrings } from './readers';
import type { QuotaStrings } from './quota';
import type { ReportStrings } from './report';
import type { ScheduleStrings } from './schedule';
import type { SummaryStrings } from './summary';
import type { TrustStrings } from './trust';
import type { DashboardStrings } from './dashboard';
import type { AgreementStrings } from './agreement';
import type { PrivacyStrings } from './privacy';
import type { ArchiveStrings } from './archive';

/** Labels of one vocabulary: what a drop-down offers for each code (declared in the domain). */
export type { VocabularyLabels } from '../domain/words';

/**
 * Everything the add-on says to people, in one language: the names of `DomainStrings` (the
 * sheets, headers, labels and aliases people may type) and the messages.
 */
export interface Strings extends DomainStrings {
  readonly appName: string;
  readonly yes: string;
  readonly no: string;
  readonly settingDescriptions: Record<string, string>;
  readonly problems: ProblemStrings;
  readonly menu: {
    readonly setup: string;
    readonly checkData: string;
    readonly publishSchedule: string;
    readonly sendWeeklySummaries: string;
    readonly buildWeeklyReport: string;
    readonly dashboard: string;
    readonly help: string;
    readonly resendUnknown: string;
    readonly ensureTriggers: string;
    readonly quotaPlan: string;
    readonly takeOverMail: string;
    readonly erasePupil: string;
    readonly archiveNow: string;
    readonly applyAgreement: string;
  };
  readonly setup: {
    readonly title: string;
    readonly created: (what: string) => string;
    readonly repaired: (what: string) => string;
    readonly addedColumns: (sheet: string, columns: string) => string;
    readonly addedSettings: (keys: string) => string;
    readonly nothingToDo: string;
    readonly protectedNote: string;
    readonly timezoneSet: (tz: string) => string;
  };
  readonly check: {
    readonly title: string;
    readonly none: string;
    readonly found: (count: number, sheet: string) => string;
  };
  readonly mail: {
    readonly previewPrefix: string;
    readonly previewNote: (recipients: string) => string;
    readonly shortened: (url: string) => string;
    readonly unknownFateError: string;
    readonly unknownFateSubject: (count: number) => string;
    readonly unknownFateIntro: string;
    readonly unknownFateHowTo: (sheet: string, status: string, menu: string) => string;
    readonly failedSubject: (count: number) => string;
    readonly failedIntro: string;
    readonly failedHowTo: (sheet: string, status: string) => string;
    readonly alertLine: (
      subject: string,
      recipients: string,
      sheet: string,
      row: number,
      error: string,
    ) => string;
    readonly contactsHeading: string;
    readonly hotline: string;
    readonly email: string;
    readonly website: string;
    readonly signature: (school: string) => string;
    readonly howToAskHeading: string;
    readonly howToAskConsultation: (phones: string, email: string) => string;
    readonly howToAskPaper: (phones: string, email: string) => string;
    /** The request form one tap away: «Нужна консультация или задания на бумаге?» [Оставить заявку]. */
    readonly requestLead: string;
    readonly requestButton: string;
    readonly requestNote: string;
    readonly automatic: string;
  };
  readonly quota: QuotaStrings;
  readonly triggers: {
    readonly ok: string;
    readonly repaired: (created: number, removed: number) => string;
    readonly stale: string;
    readonly requeued: (count: number) => string;
    readonly staleWarning: (hours: number) => string;
    readonly ownedBy: (owner: string, menuItem: string) => string;
    readonly tookOver: (previous: string) => string;
  };
  readonly schedule: ScheduleStrings;
  readonly summary: SummaryStrings;
  readonly report: ReportStrings;
  readonly forms: FormsStrings;
  readonly trust: TrustStrings;
  readonly dashboard: DashboardStrings;
  readonly agreement: AgreementStrings;
  readonly readers: ReadersStrings;
  readonly delivery: DeliveryStrings;
  readonly privacy: PrivacyStrings;
  readonly archive: ArchiveStrings;
  readonly ui: {
    readonly deniedNoEmail: string;
    readonly deniedNotAdmin: (email: string) => string;
    readonly failed: (reason: string) => string;
    readonly delivered: (sent: number, remaining: number) => string;
    readonly archived: (rows: number) => string;
    readonly cancelled: string;
  };
}
