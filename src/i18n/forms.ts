import type { FormKind, QuestionKey } from '../domain/forms';
import { pluralRu as plural } from './plural';

/**
 * Strings of the four Google Forms (titles, questions, response sheets) and of what their answers
 * lead to: acknowledgements, refusals, the staff's alerts and the survey invitations. Values from
 * forms arrive as they were typed; the letters escape them, these functions only put words around.
 */
export interface FormsStrings {
  /** Each form: its title and text in Google Forms, its response sheet, its thank-you line. */
  readonly forms: Readonly<
    Record<
      FormKind,
      {
        readonly title: string;
        readonly description: string;
        readonly sheet: string;
        readonly confirmation: string;
      }
    >
  >;
  /** Question titles: answers are found by them, in either language. */
  readonly questions: Readonly<Record<QuestionKey, string>>;
  readonly help: Readonly<Partial<Record<QuestionKey, string>>>;
  readonly scaleLow: string;
  readonly scaleHigh: string;
  readonly contactChoices: readonly string[];

  // Setup.
  readonly formsCreated: (count: number) => string;
  readonly formRelinked: (title: string) => string;
  readonly formLinksHeading: string;
  readonly formLink: (title: string, url: string) => string;
  readonly formsFailed: (reason: string) => string;
  readonly formPublished: (title: string) => string;
  readonly formNotPublished: (title: string, editUrl: string) => string;
  readonly formNotAccepting: (title: string, editUrl: string) => string;
  readonly formNotShared: (title: string, owner: string) => string;

  // What one response led to (the trigger's log).
  readonly stored: (what: string) => string;
  readonly duplicate: string;
  readonly updated: (what: string) => string;
  readonly swept: (routed: number, updated: number) => string;
  readonly empty: string;
  readonly unknownSheet: (sheet: string) => string;

  // Letters: the labels of their fields.
  readonly field: {
    readonly id: string;
    readonly type: string;
    readonly pupilId: string;
    readonly pupil: string;
    readonly class: string;
    readonly applicant: string;
    readonly phone: string;
    readonly email: string;
    readonly subject: string;
    readonly description: string;
    readonly due: string;
    readonly comment: string;
    readonly where: string;
  };
  // The applicant's acknowledgement.
  readonly ackSubject: (id: string, type: string) => string;
  readonly ackIntro: (id: string) => string;
  readonly ackNext: (due: string) => string;
  // A request that could not be accepted.
  readonly rejectSubject: string;
  readonly rejectIntro: (reason: string) => string;
  readonly rejectHowTo: string;
  readonly reasonNoPupilId: string;
  readonly reasonUnknownPupil: (id: string) => string;
  readonly reasonUnknownType: (value: string) => string;
  // The staff's alerts.
  readonly newRequestSubject: (id: string, type: string, cls: string) => string;
  readonly newRequestIntro: (sheet: string, status: string) => string;
  readonly invalidRequestSubject: (row: number) => string;
  readonly invalidRequestIntro: (reason: string) => string;
  readonly rowOf: (sheet: string, row: number) => string;
  readonly lowScoreSubject: (survey: string, lowest: number) => string;
  readonly lowScoreIntro: (threshold: number) => string;
  readonly scoreLine: (question: string, score: number) => string;
  // Survey invitations.
  readonly inviteSubject: string;
  readonly inviteIntro: string;
  readonly inviteParents: string;
  readonly invitePupils: string;
  readonly inviteWhy: string;
  readonly invitationsQueued: (letters: number) => string;
  readonly invitationsNoForms: string;
  readonly invitationsLate: (opened: string) => string;
}

