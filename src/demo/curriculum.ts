/**
 * What the demo school teaches: the weekly plan of each grade (hours per subject, cut down for
 * distance learning), which kind of teacher gives each subject, topics and homework wording.
 */
import type { Random } from './random';

/** Weekly lessons per subject of each grade, 1–9. Sums stay within 20–30: 4–6 lessons a day. */
export const WEEKLY_PLAN: Readonly<Record<number, readonly (readonly [string, number])[]>> = {
  1: [
    ['Русский язык', 4],
    ['Математика', 4],
    ['Литературное чтение', 4],
    ['Окружающий мир', 2],
    ['Музыка', 1],
    ['ИЗО', 1],
    ['Технология', 1],
    ['Физкультура', 3],
  ],
  2: primary(4),
  3: primary(4),
  4: primary(3),
  5: [
    ['Русский язык', 5],
    ['Литература', 3],
    ['Английский язык', 3],
    ['Математика', 5],
    ['История', 2],
    ['Биология', 1],
    ['География', 1],
    ['Музыка', 1],
    ['ИЗО', 1],
    ['Технология', 2],
    ['Физкультура', 2],
  ],
  6: [
    ['Русский язык', 5],
    ['Литература', 3],
    ['Английский язык', 3],
    ['Математика', 5],
    ['История', 2],
    ['Обществознание', 1],
    ['Биология', 1],
    ['География', 1],
    ['Музыка', 1],
    ['ИЗО', 1],
    ['Технология', 2],
    ['Физкультура', 2],
  ],
  7: [
    ['Русский язык', 4],
    ['Литература', 2],
    ['Английский язык', 3],
    ['Алгебра', 3],
    ['Геометрия', 2],
    ['Информатика', 1],
    ['История', 2],
    ['Обществознание', 1],
    ['География', 2],
    ['Биология', 1],
    ['Физика', 2],
    ['Музыка', 1],
    ['ИЗО', 1],
    ['Технология', 2],
    ['Физкультура', 2],
  ],
  8: [
    ['Русский язык', 3],
    ['Литература', 2],
    ['Английский язык', 3],
    ['Алгебра', 3],
    ['Геометрия', 2],
    ['Информатика', 1],
    ['История', 2],
    ['Обществознание', 1],
    ['География', 2],
    ['Биология', 2],
    ['Физика', 2],
    ['Химия', 2],
    ['Музыка', 1],
    ['Технология', 1],
    ['Физкультура', 2],
  ],
  9: [
    ['Русский язык', 3],
    ['Литература', 3],
    ['Английский язык', 3],
    ['Алгебра', 3],
    ['Геометрия', 2],
    ['Информатика', 1],
    ['История', 2],
    ['Обществознание', 1],
    ['География', 2],
    ['Биология', 2],
    ['Физика', 3],
    ['Химия', 2],
    ['Физкультура', 2],
  ],
};

function primary(reading: number): (readonly [string, number])[] {
  return [
    ['Русский язык', 4],
    ['Математика', 4],
    ['Литературное чтение', reading],
    ['Английский язык', 2],
    ['Окружающий мир', 2],
    ['Музыка', 1],
    ['ИЗО', 1],
    ['Технология', 1],
    ['Физкультура', 3],
  ];
}

/** Kinds of teachers. In grades 1–4 the class teacher gives most subjects. */
export type Specialty =
  | 'primary'
  | 'russian'
  | 'maths'
  | 'english'
  | 'history'
  | 'biology'
  | 'geography'
  | 'physics'
  | 'technology'
  | 'music'
  | 'sport';

/** Subject specialties in the order their teachers are listed on «Педагоги». */
export const SPECIALTIES: readonly Exclude<Specialty, 'primary'>[] = [
  'russian',
  'maths',
  'english',
  'history',
  'biology',
  'geography',
  'physics',
  'technology',
  'music',
  'sport',
];

const SPECIALTY_OF: Record<string, Specialty> = {
  'Русский язык': 'russian',
  Литература: 'russian',
  Математика: 'maths',
  Алгебра: 'maths',
  Геометрия: 'maths',
  'Английский язык': 'english',
  История: 'history',
  Обществознание: 'history',
  Биология: 'biology',
  Химия: 'biology',
  География: 'geography',
  Физика: 'physics',
  Информатика: 'physics',
  Технология: 'technology',
  Музыка: 'music',
  ИЗО: 'music',
  Физкультура: 'sport',
};
const PRIMARY_SUBJECTS = new Set([
  'Русский язык',
  'Математика',
  'Литературное чтение',
  'Окружающий мир',
  'ИЗО',
  'Технология',
]);

/** Who teaches a subject in a grade. */
export function specialtyOf(subject: string, grade: number): Specialty {
  if (grade <= 4 && PRIMARY_SUBJECTS.has(subject)) return 'primary';
  return SPECIALTY_OF[subject] ?? 'primary';
}

/** A teacher's lessons a week: more than this and a clash-free timetable gets hard to find. */
export const MAX_WEEKLY_LOAD = 24;

/** Probable gender of teachers of a specialty (schools are mostly staffed by women). */
export const MALE_SHARE: Readonly<Record<Specialty, number>> = {
  primary: 0,
  russian: 0,
  maths: 0.2,
  english: 0.1,
  history: 0.4,
  biology: 0.1,
  geography: 0.2,
  physics: 0.5,
  technology: 0.6,
  music: 0.2,
  sport: 0.6,
};

