/**
 * The demo access census (instruction 4.3: class teachers find out who has a computer and the
 * internet at home). Most families answered; families without e-mail were called by the class
 * teacher, and they are the ones who need paper materials.
 */
import { addDays, type LocalDate } from '../domain/calendar';
import type { InternetAccess } from '../domain/vocabulary';
import type { DemoPeople, DemoPupil } from './people';
import { streamFor } from './random';

/** A row of the demo census. */
export interface DemoAccess {
  readonly pupil: DemoPupil;
  readonly date: LocalDate;
  readonly computer: boolean;
  readonly internet: InternetAccess;
  readonly device: string;
  readonly paper: boolean;
  readonly contact: string;
  readonly filledBy: string;
}

/** Census rows for about nine pupils in ten, answered in the week before the demo week. */
export function makeAccess(people: DemoPeople, monday: LocalDate, seed: number): DemoAccess[] {
  const rnd = streamFor(seed, 'access');
  const rows: DemoAccess[] = [];
  for (const pupil of people.pupils) {
    const phoneOnly = pupil.family.phoneOnly;
    if (!pupil.active || (!phoneOnly && rnd.chance(0.1))) continue;
    const computer = phoneOnly ? rnd.chance(0.2) : rnd.chance(0.88);
    const internet: InternetAccess = phoneOnly
      ? rnd.weighted<InternetAccess>([
          ['no', 6],
          ['unstable', 4],
        ])
      : rnd.weighted<InternetAccess>([
          ['yes', 90],
          ['unstable', 8],
          ['no', 2],
        ]);
    const device = computer
      ? rnd.pick(['ноутбук', 'компьютер', 'ноутбук и смартфон'])
      : internet === 'no'
        ? rnd.pick(['нет', 'кнопочный телефон'])
        : rnd.pick(['смартфон', 'планшет', 'смартфон родителей']);
    rows.push({
      pupil,
      date: addDays(monday, -rnd.int(3, 10)),
      computer,
      internet,
      device,
      paper: internet === 'no' || (!computer && internet === 'unstable'),
      contact: phoneOnly
        ? 'телефон'
        : rnd.weighted([
            ['электронная почта', 5],
            ['Сферум', 3],
            ['ВКонтакте', 2],
            ['телефон', 1],
          ]),
      filledBy: phoneOnly
        ? 'классный руководитель'
        : pupil.grade >= 7 && rnd.chance(0.3)
          ? 'ученик'
          : 'родитель',
    });
  }
  return rows;
}
