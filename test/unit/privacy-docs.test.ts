/**
 * Issue 13, acceptance 4: PRIVACY.md and the school's docs/privacy-ru.md cover every sheet of the
 * workbook layout (domain/sheets), every form's answer sheet, and every kind of letter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORM_KINDS } from '../../src/domain/forms';
import { SHEET_SPECS } from '../../src/domain/sheets';
import { ru } from '../../src/i18n/ru';

const doc = (path: string): string => readFileSync(join(__dirname, '..', '..', path), 'utf8');

describe.each(['PRIVACY.md', 'docs/privacy-ru.md'])('%s', (path) => {
  const text = doc(path);
  it.each(SHEET_SPECS.map((s) => s.key))('names the sheet %s', (key) => {
    expect(text).toContain(`«${ru.sheets[key].name}»`);
  });
  it.each([...FORM_KINDS])('names the answers of the form %s', (kind) => {
    expect(text).toContain(`«${ru.forms.forms[kind].sheet}»`);
  });
  it('says it is information, not legal advice, and names 152-FZ', () => {
    expect(text).toMatch(/not legal advice|не юридическая консультация/);
    expect(text).toMatch(/152-(FZ|ФЗ)/);
  });
});
