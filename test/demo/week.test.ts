/**
 * The demo week's data (src/demo/week.ts): the school on Monday morning is clean, and the week's
 * events add up to the Friday demo — its journal entered day by day, its cancellation done by the
 * teacher, this week's requests sent through the form — the same for the same options.
 */
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { cellText } from '../../src/domain/cells';
import { matchHeaders } from '../../src/domain/table';
import { demoSchool } from '../../src/demo';
import { demoWeek, type JournalEvent } from '../../src/demo/week';
import { ru } from '../../src/i18n/ru';
import { loadSchool } from '../../src/jobs/shared/school';
import { ALL_NAMES } from '../../src/i18n';

const zone = intlZone('Europe/Moscow');
const options = { weekOf: '2026-11-25', zone };
const week = demoWeek(options);
const friday = demoSchool(options);
const at = (date: string, minutes = 0): Date => instantOf(zone, date, minutes);

describe('demoWeek', () => {
  it('is a clean school on Monday 00:00, with last week and only Monday published', () => {
    const school = loadSchool(new MemoryWorkbook(week.sheets), new FixedClock(at('2026-11-23')));
    expect(school.problems).toEqual([]);
    const lessons = school.lessons.map((l) => l.value);
    expect(lessons.some((l) => l.date === '2026-11-16')).toBe(true);
    const published = new Set(lessons.filter((l) => l.published).map((l) => l.date));
    expect([...published].filter((d) => d >= '2026-11-23')).toEqual(['2026-11-23']);
    expect(lessons.filter((l) => l.date >= '2026-11-23' && l.status === 'cancelled')).toEqual([]);
    expect(school.journal.filter((j) => j.value.date >= '2026-11-23')).toEqual([]);
    expect(week.sheets[ru.sheets.settings.name]).toContainEqual([
      'survey_invitations',
      'еженедельно',
      expect.any(String),
    ]);
  });

  it("enters the Friday demo's journal day by day, in the afternoon of each day", () => {
    const journal = week.events.filter((e): e is JournalEvent => e.kind === 'journal');
    expect(journal.map((e) => e.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
    ]);
    for (const e of journal) expect(e.at).toEqual(at(e.date, 15 * 60 + 30));
    const [header = [], ...rows] = friday[ru.sheets.journal.name]!;
    const columns = [...matchHeaders('journal', header, ALL_NAMES)];
    const entered = journal.flatMap((e) =>
      e.rows.map((r) => columns.map(([k]) => cellText(r[k] ?? ''))),
    );
    expect(entered).toEqual(rows.map((row) => columns.map(([, i]) => cellText(row[i] ?? ''))));
  });

  it('has the teacher cancel a published lesson the evening before, and a deputy agree it after', () => {
    const edit = week.events.find((e) => e.kind === 'lessonEdit');
    const decision = week.events.find(
      (e) => e.kind === 'decision' && e.lessonIds.length === 1 && e.decision === 'agree',
    );
    expect(edit).toMatchObject({ cells: { status: 'отменено', task: '', deadline: '' } });
    expect(decision).toMatchObject({
      lessonIds: [edit?.kind === 'lessonEdit' ? edit.lessonId : ''],
    });
    expect(decision!.at.getTime()).toBeGreaterThan(edit!.at.getTime());
    const schedule = friday[ru.sheets.schedule.name]!;
    const cancelled = schedule.find((row) => row.includes('отменено'));
    expect(cancelled?.[0]).toBe(edit?.kind === 'lessonEdit' ? edit.lessonId : undefined);
  });

  it("sends this week's requests through the form, the rest stay on «Заявки»", () => {
    const requests = week.events.filter((e) => e.kind === 'form' && e.form === 'request');
    const kept = week.sheets[ru.sheets.requests.name]!.length - 1;
    // Ten requests in the Friday demo; one more has a mistyped pupil ID.
    expect(kept + requests.length).toBe(friday[ru.sheets.requests.name]!.length - 1 + 1);
    for (const e of requests) expect(e.kind === 'form' && e.email).toMatch(/@/);
  });

  it('is in time order and the same for the same options', () => {
    const times = week.events.map((e) => e.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(demoWeek(options)).toEqual(week);
    expect(times[times.length - 1]).toBeLessThan(at('2026-11-28').getTime());
  });
});
