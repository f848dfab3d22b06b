/**
 * What the local runner (`distant`) says on the console, in both languages: help, argument and
 * file errors, progress and the closing summary. Kept out of `Strings`: the Apps Script bundle
 * never shows them, so they stay out of its size budget.
 */
import { pluralRu } from './plural';

/** The runner's languages: `--lang` before a workbook is read, the workbook's `locale` after. */
export type RunnerLocale = 'ru' | 'en';

/** Why a workbook file cannot be read (the xlsx adapter's `XlsxFileError.kind`). */
export type FileProblem =
  | 'notFound'
  | 'notFile'
  | 'empty'
  | 'text'
  | 'encrypted'
  | 'xls'
  | 'notXlsx'
  | 'damaged'
  | 'noSheets';

/** Everything the runner prints. */
export interface RunnerStrings {
  readonly help: {
    readonly general: string;
    readonly run: (jobs: string) => string;
    readonly bench: string;
    readonly exitCodes: string;
    /** `run --spreadsheet` and `district`: live spreadsheets over the Google APIs. */
    readonly live: string;
  };
  /** Errors of the live commands (cli/live). */
  readonly live: {
    readonly sendNeedsAs: string;
    readonly schoolsHeader: string;
    readonly wholeNumber: (name: string) => string;
    readonly districtNeedsSchools: string;
    readonly taskIndex: string;
    readonly runNeedsSpreadsheet: string;
  };
  /** One line per name `--jobs` takes, by name; a name without a line is listed bare. */
  readonly jobs: Readonly<Record<string, string>>;
  readonly errors: {
    /** Where to read more, after an argument error. */
    readonly seeHelp: (command: string) => string;
    readonly unknownCommand: (command: string) => string;
    readonly unknownOption: (option: string, command: string) => string;
    readonly missingValue: (option: string) => string;
    readonly noValueWanted: (option: string) => string;
    readonly unexpectedArgument: (argument: string) => string;
    readonly repeated: (option: string) => string;
    readonly workbookOrDemo: string;
    readonly teachersWithoutWorkbook: string;
    readonly nowFormat: (value: string) => string;
    readonly noSuchDate: (value: string) => string;
    readonly noSuchTime: (value: string) => string;
    readonly emptyOut: string;
    readonly outIsFile: (path: string) => string;
    readonly emptyJobs: string;
    readonly unknownJobs: (names: string, known: string) => string;
    readonly pupils: string;
    readonly lang: (value: string) => string;
    readonly file: Readonly<Record<FileProblem, (path: string) => string>>;
    readonly missingSheets: (list: string) => string;
    readonly cannotWrite: (path: string, reason: string) => string;
    readonly internal: (message: string) => string;
  };
  readonly console: {
    /** The title printed as each step starts, by step id. */
    readonly steps: Readonly<Record<string, string>>;
    readonly demo: string;
    readonly school: (name: string, source: string, time: string, zone: string) => string;
    readonly repeated: (times: number) => string;
    readonly results: (problems: number, out: string, files: string) => string;
    readonly letters: (count: number) => string;
    readonly dispatcher: (runs: number, from: string, idle: number, sent: number) => string;
    readonly cleaned: (count: number, out: string) => string;
    /** The demo: what its people did during the replayed week (counts only). */
    readonly week: (week: {
      readonly journalRows: number;
      readonly lessonEdits: number;
      readonly decisions: number;
      readonly answers: Readonly<
        Record<'parentSurvey' | 'pupilSurvey' | 'request' | 'access', number>
      >;
    }) => string;
  };
  /** Reasons an output could not be written, by Node's error code. */
  readonly writeReasons: Readonly<Record<string, string>>;
}

