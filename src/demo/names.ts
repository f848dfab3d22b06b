/**
 * Name lists of the demo school and the rules that turn them into correct Russian ФИО: feminine
 * surnames, patronymics from the father's name, Latin spellings for e-mail addresses. The lists
 * are space-separated strings to keep the bundle small.
 */
import type { Random } from './random';

/** Grammatical gender of a person: it decides the surname and patronymic endings. */
export type Gender = 'm' | 'f';

/** A person's full name in parts, already in the right gender forms. */
export interface FullName {
  readonly surname: string;
  readonly first: string;
  readonly patronymic: string;
  readonly gender: Gender;
}

const words = (list: string): readonly string[] => list.split(' ');

/** Masculine surnames; many are common in the Komi Republic, where the school is. */
export const SURNAMES = words(
  'Попов Канев Носов Игушев Рочев Уляшев Туркин Лыткин Ермолин Хозяинов Мартюшев Габов Пыстин ' +
    'Жижев Терентьев Ракин Чупров Забоев Сметанин Пономарёв Напалков Ветошкин Майбуров Шучалин ' +
    'Вокуев Истомин Артеев Кочанов Безносиков Торлопов Мингалёв Тарабукин Коснырев Панюков Бажуков ' +
    'Кузнецов Смирнов Иванов Морозов Волков Соколов Лебедев Новиков Фёдоров Егоров Павлов Степанов ' +
    'Никитин Орлов Макаров Захаров Зайцев Белов Голубев Семёнов Виноградов Романов Кузьмин Гусев ' +
    'Вишневский Каменский Островский Луговой Черных Белых Коваленко Шевчук',
);

/** First names of boys born around 2011–2019. */
export const BOYS = words(
  'Артём Максим Александр Михаил Иван Дмитрий Кирилл Матвей Даниил Егор Никита Илья Тимофей ' +
    'Марк Лев Роман Арсений Андрей Владимир Ярослав Фёдор Степан Глеб Семён',
);

/** First names of girls born around 2011–2019. */
export const GIRLS = words(
  'Анастасия Мария Анна Виктория Полина Елизавета София Дарья Алиса Варвара Ксения Александра ' +
    'Вероника Арина Екатерина Валерия Милана Ева Ульяна Кира Василиса Алёна Таисия Злата',
);

/**
 * Men's names of the parents' and teachers' generation. Only names whose patronymic follows the
 * regular rules below are listed (no Илья, Никита, Фома).
 */
export const MEN = words(
  'Алексей Андрей Сергей Дмитрий Александр Евгений Денис Роман Максим Михаил Иван Николай ' +
    'Владимир Павел Артём Игорь Олег Виталий Антон Константин Юрий Вадим Руслан Валерий Анатолий ' +
    'Василий Георгий Пётр Станислав Леонид',
);

/** Women's names of the parents' and teachers' generation. */
export const WOMEN = words(
  'Елена Ольга Наталья Татьяна Анна Екатерина Юлия Ирина Светлана Мария Марина Анастасия Оксана ' +
    'Евгения Людмила Надежда Ксения Дарья Галина Вера Валентина Лариса Любовь Нина Тамара Алла ' +
    'Елизавета Кристина Виктория Жанна',
);

/** The feminine form of a masculine surname: Попов → Попова, Каменский → Каменская, Черных stays. */
export function feminineSurname(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/.test(surname)) return `${surname.slice(0, -2)}ая`;
  if (surname.endsWith('ой')) return `${surname.slice(0, -2)}ая`;
  return surname;
}

/** The surname in the given gender, from its masculine form. */
export function surnameFor(masculine: string, gender: Gender): string {
  return gender === 'm' ? masculine : feminineSurname(masculine);
}

// Stems whose patronymic does not follow the ending rules.
const PATRONYMIC_STEMS: Record<string, string> = {
  Павел: 'Павлов',
  Михаил: 'Михайлов',
  Лев: 'Львов',
  Пётр: 'Петров',
  Дмитрий: 'Дмитриев',
  Георгий: 'Георгиев',
};

/** The patronymic from a father's first name: Сергей → Сергеевич / Сергеевна. */
export function patronymic(fatherName: string, gender: Gender): string {
  let stem = PATRONYMIC_STEMS[fatherName];
  if (stem === undefined) {
    if (fatherName.endsWith('ий')) stem = `${fatherName.slice(0, -2)}ьев`;
    else if (/[йь]$/.test(fatherName)) stem = `${fatherName.slice(0, -1)}ев`;
    else stem = `${fatherName}ов`;
  }
  return gender === 'm' ? `${stem}ич` : `${stem}на`;
}

/** «Фамилия Имя Отчество». */
export function fio(name: FullName): string {
  return `${name.surname} ${name.first} ${name.patronymic}`;
}

/** A made-up adult of the given gender with the given masculine surname. */
export function adultName(rnd: Random, gender: Gender, masculineSurname: string): FullName {
  return {
    surname: surnameFor(masculineSurname, gender),
    first: rnd.pick(gender === 'm' ? MEN : WOMEN),
    patronymic: patronymic(rnd.pick(MEN), gender),
    gender,
  };
}

const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A Latin spelling for e-mail addresses (e-mail local parts in the sheet must be ASCII). */
export function latin(text: string): string {
  return [...text.toLowerCase()].map((ch) => LATIN[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '')).join('');
}

/** A sort key that puts Russian names in alphabetical order everywhere (ё sorts as е). */
export function alphabetKey(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}
