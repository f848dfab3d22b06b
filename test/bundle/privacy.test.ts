/**
 * Issue 13 through the BUILT bundle in the offline fakes: the demo school set up in two workbooks
 * lives a school week — hourly triggers, families answering the forms, the week's letters and the
 * report — and no line of the execution log holds a pupil's name or a family's address or phone
 * (acceptance 3); then an administrator erases a pupil from the menu and no cell of either file
 * holds their traces, a second erasure changes nothing, and a teacher is refused (acceptance 1).
 */
import { normalizeWord } from '../../src/domain/cells';
import type { Pupil } from '../../src/domain/rows';
import { demoSchool } from '../../src/demo';
import { HANDLERS } from '../../src/ui/handlers';
import { ru } from '../../src/i18n/ru';
import type { CellValue, FakeSpreadsheet, GasEnvironment } from '../fakes';
import { loadBundle, setSetting, teachersFile, valuesOf, writeSheets } from '../support/gas';
import { valuesOfFile } from '../support/users';
import { moscow, needleIn, needlesOf, onlyChildren, rosterPupils, zone } from '../support/privacy';

jest.setTimeout(180_000);

const Q = ru.forms.questions;
const HOUR = 3_600_000;

/** The form answering into a response sheet of the administration workbook. */
function formOf(env: GasEnvironment, sheet: string): string {
  const form = env.forms.list().find((f) => f.destinationSheet === sheet);
  if (!form) throw new Error(`no form answers into «${sheet}»`);
  return String(form.id);
}

/** A family answers a form in Google Forms; the spreadsheet's trigger routes it. */
function answer(
  env: GasEnvironment,
  sheet: string,
  answers: Record<string, string | number>,
  email = '',
): void {
  const event = env.forms.submit(formOf(env, sheet), answers, email === '' ? {} : { email });
  if (event === null) throw new Error(`the answer to «${sheet}» was refused`);
  env.triggers.fireFormSubmit(event);
}

/** The families' answers of a week: surveys with low scores, requests, the census. */
function familiesAnswer(env: GasEnvironment, pupil: Pupil): void {
  const parent = pupil.guardians.find((g) => g.email) ?? pupil.guardians[0]!;
  answer(
    env,
    'Опрос родителей',
    {
      [Q.pupilId]: pupil.id,
      [Q.organisation]: 1,
      [Q.clarity]: 2,
      [Q.feedback]: 3,
      [Q.workload]: 2,
      [Q.comment]: `Звоните ${parent.phone ?? ''}, ${parent.name ?? ''}`,
    },
    parent.email ?? '',
  );
  answer(env, 'Опрос учащихся', {
    [Q.pupilId]: pupil.id,
    [Q.pupilClarity]: 1,
    [Q.pupilFeedback]: 2,
    [Q.pupilWorkload]: 3,
    [Q.comment]: `Я ${pupil.name}`,
  });
  answer(
    env,
    'Заявки (ответы)',
    {
      [Q.type]: ru.labels.requestType.paper,
      [Q.pupilId]: pupil.id,
      [Q.class]: pupil.class,
      [Q.applicant]: parent.name ?? '',
      [Q.phone]: parent.phone ?? '',
      [Q.subject]: 'Математика',
      [Q.description]: `Для ${pupil.name}: нет интернета`,
    },
    parent.email ?? '',
  );
  answer(env, 'Доступ (ответы)', {
    [Q.pupilId]: pupil.id,
    [Q.computer]: ru.no,
    [Q.internet]: ru.labels.internet.unstable,
    [Q.paper]: ru.yes,
    [Q.filledBy]: parent.name ?? '',
  });
  // A parent who types the child's name where the ID goes: refused, and the log must not say it.
  answer(
    env,
    'Заявки (ответы)',
    {
      [Q.type]: ru.labels.requestType.consultation,
      [Q.pupilId]: pupil.name,
      [Q.applicant]: parent.name ?? '',
      [Q.description]: 'Нужна консультация',
    },
    parent.email ?? '',
  );
}