/** Russian. */
export const formsRu: FormsStrings = {
  forms: {
    parentSurvey: {
      title: 'Опрос родителей о дистанционном обучении',
      description:
        'Оцените, пожалуйста, как идёт дистанционное обучение: 1 — очень плохо, 5 — отлично. Ответы видит только администрация школы.',
      sheet: 'Опрос родителей',
      confirmation: 'Спасибо! Ваш ответ получен.',
    },
    pupilSurvey: {
      title: 'Опрос учащихся о дистанционном обучении',
      description:
        'Оцени, как тебе учится дистанционно: 1 — очень плохо, 5 — отлично. Ответы видит только администрация школы.',
      sheet: 'Опрос учащихся',
      confirmation: 'Спасибо! Ответ получен.',
    },
    request: {
      title: 'Заявка: консультация учителя или печатные материалы',
      description:
        'Если ребёнку нужна консультация учителя или печатные материалы (например, дома нет интернета), заполните заявку. Мы рассмотрим её в течение трёх учебных дней и ответим на ваш адрес.',
      sheet: 'Заявки (ответы)',
      confirmation: 'Спасибо! Заявка получена, подтверждение придёт на вашу почту.',
    },
    access: {
      title: 'Перепись: компьютер и интернет дома',
      description:
        'Школа уточняет, у кого из учеников есть дома компьютер и интернет, чтобы никто не остался без заданий. Заполните, пожалуйста, для каждого ребёнка отдельно.',
      sheet: 'Доступ (ответы)',
      confirmation: 'Спасибо! Ответ записан.',
    },
  },
  questions: {
    pupilId: 'ID ученика',
    organisation: 'Организация дистанционного обучения в целом',
    clarity: 'Понятность расписания и заданий',
    feedback: 'Обратная связь от учителей',
    workload: 'Посильность учебной нагрузки',
    pupilClarity: 'Мне понятны расписание и задания',
    pupilFeedback: 'Учителя отвечают на мои вопросы',
    pupilWorkload: 'Мне хватает времени на задания',
    comment: 'Комментарий или предложение',
    type: 'Что нужно',
    class: 'Класс',
    applicant: 'Заявитель (ФИО)',
    phone: 'Телефон для связи',
    subject: 'Предмет',
    description: 'Описание',
    computer: 'Есть ли дома компьютер или ноутбук',
    internet: 'Есть ли дома интернет',
    device: 'На каком устройстве ребёнок учится',
    paper: 'Нужны ли печатные материалы',
    contact: 'Как удобнее связываться с семьёй',
    filledBy: 'Кто заполнил (ФИО, кем приходится ученику)',
  },
  help: {
    pupilId: 'Его можно узнать у классного руководителя.',
    description: 'Что именно нужно: тема, задание, удобное время консультации.',
  },
  scaleLow: 'очень плохо',
  scaleHigh: 'отлично',
  contactChoices: ['телефон', 'электронная почта', 'мессенджер', 'через классного руководителя'],

  formsCreated: (count) => `Создано форм: ${count}.`,
  formRelinked: (title) => `Форма «${title}» снова присылает ответы в эту таблицу.`,
  formLinksHeading: 'Ссылки на формы (их можно рассылать семьям):',
  formLink: (title, url) => `${title}: ${url}`,
  formPublished: (title) => `Форма «${title}» опубликована: теперь её можно заполнить.`,
  formNotPublished: (title, editUrl) =>
    `Форма «${title}» не опубликована, и ответы на неё не принимаются. Откройте её (${editUrl}) и нажмите «Опубликовать»; если кнопки нет, попросите администратора Google Workspace разрешить публикацию форм.`,
  formNotAccepting: (title, editUrl) =>
    `Форма «${title}» не принимает ответы. Откройте её (${editUrl}), на вкладке «Ответы» включите «Принимать ответы».`,
  formNotShared: (title, owner) =>
    `Форма «${title}» создана администратором ${owner} и вам недоступна; новая форма не создана, чтобы ответы семей не разделились. Попросите ${owner} нажать «Настроить таблицу»: формы откроются всем администраторам.`,
  formsFailed: (reason) => `Формы не созданы: ${reason}`,

  stored: (what) => `Ответ формы обработан: ${what}.`,
  duplicate: 'Этот ответ формы уже обработан.',
  updated: (what) => `Ответ формы изменён, запись обновлена: ${what}.`,
  swept: (routed, updated) =>
    `Ответы форм, пропущенные триггером, обработаны: ${routed}; изменённых ответов обновлено: ${updated}.`,
  empty: 'Пустой ответ формы пропущен.',
  unknownSheet: (sheet) => `Лист «${sheet}» не относится к формам «Дистанта».`,

  field: {
    id: 'Номер заявки',
    type: 'Что нужно',
    pupilId: 'ID ученика',
    pupil: 'Ученик',
    class: 'Класс',
    applicant: 'Заявитель',
    phone: 'Телефон',
    email: 'Почта',
    subject: 'Предмет',
    description: 'Описание',
    due: 'Срок',
    comment: 'Комментарий',
    where: 'Где',
  },
  ackSubject: (id, type) => `Заявка ${id} принята: ${type}`,
  ackIntro: (id) => `Здравствуйте! Ваша заявка зарегистрирована под номером ${id}.`,
  ackNext: (due) =>
    `Мы рассмотрим её до ${due} и свяжемся с вами. Если что-то изменится, ответьте на это письмо или позвоните на горячую линию.`,
  rejectSubject: 'Заявка не принята',
  rejectIntro: (reason) => `Здравствуйте! Мы не смогли принять вашу заявку: ${reason}.`,
  rejectHowTo:
    'Проверьте данные (ID ученика можно узнать у классного руководителя) и отправьте заявку ещё раз или позвоните на горячую линию.',
  reasonNoPupilId: 'не указан ID ученика',
  reasonUnknownPupil: (id) => `ученика с ID «${id}» нет в списках школы`,
  reasonUnknownType: (value) => `непонятно, что нужно («${value}»)`,
  newRequestSubject: (id, type, cls) => `Новая заявка ${id}: ${type}${cls ? `, ${cls}` : ''}`,
  newRequestIntro: (sheet, status) =>
    `Поступила заявка. Она записана на лист «${sheet}» со статусом «${status}»: назначьте ответственного, ответьте семье и отметьте выполнение.`,
  invalidRequestSubject: (row) => `Заявку не удалось принять автоматически (строка ${row})`,
  invalidRequestIntro: (reason) =>
    `Поступила заявка, которую не удалось записать на лист заявок: ${reason}. Адреса для ответа заявитель не оставил — свяжитесь с ним по телефону или исправьте данные и перенесите заявку вручную.`,
  rowOf: (sheet, row) => `лист «${sheet}», строка ${row}`,
  lowScoreSubject: (survey, lowest) => `Низкая оценка (${lowest} из 5): ${survey}`,
  lowScoreIntro: (threshold) =>
    `В ответе на опрос есть оценки не выше ${threshold}. Возможно, семье нужна помощь.`,
  scoreLine: (question, score) => `${question}: ${score}`,
  inviteSubject: 'Как идёт дистанционное обучение? Короткий опрос',
  inviteIntro:
    'Школа просит оценить, как идёт дистанционное обучение. Опрос займёт две минуты; понадобится ID ученика (его можно узнать у классного руководителя).',
  inviteParents: 'Опрос для родителей',
  invitePupils: 'Опрос для учащихся',
  inviteWhy: 'Ответы видит только администрация школы; по ним мы меняем расписание и нагрузку.',
  invitationsQueued: (letters) =>
    `Приглашения к опросу поставлены в очередь: ${letters} ${plural(letters, 'письмо', 'письма', 'писем')}.`,
  invitationsNoForms:
    'Приглашения к опросу не отправлены: формы ещё не созданы (меню «Настроить таблицу»).',
  invitationsLate: (opened) =>
    `Приглашения к опросу за период с ${opened} не отправлены: время рассылки прошло, следующая — в начале нового периода.`,
};

