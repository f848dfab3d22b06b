/**
 * Which weeks go to the archive (docs/decisions.md, «Archive of old weeks»): every row dated
 * before the Monday `archive_weeks` weeks before this week's, into the file of its school year.
 */
import { addDays, type LocalDate, mondayOf } from './calendar';

/** Rows dated before this day move: the Monday `archiveWeeks` whole weeks before this week's. */
export function archiveCutoff(today: LocalDate, archiveWeeks: number): LocalDate {
  return addDays(mondayOf(today), -7 * archiveWeeks);
}

/** The school year holding `date` («2025/26»): from 1 August to 31 July. */
export function schoolYearOf(date: LocalDate): string {
  const year = Number(date.slice(0, 4));
  const first = date.slice(5) >= '08-01' ? year : year - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}
