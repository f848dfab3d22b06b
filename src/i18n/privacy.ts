/**
 * Words of personal-data handling: erasing a pupil (the menu's dialogs) and what stands in the
 * place of erased words. No line takes a name, an address or a phone: these go to dialogs that
 * fall back to the log when there is no screen (docs/contracts.md, «Logs»).
 */
export interface PrivacyStrings {
  /** What a report cell says where a pupil's name or ID was. */
  readonly erased: string;
  readonly promptId: string;
  /** The confirmation: the pupil as the roster names them (shown on screen only). */
  readonly confirm: (pupil: string, cls: string) => string;
  /** The confirmation when the roster no longer has the ID (rows elsewhere may remain). */
  readonly confirmNotOnRoster: string;
  readonly mismatch: string;
  readonly nothingFound: string;
  readonly done: (figures: ErasureFigures) => string;
  readonly sheetsTouched: (sheets: string) => string;
  readonly ownSheets: (sheets: string) => string;
  readonly unfinished: string;
  readonly logged: (sheet: string) => string;
  /** Google Forms keeps every answer in the form too: what the administrator does about it. */
  readonly formsNote: string;
  /** The nightly retention's line: letters, survey comments and reports cleared of names. */
  readonly retained: (letters: number, answers: number, reports: number) => string;
}

/** The counts an erasure reports. */
export interface ErasureFigures {
  readonly rowsDeleted: number;
  readonly answersCleared: number;
  readonly cellsCleared: number;
  readonly letters: number;
  readonly lettersStopped: number;
}

export const privacyRu: PrivacyStrings = {
  erased: '(удалено)',
  promptId:
    'Введите ID ученика (как на листе «Ученики»). «Дистант» удалит его из обеих таблиц, очереди писем, ответов на формы и отчётов.',
  confirm: (pupil, cls) =>
    `Будут удалены все данные ученика: ${pupil}, ${cls}. Это нельзя отменить. Чтобы подтвердить, введите ID ещё раз.`,
  confirmNotOnRoster:
    'Ученика с этим ID нет на листе «Ученики». «Дистант» удалит строки с этим ID, которые остались на других листах. Чтобы подтвердить, введите ID ещё раз.',
  mismatch: 'ID не совпал: ничего не удалено.',
  nothingFound: 'Данных с этим ID не найдено ни в одном листе: удалять нечего.',
  done: (f) =>
    `Данные ученика удалены. Строк удалено: ${f.rowsDeleted}; ответов на формы обезличено: ${f.answersCleared}; ячеек очищено: ${f.cellsCleared}; писем в очереди очищено: ${f.letters}${f.lettersStopped > 0 ? ` (из них не будут отправлены: ${f.lettersStopped})` : ''}.`,
  sheetsTouched: (sheets) => `Изменены листы: ${sheets}.`,
  ownSheets: (sheets) =>
    `Ученик упоминался и на листах, которые ведёт школа: ${sheets}. Эти ячейки очищены — проверьте листы.`,
  unfinished:
    'Не всё удалось удалить за одно выполнение. Запустите «Удалить данные ученика» ещё раз с тем же ID: удаление продолжится с того места, где остановилось.',
  logged: (sheet) => `Запись об удалении (без имени и ID) — на листе «${sheet}».`,
  formsNote:
    'Google Формы хранят каждый ответ и в самой форме: откройте форму → «Ответы» и удалите ответы этой семьи там (или все ответы после выгрузки).',
  retained: (letters, answers, reports) =>
    `По срокам хранения очищены: писем — ${letters}, комментариев в опросах — ${answers}, отчётов без имён учеников — ${reports}.`,
};

export const privacyEn: PrivacyStrings = {
  erased: '(erased)',
  promptId:
    'Type the pupil’s ID (as on «Pupils»). «Дистант» removes them from both workbooks, the outbox, the form answers and the reports.',
  confirm: (pupil, cls) =>
    `All data of ${pupil}, ${cls} will be erased. This cannot be undone. Type the ID again to confirm.`,
  confirmNotOnRoster:
    'No pupil with this ID is on «Pupils». «Дистант» will erase the rows with this ID left on other sheets. Type the ID again to confirm.',
  mismatch: 'The ID did not match: nothing was erased.',
  nothingFound: 'No sheet holds data with this ID: there is nothing to erase.',
  done: (f) =>
    `The pupil’s data is erased. Rows deleted: ${f.rowsDeleted}; form answers made anonymous: ${f.answersCleared}; cells cleared: ${f.cellsCleared}; outbox letters cleared: ${f.letters}${f.lettersStopped > 0 ? ` (not to be sent: ${f.lettersStopped})` : ''}.`,
  sheetsTouched: (sheets) => `Sheets changed: ${sheets}.`,
  ownSheets: (sheets) =>
    `The pupil was also mentioned on sheets the school keeps itself: ${sheets}. Those cells were cleared — check the sheets.`,
  unfinished:
    'Not everything could be erased in one run. Run «Erase a pupil’s data» again with the same ID: it goes on where it stopped.',
  logged: (sheet) => `The erasure is recorded (without name or ID) on «${sheet}».`,
  formsNote:
    'Google Forms also keeps every answer inside the form: open the form → Responses and delete this family’s answers there (or all answers once downloaded).',
  retained: (letters, answers, reports) =>
    `Cleared as their time ran out: letters ${letters}, survey comments ${answers}, reports now without pupils’ names ${reports}.`,
};
