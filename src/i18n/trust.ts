import { pluralRu as plural } from './plural';

/**
 * Words of the trust boundary: the two workbooks, their sharing and protections, the agreement of
 * lessons by the administration, who sends the mail. Addresses in these lines are shown only to
 * administrators (setup dialogs, their letters), never logged.
 */
export interface TrustStrings {
  // The teachers' workbook.
  readonly teachersTitle: (school: string) => string;
  readonly teachersCreated: (url: string) => string;
  readonly teachersLinked: (url: string) => string;
  readonly teachersUnreachable: string;
  readonly teachersUrlUnreachable: string;
  readonly teachersIsAdmin: string;
  readonly teachersPrompt: string;
  readonly moved: (sheet: string, rows: number) => string;
  readonly moveConflict: (sheet: string) => string;
  readonly mirrorNote: string;
  readonly stampNote: string;
  readonly sharedTeachers: (count: number, url: string) => string;
  readonly removedFromAdmin: (people: string, url: string) => string;
  readonly adminsAdded: (people: string) => string;
  readonly strangersCanEdit: (people: string) => string;
  readonly setupLogged: (changes: number) => string;
  readonly notAdminWorkbook: string;
  readonly agreementsSeeded: (count: number) => string;
  // Mail held while people other than the administrators can edit the administration workbook.
  readonly heldSubject: (letters: number) => string;
  readonly heldIntro: string;
  readonly heldEditors: string;
  readonly heldHowTo: (adminEmails: string) => string;
  // The outbox's seal.
  readonly tamperedError: string;
  readonly tamperedSubject: (count: number) => string;
  readonly tamperedIntro: string;
  readonly tamperedHowTo: (sheet: string) => string;
}

export const trustRu: TrustStrings = {
  heldSubject: (letters) =>
    `Рассылка остановлена: таблицу администрации могут изменять посторонние (${letters} ${plural(letters, 'письмо ждёт', 'письма ждут', 'писем ждут')})`,
  heldIntro:
    'Пока таблицу администрации может изменять кто-то кроме администраторов, «Дистант» не отправляет писем семьям и учителям: такой человек мог изменить настройки, адреса или очередь писем. Письма администраторам (как это) уходят.',
  heldEditors: 'Изменять таблицу администрации сейчас могут:',
  heldHowTo: (adminEmails) =>
    `Откройте «Настройки доступа» (кнопка «Поделиться») и оставьте редакторами только администраторов (admin_emails: ${adminEmails}); если человек — администратор, добавьте его адрес в admin_emails на листе «Настройки». Письма уйдут при следующем запуске, по очереди.`,
  tamperedError:
    'Не отправлено: строку изменили вручную после того, как «Дистант» поставил её в очередь (подпись не совпадает).',
  tamperedSubject: (count) =>
    `${count} ${plural(count, 'письмо', 'письма', 'писем')} в очереди ${plural(count, 'изменено', 'изменены', 'изменены')} вручную и не ${plural(count, 'отправлено', 'отправлены', 'отправлены')}`,
  tamperedIntro:
    'В этих строках «Очереди писем» уже не то, что поставил «Дистант»: вручную изменили адресатов, тему или текст или добавили строку. Они не отправлены — иначе правкой ячейки можно было бы разослать письмо от имени школы кому угодно.',
  tamperedHowTo: (sheet) =>
    `Проверьте, кто может изменять эту таблицу (Файл → Настройки доступа). Удалите эти строки на листе «${sheet}»; нужное письмо «Дистант» поставит в очередь снова, когда задание выполнится, или через меню.`,
  teachersTitle: (school) => `Дистант — расписание и журнал${school ? ` (${school})` : ''}`,
  teachersCreated: (url) =>
    `Создана таблица учителей «Расписание и журнал»: ${url}. Учителя работают в ней; эта таблица — только для администрации.`,
  teachersLinked: (url) => `Подключена таблица учителей: ${url}.`,
  teachersUnreachable:
    'Таблица учителей не открывается: её удалили или у вас нет к ней доступа. Верните доступ (или восстановите файл из корзины) и снова нажмите «Настроить таблицу».',
  teachersUrlUnreachable:
    'По этой ссылке таблица не открывается. Проверьте ссылку и что у вас есть право редактировать эту таблицу.',
  teachersIsAdmin:
    'Это ссылка на таблицу администрации. Для учителей нужна отдельная таблица: оставьте поле пустым, и «Дистант» создаст её сам.',
  teachersPrompt:
    'Учителя заполняют расписание и журнал в отдельной таблице. Если она уже есть, вставьте сюда ссылку на неё. Оставьте поле пустым, и «Дистант» создаст её сам.',
  moved: (sheet, rows) =>
    `Лист «${sheet}» перенесён в таблицу учителей (${rows} ${plural(rows, 'строка', 'строки', 'строк')}, все ячейки сверены).`,
  moveConflict: (sheet) =>
    `Лист «${sheet}» есть и здесь, и в таблице учителей, и они различаются. Ничего не удалено: сравните их, оставьте нужный в таблице учителей, а этот удалите, затем снова нажмите «Настроить таблицу».`,
  mirrorNote:
    'Копия из таблицы администрации. «Дистант» обновляет её сам; изменения вносят в таблице администрации.',
  stampNote: 'Столбец «Опубликовано» заполняет «Дистант».',
  sharedTeachers: (count, url) =>
    `Таблица учителей открыта для редактирования ${count} ${plural(count, 'сотруднику', 'сотрудникам', 'сотрудникам')} из листа «Педагоги»: ${url}.`,
  removedFromAdmin: (people, url) =>
    `Доступ к таблице администрации закрыт для: ${people}. Здесь контакты семей и ответы родителей; учителя теперь работают в таблице учителей: ${url}.`,
  adminsAdded: (people) => `Администраторам открыт доступ к этой таблице: ${people}.`,
  strangersCanEdit: (people) =>
    `Кроме администраторов эту таблицу могут изменять: ${people}. Пока это так, письма семьям не отправляются. Закройте им доступ (Файл → Поделиться) или добавьте их в admin_emails.`,
  setupLogged: (changes) => `Настройка: изменений — ${changes}.`,
  notAdminWorkbook: 'Это таблица учителей. Меню «Дистанта» работает в таблице администрации.',
  agreementsSeeded: (count) =>
    `${count} ${plural(count, 'урок', 'урока', 'уроков')} со статусом «согласовано» записаны на лист «Согласование» как согласованные администрацией. Дальше уроки согласуют только там: учителя отправляют их «на согласование», а «согласовать» выбираете вы.`,
};

