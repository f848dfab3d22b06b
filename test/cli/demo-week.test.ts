/**
 * `npm start` shows every capability (issue 11, acceptance 4): the BUILT runner replays the demo
 * week, and out/ holds the schedule letters of every evening, the notice of a published lesson
 * changed and agreed on «Согласование», letters caused by form answers routed by the
 * form-submit handler, and monitoring reports with data. The console and summary.json say what
 * the week did in counts, without a family's name, address or phone; the same run twice writes
 * the same letters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intlZone } from '../../src/adapters/memory/zone';
import { cellText } from '../../src/domain/cells';
import { matchHeaders } from '../../src/domain/table';
import { demoWeek } from '../../src/demo/week';
import { ru } from '../../src/i18n/ru';
import { distant, exitOf, removeTempDirs, tempDir } from '../support/cli';
import { strictParse } from '../support/eml';
import { ALL_NAMES } from '../../src/i18n';

jest.setTimeout(180_000);
afterAll(removeTempDirs);

const zone = intlZone('Europe/Moscow');
const letters = (out: string): string[] => readdirSync(join(out, 'mail')).sort();
/** Letters whose outbox key starts with `kind` (`0042-publish-2026-11-24-5А-….eml`). */
const ofKind = (files: readonly string[], kind: string): string[] =>
  files.filter((f) => f.replace(/^\d+-/, '').startsWith(`${kind}-`));
const textOf = (out: string, file: string): string => readFileSync(join(out, 'mail', file), 'utf8');
/** A report's HTML as plain text, figures and labels on one line. */
const reportText = (out: string, week: string): string =>
  readFileSync(join(out, `report-${week}.html`), 'utf8')
    .replace(/<(style|svg)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');

interface Summary {
  jobs: Array<{ job: string; summary: string }>;
  messagesByJob: Record<string, number>;
  week?: {
    journalRows: number;
    lessonEdits: number;
    decisions: number;
    answers: Record<string, number>;
  };
}

describe('npm start: the demo week', () => {
  const out = tempDir();
  let run: ReturnType<typeof distant>;
  let files: string[];
  let summary: Summary;
  beforeAll(() => {
    run = distant('run', '--demo', '--out', out);
    expect(exitOf(run)).toEqual({ status: 0, stderr: '' });
    files = letters(out);
    summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
  });

  it('publishes the next school day every evening, Monday to Friday', () => {
    const days = new Set(
      ofKind(files, 'publish').map((f) => /publish-(\d{4}-\d\d-\d\d)-/.exec(f)?.[1]),
    );
    expect([...days].sort()).toEqual([
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-30',
    ]);
    for (const day of days)
      expect([day, ofKind(files, `publish-${day}`).length]).toEqual([day, 18]);
  });

  it('sends the notice of a published lesson cancelled, once the administration agreed it', async () => {
    // The change goes to the administrators first (changed after agreement), then, agreed, to the class.
    expect(ofKind(files, 'agreement')).toHaveLength(1);
    const notices = ofKind(files, 'change');
    expect(notices).toHaveLength(1);
    const notice = await strictParse(textOf(out, notices[0]!));
    expect(notice.parsed.subject).toMatch(/отменена/);
    expect(notice.parsed.text).toContain('урок отменён');
    const changedAt = (await strictParse(textOf(out, ofKind(files, 'agreement')[0]!))).parsed.date!;
    expect(notice.parsed.date!.getTime()).toBeGreaterThan(changedAt.getTime());
    expect(summary.jobs.map((j) => j.summary)).toContainEqual(
      expect.stringMatching(/^Согласовано: 1 урок; .* изменены после согласования: 0\.$/),
    );
  });

  it('writes the letters caused by form answers: acknowledgements, a refusal, low scores', async () => {
    expect(ofKind(files, 'requestAck').length).toBeGreaterThanOrEqual(5);
    expect(ofKind(files, 'requestNew')).toHaveLength(ofKind(files, 'requestAck').length);
    expect(ofKind(files, 'requestRejected')).toHaveLength(1);
    expect(ofKind(files, 'lowScore').length).toBeGreaterThanOrEqual(1);
    const ack = await strictParse(textOf(out, ofKind(files, 'requestAck')[0]!));
    expect(ack.parsed.subject).toMatch(/^Заявка R-\d+ принята: /);
    const rejected = await strictParse(textOf(out, ofKind(files, 'requestRejected')[0]!));
    expect(rejected.parsed.text).toMatch(/ученика с ID «P\d+9» нет в списках школы/);
    expect(ofKind(files, 'invite').length).toBeGreaterThan(0);
    expect(summary.week).toEqual({
      journalRows: expect.any(Number),
      lessonEdits: 1,
      decisions: expect.any(Number),
      answers: {
        parentSurvey: expect.any(Number),
        pupilSurvey: expect.any(Number),
        request: ofKind(files, 'requestAck').length + 1,
        access: 6,
      },
    });
    expect(summary.week!.answers.parentSurvey).toBeGreaterThan(20);
    expect(summary.week!.answers.pupilSurvey).toBeGreaterThan(10);
    expect(summary.week!.decisions).toBeGreaterThan(1);
  });

  it('reports last week on Monday and this week on Saturday, both with lessons, journal and answers', () => {
    const monday = summary.jobs.find((j) => j.job === 'monitoringReport');
    expect(monday?.summary).toBe(
      'Отчёт мониторинга за 16–22 ноября 2026 записан на лист «Отчёт 2026-W47».',
    );
    for (const week of ['2026-W47', '2026-W48']) {
      const text = reportText(out, week);
      const journal = /Записаны в журнал (\d+) из (\d+)/.exec(text);
      expect([week, Number(journal?.[1]) > 400, Number(journal?.[2]) > 400]).toEqual([
        week,
        true,
        true,
      ]);
      expect([week, /Посещаемость .*? (\d+) из \d+/.exec(text)?.[1] !== '0']).toEqual([week, true]);
    }
    const now = reportText(out, '2026-W48');
    expect(Number(/Опрос родителей ответили (\d+)/.exec(now)?.[1])).toBe(
      summary.week!.answers.parentSurvey,
    );
    expect(now).toMatch(/Семьи знают итоги недели .*? 250 из 250/);
    expect(now).toMatch(/Заявок поступило за неделю 7/);
  });

  it("keeps families' names, addresses and phones out of the console and summary.json", () => {
    const { sheets } = demoWeek({ weekOf: '2026-11-28', zone });
    const [header = [], ...pupils] = sheets[ru.sheets.pupils.name]!;
    const columns = matchHeaders('pupils', header, ALL_NAMES);
    const personal = new Set<string>();
    const keys = ['name', 'email', 'parent1Name', 'parent1Email', 'parent1Phone'];
    for (const row of pupils)
      for (const key of [...keys, ...keys.slice(2).map((k) => k.replace('1', '2'))]) {
        const value = cellText(row[columns.get(key) ?? -1] ?? '').trim();
        if (value !== '') personal.add(value);
      }
    expect(personal.size).toBeGreaterThan(500);
    const said = run.stdout + readFileSync(join(out, 'summary.json'), 'utf8');
    expect([...personal].filter((p) => said.includes(p))).toEqual([]);
  });

  it('is the same week every time', () => {
    const again = tempDir();
    expect(exitOf(distant('run', '--demo', '--out', again, '--quiet'))).toEqual({
      status: 0,
      stderr: '',
    });
    expect(letters(again)).toEqual(files);
  });
});
