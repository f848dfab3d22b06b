/**
 * The workbook layout (docs/contracts.md «Workbook») as data: which sheets exist, which columns each holds and which
 * of them a job cannot do without. Names and headers people see live in `i18n`; here only keys.
 */

/** A column of a school sheet. `required` columns must exist for the sheet to be read at all. */
export interface ColumnSpec {
  readonly key: string;
  readonly required: boolean;
  /** Drop-down source set by setup; a vocabulary name or the classes list. */
  readonly dropdown?: string;
  /** Number format setup applies to the column ('date', 'time', 'datetime', 'text'). */
  readonly format?: 'date' | 'time' | 'datetime' | 'text';
}

/**
 * Which spreadsheet a sheet lives in (docs/contracts.md, «Two workbooks»): the administration
 * workbook holds what decides what the add-on does and sends, and only administrators edit it;
 * the teachers' workbook holds what teachers fill. A school with one file keeps both there.
 */
export type SheetHome = 'admin' | 'teachers';

/** A sheet of the school workbook. `system` sheets are written by the add-on and protected. */
export interface SheetSpec {
  readonly key: SheetKey;
  readonly home: SheetHome;
  readonly system: boolean;
  /** The add-on cannot run without it (the runner exits 3 when a required sheet is missing). */
  readonly required: boolean;
  readonly columns: readonly ColumnSpec[];
}

const col = (key: string, required = false, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  required,
  ...extra,
});