const JOBS_RU: Record<string, string> = {
  checkData: 'проверка всех листов; список проблем — в problems.csv и на листе «Проблемы данных»',
  quota: 'хватит ли дневной квоты писем',
  dispatcher:
    'неделя с понедельника 00:00 до --now: ежечасный запуск всех заданий ниже, как в Google Таблицах',
  agreement: 'согласование уроков: решения администрации, уроки, изменённые после согласования',
  changeNotices:
    'извещения семьям об изменениях опубликованных уроков, согласованных администрацией',
  notAgreedList: 'администрации за несколько часов до публикации: что ещё не согласовано',
  publishSchedule: 'публикация расписания на следующий учебный день (в выводе: publish)',
  teacherReminders: 'напоминания учителям: незаполненный журнал, черновики следующей недели',
  archive: 'удаление старых строк из очереди писем',
  formResponses: 'ответы на формы, которые триггер не успел разобрать, и исправленные ответы',
  familySummaries: 'письма семьям за неделю и сводки классным руководителям',
  surveyInvitations: 'приглашения к опросам семей и учащихся',
  monitoringReport: 'отчёт мониторинга за прошлую неделю (по расписанию)',
  report: 'отчёт мониторинга за текущую неделю, как из меню',
};

const JOBS_EN: Record<string, string> = {
  checkData: 'checks every sheet; the problems go to problems.csv and the "Data problems" sheet',
  quota: 'whether the daily mail quota is enough',
  dispatcher: 'the week from Monday 00:00 to --now: every job below hourly, as in Google Sheets',
  agreement:
    "agreement of lessons: the administration's decisions, lessons changed after agreement",
  changeNotices: 'notices to families of changes to published lessons the administration agreed',
  notAgreedList: 'to the administration a few hours before publication: what is not agreed yet',
  publishSchedule: "the next school day's schedule (printed as publish)",
  teacherReminders: "teachers' reminders: journal gaps, next week's drafts",
  archive: 'old rows leave the outbox',
  formResponses: 'form answers a trigger missed, and answers corrected afterwards',
  familySummaries: "the week's family letters and the class teachers' digests",
  surveyInvitations: 'survey invitations to families and pupils',
  monitoringReport: "the previous week's monitoring report (scheduled)",
  report: "this week's monitoring report, as from the menu",
};

const EXIT_RU = `Коды выхода: 0 — готово (проблемы в данных перечислены, но работу не прерывают);
1 — внутренняя ошибка программы (сообщите разработчикам); 2 — неверные параметры;
3 — таблицу нельзя прочитать или в ней нет обязательного листа; 4 — результаты нельзя записать.`;

const EXIT_EN = `Exit codes: 0 done (data problems are listed, they do not stop the run);
1 an internal error of the program (please report it); 2 bad arguments;
3 the workbook cannot be read or lacks a required sheet; 4 the results cannot be written.`;

