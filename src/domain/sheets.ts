/**
 * The workbook layout of DESIGN §3 as data: which sheets exist, which columns each holds and which
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

/** A sheet of the school workbook. `system` sheets are written by the add-on and protected. */
export interface SheetSpec {
  readonly key: SheetKey;
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
  'routed',
] as const;
export type SheetKey = (typeof SHEET_KEYS)[number];

/** The layout of each sheet: its columns and whether the add-on owns it. */
export const SHEETS: Readonly<Record<SheetKey, SheetSpec>> = {
  settings: {
    key: 'settings',
    system: false,
    required: true,
    columns: [col('key', true), col('value', true), col('description')],
  },
  classes: {
    key: 'classes',
    system: false,
    required: true,
    columns: [col('class', true), col('classTeacher'), col('groupEmail')],
  },
  staff: {
    key: 'staff',
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
      // Not in DESIGN §3's list: the message itself, so that a queued letter survives the run
      // that composed it (an extra column is allowed; see docs/decisions.md).
      col('content', true),
    ],
  },
  problems: {
    key: 'problems',
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
  // Not in DESIGN §3: what each published lesson looked like when families were told, so that a
  // later edit can be announced as "old → new" (docs/decisions.md).
  publications: {
    key: 'publications',
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
  // «Обработанные ответы»: one row per form response the add-on has routed, with a fingerprint of
  // its answers, so that a response whose trigger failed is routed later and an edited one again.
  routed: {
    key: 'routed',
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
};

/** Every sheet spec in workbook order. */
export const SHEET_SPECS: readonly SheetSpec[] = SHEET_KEYS.map((key) => SHEETS[key]);
