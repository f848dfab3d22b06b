/**
 * The English messages an Apps Script execution reads on demand, and the texts only setup uses
 * (docs/decisions.md «The bundle's size»). The build (scripts/english-split.mjs) takes the English strings and templates out of
 * Code.js into the project file «English»; each English object it cut registers here, and the
 * first `completeEnglish` puts the compiled data back in place. The Node runner and the tests
 * compile src/i18n as written: nothing registers and nothing is read.
 */

/** A parameter (0-based) or one of its properties. */
interface Ref {
  readonly p: number;
  readonly k?: string;
}

/** A condition on a parameter: its truth (or its falsity), or a comparison with a literal. */
interface Test extends Ref {
  readonly not?: true;
  readonly op?: '===' | '!==' | '>' | '<' | '>=' | '<=';
  readonly v?: string | number | boolean;
}

/** Text, a parameter by index, a parameter's property, or a choice between two texts. */
type Part = string | number | Ref | { readonly c: Test; readonly t: Part[]; readonly f: Part[] };

/** A template: what an English message function returned, as parts joined. */
interface Template {
  readonly $: readonly Part[];
}

/** One English object's cut-out data: strings, lists of strings, templates, nested objects. */
type Data = string | readonly Data[] | Template | Section;
interface Section {
  readonly [key: string]: Data;
}

const waiting = new Map<string, object>();
let read: ((file: string) => string) | undefined;
let setupTexts: Record<string, Data> | undefined;

/** The project file of the English messages (build/English.html). */
export const ENGLISH_FILE = 'English';
/** The project file of the texts only setup uses, in both languages (build/Setup.html). */
export const SETUP_FILE = 'Setup';

/** Called by the built bundle for each English object whose data lives in the file. */
export function awaitEnglish(name: string, target: object): void {
  waiting.set(name, target);
}

/** How this platform reads a project file of data by name (Apps Script: HtmlService). */
export function readDataWith(reader: (file: string) => string): void {
  read = reader;
}

function readData(file: string): unknown {
  if (read === undefined) throw new Error(`${file}: no reader of the project's data files`);
  return JSON.parse(read(file));
}

/**
 * A text only setup uses (a setting's description, a form's text): the built bundle leaves a
 * getter calling this in its place, so the file «Setup» is read on first use, once.
 */
export function setupText(path: string): unknown {
  setupTexts ??= readData(SETUP_FILE) as Record<string, Data>;
  const value = setupTexts[path];
  if (value === undefined) throw new Error(`${SETUP_FILE}: ${path} missing from the data`);
  return compile(value);
}

const isTemplate = (value: Data): value is Template =>
  typeof value === 'object' && !Array.isArray(value) && '$' in value;

function valueOf(ref: Ref, args: readonly unknown[]): unknown {
  const arg = args[ref.p];
  return ref.k === undefined ? arg : (arg as Record<string, unknown>)[ref.k];
}

function holds(test: Test, args: readonly unknown[]): boolean {
  const value = valueOf(test, args) as string | number | boolean;
  const v = test.v as string | number | boolean;
  switch (test.op) {
    case '===':
      return value === v;
    case '!==':
      return value !== v;
    case '>':
      return value > v;
    case '<':
      return value < v;
    case '>=':
      return value >= v;
    case '<=':
      return value <= v;
    default:
      return test.not ? !value : Boolean(value);
  }
}

/** The text of parts, as the template literal it came from would have made it. */
function render(parts: readonly Part[], args: readonly unknown[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (typeof part === 'number') out += String(args[part]);
    else if ('c' in part) out += render(holds(part.c, args) ? part.t : part.f, args);
    else out += String(valueOf(part, args));
  }
  return out;
}

function compile(value: Data): unknown {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(compile);
  if (isTemplate(value)) return (...args: unknown[]) => render(value.$, args);
  const section: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) section[key] = compile(inner);
  return section;
}

const isSection = (value: Data): value is Section =>
  typeof value === 'object' && !Array.isArray(value) && !('$' in value);

function fill(target: Record<string, unknown>, data: Section): void {
  for (const [key, value] of Object.entries(data)) {
    const here = target[key];
    if (isSection(value)) {
      if (typeof here === 'object' && here !== null) fill(here as Record<string, unknown>, value);
      else {
        const fresh = {};
        fill(fresh, value);
        target[key] = fresh;
      }
    } else target[key] = compile(value);
  }
}

/** Puts the English data back into the English objects, once; nothing to do outside the bundle. */
export function completeEnglish(): void {
  if (waiting.size === 0) return;
  const data = readData(ENGLISH_FILE) as Record<string, Section>;
  for (const [name, target] of waiting) {
    const part = data[name];
    if (part === undefined) throw new Error(`English messages: ${name} missing from the data`);
    fill(target as Record<string, unknown>, part);
  }
  waiting.clear();
}
