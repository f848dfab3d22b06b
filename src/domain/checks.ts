/**
 * Checks that look across rows and sheets: duplicate IDs, unknown classes and pupils, lessons that
 * end before they start, HTML in names. Rows that cannot be trusted are dropped and reported;
 * rows that are only suspicious are kept and reported.
 */
import type { DomainStrings } from './words';
import { formatTime } from './calendar';
import { missingForForm } from './lessons';
import type { Problem } from './problems';
import type {
  JournalEntry,
  Lesson,
  Located,
  Pupil,
  SchoolClass,
  SchoolRequest,
  StaffMember,
} from './rows';
import type { ColumnMap, TableRead } from './table';
import { cellText, type Cell } from './cells';

const MARKUP = /<\s*[a-z!/]|&[a-z#0-9]+;|javascript:/i;

/** The tables of a school after every check: only rows a job may use. */
export interface CheckedTables {
  readonly classes: readonly Located<SchoolClass>[];
  readonly staff: readonly Located<StaffMember>[];
  readonly pupils: readonly Located<Pupil>[];
  readonly lessons: readonly Located<Lesson>[];
  readonly journal: readonly Located<JournalEntry>[];
  readonly requests: readonly Located<SchoolRequest>[];
}

type Tables = {
  readonly [K in keyof CheckedTables]?: TableRead<CheckedTables[K][number]['value']>;
};

/** Runs the cross-sheet checks; returns usable rows and the problems found. */
export function crossCheck(
  tables: Tables,
  strings: DomainStrings,
): { tables: CheckedTables; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (
    t: TableRead<unknown>,
    row: number,
    key: string,
    value: unknown,
    reason: string,
  ): void => {
    problems.push({
      sheet: t.sheetName,
      row,
      column: header(t.header, t.columns, key),
      value: cellText(value),
      reason,
    });
  };

  const classes = tables.classes?.rows ?? [];
  const classNames = new Set(classes.map((c) => c.value.name));
  const knownClass = (name: string | undefined): boolean =>
    name === undefined ||
    tables.classes === undefined ||
    classNames.size === 0 ||
    classNames.has(name);

  const unique = <T>(t: TableRead<T> | undefined, idOf: (v: T) => string): Located<T>[] => {
    if (!t) return [];
    const first = new Map<string, number>();
    return t.rows.filter(({ row, value }) => {
      const id = idOf(value);
      const seen = first.get(id);
      if (seen !== undefined) {
        report(t, row, 'id', id, strings.problems.duplicateId(seen));
        return false;
      }
      first.set(id, row);
      return true;
    });
  };
  const inKnownClass = <T extends { class?: string | undefined }>(
    t: TableRead<T> | undefined,
    rows: Located<T>[],
  ): Located<T>[] =>
    rows.filter(({ row, value }) => {
      if (knownClass(value.class)) return true;
      report(
        t as TableRead<unknown>,
        row,
        'class',
        value.class,
        strings.problems.unknownClass(value.class ?? ''),
      );
      return false;
    });
  const flagMarkup = <T>(
    t: TableRead<T> | undefined,
    rows: readonly Located<T>[],
    keys: readonly string[],
  ): void => {
    for (const { row, value } of rows) {
      for (const key of keys) {
        const text = (value as Record<string, unknown>)[key];
        if (typeof text === 'string' && MARKUP.test(text)) {
          report(t as TableRead<unknown>, row, key, text, strings.problems.suspiciousText);
        }
      }
    }
  };

  const pupils = inKnownClass(
    tables.pupils,
    unique(tables.pupils, (p) => p.id),
  );
  flagMarkup(tables.pupils, pupils, ['name']);
  for (const { row, value } of pupils) {
    value.guardians.forEach((g, i) => {
      if (g.name !== undefined && MARKUP.test(g.name)) {
        report(
          tables.pupils as TableRead<unknown>,
          row,
          `parent${i + 1}Name`,
          g.name,
          strings.problems.suspiciousText,
        );
      }
    });
  }
  const staff = tables.staff?.rows ?? [];
  flagMarkup(tables.staff, staff, ['name']);

  const lessons = inKnownClass(
    tables.lessons,
    unique(tables.lessons, (l) => l.id),
  ).filter(({ row, value }) => {
    if (value.start === undefined || value.end === undefined || value.end > value.start)
      return true;
    report(
      tables.lessons as TableRead<unknown>,
      row,
      'end',
      formatTime(value.end),
      strings.problems.endBeforeStart,
    );
    return false;
  });
  flagMarkup(tables.lessons, lessons, ['subject', 'topic', 'task']);
  // Incomplete lessons stay in the table (a draft may be unfinished) but cannot be published.
  for (const { row, value } of lessons) {
    if (value.status === 'cancelled' || value.status === 'draft') continue;
    for (const key of missingForForm(value)) {
      const form = value.form === undefined ? '' : strings.labels.lessonForm[value.form];
      report(
        tables.lessons as TableRead<unknown>,
        row,
        key,
        '',
        strings.problems.missingForForm(form),
      );
    }
  }

  const pupilById = new Map(pupils.map((p) => [p.value.id, p.value]));
  const reportJournal = (row: number, key: string, value: unknown, reason: string): void =>
    report(tables.journal as TableRead<unknown>, row, key, value, reason);
  const rejectedPupils = rawIds(tables.pupils);
  for (const id of pupilById.keys()) rejectedPupils.delete(id);
  const toldRejected = new Set<string>();
  const journal = inKnownClass(tables.journal, [...(tables.journal?.rows ?? [])]).filter(
    ({ row, value }) => {
      // Without the pupils sheet (a job that did not read it) nothing can be said about pupil IDs.
      if (tables.pupils === undefined) return true;
      const pupil = pupilById.get(value.pupilId);
      if (pupil) {
        // A pupil who moved class keeps old marks; the mismatch is worth a look, not a loss.
        if (pupil.class !== value.class) {
          reportJournal(
            row,
            'class',
            value.class,
            strings.problems.pupilClassMismatch(pupil.class),
          );
        }
        return true;
      }
      // A pupil whose own row was rejected is reported there; one line here says why the marks wait.
      if (rejectedPupils.has(value.pupilId)) {
        if (!toldRejected.has(value.pupilId)) {
          toldRejected.add(value.pupilId);
          reportJournal(
            row,
            'pupilId',
            value.pupilId,
            strings.problems.pupilRowRejected(value.pupilId),
          );
        }
        return false;
      }
      reportJournal(row, 'pupilId', value.pupilId, strings.problems.unknownPupil(value.pupilId));
      return false;
    },
  );
  flagMarkup(tables.journal, journal, ['comment']);

  const requests = inKnownClass(
    tables.requests,
    unique(tables.requests, (r) => r.id),
  ).filter(({ row, value }) => {
    if (tables.pupils === undefined || value.pupilId === undefined || pupilById.has(value.pupilId))
      return true;
    report(
      tables.requests as TableRead<unknown>,
      row,
      'pupilId',
      value.pupilId,
      strings.problems.unknownPupil(value.pupilId),
    );
    return false;
  });

  return { tables: { classes, staff, pupils, lessons, journal, requests }, problems };
}

/** Every ID typed on the pupils sheet, accepted or not. */
function rawIds(table: TableRead<unknown> | undefined): Set<string> {
  const index = table?.columns.get('id');
  if (table === undefined || index === undefined) return new Set();
  return new Set(
    table.grid
      .slice(1)
      .map((row) => cellText(row[index]))
      .filter((id) => id !== ''),
  );
}

function header(headerRow: readonly Cell[], columns: ColumnMap, key: string): string {
  const index = columns.get(key);
  return index === undefined ? key : cellText(headerRow[index]);
}