/** Every sheet of the workbook, in tab order. */
export const SHEET_KEYS = [
  'settings',
  'classes',
  'staff',
  'pupils',
  'schedule',
  'journal',
  'access',
  'requests',
  'outbox',
  'problems',
  'publications',
  'informed',
  'agreements',
  'routed',
  'erasures',
  'termMarks',
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** The layout of each sheet: its columns and whether the add-on owns it. */
export const SHEETS: Readonly<Record<SheetKey, SheetSpec>> = {
  settings: {
    key: 'settings',
    home: 'admin',
    system: false,
    required: true,
    columns: [col('key', true), col('value', true), col('description')],
  },
  classes: {
    key: 'classes',
    home: 'admin',
    system: false,
    required: true,
    columns: [col('class', true), col('classTeacher'), col('groupEmail')],
  },
  staff: {
    key: 'staff',
    home: 'admin',
    system: false,
    required: true,
    columns: [
      col('name', true),
      col('email', true),
      col('role', true, { dropdown: 'role' }),
      col('subjects'),
      col('phone', false, { format: 'text' }),
    ],
  },
  pupils: {
    key: 'pupils',
    home: 'admin',
    system: false,
    required: true,
    columns: [
      col('id', true, { format: 'text' }),
      col('name', true),
      col('class', true, { dropdown: 'classes' }),
      col('email'),
      col('parent1Name'),
      col('parent1Email'),
      col('parent1Phone', false, { format: 'text' }),
      col('parent2Name'),
      col('parent2Email'),
      col('parent2Phone', false, { format: 'text' }),
      col('active', false, { dropdown: 'yesNo' }),
    ],
  },
  schedule: {
    key: 'schedule',
    home: 'teachers',
    system: false,
    required: true,
    columns: [
      col('id', true, { format: 'text' }),
      col('date', true, { format: 'date' }),
      col('class', true, { dropdown: 'classes' }),
      col('period', true),
      col('start', false, { format: 'time' }),
      col('end', false, { format: 'time' }),
      col('subject', true),
      col('teacher', true),
      col('form', false, { dropdown: 'lessonForm' }),
      col('resource'),
      col('topic'),
      col('task'),
      col('deadline', false, { format: 'date' }),
      col('status', true, { dropdown: 'lessonStatus' }),
      col('adminComment'),
      col('published', false, { format: 'datetime' }),
    ],
  },
  journal: {
    key: 'journal',
    home: 'teachers',
    system: false,
    required: true,
    columns: [
      col('date', true, { format: 'date' }),
      col('class', true, { dropdown: 'classes' }),
      col('subject', true),
      col('pupilId', true, { format: 'text' }),
      col('pupilName'),
      col('attendance', false, { dropdown: 'attendance' }),
      col('mark', false, { dropdown: 'mark' }),
      col('work', false, { dropdown: 'work' }),
      col('workKind'),
      col('comment'),
      col('teacher'),
      col('lessonId', false, { format: 'text' }),
    ],
  },
  access: {
    key: 'access',
    home: 'teachers',
    system: false,
    required: false,
    columns: [
      col('pupilId', true, { format: 'text' }),
      col('date', false, { format: 'date' }),
      col('computer', false, { dropdown: 'yesNo' }),
      col('internet', false, { dropdown: 'internet' }),
      col('device'),
      col('paper', false, { dropdown: 'yesNo' }),
      col('contact'),
      col('filledBy'),
    ],
  },
  requests: {
    key: 'requests',
    home: 'teachers',
    system: false,
    required: false,
    columns: [
      col('id', true, { format: 'text' }),
      col('date', false, { format: 'date' }),
      col('type', true, { dropdown: 'requestType' }),
      col('pupilId', false, { format: 'text' }),
      col('class', false, { dropdown: 'classes' }),
      col('applicant'),
      col('phone', false, { format: 'text' }),
      col('subject'),
      col('description'),
      col('status', true, { dropdown: 'requestStatus' }),
      col('assignee'),
      col('due', false, { format: 'date' }),
      col('doneAt', false, { format: 'date' }),
      col('answer'),
    ],
  },
  outbox: {
    key: 'outbox',
    home: 'admin',
    system: true,
    required: false,
    columns: [
      col('key', true),
      col('job', true),
      col('created', true, { format: 'datetime' }),
      col('recipients', true),
      col('subject', true),
      col('status', true, { dropdown: 'outboxStatus' }),
      col('attempts', true),
      col('sentAt', true, { format: 'datetime' }),
      col('error', true),
      // Not in the original outbox columns: the message itself, so that a queued letter survives the run
      // that composed it (an extra column is allowed; see docs/decisions.md).
      col('content', true),
      // The HMAC seal over key, subject, recipients and content (jobs/shared/outbox-seal).
      col('signature', true, { format: 'text' }),
    ],
  },
  problems: {
    key: 'problems',
    home: 'admin',
    system: true,
    required: false,
    columns: [
      col('sheet', true),
      col('row', true),
      col('column', true),
      col('value', true),
      col('problem', true),
      col('found', true, { format: 'datetime' }),
    ],
  },
  // Beyond the original layout: what each published lesson looked like when families were told, so that a
  // later edit can be announced as "old → new" (docs/decisions.md).
  publications: {
    key: 'publications',
    home: 'admin',
    system: true,
    required: false,
    columns: [
      col('lessonId', true, { format: 'text' }),
      col('class', true),
      col('date', true, { format: 'date' }),
      col('publishedAt', true, { format: 'datetime' }),
      col('snapshot', true),
    ],
  },
  // «Информирование»: how the family learnt a week's results (a letter, or a call by the class
  // teacher), one row per pupil per week, for the monitoring report (instruction §4.1).
  informed: {
    key: 'informed',
    home: 'admin',
    system: true,
    required: false,
    columns: [
      col('week', true, { format: 'text' }),
      col('pupilId', true, { format: 'text' }),
      col('class', true),
      col('method', true),
      col('recipients', true, { format: 'text' }),
      col('recorded', true, { format: 'datetime' }),
    ],
  },
  // «Согласование»: the administration's agreement of lessons. What is published is what an
  // administrator agreed here: the fingerprint of the lesson as it was agreed (docs/decisions.md).
  agreements: {
    key: 'agreements',
    home: 'admin',
    system: true,
    required: false,
    columns: [
      col('lessonId', true, { format: 'text' }),
      col('date', true, { format: 'date' }),
      col('class', true),
      col('period', true),
      col('subject', true),
      col('teacher', true),
      col('details', true),
      col('reason', true),
      col('decision', true, { dropdown: 'decision' }),
      col('comment', true),
      col('agreedAt', true, { format: 'datetime' }),
      col('agreedAs', true, { format: 'text' }),
      col('pendingAs', true, { format: 'text' }),
    ],
  },
  // «Обработанные ответы»: one row per form response the add-on has routed, with a fingerprint of
  // its answers, so that a response whose trigger failed is routed later and an edited one again.
  routed: {
    key: 'routed',
    home: 'admin',
    system: true,
    required: false,
    columns: [
      col('form', true),
      col('sheetId', true),
      col('row', true),
      col('fingerprint', true, { format: 'text' }),
      col('ref', true, { format: 'text' }),
      col('routedAt', true, { format: 'datetime' }),
    ],
  },
  // «Удаления данных»: one row per erasure of a pupil — who, when, a keyed hash of the ID and
  // how much went; no name and no ID (docs/decisions.md, «Erasing a pupil»).
  erasures: {
    key: 'erasures',
    home: 'admin',
    system: true,
    required: false,
    columns: [
      col('erasedAt', true, { format: 'datetime' }),
      col('erasedBy', true),
      col('pupilHash', true, { format: 'text' }),
      col('rows', true),
      col('cells', true),
    ],
  },
  // «Оценки четверти»: one row per pupil, the term's numeric marks as sums and counts by subject
  // before the week last summarised and in it (docs/decisions.md, «Term marks as a record»).
  termMarks: {
    key: 'termMarks',
    home: 'admin',
    system: true,
    required: false,
    columns: [
      col('pupilId', true, { format: 'text' }),
      col('termStart', true, { format: 'date' }),
      col('weekStart', true, { format: 'date' }),
      col('before', true, { format: 'text' }),
      col('week', true, { format: 'text' }),
    ],
  },
};

/**
 * Copies the add-on keeps in the teachers' workbook of sheets that live in the administration
 * workbook: the roster without families' contacts, the classes (for drop-downs) and the staff's
 * names and e-mails. Written by the add-on, protected, never read back (docs/contracts.md).
 */
export const MIRRORS: ReadonlyArray<{
  readonly key: SheetKey;
  readonly columns: readonly string[];
}> = [
  { key: 'classes', columns: ['class', 'classTeacher'] },
  { key: 'staff', columns: ['name', 'email', 'subjects'] },
  { key: 'pupils', columns: ['id', 'name', 'class', 'active'] },
];

/** Every sheet spec in workbook order. */
export const SHEET_SPECS: readonly SheetSpec[] = SHEET_KEYS.map((key) => SHEETS[key]);
