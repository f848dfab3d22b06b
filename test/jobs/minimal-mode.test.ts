/**
 * Issue 13, acceptance 2: with `privacy_mode` = minimal, no pupil's or family's surname appears in
 * any message of any kind. A generated school in two workbooks goes through every letter the
 * add-on writes — schedule, incomplete lesson, change notice, not-agreed list, reminder, changed
 * after agreement, family letter, class digest, report, request replies and alerts, low score,
 * survey invitation, delivery alerts — and every subject and body is searched. Free text people
 * typed (comments, descriptions) is theirs and goes as typed; these answers name nobody.
 */
import { type Cell, cellText, type Grid, normalizeWord } from '../../src/domain/cells';
import { surnameOf } from '../../src/domain/privacy';
import type { Pupil } from '../../src/domain/rows';
import { applyAgreements } from '../../src/jobs/agreement';
import { sendChangeNotices } from '../../src/jobs/change-notices';
import { sendWeeklySummaries } from '../../src/jobs/family-summaries';
import { buildWeeklyReport } from '../../src/jobs/monitoring-report';
import { sendNotAgreedList } from '../../src/jobs/not-agreed-list';
import { publishNextDay } from '../../src/jobs/publish-schedule';
import { deliver } from '../../src/jobs/shared/delivery';
import { loadSchool } from '../../src/jobs/shared/school';
import { sendSurveyInvitations } from '../../src/jobs/survey-invitations';
import { sendTeacherReminders } from '../../src/jobs/teacher-reminders';
import { ru } from '../../src/i18n/ru';
import { moscow, richSchool, zone } from '../support/privacy';

jest.setTimeout(60_000);

const S = ru.sheets;
const Q = ru.forms.questions;

/** Every message kind the add-on queues, by the outbox's «Задача». */
const KINDS = [
  'publish',
  'incomplete',
  'change',
  'notAgreed',
  'reminder',
  'agreement',
  'familySummaries',
  'classDigests',
  'report',
  'request',
  'survey',
  'surveyInvitations',
  'alert',
];

interface Message {
  readonly job: string;
  readonly key: string;
  readonly words: ReadonlySet<string>;
}