const TOPICS: Record<string, string> = {
  'Русский язык/1':
    'Звуки и буквы|Правописание жи–ши, ча–ща, чу–щу|Парные согласные|Безударные гласные в корне|Части речи|Имя существительное|Состав слова',
  'Русский язык/5':
    'Морфемика и словообразование|Правописание приставок|Имя прилагательное|Причастный оборот|Деепричастный оборот|Сложноподчинённое предложение|Обособленные члены предложения',
  'Математика/1':
    'Сложение и вычитание в пределах 100|Таблица умножения|Задачи в два действия|Периметр прямоугольника|Деление с остатком|Письменное умножение',
  'Математика/5':
    'Натуральные числа|Обыкновенные дроби|Десятичные дроби|Проценты|Отношения и пропорции|Положительные и отрицательные числа',
  'Литературное чтение':
    'Устное народное творчество|Сказки А. С. Пушкина|Басни И. А. Крылова|Рассказы Л. Н. Толстого|Стихи о природе|Рассказы Н. Н. Носова',
  'Окружающий мир':
    'Природа родного края|Времена года|Растения и животные|Наша Родина — Россия|Тело человека|Реки и озёра Республики Коми',
  'Английский язык':
    'Present Simple|My family|Present Continuous|Past Simple|Степени сравнения прилагательных|Future Simple|My school',
  История:
    'Древний Египет|Древняя Греция|Русь в IX–XII веках|Эпоха Петра I|Россия в XIX веке|Великие географические открытия',
  Обществознание:
    'Человек и общество|Семья|Права и обязанности граждан|Экономика семьи|Государство',
  Биология:
    'Строение клетки|Царство растений|Царство грибов|Строение цветка|Млекопитающие|Кровеносная система человека',
  Физика:
    'Механическое движение|Сила тяжести|Давление|Работа и мощность|Тепловые явления|Электрический ток',
  Химия: 'Атомы и молекулы|Периодическая система|Химические реакции|Растворы|Оксиды и кислоты',
  Информатика:
    'Алгоритмы|Системы счисления|Электронные таблицы|Основы программирования|Файлы и папки',
  География:
    'План и карта|Литосфера|Атмосфера и климат|Гидросфера|Население России|Природа Республики Коми',
  Литература:
    'Былины|А. С. Пушкин «Капитанская дочка»|Н. В. Гоголь «Ревизор»|М. Ю. Лермонтов «Мцыри»|И. С. Тургенев «Муму»|А. С. Грибоедов «Горе от ума»',
  Алгебра:
    'Линейные уравнения|Степень с натуральным показателем|Квадратные уравнения|Квадратные корни|Неравенства|Функции и графики',
  Геометрия:
    'Треугольники|Признаки равенства треугольников|Параллельные прямые|Четырёхугольники|Теорема Пифагора|Окружность',
  Музыка: 'Музыка и литература|Русская народная песня|П. И. Чайковский|Жанры музыки|Музыка в кино',
  ИЗО: 'Пейзаж|Натюрморт|Портрет|Народные промыслы|Дымковская игрушка',
  Технология: 'Работа с бумагой|Лепка|Кулинария|Обработка древесины|Проектная работа',
  Физкультура:
    'Утренняя гимнастика|Упражнения на гибкость|Общеразвивающие упражнения|Здоровый образ жизни|Дыхательная гимнастика',
};

/**
 * The topic of the `n`-th lesson of a subject in a grade this week. Consecutive lessons move on
 * through the list, and each grade starts at a different place.
 */
export function topicOf(subject: string, grade: number, n: number): string {
  const list = (TOPICS[`${subject}/${grade <= 4 ? 1 : 5}`] ?? TOPICS[subject] ?? subject).split(
    '|',
  );
  return list[(grade * 2 + n) % list.length] ?? subject;
}

/**
 * A task in the words a teacher would write, or undefined when none is set. A self-study lesson
 * always has one: the task is the lesson (and a lesson without it cannot be published).
 */
export function taskFor(subject: string, selfStudy: boolean, rnd: Random): string | undefined {
  const optional = !selfStudy;
  const page = rnd.int(12, 140);
  const n = rnd.int(40, 480);
  const question = rnd.int(1, 5);
  switch (subject) {
    case 'Русский язык':
      return `Упр. ${n}, с. ${page}`;
    case 'Математика':
    case 'Алгебра':
    case 'Геометрия':
      return `№ ${n}, ${n + 2}, ${n + 5}`;
    case 'Литературное чтение':
    case 'Литература':
      return `Прочитать с. ${page}–${page + 6}, ответить на вопросы`;
    case 'Английский язык':
      return `Учебник с. ${page}, упр. ${question}; выучить новые слова`;
    case 'Окружающий мир':
      return `Рабочая тетрадь, с. ${Math.floor(page / 2)}`;
    case 'Информатика':
      return 'Практическая работа на ЯКласс';
    case 'Музыка':
      return optional && rnd.chance(0.5)
        ? undefined
        : 'Послушать произведение по ссылке, ответить на вопросы';
    case 'ИЗО':
      return 'Нарисовать рисунок на тему урока, прислать фото';
    case 'Технология':
      return 'Выполнить работу по инструкции, прислать фото';
    case 'Физкультура':
      return optional && rnd.chance(0.6)
        ? undefined
        : 'Комплекс упражнений, заполнить дневник самоконтроля';
    default:
      return `Прочитать § ${rnd.int(3, 40)}, письменно ответить на вопросы ${question}–${question + 2}`;
  }
}

/** Subjects where pupils mostly work on their own rather than join a video call. */
export const SELF_STUDY_SUBJECTS = new Set(['Физкультура', 'Музыка', 'ИЗО', 'Технология']);