/** Russian: the default. */
export const runnerRu: RunnerStrings = {
  help: {
    general: `distant — «Дистант» на компьютере: делает работу школы над файлом и никогда не отправляет писем.

  distant run --workbook school.xlsx [параметры]   задания школы на выгрузке её таблицы
  distant run --demo [параметры]                   то же на встроенной демо-школе
  distant bench [--pupils 2000]                    замеры производительности
  distant help [run | bench]                       справка; также distant run --help

${EXIT_RU}`,
    run: (
      jobs,
    ) => `distant run — задания школы на файле: письма становятся файлами .eml, ничего не отправляется.

  distant run --workbook admin.xlsx --teachers teachers.xlsx [--now 2026-11-27T16:00] [--out out] [--jobs all]
  distant run --workbook school.xlsx [--now 2026-11-27T16:00] [--out out] [--jobs all]
  distant run --demo [--now 2026-11-27T16:00] [--out out] [--jobs all]

  --workbook ФАЙЛ   таблица администрации (или вся школа в одном файле) в формате .xlsx
                    (в Google Таблицах: Файл → Скачать → Microsoft Excel)
  --teachers ФАЙЛ   таблица учителей «Расписание и журнал» в формате .xlsx
  --demo            встроенная демо-школа вместо файлов (две таблицы, как после «Настроить таблицу»):
                    неделя с понедельника, в которую учителя ведут журнал, администрация согласует
                    уроки, семьи отвечают на формы
  --now МОМЕНТ      дата и время по часам школы (часовой пояс из «Настроек»): 2026-11-27T16:00
                    или 2026-11-27 (полночь); по умолчанию — сейчас, для демо — 2026-11-28T10:00
  --out ПАПКА       куда записать результаты (по умолчанию out); результаты прошлого запуска
                    в ней удаляются, чужие файлы не трогаются
  --jobs СПИСОК     задания через запятую, по умолчанию all:
${jobs}
  --quiet           не печатать ход работы
  --lang ru|en      язык сообщений, пока таблица не прочитана (потом — язык таблицы); по умолчанию ru
  --help            эта справка

Результаты: summary.json, problems.csv (открывается в Excel: разделитель «;», UTF-8),
workbook.xlsx (таблица после запуска), mail/*.eml (письма), report-ГГГГ-Wнн.html (отчёт).

${EXIT_RU}`,
    bench: `distant bench — замеры на сгенерированной школе: время каждого шага, чтения и записи листов.

  distant bench [--pupils 2000]

  --pupils N   сколько учеников (от 10 до 20000); без него — школы на 250, 1000 и 2000 учеников
  --help       эта справка`,
    exitCodes: EXIT_RU,
    live: `Живые таблицы через Google API (сервисный аккаунт; README, «Big schools and districts»):

  distant run --spreadsheet ID [--teachers ID] [--send --as отправитель@школа] [--key sa.json] [--out out]
  distant district --schools schools.csv [--send --as отправитель@школа] [--out out]

Без --send письма становятся файлами .eml в --out. На Cloud Run Jobs каждая задача берёт свою долю
школ по CLOUD_RUN_TASK_INDEX / CLOUD_RUN_TASK_COUNT; код 4 — какая-то школа не обработана.`,
  },
  live: {
    sendNeedsAs: '--send: укажите --as АДРЕС — от чьего имени отправлять (делегирование домена).',
    schoolsHeader: 'В schools.csv нужна строка заголовков со столбцом «spreadsheet».',
    wholeNumber: (name) => `${name}: нужно целое неотрицательное число.`,
    districtNeedsSchools: 'district: укажите --schools schools.csv.',
    taskIndex: 'CLOUD_RUN_TASK_INDEX должен быть меньше CLOUD_RUN_TASK_COUNT.',
    runNeedsSpreadsheet: 'run: укажите --spreadsheet ID таблицы администрации.',
  },
  jobs: JOBS_RU,
  errors: {
    seeHelp: (command) => `Справка: distant ${command} --help`,
    unknownCommand: (command) => `Нет команды «${command}». Команды: run, bench, help.`,
    unknownOption: (option, command) => `У команды ${command} нет параметра «${option}».`,
    missingValue: (option) => `После ${option} нужно значение.`,
    noValueWanted: (option) => `Параметр ${option} пишется без значения.`,
    unexpectedArgument: (argument) =>
      `Лишнее слово «${argument}»: параметры пишутся с двумя дефисами, например --workbook school.xlsx.`,
    repeated: (option) => `Параметр ${option} указан дважды.`,
    workbookOrDemo:
      'Укажите таблицу школы (--workbook school.xlsx) или демо-школу (--demo), одно из двух.',
    teachersWithoutWorkbook:
      '--teachers — таблица учителей; к ней нужна таблица администрации: --workbook admin.xlsx.',
    nowFormat: (value) =>
      `--now «${value}»: пишите дату и время так: 2026-11-27T16:00 (или только дату: 2026-11-27).`,
    noSuchDate: (value) => `--now «${value}»: такой даты нет в календаре.`,
    noSuchTime: (value) => `--now «${value}»: такого времени нет (часы 00–23, минуты 00–59).`,
    emptyOut: '--out: укажите папку для результатов.',
    outIsFile: (path) => `--out «${path}» — это файл, а нужна папка для результатов.`,
    emptyJobs: '--jobs: перечислите задания через запятую или напишите all.',
    unknownJobs: (names, known) => `--jobs: нет заданий ${names}. Есть: ${known}.`,
    pupils: '--pupils: целое число от 10 до 20000.',
    lang: (value) => `--lang «${value}»: язык ru или en.`,
    file: {
      notFound: (path) => `Файл «${path}» не найден.`,
      notFile: (path) => `«${path}» — это папка, а нужен файл таблицы .xlsx.`,
      empty: (path) => `Файл «${path}» пуст (0 байт). Скачайте таблицу ещё раз.`,
      text: (path) =>
        `Файл «${path}» — текстовый (например, CSV с другим расширением), а не таблица Excel. ` +
        `Откройте его в Excel или LibreOffice и сохраните как «Книга Excel (.xlsx)».`,
      encrypted: (path) =>
        `Файл «${path}» защищён паролем, его нельзя прочитать. Откройте его в Excel, снимите пароль ` +
        `(Файл → Сведения → Защитить книгу → Зашифровать с паролем: очистить поле) и сохраните.`,
      xls: (path) =>
        `Файл «${path}» в старом формате Excel 97–2003 (.xls). Сохраните его как «Книга Excel (.xlsx)».`,
      notXlsx: (path) =>
        `Файл «${path}» — не таблица Excel (.xlsx). Скачайте таблицу так: Файл → Скачать → Microsoft Excel.`,
      damaged: (path) =>
        `Файл «${path}» повреждён или сохранён не полностью: Excel-таблицу из него прочитать нельзя. Скачайте её ещё раз.`,
      noSheets: (path) => `В файле «${path}» нет ни одного листа таблицы.`,
    },
    missingSheets: (list) =>
      `В таблице нет обязательных листов: ${list}. Запустите «Настроить таблицу» в Google Таблицах или добавьте листы.`,
    cannotWrite: (path, reason) => `Не удалось записать «${path}»: ${reason}.`,
    internal: (message) =>
      `Внутренняя ошибка программы: ${message}. Сообщите разработчикам (подробности: DISTANT_DEBUG=1).`,
  },
  console: {
    steps: {
      checkData: 'Проверка данных',
      quota: 'Квота писем',
      dispatcher: 'Неделя: диспетчер каждый час',
      report: 'Отчёт мониторинга за текущую неделю',
    },
    demo: 'демо',
    school: (name, source, time, zone) => `Школа: ${name} (${source}), время ${time} (${zone})`,
    repeated: (times) => ` (×${times})`,
    results: (problems, out, files) =>
      `Проблем в данных: ${problems}. Результаты: ${out} (${files})`,
    letters: (count) => `${count} ${pluralRu(count, 'письмо', 'письма', 'писем')}`,
    dispatcher: (runs, from, idle, sent) =>
      `${runs} ${pluralRu(runs, 'ежечасный запуск', 'ежечасных запуска', 'ежечасных запусков')} с ${from} 00:00 ` +
      `(без работы: ${idle}); отправлено писем: ${sent}`,
    cleaned: (count, out) => `Удалены результаты прошлого запуска в ${out}: ${count}.`,
    week: ({ journalRows, lessonEdits, decisions, answers: a }) =>
      `Неделя демо-школы: строк журнала внесено — ${journalRows}, опубликованных уроков изменено — ${lessonEdits}, ` +
      `решений на «Согласовании» — ${decisions}; ответов на формы: опрос родителей — ${a.parentSurvey}, ` +
      `опрос учащихся — ${a.pupilSurvey}, заявки — ${a.request}, перепись доступа — ${a.access}`,
  },
  writeReasons: {
    EACCES: 'нет прав на запись',
    EPERM: 'нет прав на запись',
    EROFS: 'диск только для чтения',
    ENOSPC: 'на диске нет места',
    ENOTDIR: 'на пути к нему стоит файл, а не папка',
    EISDIR: 'это папка',
    EBUSY: 'файл открыт в другой программе',
  },
};