const wordsOf = (text: string): string[] =>
  normalizeWord(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** Every message of the outbox: the subject and the letter's text and HTML, as words. */
function messages(grid: Grid): Message[] {
  const [header = [], ...rows] = grid;
  const at = (row: readonly Cell[], key: string): string =>
    cellText(row[header.indexOf(S.outbox.columns[key]!)]);
  return rows.map((row) => {
    const content = JSON.parse(at(row, 'content') || '{}') as { text?: string; html?: string };
    return {
      job: at(row, 'job'),
      key: at(row, 'key'),
      words: new Set([at(row, 'subject'), content.text ?? '', content.html ?? ''].flatMap(wordsOf)),
    };
  });
}

describe('privacy_mode = minimal, every kind of message', () => {
  const school = richSchool({ privacy_mode: 'минимальный' });
  const { ctx, clock, admin, mailer } = school;
  const teachers = school.teachers();
  const pupils = school.pupils;
  const plain = { [Q.comment]: 'Слишком много заданий', [Q.description]: 'Нужна помощь' };

  // Thursday: the journal is late; Friday: the lists, the publication with a link missing.
  clock.beginRun(moscow('2026-11-26', '08:30'));
  sendTeacherReminders(ctx);
  clock.beginRun(moscow('2026-11-27', '14:10'));
  sendNotAgreedList(ctx);
  const schedule = (): Grid => teachers.peek(S.schedule.name);
  const column = (key: string): number => schedule()[0]!.indexOf(S.schedule.columns[key]!);
  const mondayAgreed = (): number[] =>
    schedule()
      .map((r, i) => ({ r, i }))
      .filter(
        ({ r, i }) =>
          i > 0 &&
          cellText(r[column('status')]) === 'согласовано' &&
          cellText(r[column('form')]) === 'онлайн' &&
          r[column('date')] instanceof Date &&
          zone.parts(r[column('date')] as Date).date === '2026-11-30',
      )
      .map(({ i }) => i + 1);
  const [dropped, cancelled] = mondayAgreed();
  teachers.write(S.schedule.name, dropped!, [['']], column('resource') + 1);
  // The record of the agreement knew the link: agree the lesson as it now is, then publish.
  clock.beginRun(moscow('2026-11-27', '15:10'));
  applyAgreements(ctx);
  agree(cellText(schedule()[dropped! - 1]![column('id')]));
  applyAgreements(ctx);
  clock.beginRun(moscow('2026-11-27', '17:30'));
  publishNextDay(ctx);
  // A published lesson is cancelled: back for agreement (a letter to the administration), agreed,
  // then the change notice.
  teachers.write(S.schedule.name, cancelled!, [['отменено']], column('status') + 1);
  clock.beginRun(moscow('2026-11-27', '18:10'));
  applyAgreements(ctx);
  agree(cellText(schedule()[cancelled! - 1]![column('id')]));
  applyAgreements(ctx);
  clock.beginRun(moscow('2026-11-27', '19:10'));
  sendChangeNotices(ctx);

  // Families answer: a request, one with an unknown ID, one typed with a name and no address,
  // low survey scores.
  const [first, second, third] = pupils.filter((p) => p.guardians.some((g) => g.email));
  school.answer('request', first!, moscow('2026-11-27', '20:00'), plain);
  school.answer('request', second!, moscow('2026-11-27', '20:05'), {
    ...plain,
    [Q.pupilId]: 'P9999',
  });
  school.answer('request', third!, moscow('2026-11-27', '20:10'), {
    ...plain,
    [Q.pupilId]: third!.name,
    'Адрес электронной почты': '',
  });
  school.answer('parentSurvey', first!, moscow('2026-11-27', '20:15'), plain);
  school.answer('pupilSurvey', second!, moscow('2026-11-27', '20:20'), plain);

  // Saturday: the week's letters, the report, the survey invitations.
  clock.beginRun(moscow('2026-11-28', '09:10'));
  sendWeeklySummaries(ctx);
  buildWeeklyReport(ctx);
  clock.beginRun(moscow('2026-12-01', '09:10'));
  sendSurveyInvitations(ctx, '2026-12');

  // Delivery: one family's address is refused, one letter is left «отправляется» by a dead run.
  const refused = first!.guardians.find((g) => g.email)!.email!;
  const send = mailer.send.bind(mailer);
  mailer.send = (mail) => {
    if (mail.to.includes(refused)) throw new Error(`Invalid email: ${refused}`);
    send(mail);
  };
  const outbox = admin.peek(S.outbox.name);
  const status = outbox[0]!.indexOf(S.outbox.columns.status!);
  admin.write(S.outbox.name, outbox.length, [['отправляется']], status + 1);
  const settings = loadSchool(ctx.workbook, clock, []);
  deliver(ctx, { settings: settings.settings, strings: settings.strings, budgetMs: 1e9 });
  const all = messages(admin.peek(S.outbox.name));

  it('has written every kind of message', () => {
    expect([...new Set(all.map((m) => m.job))].sort()).toEqual([...KINDS].sort());
    expect(all.length).toBeGreaterThan(250);
  });

  it('puts no surname of a pupil or a parent in any of them', () => {
    const surnames = familySurnames(pupils, school);
    expect(surnames.size).toBeGreaterThan(50);
    const found = all.flatMap((m) =>
      [...m.words].filter((w) => surnames.has(w)).map((w) => `${m.job} ${m.key}: ${w}`),
    );
    expect(found).toEqual([]);
  });

  it('but does name them by first name where a letter speaks of a child', () => {
    const letters = all.filter((m) => m.job === 'familySummaries');
    const names = new Set(pupils.map((p) => normalizeWord(p.name.split(' ')[1] ?? '')));
    expect(letters.every((m) => [...m.words].some((w) => names.has(w)))).toBe(true);
  });

  /** The administrator agrees a lesson on «Согласование». */
  function agree(lessonId: string): void {
    const grid = admin.peek(S.agreements.name);
    const row = grid.findIndex((r) => r[0] === lessonId);
    if (row < 0) throw new Error(`lesson ${lessonId} is not on «Согласование»`);
    const decision = grid[0]!.indexOf(S.agreements.columns.decision!);
    admin.write(S.agreements.name, row + 1, [[ru.labels.decision.agree]], decision + 1);
  }
});

/** Surnames of the pupils and their parents that are no word of a staff member's name. */
function familySurnames(
  pupils: readonly Pupil[],
  school: ReturnType<typeof richSchool>,
): Set<string> {
  // Nor a word of a lesson's text: a topic «Рассказы Н. Н. Носова» is about the writer.
  const loaded = loadSchool(school.ctx.workbook, school.ctx.clock, ['staff', 'schedule']);
  const lessonText = loaded.lessons.flatMap((l) =>
    [l.value.subject, l.value.topic ?? '', l.value.task ?? ''].flatMap(wordsOf),
  );
  const staffWords = new Set([
    ...loaded.staff.flatMap((s) => wordsOf(s.value.name)),
    ...lessonText,
  ]);
  const names = [
    ...pupils.map((p) => p.name),
    ...pupils.flatMap((p) => p.guardians.map((g) => g.name ?? '')),
  ].filter((n) => n.includes(' '));
  return new Set(
    names.map((n) => normalizeWord(surnameOf(n))).filter((s) => s !== '' && !staffWords.has(s)),
  );
}