export const trustEn: TrustStrings = {
  heldSubject: (letters) =>
    `Mail stopped: people other than the administrators can edit the administration workbook (${letters} letter${letters === 1 ? '' : 's'} waiting)`,
  heldIntro:
    'While anyone other than the administrators can edit the administration workbook, Distant sends no letters to families and staff: such a person could have changed the settings, the addresses or the outbox. Letters to the administrators (like this one) still go.',
  heldEditors: 'Who can edit the administration workbook now:',
  heldHowTo: (adminEmails) =>
    `Open the sharing settings (the Share button) and leave only the administrators as editors (admin_emails: ${adminEmails}); if a person is an administrator, add their address to admin_emails on the Settings sheet. The letters go at the next run, in order.`,
  tamperedError:
    'Not sent: the row was changed by hand after Distant queued it (its signature does not match).',
  tamperedSubject: (count) =>
    `${count} letter${count === 1 ? '' : 's'} in the outbox changed by hand: not sent`,
  tamperedIntro:
    "These rows of the outbox no longer say what Distant queued: their recipients, subject or text were changed by hand, or the row was added by hand. They were not sent, so that nobody can send mail from the school's account by editing a cell.",
  tamperedHowTo: (sheet) =>
    `Check who can edit this workbook (File → Share). Delete these rows on «${sheet}»; a letter that is still needed is queued again when its job runs, or from the menu.`,
  teachersTitle: (school) => `Distant — schedule and journal${school ? ` (${school})` : ''}`,
  teachersCreated: (url) =>
    `Created the teachers' workbook "Schedule and journal": ${url}. Teachers work there; this workbook is for the administration only.`,
  teachersLinked: (url) => `Linked the teachers' workbook: ${url}.`,
  teachersUnreachable:
    "The teachers' workbook cannot be opened: it was deleted or you have no access to it. Restore access (or the file from the bin) and press «Set up» again.",
  teachersUrlUnreachable:
    'No spreadsheet opens at this address. Check the link and that you may edit that spreadsheet.',
  teachersIsAdmin:
    'That is the administration workbook. Teachers need a workbook of their own: leave the field empty and Distant will create it.',
  teachersPrompt:
    'Teachers fill the schedule and the journal in a workbook of their own. If it exists, paste its address here. Leave the field empty and Distant will create it.',
  moved: (sheet, rows) =>
    `Moved the sheet "${sheet}" to the teachers' workbook (${rows} row${rows === 1 ? '' : 's'}, every cell compared).`,
  moveConflict: (sheet) =>
    `The sheet "${sheet}" is both here and in the teachers' workbook, and they differ. Nothing was deleted: compare them, keep the right one in the teachers' workbook, delete this one, and press «Set up» again.`,
  mirrorNote:
    'A copy from the administration workbook. Distant keeps it up to date; make changes in the administration workbook.',
  stampNote: 'Distant fills the "Published" column.',
  sharedTeachers: (count, url) =>
    `Shared the teachers' workbook for editing with ${count} member${count === 1 ? '' : 's'} of staff from "Staff": ${url}.`,
  removedFromAdmin: (people, url) =>
    `Removed access to the administration workbook for: ${people}. It holds families' contacts and parents' answers; teachers now work in the teachers' workbook: ${url}.`,
  adminsAdded: (people) => `Gave the administrators access to this workbook: ${people}.`,
  strangersCanEdit: (people) =>
    `Besides the administrators, these people can change this workbook: ${people}. While they can, no letter goes to families. Remove their access (File → Share) or add them to admin_emails.`,
  setupLogged: (changes) => `Setup: ${changes} change(s).`,
  notAdminWorkbook:
    "This is the teachers' workbook. The Distant menu works in the administration workbook.",
  agreementsSeeded: (count) =>
    `${count} lesson${count === 1 ? '' : 's'} marked "agreed" were recorded on the "Agreement" sheet as agreed by the administration. From now on lessons are agreed only there: teachers send them for agreement, and you choose "agree".`,
};
