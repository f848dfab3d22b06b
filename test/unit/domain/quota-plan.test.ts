import { intlZone } from '../../../src/adapters/memory/zone';
import { planQuota, type PlannedJob } from '../../../src/domain/quota-plan';
import { defaultSettings } from '../../../src/domain/settings';
import { ru } from '../../../src/i18n/ru';
import { ALL_NAMES } from '../../../src/i18n';

const settings = defaultSettings({
  zone: intlZone('Europe/Moscow'),
  strings: ru,
  languages: ALL_NAMES,
});

describe('planQuota', () => {
  const job = (id: string, cadence: PlannedJob['cadence'], recipients: number): PlannedJob => ({
    job: id,
    label: id,
    cadence,
    recipients,
  });

  it('adds up what each job of the table reaches, by its cadence', () => {
    const plan = planQuota(
      [
        job('daily', { kind: 'daily', hour: 17 }, 40),
        job('friday', { kind: 'weekly', weekday: 5, hour: 15 }, 30),
        job('monday', { kind: 'weekly', weekday: 1, hour: 7 }, 2),
        job('edits', { kind: 'onDemand' }, 500),
      ],
      settings,
    );
    // Five school days of 40, the two weekly jobs once, nothing for the on-demand job.
    expect(plan.perWeek).toBe(5 * 40 + 30 + 2);
    // Friday is the busiest day: 40 + 30.
    expect(plan.peakDay).toBe(70);
    expect(plan.jobs.map((j) => [j.job, j.perWeek])).toEqual([
      ['daily', 200],
      ['friday', 30],
      ['monday', 2],
      ['edits', 0],
    ]);
    expect(plan.fits).toEqual({ consumer: true, workspace: true });
  });

  it('counts a monthly job on any day, and suggests class addresses when the peak is too high', () => {
    const plan = planQuota(
      [
        {
          ...job('publish', { kind: 'daily', hour: 17 }, 90),
          classes: [
            { class: '5А', recipients: 50, hasGroupAddress: false },
            { class: '5Б', recipients: 40, hasGroupAddress: false },
          ],
        },
        job('invitations', { kind: 'monthly', hour: 10 }, 60),
      ],
      settings,
    );
    expect(plan.peakDay).toBe(150);
    expect(plan.fits.consumer).toBe(false);
    // 150 − 49 = 101 is still over 95; 101 − 39 = 62 fits.
    expect(plan.suggestions).toEqual([
      { class: '5А', saves: 49 },
      { class: '5Б', saves: 39 },
    ]);
  });
});
