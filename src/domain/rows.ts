/**
 * Typed rows of the school sheets (docs/contracts.md «Workbook»). Jobs take these, never raw cells.
 */
import type { LocalDate, LocalTime } from './calendar';
import type { Mark } from './parse';
import type {
  Attendance,
  InternetAccess,
  LessonForm,
  LessonStatus,
  RequestStatus,
  RequestType,
  Role,
  WorkState,
} from './vocabulary';

/** A row of «Классы». */
export interface SchoolClass {
  readonly name: string;
  readonly classTeacher?: string | undefined;
  readonly groupEmail?: string | undefined;
}

/** A row of «Педагоги». */
export interface StaffMember {
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly subjects: readonly string[];
  readonly phone?: string | undefined;
}

/** A parent or legal guardian of a pupil. */
export interface Guardian {
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
}

/** A row of «Ученики». */
export interface Pupil {
  readonly id: string;
  readonly name: string;
  readonly class: string;
  readonly email?: string | undefined;
  /** One or two guardians, in sheet order; empty ones left out. */
  readonly guardians: readonly Guardian[];
  readonly active: boolean;
}

/** A row of «Расписание». */
export interface Lesson {
  readonly id: string;
  readonly date: LocalDate;
  readonly class: string;
  readonly period: number;
  readonly start?: LocalTime | undefined;
  readonly end?: LocalTime | undefined;
  readonly subject: string;
  readonly teacher: string;
  readonly form?: LessonForm | undefined;
  readonly resource?: string | undefined;
  readonly topic?: string | undefined;
  readonly task?: string | undefined;
  readonly deadline?: LocalDate | undefined;
  readonly status: LessonStatus;
  readonly adminComment?: string | undefined;
  /** When it was published; undefined while it is not. */
  readonly published?: string | undefined;
}

/** A row of «Журнал». */
export interface JournalEntry {
  readonly date: LocalDate;
  readonly class: string;
  readonly subject: string;
  readonly pupilId: string;
  readonly pupilName?: string | undefined;
  readonly attendance?: Attendance | undefined;
  readonly mark?: Mark | undefined;
  readonly work?: WorkState | undefined;
  readonly workKind?: string | undefined;
  readonly comment?: string | undefined;
  readonly teacher?: string | undefined;
  readonly lessonId?: string | undefined;
}

/** A row of «Доступ»: the census of computers and internet at home. */
export interface AccessRecord {
  readonly pupilId: string;
  readonly date?: LocalDate | undefined;
  readonly computer?: boolean | undefined;
  readonly internet?: InternetAccess | undefined;
  readonly device?: string | undefined;
  readonly paper?: boolean | undefined;
  readonly contact?: string | undefined;
  readonly filledBy?: string | undefined;
}

/** A row of «Заявки»: paper materials or a consultation. */
export interface SchoolRequest {
  readonly id: string;
  readonly date?: LocalDate | undefined;
  readonly type: RequestType;
  readonly pupilId?: string | undefined;
  readonly class?: string | undefined;
  readonly applicant?: string | undefined;
  readonly phone?: string | undefined;
  readonly subject?: string | undefined;
  readonly description?: string | undefined;
  readonly status: RequestStatus;
  readonly assignee?: string | undefined;
  readonly due?: LocalDate | undefined;
  readonly doneAt?: LocalDate | undefined;
  readonly answer?: string | undefined;
}

/** A row of «Настройки» before interpretation. */
export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** A row read from a sheet, with its 1-based sheet row number for messages and write-backs. */
export interface Located<T> {
  readonly row: number;
  readonly value: T;
}
