import { ru } from '../../src/i18n/ru';
import { englishSentences } from '../support/english';

/** Sample arguments to call a string function with, of each kind a message takes. */
const SAMPLES: unknown[][] = [
  [],
  [3, 3, 3, 3, 3, 3],
  ['Иванов', 'Иванов', 'Иванов', 'Иванов', 'Иванов', 'Иванов'],
  [['5А', '6Б'], ['5А'], ['5А']],
  [{ kind: 'other', detail: 'Отказ' }],
];

function walk(value: unknown, path: string, out: Array<[string, string]>): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, out));
  else if (typeof value === 'function') {
    for (const args of SAMPLES) {
      if (args.length < (value as (...a: unknown[]) => unknown).length) continue;
      let result: unknown;
      try {
        result = (value as (...a: unknown[]) => unknown)(...args);
      } catch {
        continue;
      }
      walk(result, `${path}(${args.length})`, out);
    }
  } else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, out);
}

describe('englishSentences', () => {
  it('finds an English sentence, not addresses, links or Google’s names', () => {
    expect(
      englishSentences('Не получилось: The outbox is busy (document lock); try again in a minute.'),
    ).toEqual(['The outbox is busy', 'try again in a minute']);
    expect(
      englishSentences(
        'Откройте https://docs.google.com/forms/d/x/edit, напишите pr@ezhva34.ru; Google Workspace, Apps Script, mail_mode = preview, live / preview / off.',
      ),
    ).toEqual([]);
  });
});

describe('the Russian strings', () => {
  it('hold no English sentence', () => {
    const texts: Array<[string, string]> = [];
    walk(ru, 'ru', texts);
    const found = texts.flatMap(([path, text]) =>
      englishSentences(text).map((s) => `${path}: ${s}`),
    );
    expect(found).toEqual([]);
  });
});