/** English. */
export const runnerEn: RunnerStrings = {
  help: {
    general: `distant — «Дистант» on a computer: does the school's work on a file and never sends mail.

  distant run --workbook school.xlsx [options]   the school's jobs on its workbook's export
  distant run --demo [options]                   the same on the built-in demo school
  distant bench [--pupils 2000]                  performance figures
  distant help [run | bench]                     help; also distant run --help

${EXIT_EN}`,
    run: (
      jobs,
    ) => `distant run — the school's jobs on a file: letters become .eml files, nothing is sent.

  distant run --workbook admin.xlsx --teachers teachers.xlsx [--now 2026-11-27T16:00] [--out out] [--jobs all]
  distant run --workbook school.xlsx [--now 2026-11-27T16:00] [--out out] [--jobs all]
  distant run --demo [--now 2026-11-27T16:00] [--out out] [--jobs all]

  --workbook FILE   the administration workbook (or the whole school in one file) as .xlsx
                    (Google Sheets: File → Download → Microsoft Excel)
  --teachers FILE   the teachers' workbook "Schedule and journal" as .xlsx
  --demo            the built-in demo school instead of files (two workbooks, as after setup):
                    a week from Monday in which teachers keep the journal, the administration
                    agrees lessons and families answer the forms
  --now MOMENT      date and time on the school's clock (the zone in Settings): 2026-11-27T16:00
                    or 2026-11-27 (midnight); default now, for the demo 2026-11-28T10:00
  --out FOLDER      where results go (default out); the previous run's results in it are
                    deleted, other files are left alone
  --jobs LIST       jobs separated by commas, default all:
${jobs}
  --quiet           do not print progress
  --lang ru|en      language of messages until the workbook is read (then the workbook's); default ru
  --help            this help

Results: summary.json, problems.csv (opens in Excel: ";" separated, UTF-8),
workbook.xlsx (the workbook after the run), mail/*.eml (letters), report-YYYY-Wnn.html (report).

${EXIT_EN}`,
    bench: `distant bench — figures on a generated school: time of each step, sheet reads and writes.

  distant bench [--pupils 2000]

  --pupils N   how many pupils (10 to 20000); without it, schools of 250, 1000 and 2000 pupils
  --help       this help`,
    exitCodes: EXIT_EN,
    live: `Live spreadsheets over the Google APIs (a service account; README, "Big schools and districts"):

  distant run --spreadsheet ID [--teachers ID] [--send --as sender@school] [--key sa.json] [--out out]
  distant district --schools schools.csv [--send --as sender@school] [--out out]

Without --send letters become .eml files in --out. On Cloud Run Jobs each task takes its share of
the schools by CLOUD_RUN_TASK_INDEX / CLOUD_RUN_TASK_COUNT; exit 4 when a school failed.`,
  },
  live: {
    sendNeedsAs: '--send needs --as EMAIL: whose mailbox sends (domain-wide delegation).',
    schoolsHeader: 'schools.csv needs a header row with a "spreadsheet" column.',
    wholeNumber: (name) => `${name} must be a whole number, 0 or more.`,
    districtNeedsSchools: 'district needs --schools schools.csv.',
    taskIndex: 'CLOUD_RUN_TASK_INDEX must be below CLOUD_RUN_TASK_COUNT.',
    runNeedsSpreadsheet: "run needs --spreadsheet ID (the administration workbook's id).",
  },
  jobs: JOBS_EN,
  errors: {
    seeHelp: (command) => `Help: distant ${command} --help`,
    unknownCommand: (command) => `There is no command "${command}". Commands: run, bench, help.`,
    unknownOption: (option, command) => `Command ${command} has no option "${option}".`,
    missingValue: (option) => `${option} needs a value.`,
    noValueWanted: (option) => `Option ${option} takes no value.`,
    unexpectedArgument: (argument) =>
      `Unexpected word "${argument}": options start with two hyphens, e.g. --workbook school.xlsx.`,
    repeated: (option) => `Option ${option} is given twice.`,
    workbookOrDemo:
      "Give the school's workbook (--workbook school.xlsx) or the demo school (--demo), one of the two.",
    teachersWithoutWorkbook:
      "--teachers is the teachers' workbook; it needs the administration workbook: --workbook admin.xlsx.",
    nowFormat: (value) =>
      `--now "${value}": write the date and time like 2026-11-27T16:00 (or a date alone: 2026-11-27).`,
    noSuchDate: (value) => `--now "${value}": there is no such date.`,
    noSuchTime: (value) => `--now "${value}": there is no such time (hours 00–23, minutes 00–59).`,
    emptyOut: '--out: name a folder for the results.',
    outIsFile: (path) => `--out "${path}" is a file; the results need a folder.`,
    emptyJobs: '--jobs: list jobs separated by commas, or write all.',
    unknownJobs: (names, known) => `--jobs: there is no job ${names}. Jobs: ${known}.`,
    pupils: '--pupils: a whole number from 10 to 20000.',
    lang: (value) => `--lang "${value}": the language is ru or en.`,
    file: {
      notFound: (path) => `File "${path}" not found.`,
      notFile: (path) => `"${path}" is a folder; an .xlsx workbook file is needed.`,
      empty: (path) => `File "${path}" is empty (0 bytes). Download the workbook again.`,
      text: (path) =>
        `File "${path}" is a text file (a CSV renamed, say), not an Excel workbook. ` +
        `Open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)".`,
      encrypted: (path) =>
        `File "${path}" is protected by a password and cannot be read. Open it in Excel, remove the ` +
        `password (File → Info → Protect Workbook → Encrypt with Password: clear it) and save.`,
      xls: (path) =>
        `File "${path}" is in the old Excel 97–2003 format (.xls). Save it as "Excel Workbook (.xlsx)".`,
      notXlsx: (path) =>
        `File "${path}" is not an Excel workbook (.xlsx). Download the workbook with File → Download → Microsoft Excel.`,
      damaged: (path) =>
        `File "${path}" is damaged or incompletely saved: no workbook can be read from it. Download it again.`,
      noSheets: (path) => `File "${path}" holds no worksheet.`,
    },
    missingSheets: (list) =>
      `The workbook lacks required sheets: ${list}. Run "Set up the workbook" in Google Sheets or add them.`,
    cannotWrite: (path, reason) => `Could not write "${path}": ${reason}.`,
    internal: (message) =>
      `Internal error of the program: ${message}. Please report it (details: DISTANT_DEBUG=1).`,
  },
  console: {
    steps: {
      checkData: 'Data check',
      quota: 'Mail quota',
      dispatcher: 'The week: the dispatcher every hour',
      report: "This week's monitoring report",
    },
    demo: 'demo',
    school: (name, source, time, zone) => `School: ${name} (${source}), time ${time} (${zone})`,
    repeated: (times) => ` (×${times})`,
    results: (problems, out, files) => `Data problems: ${problems}. Results: ${out} (${files})`,
    letters: (count) => `${count} ${count === 1 ? 'letter' : 'letters'}`,
    dispatcher: (runs, from, idle, sent) =>
      `${runs} hourly ${runs === 1 ? 'run' : 'runs'} from ${from} 00:00 (${idle} idle); ${sent} letters sent`,
    cleaned: (count, out) => `Removed the previous run's results in ${out}: ${count}.`,
    week: ({ journalRows, lessonEdits, decisions, answers: a }) =>
      `The demo school's week: ${journalRows} journal rows entered, ${lessonEdits} published lessons changed, ` +
      `${decisions} decisions on "Agreement"; form answers: parent survey ${a.parentSurvey}, ` +
      `pupil survey ${a.pupilSurvey}, requests ${a.request}, access census ${a.access}`,
  },
  writeReasons: {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
    ENOTDIR: 'a file stands where a folder should be on its path',
    EISDIR: 'it is a folder',
    EBUSY: 'the file is open in another program',
  },
};

/** The runner's strings of a language; Russian for anything else. */
export function runnerStrings(locale: string | undefined): RunnerStrings {
  return locale === 'en' ? runnerEn : runnerRu;
}
