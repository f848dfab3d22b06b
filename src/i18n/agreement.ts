import type { AgreementReason } from '../domain/agreement';
import { pluralRu as plural } from './plural';

/** Words of the agreement of lessons («Согласование») and its letter to the administrators. */
export interface AgreementStrings {
  readonly oneFile: string;
  readonly noSchedule: string;
  readonly outcome: (agreed: number, returned: number, awaiting: number, changed: number) => string;
  /** «Почему здесь» on «Согласование». */
  readonly reasons: Readonly<Record<AgreementReason, string>>;
  readonly cancellation: string;
  readonly removal: string;
  readonly changedSubject: (count: number) => string;
  readonly changedIntro: string;
  readonly changedHowTo: (sheet: string) => string;
  readonly lessonLine: (
    day: string,
    cls: string,
    period: number,
    subject: string,
    teacher: string,
  ) => string;
}

const lessonsRu = (n: number): string => `${n} ${plural(n, 'урок', 'урока', 'уроков')}`;

export const agreementRu: AgreementStrings = {
  oneFile:
    'Все листы в одной таблице, которую правят только администраторы: статус «согласовано» в расписании принимается как есть.',
  noSchedule: 'Расписание не прочитано: согласование не обновлено (см. «Проблемы данных»).',
  outcome: (agreed, returned, awaiting, changed) =>
    `Согласовано: ${lessonsRu(agreed)}; возвращено на доработку: ${returned}; ждут решения: ${awaiting}; изменены после согласования: ${changed}.`,
  reasons: {
    asked: 'Учитель отправил на согласование',
    changed: 'Изменён после согласования',
    changedWhileWaiting: 'Изменён, пока ждал решения: посмотрите ещё раз',
    notByAdministration: '«Согласовано» поставил не администратор',
    removed: 'Строку урока удалили из расписания после публикации',
  },
  cancellation: 'ОТМЕНА УРОКА',
  removal: 'Урок убран из расписания: семьям сообщат, что его не будет',
  changedSubject: (count) =>
    `${count} ${plural(count, 'урок изменён', 'урока изменены', 'уроков изменены')} после согласования`,
  changedIntro:
    'Эти уроки изменили после того, как вы их согласовали. Пока вы не согласуете их снова, семьи не получат ни изменений, ни этих уроков в расписании (вместо них — «уточняется»).',
  changedHowTo: (sheet) =>
    `Решение — в столбце «Решение» на листе «${sheet}»: «согласовать» или «вернуть на доработку».`,
  lessonLine: (day, cls, period, subject, teacher) =>
    `${day}, ${cls}, ${period} урок — ${subject} (${teacher})`,
};

export const agreementEn: AgreementStrings = {
  oneFile:
    'Every sheet is in one workbook only administrators edit: the schedule\'s "agreed" status is taken as it is.',
  noSchedule: 'The schedule could not be read: agreement not updated (see "Data problems").',
  outcome: (agreed, returned, awaiting, changed) =>
    `Agreed: ${agreed}; sent back: ${returned}; awaiting a decision: ${awaiting}; changed after agreement: ${changed}.`,
  reasons: {
    asked: 'Sent for agreement by the teacher',
    changed: 'Changed after agreement',
    changedWhileWaiting: 'Changed while it waited: look again',
    notByAdministration: '"Agreed" was set by someone other than an administrator',
    removed: "The lesson's row was deleted from the schedule after publication",
  },
  cancellation: 'LESSON CANCELLED',
  removal: 'Lesson removed from the schedule: families will be told it will not take place',
  changedSubject: (count) => `${count} lesson${count === 1 ? '' : 's'} changed after agreement`,
  changedIntro:
    'These lessons were changed after you agreed them. Until you agree them again, families get neither the changes nor these lessons in the schedule (they show "to be confirmed").',
  changedHowTo: (sheet) =>
    `Decide in the "Decision" column of the sheet "${sheet}": "agree" or "send back".`,
  lessonLine: (day, cls, period, subject, teacher) =>
    `${day}, ${cls}, period ${period} — ${subject} (${teacher})`,
};
