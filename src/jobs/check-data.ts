/**
 * «Проверить данные»: validates every sheet and rewrites «Проблемы данных» with what it found.
 * It never throws on bad data: every rejected value becomes a located row of that list.
 */
import type { JobContext, JobOutcome } from './context';
import { writeProblemsSheet } from './shared/problems-sheet';
import { loadSchool } from './shared/school';
import { filesOf, homeOfSheet } from './shared/school-files';

/** Checks all sheets; the outcome's `problems` is the number of rows written to the list. */
export function checkData(ctx: JobContext): JobOutcome {
  const school = loadSchool(ctx.workbook, ctx.clock);
  const sheet = writeProblemsSheet(ctx.workbook, ctx.clock, school.strings, school.problems);
  // Teachers see the problems of the sheets they fill in their own workbook; the others name
  // families' contacts and stay with the administration.
  const teachers = filesOf(ctx.workbook).teachers;
  if (teachers !== null) {
    const theirs = new Set(teachers.sheetNames().filter((n) => homeOfSheet(n) === 'teachers'));
    writeProblemsSheet(
      teachers,
      ctx.clock,
      school.strings,
      school.problems.filter((p) => theirs.has(p.sheet)),
    );
  }
  const count = school.problems.length;
  const summary =
    count === 0 ? school.strings.check.none : school.strings.check.found(count, sheet);
  ctx.log.info(summary);
  return { job: 'checkData', summary, details: [], problems: count, messages: 0 };
}
