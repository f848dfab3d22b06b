/**
 * The term's marks so far, as sums and counts by pupil and subject (docs/decisions.md, «Term
 * marks as a record»): what the family letter's term average needs, kept week by week so that
 * the weekly job reads the week's journal, not the term's.
 */
import type { LocalDate } from './calendar';
import type { JournalEntry } from './rows';

/** The numeric marks of one pupil in one subject: their sum and how many. */
export interface MarkSum {
  readonly sum: number;
  readonly count: number;
}

/** Sums by subject of one pupil. */
export type PupilMarks = ReadonlyMap<string, MarkSum>;
/** Sums by pupil ID. */
export type TermMarks = ReadonlyMap<string, PupilMarks>;

/** The numeric marks of `rows` dated `from`…`to` (both included), summed by pupil and subject. */
export function sumMarks(
  rows: readonly JournalEntry[],
  from: LocalDate,
  to: LocalDate,
): Map<string, Map<string, MarkSum>> {
  const out = new Map<string, Map<string, MarkSum>>();
  for (const row of rows) {
    if (typeof row.mark !== 'number' || row.date < from || row.date > to) continue;
    const pupil = out.get(row.pupilId) ?? new Map<string, MarkSum>();
    const was = pupil.get(row.subject) ?? { sum: 0, count: 0 };
    pupil.set(row.subject, { sum: was.sum + row.mark, count: was.count + 1 });
    out.set(row.pupilId, pupil);
  }
  return out;
}

/** Both records added up, pupil by pupil and subject by subject. */
export function addMarks(a: TermMarks, b: TermMarks): TermMarks {
  const out = new Map<string, Map<string, MarkSum>>();
  for (const record of [a, b])
    for (const [pupilId, subjects] of record) {
      const pupil = out.get(pupilId) ?? new Map<string, MarkSum>();
      for (const [subject, s] of subjects) {
        const was = pupil.get(subject) ?? { sum: 0, count: 0 };
        pupil.set(subject, { sum: was.sum + s.sum, count: was.count + s.count });
      }
      out.set(pupilId, pupil);
    }
  return out;
}

/** One pupil's sums as a cell people can read: «Алгебра: 17/4; Физика: 9/2». */
export function formatPupilMarks(marks: PupilMarks | undefined): string {
  return [...(marks ?? new Map<string, MarkSum>())]
    .sort(([a], [b]) => a.localeCompare(b, 'ru'))
    .map(([subject, s]) => `${subject}: ${s.sum}/${s.count}`)
    .join('; ');
}

/** The cell back as sums; null when it is not what `formatPupilMarks` writes (edited by hand). */
export function parsePupilMarks(text: string): Map<string, MarkSum> | null {
  const out = new Map<string, MarkSum>();
  if (text.trim() === '') return out;
  for (const part of text.split('; ')) {
    const match = /^(.+): (\d+(?:\.\d+)?)\/(\d+)$/.exec(part);
    if (match === null || out.has(match[1]!)) return null;
    out.set(match[1]!, { sum: Number(match[2]), count: Number(match[3]) });
  }
  return out;
}
