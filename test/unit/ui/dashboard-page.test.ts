/**
 * The dashboard's layout and page from given figures (pure): each line's tone, both languages,
 * the page shell's slots filled and every value escaped — a school's name and an address from the
 * sheets, and a name that spells a slot, come out as text.
 */
import { en } from '../../../src/i18n/en';
import { ru } from '../../../src/i18n/ru';
import type { DashboardFigures } from '../../../src/jobs/dashboard';
import { dashboardPage } from '../../../src/ui/dashboard-page';
import { dashboardSections } from '../../../src/ui/dashboard-view';
import shell from '../../../src/ui/dashboard.html';
import { englishSentences } from '../../support/english';

const FIGURES: DashboardFigures = {
  schoolName: 'Школа <img src=x onerror=alert(1)> __BODY__',
  locale: 'ru',
  builtAt: '26.11.2026 12:00',
  week: {
    range: '23–29 ноября 2026',
    complete: false,
    held: 40,
    journaled: 30,
    overdue: 3,
    shares: { journal: 0.75, attendance: 0.95, informed: undefined, satisfied: 0.4 },
    actions: 4,
    attention: 0,
    overdueRequests: 0,
  },
  outbox: { queued: 5, sentToday: 12, unknown: 1, errors: 0 },
  mailMode: 'preview',
  quota: { leftToday: 80, days: 3, never: 0, peakDay: 120, dailyLimit: 100 },
  dispatcher: {
    lastRun: '26.11 08:05',
    stale: true,
    owner: 'zavuch@school.test',
    usedMinutes: 72,
    limitMinutes: 72,
  },
  forms: [
    { kind: 'parentSurvey', name: 'Опрос родителей', standing: 'open' },
    { kind: 'pupilSurvey', name: 'Опрос учащихся', standing: 'closed' },
    { kind: 'request', name: 'Заявки (ответы)', standing: 'unpublished' },
    { kind: 'access', name: 'Доступ (ответы)', standing: 'unknown' },
  ],
  editors: ['"><script>x</script>@mail.test'],
};

describe('the dashboard layout', () => {
  const sections = dashboardSections(FIGURES, ru);
  const row = (key: string, label: string) =>
    sections.find((s) => s.key === key)!.rows.find((r) => r.label === label)!;

  it('marks what to fix red, what to look at amber, what is fine green', () => {
    expect(row('week', ru.dashboard.journal)).toEqual({
      label: ru.dashboard.journal,
      value: '75 % (30 из 40)',
      tone: 'warn',
    });
    expect(row('week', ru.dashboard.journalOverdue).tone).toBe('bad');
    expect(row('week', ru.dashboard.attendance).tone).toBe('ok');
    expect(row('week', ru.dashboard.informed)).toMatchObject({
      value: ru.dashboard.informedNotDue,
      tone: 'plain',
    });
    expect(row('week', ru.dashboard.satisfied).tone).toBe('bad');
    expect(row('outbox', ru.dashboard.mailMode)).toEqual({
      label: ru.dashboard.mailMode,
      value: 'проверка',
      tone: 'warn',
    });
    expect(row('quota', ru.dashboard.queueTakes)).toMatchObject({
      value: 'уйдёт за 3 дня',
      tone: 'warn',
    });
    expect(row('quota', ru.dashboard.peak)).toMatchObject({ value: '120 из 100', tone: 'bad' });
    expect(row('dispatcher', ru.dashboard.stale).tone).toBe('bad');
    expect(row('dispatcher', ru.dashboard.triggerTime).tone).toBe('bad');
    expect(sections.find((s) => s.key === 'forms')!.rows.map((r) => r.tone)).toEqual([
      'ok',
      'warn',
      'bad',
      'bad',
    ]);
    expect(sections.find((s) => s.key === 'access')!.rows.map((r) => r.tone)).toEqual([
      'bad',
      'bad',
    ]);
  });

  it('speaks English in an English workbook', () => {
    const english = dashboardSections(
      {
        ...FIGURES,
        locale: 'en',
        forms: FIGURES.forms.map((f) => ({ ...f, name: en.forms.forms[f.kind].sheet })),
      },
      en,
    );
    const words = english.flatMap((s) => [
      s.title,
      s.note ?? '',
      ...s.rows.flatMap((r) => [r.label, r.value]),
    ]);
    // Cyrillic only where the data put it (the week's range and the editors come from the figures).
    expect(words.filter((w) => /[А-Яа-яЁё]/.test(w) && !w.includes('ноября'))).toEqual([]);
  });

  it('says nothing in English in a Russian workbook', () => {
    const text = sections.flatMap((s) => [
      s.title,
      s.note ?? '',
      ...s.rows.flatMap((r) => [r.label, r.value]),
    ]);
    expect(text.flatMap(englishSentences)).toEqual([]);
  });
});

describe('the dashboard page', () => {
  const page = dashboardPage(shell, FIGURES, ru);

  it('fills the shell: language, title, body, the script’s words', () => {
    expect(page).toMatch(/^<!doctype html>\s*<html lang="ru">/i);
    expect(page).toContain(`<title>${ru.menu.dashboard}</title>`);
    expect(page).toContain(`data-offline="${ru.dashboard.offline}"`);
    expect(page).not.toMatch(/__(LANG|TITLE)__/);
  });

  it('escapes every value from the sheets, and a name spelling a slot stays text', () => {
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script>x');
    expect(page).toContain('Школа &lt;img src=x onerror=alert(1)&gt; __BODY__');
    expect(page).toContain('&quot;&gt;&lt;script&gt;x&lt;/script&gt;@mail.test');
    expect(page.match(/<script>/g)).toHaveLength(1);
  });
});