/** English: chosen with the setting `locale` = en. */
export const formsEn: FormsStrings = {
  forms: {
    parentSurvey: {
      title: 'Parent survey on distance learning',
      description:
        'Please rate how distance learning is going: 1 — very poor, 5 — excellent. Only the school administration sees the answers.',
      sheet: 'Parent survey',
      confirmation: 'Thank you! Your answer has been received.',
    },
    pupilSurvey: {
      title: 'Pupil survey on distance learning',
      description:
        'Rate how learning at a distance is going for you: 1 — very poor, 5 — excellent. Only the school administration sees the answers.',
      sheet: 'Pupil survey',
      confirmation: 'Thank you! Your answer has been received.',
    },
    request: {
      title: "Request: a teacher's consultation or paper materials",
      description:
        "If your child needs a teacher's consultation or paper materials (for example, there is no internet at home), fill in this request. We deal with it within three school days and reply to your address.",
      sheet: 'Requests (responses)',
      confirmation: 'Thank you! The request has been received; a confirmation goes to your e-mail.',
    },
    access: {
      title: 'Census: computer and internet at home',
      description:
        'The school is finding out which pupils have a computer and internet at home, so that nobody is left without their tasks. Please fill it in for each child separately.',
      sheet: 'Access (responses)',
      confirmation: 'Thank you! Your answer has been recorded.',
    },
  },
  questions: {
    pupilId: 'Pupil ID',
    organisation: 'Organisation of distance learning overall',
    clarity: 'Clarity of the schedule and the tasks',
    feedback: "Teachers' feedback",
    workload: 'A manageable workload',
    pupilClarity: 'I understand the schedule and the tasks',
    pupilFeedback: 'Teachers answer my questions',
    pupilWorkload: 'I have enough time for the tasks',
    comment: 'Comment or suggestion',
    type: 'What is needed',
    class: 'Class',
    applicant: 'Applicant (full name)',
    phone: 'Contact phone',
    subject: 'Subject',
    description: 'Description',
    computer: 'Is there a computer or laptop at home',
    internet: 'Is there internet at home',
    device: 'Which device does the child learn on',
    paper: 'Are paper materials needed',
    contact: 'How best to contact the family',
    filledBy: 'Filled in by (full name, relation to the pupil)',
  },
  help: {
    pupilId: 'The class teacher can tell you.',
    description: 'What exactly is needed: topic, task, a convenient time for the consultation.',
  },
  scaleLow: 'very poor',
  scaleHigh: 'excellent',
  contactChoices: ['phone', 'e-mail', 'messenger', 'through the class teacher'],

  formsCreated: (count) => `Forms created: ${count}.`,
  formRelinked: (title) => `The form “${title}” sends its answers to this spreadsheet again.`,
  formLinksHeading: 'Links to the forms (send them to families):',
  formLink: (title, url) => `${title}: ${url}`,
  formPublished: (title) => `The form “${title}” is published: it can be filled in now.`,
  formNotPublished: (title, editUrl) =>
    `The form “${title}” is not published, so it takes no answers. Open it (${editUrl}) and press “Publish”; if there is no such button, ask your Google Workspace administrator to allow publishing forms.`,
  formNotAccepting: (title, editUrl) =>
    `The form “${title}” is not accepting responses. Open it (${editUrl}) and turn on “Accepting responses” on the Responses tab.`,
  formNotShared: (title, owner) =>
    `The form “${title}” was made by the administrator ${owner} and is not shared with you; no new form was made, so that families' answers are not split between two. Ask ${owner} to run Set up: the forms are then shared with every administrator.`,
  formsFailed: (reason) => `The forms were not created: ${reason}`,

  stored: (what) => `Form response handled: ${what}.`,
  duplicate: 'This form response has already been handled.',
  updated: (what) => `The form response was edited; its record is updated: ${what}.`,
  swept: (routed, updated) =>
    `Form responses the trigger missed, now routed: ${routed}; edited responses updated: ${updated}.`,
  empty: 'An empty form response was skipped.',
  unknownSheet: (sheet) => `The sheet “${sheet}” is not one of Distant's forms.`,

  field: {
    id: 'Request number',
    type: 'What is needed',
    pupilId: 'Pupil ID',
    pupil: 'Pupil',
    class: 'Class',
    applicant: 'Applicant',
    phone: 'Phone',
    email: 'E-mail',
    subject: 'Subject',
    description: 'Description',
    due: 'Due',
    comment: 'Comment',
    where: 'Where',
  },
  ackSubject: (id, type) => `Request ${id} received: ${type}`,
  ackIntro: (id) => `Hello! Your request has been registered as number ${id}.`,
  ackNext: (due) =>
    `We will deal with it by ${due} and contact you. If anything changes, reply to this letter or call the hotline.`,
  rejectSubject: 'Request not accepted',
  rejectIntro: (reason) => `Hello! We could not accept your request: ${reason}.`,
  rejectHowTo:
    'Please check the details (the class teacher can tell you the pupil ID) and send the request again, or call the hotline.',
  reasonNoPupilId: 'the pupil ID is missing',
  reasonUnknownPupil: (id) => `there is no pupil with ID “${id}” in the school's lists`,
  reasonUnknownType: (value) => `it is unclear what is needed (“${value}”)`,
  newRequestSubject: (id, type, cls) => `New request ${id}: ${type}${cls ? `, ${cls}` : ''}`,
  newRequestIntro: (sheet, status) =>
    `A request has arrived. It is on the sheet “${sheet}” with the status “${status}”: assign someone, answer the family and mark it done.`,
  invalidRequestSubject: (row) => `A request could not be accepted automatically (row ${row})`,
  invalidRequestIntro: (reason) =>
    `A request arrived that could not be written to the requests sheet: ${reason}. The applicant left no address to reply to — call them, or correct the details and copy the request by hand.`,
  rowOf: (sheet, row) => `sheet “${sheet}”, row ${row}`,
  lowScoreSubject: (survey, lowest) => `Low score (${lowest} of 5): ${survey}`,
  lowScoreIntro: (threshold) =>
    `A survey answer has scores of ${threshold} or lower. The family may need help.`,
  scoreLine: (question, score) => `${question}: ${score}`,
  inviteSubject: 'How is distance learning going? A short survey',
  inviteIntro:
    'The school asks you to rate how distance learning is going. The survey takes two minutes; you will need the pupil ID (the class teacher can tell you).',
  inviteParents: 'Survey for parents',
  invitePupils: 'Survey for pupils',
  inviteWhy:
    'Only the school administration sees the answers; we use them to adjust the schedule and the workload.',
  invitationsQueued: (letters) => `Survey invitations queued: ${letters} letter(s).`,
  invitationsNoForms:
    'No survey invitations sent: the forms do not exist yet (menu Set up workbook).',
  invitationsLate: (opened) =>
    `No survey invitations for the period from ${opened}: their time has passed; the next go out when a new period starts.`,
};
