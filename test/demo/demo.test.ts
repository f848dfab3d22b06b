import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { addDays, formatTime } from '../../src/domain/calendar';
import type { Grid } from '../../src/domain/cells';
import { SETTING_DEFAULTS } from '../../src/domain/settings';
import { SHEET_KEYS, SHEETS } from '../../src/domain/sheets';
import { en } from '../../src/i18n/en';
import { ru } from '../../src/i18n/ru';
import { loadSchool, type School } from '../../src/jobs/shared/school';
import { demoSchool, type DemoOptions, MESSY_EXPECTED, messyWorkbook } from '../../src/demo';

const zone = intlZone('Europe/Moscow');
// Friday 16:00 in Moscow: the runner's demo moment, after the week's lessons and journal.
const clock = () => new FixedClock(new Date('2026-11-27T13:00:00Z'));
const MONDAY = '2026-11-23';
const FRIDAY = '2026-11-27';
const NEXT_MONDAY = '2026-11-30';

const load = (sheets: Record<string, Grid>): School =>
  loadSchool(new MemoryWorkbook(sheets), clock());
const options = (extra: Partial<DemoOptions> = {}): DemoOptions => ({
  weekOf: '2026-11-25',
  zone,
  ...extra,
});

describe('demoSchool', () => {
  const sheets = demoSchool(options());
  const school = load(sheets);

  it('is clean: loading it reports no problem at all', () => {
    expect(school.problems).toEqual([]);
  });

  it.each<Partial<DemoOptions>>([
    { locale: 'en' },
    { seed: 7 },
    { seed: 2026, classesPerGrade: 1 },
    { classesPerGrade: 3, pupilsPerClass: 10 },
    { pupilsPerClass: 2 },
    { weekOf: '2027-01-13' },
    { weekOf: '2026-12-31' },
  ])('is clean with other options too: %j', (extra) => {
    expect(load(demoSchool(options(extra))).problems).toEqual([]);
  });

  it('is deterministic: the same options give the same bytes, another seed another school', () => {
    const again = demoSchool(options());
    expect(JSON.stringify(again)).toBe(JSON.stringify(sheets));
    expect(JSON.stringify(demoSchool(options({ weekOf: MONDAY })))).toBe(JSON.stringify(sheets));
    expect(JSON.stringify(demoSchool(options({ seed: 35 })))).not.toBe(JSON.stringify(sheets));
  });

  it('has every sheet with the headers of its spec, in order and in the chosen language', () => {
    for (const strings of [ru, en]) {
      const grids = strings === ru ? sheets : demoSchool(options({ locale: 'en' }));
      expect(Object.keys(grids)).toEqual(SHEET_KEYS.map((k) => strings.sheets[k].name));
      for (const key of SHEET_KEYS) {
        const header = SHEETS[key].columns.map((c) => strings.sheets[key].columns[c.key]);
        const grid = grids[strings.sheets[key].name]!;
        expect(grid[0]).toEqual(header);
        for (const row of grid) expect(row).toHaveLength(header.length);
      }
    }
    expect(sheets['Очередь писем']).toHaveLength(1);
    expect(sheets['Проблемы данных']).toHaveLength(1);
  });

  it('fills every setting with the school of the instruction', () => {
    const grid = sheets['Настройки']!;
    expect(grid.slice(1).map((r) => r[0])).toEqual(SETTING_DEFAULTS.map(([key]) => key));
    for (const row of grid.slice(1)) expect(row[2]).toBe(ru.settingDescriptions[String(row[0])]);
    const s = school.settings;
    expect(s.schoolName).toBe('МОУ «ООШ № 34» г. Сыктывкара');
    expect(s.timezone).toBe('Europe/Moscow');
    expect(s.mailMode).toBe('live');
    expect(s.schoolEmail).toBe('pr@ezhva34.ru');
    expect(s.website).toBe('http://ezhva34/');
    expect(s.hotlinePhones).toEqual(['62-76-04', '62-50-21']);
    expect(s.adminEmails).toHaveLength(2);
    const admins = school.staff.filter((t) => t.value.role === 'admin').map((t) => t.value.email);
    expect([...s.adminEmails].sort()).toEqual(admins.sort());
    // Holidays are filled in but never fall on the demo's own school days.
    expect(s.holidays.size).toBeGreaterThan(10);
    for (let d = 0; d <= 8; d++) expect(s.holidays.has(addDays(MONDAY, d))).toBe(false);
  });

  it('has classes 1А–9Б with class teachers on staff and a few mailing lists', () => {
    const names = school.classes.map((c) => c.value.name);
    expect(names).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((g) => [`${g}А`, `${g}Б`]));
    const staff = new Set(school.staff.map((t) => t.value.email));
    for (const c of school.classes) expect(staff.has(c.value.classTeacher ?? '')).toBe(true);
    const groups = school.classes.filter((c) => c.value.groupEmail !== undefined);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(groups.length).toBeLessThanOrEqual(4);
  });

  it('has about 25 teachers and 2 administrators with school addresses', () => {
    const staff = school.staff.map((t) => t.value);
    expect(staff.filter((t) => t.role === 'admin')).toHaveLength(2);
    const teachers = staff.filter((t) => t.role === 'teacher');
    expect(teachers.length).toBeGreaterThanOrEqual(22);
    expect(teachers.length).toBeLessThanOrEqual(28);
    for (const t of staff) {
      expect(t.email).toMatch(/^[a-z.]+@school34\.example$/);
      expect(t.name).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(вич|вна)$/);
      expect(t.phone).toMatch(/^8 9\d\d \d{3}-\d\d-\d\d$/);
    }
    for (const t of teachers) expect(t.subjects.length).toBeGreaterThan(0);
    expect(new Set(staff.map((t) => t.email)).size).toBe(staff.length);
  });

  it('has about 250 pupils with ФИО in the right gender forms', () => {
    const pupils = school.pupils.map((p) => p.value);
    expect(pupils.length).toBe(252);
    pupils.forEach((p, i) => expect(p.id).toBe(`P${String(i + 1).padStart(4, '0')}`));
    for (const p of pupils) {
      const [surname, , patronymic] = p.name.split(' ');
      expect(p.name.split(' ')).toHaveLength(3);
      const female = /на$/.test(patronymic!);
      expect(patronymic).toMatch(female ? /(овна|евна)$/ : /(ович|евич)$/);
      // A girl's surname is never a masculine form, a boy's never a feminine one.
      if (female) expect(surname).not.toMatch(/(ов|ев|ёв|ин|ский|ой)$/);
      else expect(surname).not.toMatch(/(ова|ева|ёва|ина|ская|ая)$/);
    }
    expect(new Set(pupils.map((p) => p.name)).size).toBe(pupils.length);
    expect(pupils.filter((p) => !p.active)).toHaveLength(2);
  });

  it('has sibling families sharing an e-mail, across classes, and families with only a phone', () => {
    const pupils = school.pupils.map((p) => p.value);
    const byEmail = new Map<string, typeof pupils>();
    for (const p of pupils) {
      const email = p.guardians[0]?.email;
      if (email !== undefined) byEmail.set(email, [...(byEmail.get(email) ?? []), p]);
    }
    const siblingFamilies = [...byEmail.values()].filter((kids) => kids.length > 1);
    const siblings = siblingFamilies.flat().length;
    expect(siblings / pupils.length).toBeGreaterThan(0.06);
    expect(siblings / pupils.length).toBeLessThan(0.1);
    expect(siblingFamilies.some((kids) => new Set(kids.map((k) => k.class)).size > 1)).toBe(true);
    for (const kids of siblingFamilies) {
      // Siblings share the family's patronymic stem and surname stem.
      const stems = kids.map((k) => k.name.split(' ')[2]!.replace(/(ич|на)$/, ''));
      expect(new Set(stems).size).toBe(1);
    }
    const noEmail = pupils.filter((p) => p.guardians.every((g) => g.email === undefined));
    expect(noEmail.length / pupils.length).toBeGreaterThan(0.03);
    expect(noEmail.length / pupils.length).toBeLessThan(0.07);
    for (const p of noEmail) {
      expect(p.guardians.some((g) => g.phone !== undefined)).toBe(true);
      expect(p.email).toBeUndefined();
    }
    // Families write from domains that never exist: a live demo must not mail strangers.
    for (const p of pupils) {
      for (const g of p.guardians) if (g.email) expect(g.email).toMatch(/\.example$/);
    }
  });

  it('has one week of lessons plus next Monday, 4–6 a day per class, no teacher in two places', () => {
    const lessons = school.lessons.map((l) => l.value);
    const dates = [...new Set(lessons.map((l) => l.date))].sort();
    expect(dates).toEqual([0, 1, 2, 3, 4, 7].map((d) => addDays(MONDAY, d)));
    const days = new Map<string, number[]>();
    const busy = new Set<string>();
    for (const l of lessons) {
      days.set(`${l.date}|${l.class}`, [...(days.get(`${l.date}|${l.class}`) ?? []), l.period]);
      const slot = `${l.date}|${l.period}|${l.teacher}`;
      expect(busy.has(slot)).toBe(false);
      busy.add(slot);
      expect(l.id).toBe(`L${l.date}-${l.class}-${l.period}`);
      expect(l.end! > l.start!).toBe(true);
    }
    expect(days.size).toBe(6 * 18);
    for (const periods of days.values()) {
      expect(periods.length).toBeGreaterThanOrEqual(4);
      expect(periods.length).toBeLessThanOrEqual(6);
      expect([...periods].sort()).toEqual(periods.map((_, i) => i + 1));
    }
    const staff = new Set(school.staff.map((t) => t.value.email));
    for (const l of lessons) expect(staff.has(l.teacher)).toBe(true);
    // Times are text as teachers type them.
    const grid = sheets['Расписание']!;
    for (const row of grid.slice(1)) {
      expect(row[4]).toMatch(/^\d\d:\d\d$/);
      expect(row[1]).toBeInstanceOf(Date);
    }
  });

  it('gives subjects of the grade and https resources for online lessons', () => {
    const lessons = school.lessons.map((l) => l.value);
    const of = (grade: number) =>
      new Set(lessons.filter((l) => parseInt(l.class, 10) === grade).map((l) => l.subject));
    expect(of(1)).toEqual(
      new Set([
        'Русский язык',
        'Математика',
        'Литературное чтение',
        'Окружающий мир',
        'Музыка',
        'ИЗО',
        'Технология',
        'Физкультура',
      ]),
    );
    expect(of(9).has('Химия')).toBe(true);
    expect(of(9).has('Алгебра')).toBe(true);
    expect(of(5).has('Химия')).toBe(false);
    expect(of(3).has('Алгебра')).toBe(false);
    // Drafts may still lack a link; every lesson past the draft stage has one.
    for (const l of lessons.filter((x) => x.form === 'online' && x.status !== 'draft'))
      expect(l.resource).toMatch(/^https:\/\//);
    const forms = new Set(lessons.map((l) => l.form));
    expect(forms).toEqual(new Set(['online', 'selfStudy', 'consultation']));
  });

  it('has statuses mostly agreed, drafts and pending next Monday, one cancellation', () => {
    const lessons = school.lessons.map((l) => l.value);
    const count = (status: string) => lessons.filter((l) => l.status === status).length;
    expect(count('agreed') / lessons.length).toBeGreaterThan(0.9);
    expect(count('draft')).toBeGreaterThan(0);
    expect(count('pending')).toBeGreaterThan(0);
    expect(count('cancelled')).toBe(1);
    for (const l of lessons.filter((x) => x.status === 'draft' || x.status === 'pending')) {
      expect(l.date).toBe(NEXT_MONDAY);
    }
    // Lessons up to Friday were published the evening before; next Monday's are not yet.
    for (const l of lessons) expect(l.published !== undefined).toBe(l.date <= FRIDAY);
  });

  it('journals the week up to Friday, leaving a few lessons of one or two teachers without rows', () => {
    const lessons = school.lessons.map((l) => l.value);
    const journal = school.journal.map((j) => j.value);
    const held = lessons.filter((l) => l.status === 'agreed' && l.date <= FRIDAY);
    const journaled = new Set(journal.map((j) => j.lessonId));
    const missing = held.filter((l) => !journaled.has(l.id));
    expect(missing.length).toBeGreaterThanOrEqual(3);
    expect(missing.length).toBeLessThanOrEqual(12);
    const lazy = new Set(missing.map((l) => l.teacher));
    expect(lazy.size).toBeGreaterThanOrEqual(1);
    expect(lazy.size).toBeLessThanOrEqual(2);
    // Some are overdue by Friday: the reminders have something to say.
    expect(missing.some((l) => l.date <= addDays(MONDAY, 3))).toBe(true);

    const byId = new Map(lessons.map((l) => [l.id, l]));
    const active = school.pupils.filter((p) => p.value.active);
    const classSize = (c: string) => active.filter((p) => p.value.class === c).length;
    expect(journal.length).toBe(
      held.filter((l) => journaled.has(l.id)).reduce((sum, l) => sum + classSize(l.class), 0),
    );
    for (const j of journal) {
      const lesson = byId.get(j.lessonId ?? '')!;
      expect(j.date).toBe(lesson.date);
      expect(j.teacher).toBe(lesson.teacher);
      if (j.mark !== undefined) {
        expect([2, 3, 4, 5]).toContain(j.mark);
        expect(parseInt(j.class, 10)).toBeGreaterThan(1);
      }
    }
    const present = journal.filter((j) => j.attendance === 'present').length;
    expect(present / journal.length).toBeGreaterThan(0.85);
    expect(journal.some((j) => j.attendance === 'absent')).toBe(true);
    expect(journal.some((j) => j.attendance === 'excused')).toBe(true);
    expect(journal.filter((j) => j.mark !== undefined).length).toBeGreaterThan(500);
    for (const work of ['submitted', 'missing', 'overdue'])
      expect(journal.some((j) => j.work === work)).toBe(true);
    expect(journal.some((j) => j.comment !== undefined)).toBe(true);
  });

  it('has the access census for most pupils and about ten requests, one overdue', () => {
    const active = school.pupils.filter((p) => p.value.active).length;
    expect(school.access.length / active).toBeGreaterThan(0.8);
    expect(school.access.length).toBeLessThanOrEqual(active);
    const internet = new Set(school.access.map((a) => a.value.internet));
    expect(internet).toEqual(new Set(['yes', 'no', 'unstable']));
    const requests = school.requests.map((r) => r.value);
    expect(requests.length).toBeGreaterThanOrEqual(8);
    expect(requests.length).toBeLessThanOrEqual(12);
    expect(new Set(requests.map((r) => r.type))).toEqual(new Set(['paper', 'consultation']));
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(['new', 'inProgress', 'done']));
    const overdue = requests.filter(
      (r) => r.status !== 'done' && r.due !== undefined && r.due < FRIDAY,
    );
    expect(overdue).toHaveLength(1);
  });

  it('writes dates as instants of local midnight in the zone', () => {
    const grid = sheets['Журнал']!;
    for (const row of grid.slice(1, 50)) {
      const parts = zone.parts(row[0] as Date);
      expect(formatTime(parts.minutes)).toBe('00:00');
    }
  });

  it('rejects options it cannot honour', () => {
    expect(() => demoSchool(options({ weekOf: '31.02.2026' }))).toThrow(RangeError);
    expect(() => demoSchool(options({ classesPerGrade: 0 }))).toThrow(RangeError);
    expect(() => demoSchool(options({ pupilsPerClass: 1.5 }))).toThrow(RangeError);
  });
});

describe('messyWorkbook', () => {
  const problems = load(messyWorkbook(zone)).problems;
  const where = (p: { sheet: string; row: number; column: string }) =>
    `${p.sheet}!${p.row}:${p.column}`;

  it('is read without throwing and every planted problem is reported where it is', () => {
    const found = new Set(problems.map(where));
    for (const expected of MESSY_EXPECTED) expect(found).toContain(where(expected));
  });

  it('reports nothing but the planted problems (blank rows are not problems)', () => {
    expect([...new Set(problems.map(where))].sort()).toEqual(MESSY_EXPECTED.map(where).sort());
  });
});
