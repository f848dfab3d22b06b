import { trustRu } from './trust';
import { dashboardRu } from './dashboard';
import { agreementRu } from './agreement';
import { privacyRu } from './privacy';
import { archiveRu } from './archive';
import { formsRu } from './forms';
import { readersRu } from './readers';
import { deliveryRu } from './delivery';
import { quotaRu } from './quota';
import { reportRu } from './report';
import { scheduleRu } from './schedule';
import { pluralRu as plural } from './plural';
import type { Strings } from './strings';

import { summaryRu } from './summary';

/** Russian: the default language of the add-on. */
export const ru: Strings = {
  appName: 'Дистант',
  sheets: {
    settings: {
      name: 'Настройки',
      columns: { key: 'Ключ', value: 'Значение', description: 'Описание' },
    },
    classes: {
      name: 'Классы',
      columns: {
        class: 'Класс',
        classTeacher: 'Классный руководитель (email)',
        groupEmail: 'Email рассылки класса',
      },
    },
    staff: {
      name: 'Педагоги',
      columns: {
        name: 'ФИО',
        email: 'Email',
        role: 'Роль',
        subjects: 'Предметы',
        phone: 'Телефон',
      },
    },
    pupils: {
      name: 'Ученики',
      columns: {
        id: 'ID',
        name: 'ФИО',
        class: 'Класс',
        email: 'Email ученика',
        parent1Name: 'Родитель 1',
        parent1Email: 'Email родителя 1',
        parent1Phone: 'Телефон родителя 1',
        parent2Name: 'Родитель 2',
        parent2Email: 'Email родителя 2',
        parent2Phone: 'Телефон родителя 2',
        active: 'Обучается',
      },
    },
    schedule: {
      name: 'Расписание',
      columns: {
        id: 'ID',
        date: 'Дата',
        class: 'Класс',
        period: 'Урок',
        start: 'Начало',
        end: 'Конец',
        subject: 'Предмет',
        teacher: 'Учитель (email)',
        form: 'Форма',
        resource: 'Ресурс',
        topic: 'Тема',
        task: 'Задание',
        deadline: 'Срок сдачи',
        status: 'Статус',
        adminComment: 'Комментарий администрации',
        published: 'Опубликовано',
      },
    },
    journal: {
      name: 'Журнал',
      columns: {
        date: 'Дата',
        class: 'Класс',
        subject: 'Предмет',
        pupilId: 'ID ученика',
        pupilName: 'Ученик',
        attendance: 'Посещение',
        mark: 'Отметка',
        work: 'Работа',
        workKind: 'Вид работы',
        comment: 'Комментарий',
        teacher: 'Учитель',
        lessonId: 'ID урока',
      },
    },
    access: {
      name: 'Доступ',
      columns: {
        pupilId: 'ID ученика',
        date: 'Дата',
        computer: 'Компьютер',
        internet: 'Интернет',
        device: 'Устройство',
        paper: 'Печатные материалы',
        contact: 'Способ связи',
        filledBy: 'Заполнил',
      },
    },
    requests: {
      name: 'Заявки',
      columns: {
        id: 'ID',
        date: 'Дата',
        type: 'Тип',
        pupilId: 'ID ученика',
        class: 'Класс',
        applicant: 'Заявитель',
        phone: 'Телефон',
        subject: 'Предмет',
        description: 'Описание',
        status: 'Статус',
        assignee: 'Ответственный',
        due: 'Срок',
        doneAt: 'Выполнено',
        answer: 'Ответ',
      },
    },
    outbox: {
      name: 'Очередь писем',
      columns: {
        key: 'Ключ',
        job: 'Задача',
        created: 'Создано',
        recipients: 'Получатели',
        subject: 'Тема',
        status: 'Статус',
        attempts: 'Попытки',
        sentAt: 'Отправлено',
        error: 'Ошибка',
        content: 'Содержимое',
        signature: 'Подпись',
      },
    },
    publications: {
      name: 'Опубликованные уроки',
      columns: {
        lessonId: 'ID урока',
        class: 'Класс',
        date: 'Дата',
        publishedAt: 'Опубликовано',
        snapshot: 'Как опубликовано',
      },
    },
    routed: {
      name: 'Обработанные ответы',
      columns: {
        form: 'Форма',
        sheetId: 'ID листа ответов',
        row: 'Строка',
        fingerprint: 'Отпечаток ответа',
        ref: 'Что создано',
        routedAt: 'Обработано',
      },
    },
    problems: {
      name: 'Проблемы данных',
      columns: {
        sheet: 'Лист',
        row: 'Строка',
        column: 'Столбец',
        value: 'Значение',
        problem: 'Проблема',
        found: 'Найдено',
      },
    },
    informed: {
      name: 'Информирование',
      columns: {
        week: 'Неделя',
        pupilId: 'ID ученика',
        class: 'Класс',
        method: 'Способ',
        recipients: 'Адресаты',
        recorded: 'Записано',
      },
    },
    agreements: {
      name: 'Согласование',
      columns: {
        lessonId: 'ID урока',
        date: 'Дата',
        class: 'Класс',
        period: 'Урок',
        subject: 'Предмет',
        teacher: 'Учитель',
        details: 'Что согласуется',
        reason: 'Почему здесь',
        decision: 'Решение',
        comment: 'Комментарий администрации',
        agreedAt: 'Согласовано',
        agreedAs: 'Как согласовано',
        pendingAs: 'Ждёт решения как',
      },
    },
    erasures: {
      name: 'Удаления данных',
      columns: {
        erasedAt: 'Когда',
        erasedBy: 'Кто',
        pupilHash: 'Отпечаток ID ученика',
        rows: 'Строк удалено',
        cells: 'Ячеек очищено',
      },
    },
    termMarks: {
      name: 'Оценки четверти',
      columns: {
        pupilId: 'ID ученика',
        termStart: 'Начало четверти',
        weekStart: 'Неделя с',
        before: 'До недели (сумма/число)',
        week: 'За неделю (сумма/число)',
      },
    },
  },
  labels: {
    role: { admin: 'администратор', teacher: 'учитель' },
    lessonForm: {
      online: 'онлайн',
      selfStudy: 'самостоятельно',
      consultation: 'консультация',
      inPerson: 'очно',
    },
    lessonStatus: {
      draft: 'черновик',
      pending: 'на согласовании',
      agreed: 'согласовано',
      cancelled: 'отменено',
    },
    attendance: { present: 'был', absent: 'н', excused: 'у' },
    credit: { pass: 'зачёт', fail: 'незачёт' },
    work: { submitted: 'сдана', missing: 'не сдана', overdue: 'просрочена' },
    internet: { yes: 'да', no: 'нет', unstable: 'нестабильный' },
    requestType: { paper: 'печатные материалы', consultation: 'консультация' },
    requestStatus: {
      new: 'новая',
      inProgress: 'в работе',
      done: 'выполнена',
      rejected: 'отклонена',
    },
    decision: { agree: 'согласовать', return: 'вернуть на доработку' },
    outboxStatus: {
      queued: 'в очереди',
      sending: 'отправляется',
      sent: 'отправлено',
      error: 'ошибка',
      skipped: 'пропущено',
      unknown: 'неизвестно',
    },
    mailMode: { live: 'живой', preview: 'проверка', off: 'выкл' },
    privacyMode: { standard: 'обычный', minimal: 'минимальный' },
    surveyInvitations: { monthly: 'ежемесячно', weekly: 'еженедельно', off: 'выкл' },
  },
  aliases: {
    role: {
      admin: [
        'админ',
        'администрация',
        'завуч',
        'директор',
        'заместитель директора',
        'зам. директора',
      ],
      teacher: ['педагог', 'учитель-предметник', 'классный руководитель'],
    },
    lessonForm: {
      online: ['онлайн-урок', 'дистанционно', 'видеоурок'],
      selfStudy: ['самостоятельная работа', 'самост.', 'асинхронно'],
      consultation: ['конс.'],
      inPerson: ['в школе'],
    },
    lessonStatus: {
      draft: ['черн.'],
      pending: ['на согл.', 'согласование'],
      agreed: ['согласован', 'утверждено'],
      cancelled: ['отменён', 'отменен', 'отмена'],
    },
    attendance: {
      present: ['была', 'присутствовал', 'присутствовала', '+', 'п', 'да'],
      absent: ['нб', 'отсутствовал', 'отсутствовала', 'не был', 'не была'],
      excused: ['ув', 'уважительная', 'болел', 'болела', 'б'],
    },
    credit: { pass: ['зачет', 'зач'], fail: ['незачет', 'незач', 'не зачтено'] },
    work: { submitted: ['сдано', 'да'], missing: ['не сдано', 'нет'], overdue: ['просрочено'] },
    internet: { yes: ['есть'], no: ['нету', 'отсутствует'], unstable: ['плохой', 'нестабильно'] },
    requestType: {
      paper: ['печатные', 'бумажные материалы', 'материалы'],
      consultation: ['консультация учителя'],
    },
    requestStatus: {
      done: ['выполнено', 'готово'],
      rejected: ['отклонено'],
      inProgress: ['в работе'],
    },
    mailMode: {
      live: ['рабочий', 'боевой'],
      preview: ['проверочный', 'предпросмотр'],
      off: ['выключено', 'выключен', 'отключено', 'нет'],
    },
    privacyMode: { standard: ['стандартный', 'обычная'], minimal: ['минимальная'] },
    surveyInvitations: {
      monthly: ['раз в месяц', 'каждый месяц'],
      weekly: ['раз в неделю', 'каждую неделю'],
      off: ['выключено', 'отключено', 'нет'],
    },
  },
  headerAliases: {
    classes: {
      classTeacher: ['Классный руководитель', 'Кл. руководитель'],
      groupEmail: ['Рассылка'],
    },
    staff: { email: ['Почта', 'Эл. почта'], name: ['Педагог', 'Учитель'] },
    pupils: {
      name: ['ФИО ученика', 'Ученик'],
      email: ['Почта ученика'],
      active: ['Обучается (да/нет)'],
    },
    schedule: {
      teacher: ['Учитель', 'Email учителя', 'Почта учителя'],
      period: ['№ урока', 'Номер урока'],
      adminComment: ['Комментарий'],
    },
    journal: { pupilName: ['ФИО ученика', 'ФИО'], mark: ['Оценка'] },
    requests: { applicant: ['Заявитель (ФИО)'] },
  },
  yes: 'да',
  no: 'нет',
  yesAliases: ['да', 'д', 'yes', 'y', 'true', 'истина', '1', '+', 'есть'],
  noAliases: ['нет', 'н', 'no', 'n', 'false', 'ложь', '0', '-'],
  weekdaysShort: ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'],
  settingDescriptions: {
    school_name: 'Название школы: подпись в письмах и отчётах',
    timezone: 'Часовой пояс школы (например, Europe/Moscow)',
    locale: 'Язык писем и листов: ru или en',
    admin_emails: 'Адреса администраторов через запятую: получают отчёты и предупреждения',
    hotline_phones:
      'Телефоны «горячей» линии через точку с запятой; городской номер — без кода (код в phone_area_code) или полностью: 8 8212 62-76-04',
    phone_area_code:
      'Код города для номеров горячей линии без кода (например, 8212): в письмах номер станет кнопкой для звонка',
    school_email: 'Электронная почта школы',
    website: 'Сайт школы',
    mail_mode:
      'живой: письма уходят адресатам; проверка: всё уходит администраторам с пометкой [ПРОВЕРКА]; выкл: письма не отправляются',
    publish_hour: 'Час публикации расписания на следующий учебный день (0–23)',
    not_agreed_lead_hours:
      'За сколько часов до публикации администрация получает список несогласованных уроков (0–23)',
    school_days: 'Учебные дни недели, например: пн–пт или пн–сб',
    holidays: 'Каникулы и нерабочие дни: даты и диапазоны через запятую (28.12.2026–11.01.2027)',
    summary_day:
      'День еженедельных писем семьям; пусто — утром после срока журнала за последний учебный день (при пятидневке — суббота)',
    summary_hour:
      'Час еженедельных писем семьям (0–23); пусто — 9:00 (или 18:00, если день — учебный)',
    report_day: 'День еженедельного отчёта мониторинга',
    survey_invitations: 'Приглашения на опросы: ежемесячно, еженедельно или выкл',
    archive_weeks: 'Сколько недель хранить отчёты и отправленные письма',
    journal_deadline_hours: 'Через сколько часов после урока отметки должны быть в журнале',
    low_score_threshold:
      'Оценка опроса (1–5), при которой и ниже администрация получает предупреждение',
    quota_reserve: 'Сколько писем дневной квоты оставить в запасе',
    privacy_mode: 'обычный: ФИО в письмах; минимальный: только имена и ID',
    account_type:
      'Аккаунт Google, от имени которого работают триггеры: consumer (обычный Gmail: 100 адресатов и 90 минут триггеров в сутки) или workspace (Google Workspace: 1500 адресатов и 6 часов)',
    trigger_time_share:
      'Сколько процентов суточного времени триггеров «Дистант» может занять; дальше новые задачи ждут следующих суток (10–100)',
    survey_text_weeks:
      'Сколько недель хранить свободные ответы опросов (комментарии); потом они стираются, оценки остаются',
  },
  problems: {
    missingSheet: (sheet) => `Нет листа «${sheet}». Запустите «Настроить таблицу».`,
    missingColumn: (column) => `Нет обязательного столбца «${column}».`,
    required: 'Поле не заполнено.',
    badDate: 'Не удалось прочитать дату. Пишите так: 28.11.2026.',
    badTime: 'Не удалось прочитать время. Пишите так: 09:00.',
    badYesNo: 'Ожидается «да» или «нет».',
    badEmail: 'Это не похоже на адрес электронной почты.',
    badMark: 'Отметка должна быть от 1 до 5, «зачёт» или «незачёт».',
    badNumber: 'Ожидается число.',
    badChoice: (allowed) => `Допустимые значения: ${allowed.join(', ')}.`,
    duplicateId: (firstRow) => `Такой ID уже есть в строке ${firstRow}.`,
    unknownClass: (cls) => `Класса «${cls}» нет на листе «Классы».`,
    unknownPupil: (id) => `Ученика с ID «${id}» нет на листе «Ученики».`,
    pupilRowRejected: (id) =>
      `Строка ученика «${id}» на листе «Ученики» содержит ошибку (см. выше); его записи в журнале не учитываются, пока её не исправят.`,
    unknownSetting: 'Неизвестный ключ настройки; он не используется.',
    badSetting: (hint) => `Неверное значение настройки. ${hint}`,
    badClassName: 'Название класса должно быть вида 5А или 5-А (номер 1–11 и буква).',
    badPhone: 'Это не похоже на номер телефона.',
    suspiciousText: 'Текст похож на HTML-разметку или формулу; он будет показан как обычный текст.',
    endBeforeStart: 'Конец урока раньше начала.',
    pupilClassMismatch: (expected) => `Ученик числится в классе ${expected}.`,
    missingForForm: (form) =>
      form === ''
        ? 'Не указана форма урока; урок не будет опубликован.'
        : `Для формы «${form}» это поле обязательно; урок не будет опубликован.`,
  },
  menu: {
    setup: 'Настроить таблицу',
    checkData: 'Проверить данные',
    publishSchedule: 'Опубликовать расписание на завтра',
    sendWeeklySummaries: 'Отправить письма семьям за неделю',
    buildWeeklyReport: 'Построить отчёт мониторинга',
    dashboard: 'Панель «Дистант»',
    help: 'Справка',
    resendUnknown: 'Повторить письма с неизвестной судьбой',
    ensureTriggers: 'Проверить триггеры',
    quotaPlan: 'Квота писем',
    takeOverMail: 'Взять рассылку на себя',
    erasePupil: 'Удалить данные ученика',
    archiveNow: 'Перенести старые недели в архив',
    applyAgreement: 'Применить согласование',
  },
  setup: {
    title: 'Настройка таблицы',
    created: (what) => `Создан лист «${what}».`,
    repaired: (what) => `Исправлен лист «${what}».`,
    addedColumns: (sheet, columns) => `На лист «${sheet}» добавлены столбцы: ${columns}.`,
    addedSettings: (keys) => `Добавлены настройки: ${keys}.`,
    nothingToDo: 'Всё уже настроено, ничего не изменено.',
    protectedNote: 'Служебный лист «Дистанта». Правьте только столбец «Статус», если нужно.',
    timezoneSet: (tz) => `Часовой пояс таблицы установлен: ${tz}.`,
  },
  check: {
    title: 'Проверка данных',
    none: 'Проблем не найдено.',
    found: (count, sheet) => `Найдено проблем: ${count}. Список — на листе «${sheet}».`,
  },
  mail: {
    previewPrefix: '[ПРОВЕРКА] ',
    previewNote: (recipients) =>
      `Режим проверки (mail_mode = проверка): письмо пришло только администраторам. В рабочем режиме его получили бы: ${recipients}.`,
    shortened: (url) =>
      `Письмо оказалось слишком длинным и было сокращено. Полная версия — в таблице школы: ${url}`,
    unknownFateError: 'Отправка прервалась: неизвестно, ушло ли письмо. Повторно не отправлялось.',
    unknownFateSubject: (count) =>
      `«Дистант»: ${count} ${plural(count, 'письмо', 'письма', 'писем')} с неизвестной судьбой`,
    unknownFateIntro:
      'Отправка этих писем прервалась (сбой или лимит времени Google). Возможно, они уже дошли, поэтому «Дистант» не отправлял их повторно сам:',
    unknownFateHowTo: (sheet, status, menu) =>
      `Если письмо не дошло, на листе «${sheet}» выберите в столбце «Статус» значение «${status}» или нажмите в меню «${menu}» — оно уйдёт при следующем запуске.`,
    failedSubject: (count) =>
      `«Дистант»: ${count} ${plural(count, 'письмо', 'письма', 'писем')} не удалось отправить`,
    failedIntro: 'Эти письма не отправлены из-за ошибки адреса или почтового сервиса:',
    failedHowTo: (sheet, status) =>
      `Проверьте адреса получателей. Если ошибка была временной, на листе «${sheet}» выберите в столбце «Статус» значение «${status}» — письмо уйдёт при следующем запуске. Исправленный в таблице адрес будет использован в следующих письмах.`,
    alertLine: (subject, recipients, sheet, row, error) =>
      `${subject} — ${recipients} (лист «${sheet}», строка ${row})${error ? `. Ошибка: ${error}` : ''}`,
    contactsHeading: 'Связь со школой',
    hotline: 'Горячая линия',
    email: 'Электронная почта',
    website: 'Сайт',
    signature: (school) => `${school || 'Администрация школы'}`,
    howToAskHeading: 'Консультация и печатные материалы',
    howToAskConsultation: (phones, email) =>
      `Индивидуальная консультация учителя — по предварительной договорённости по телефону горячей линии${phones ? ` (${phones})` : ''}${email ? ` или по почте ${email}` : ''}, либо ответьте на это письмо.`,
    howToAskPaper: (phones, email) =>
      `Если у ребёнка нет доступа к интернету, школа выдаст задания на бумаге: позвоните${phones ? ` (${phones})` : ''}${email ? ` или напишите на ${email}` : ''}.`,
    requestLead: 'Нужна консультация учителя или задания на бумаге?',
    requestButton: 'Оставить заявку',
    requestNote:
      'Заявка рассматривается за 3 учебных дня; ответ придёт на почту, указанную в заявке.',
    automatic: 'Письмо отправлено автоматически системой «Дистант».',
  },
  quota: quotaRu,
  triggers: {
    ok: 'Триггеры в порядке.',
    repaired: (created, removed) => `Триггеры исправлены: создано ${created}, удалено ${removed}.`,
    stale: 'Диспетчер не запускался больше 3 часов — триггер пересоздан.',
    requeued: (count) => `Возвращено в очередь писем: ${count}. Они уйдут при следующем запуске.`,
    staleWarning: (hours) =>
      `Автоматические задачи не запускались ${hours} ч. Откройте меню «Дистант» → «Проверить триггеры».`,
    ownedBy: (owner, menuItem) =>
      `Письма отправляют триггеры администратора ${owner}, и они работают: вторые не установлены, чтобы письма не уходили дважды. Чтобы письма шли от вашего имени, выберите «${menuItem}».`,
    tookOver: (previous) =>
      `Теперь письма отправляют ваши триггеры. Триггеры ${previous} удалятся сами при следующем запуске.`,
  },
  schedule: scheduleRu,
  summary: summaryRu,
  report: reportRu,
  forms: formsRu,
  trust: trustRu,
  dashboard: dashboardRu,
  agreement: agreementRu,
  readers: readersRu,
  delivery: deliveryRu,
  privacy: privacyRu,
  archive: archiveRu,
  ui: {
    deniedNoEmail:
      'Не удалось определить ваш адрес электронной почты, поэтому действие запрещено. Войдите в аккаунт школы.',
    deniedNotAdmin: (email) =>
      `Действие доступно только администраторам. ${email} нет среди администраторов.`,
    delivered: (sent, remaining) =>
      `Отправлено писем: ${sent}${remaining > 0 ? `; ещё ${remaining} уйдут при следующих запусках` : ''}.`,
    archived: (rows) => `Из очереди писем убраны старые строки: ${rows}.`,
    failed: (reason) => `Не получилось: ${reason}`,
    cancelled: 'Отменено: ничего не изменено.',
  },
};