describe('a school week through the bundle, then an erasure', () => {
  const grids = demoSchool({ weekOf: '2026-11-23', zone });
  const pupils = rosterPupils(grids);
  const target = onlyChildren(pupils).find(
    (p) => p.guardians.some((g) => g.email) && p.guardians.some((g) => g.phone),
  )!;
  const env = loadBundle({ now: moscow('2026-11-23', '00:30'), mailQuota: 1500 });
  writeSheets(env, grids);
  setSetting(env, 'admin_emails', 'admin@school.test');
  setSetting(env, 'quota_reserve', 0);
  env.call('setupWorkbook');
  const teachers: FakeSpreadsheet = teachersFile(env);
  // Monday 00:30 to Saturday 12:30: every hourly run, the families' answers on Wednesday.
  for (let hour = 0; hour < 5 * 24 + 12; hour++) {
    if (hour === 2 * 24 + 19) for (const p of [target, pupils[1]!]) familiesAnswer(env, p);
    env.clock.advance(HOUR);
    env.triggers.fireTimeTriggers();
  }
  env.call('buildWeeklyReport');
  const sent = env.mail.sent.length;
  const logs = [...env.logs];

  it('lived the week: letters sent, answers routed, the report built', () => {
    expect(sent).toBeGreaterThan(200);
    expect(env.spreadsheet.sheetNames().some((n) => n.startsWith('Отчёт '))).toBe(true);
    const requests = teachers.sheetValues(ru.sheets.requests.name);
    expect(requests.some((r) => r.includes(target.id))).toBe(true);
    expect(logs.length).toBeGreaterThan(50);
  });

  it('logged no pupil’s name and no family’s e-mail or phone (acceptance 3)', () => {
    const leaks: string[] = [];
    for (const pupil of pupils) {
      const n = needlesOf(pupil);
      // The ID alone is not a name: IDs are the way logs may point at a row.
      const people = { ...n, id: '\u0000', names: [...n.names, ...guardianNames(pupil)] };
      for (const line of logs) {
        const found = needleIn(line, people);
        if (found !== undefined) leaks.push(`${found}: ${line.slice(0, 200)}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(logs.filter((l) => /@/.test(l))).toEqual([]);
  });

  it('offers the erasure in the menu', () => {
    env.call('onOpen');
    const menu = env.ui.menus.find((m) => m.addon);
    expect(menu?.items.map((i) => i.functionName)).toContain(HANDLERS.erasePupil);
  });

  it('refuses a teacher, even one who can open the administration workbook', () => {
    const staff = grids[ru.sheets.staff.name]!;
    const teacher = String(staff.find((r) => r[2] === 'учитель')?.[1]);
    env.users.add(teacher);
    env.files.share(env.spreadsheet, { editors: [teacher] });
    const admin = valuesOf(env);
    const theirs = valuesOfFile(teachers);
    env.as(teacher).call('erasePupil', target.id);
    expect(String(env.ui.alerts.at(-1)?.prompt)).toBe(ru.ui.deniedNotAdmin(teacher));
    expect(valuesOf(env)).toEqual(admin);
    expect(valuesOfFile(teachers)).toEqual(theirs);
  });

  describe('the administrator erases the pupil from the menu', () => {
    const needles = needlesOf(target);
    const scan = (): string[] =>
      [env.spreadsheet, teachers].flatMap((file) =>
        file.sheetNames().flatMap((sheet) =>
          file.sheetValues(sheet).flatMap((row, r) =>
            row.flatMap((cell: CellValue) => {
              const found = needleIn(cell, needles);
              return found === undefined ? [] : [`${file.getName()}/${sheet}!${r + 1}: ${found}`];
            }),
          ),
        ),
      );
    let before: string[] = [];
    let calls = 0;
    let byMethod: Record<string, number> = {};
    beforeAll(() => {
      before = scan();
      env.ui.queuePromptResponse(target.id);
      env.ui.queuePromptResponse(target.id.toLowerCase());
      env.counters.reset();
      env.call('erasePupil');
      calls = env.counters.calls;
      byMethod = { ...env.counters.byMethod };
    });

    it('asks for the ID, then shows whom and asks again', () => {
      const prompts = env.ui.prompts.slice(-2).map((p) => p.prompt);
      expect(prompts[0]).toBe(ru.privacy.promptId);
      expect(prompts[1]).toBe(ru.privacy.confirm(target.name, target.class));
    });

    it('leaves no cell of either workbook with the pupil’s traces', () => {
      expect(before.length).toBeGreaterThan(20);
      expect(scan()).toEqual([]);
      expect(String(env.ui.alerts.at(-1)?.prompt)).toContain(
        ru.privacy.logged(ru.sheets.erasures.name),
      );
    });

    it('costs a bounded number of service calls', () => {
      const deletes = byMethod['Sheet.deleteRows'] ?? 0;
      console.log(
        `erasePupil in the bundle: ${calls} service calls, ${deletes} row deletions, ${byMethod['Range.getValues'] ?? 0} reads, ${byMethod['Range.setValues'] ?? 0} writes`,
      );
      expect(deletes).toBeLessThanOrEqual(40);
      expect(calls).toBeLessThan(600);
    });

    it('changes nothing the second time', () => {
      const admin = valuesOf(env);
      const theirs = valuesOfFile(teachers);
      const properties = JSON.stringify(env.properties.document.getProperties());
      env.call('erasePupil', target.id);
      expect(String(env.ui.alerts.at(-1)?.prompt)).toBe(ru.privacy.nothingFound);
      expect(valuesOf(env)).toEqual(admin);
      expect(valuesOfFile(teachers)).toEqual(theirs);
      expect(JSON.stringify(env.properties.document.getProperties())).toBe(properties);
    });
  });
});

/** The guardians' full names of a pupil, folded (words of two or more). */
function guardianNames(pupil: Pupil): string[] {
  return pupil.guardians
    .map((g) => normalizeWord(g.name ?? ''))
    .filter((name) => name.includes(' '));
}

describe('the nightly housekeeping through the bundle', () => {
  it('on a night with nothing to do, retention reads its property and no sheet', () => {
    const env = loadBundle({ now: moscow('2026-11-23', '23:20') });
    env.call('setupWorkbook');
    setSetting(env, 'mail_mode', 'live');
    // The first run does the day's housekeeping (retention looks once and remembers).
    env.triggers.fireTimeTriggers();
    const property = env.properties.document.getProperty('distant.retention');
    expect(property).not.toBeNull();
    expect(property).not.toMatch(/@|[А-Яа-яЁё]/);
    env.clock.set(moscow('2026-11-24', '03:20'));
    env.counters.reset();
    env.triggers.fireTimeTriggers();
    const night = { ...env.counters.byMethod };
    expect(String(env.logs.at(-1))).toContain('"job":"archive"');
    console.log(
      `empty housekeeping run: ${env.counters.calls} service calls`,
      JSON.stringify(night),
    );
    // The settings only: retention and the archive go by their memos, delivery by its state.
    expect(night['Range.getValues']).toBe(1);
    expect(night['SpreadsheetApp.openById'] ?? 0).toBe(0);
    expect(night['Range.setValues'] ?? 0).toBe(0);
  });
});
