/**
 * The English messages the build moved into the project file «English» (scripts/english-split.mjs)
 * come back, through the bundle's interpreter (src/i18n/english-data.ts), as what src/i18n says:
 * every string equal, every template giving the same text as the function it was cut from, for
 * texts, empty texts, 0, 1, 2, 5, 11, 21 and objects in any argument.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as agreement from '../../src/i18n/agreement';
import * as archive from '../../src/i18n/archive';
import * as dashboard from '../../src/i18n/dashboard';
import * as delivery from '../../src/i18n/delivery';
import * as enModule from '../../src/i18n/en';
import {
  awaitEnglish,
  completeEnglish,
  readDataWith,
  setupText,
} from '../../src/i18n/english-data';
import * as forms from '../../src/i18n/forms';
import * as privacy from '../../src/i18n/privacy';
import * as quota from '../../src/i18n/quota';
import * as readers from '../../src/i18n/readers';
import * as ruModule from '../../src/i18n/ru';
import * as report from '../../src/i18n/report';
import * as schedule from '../../src/i18n/schedule';
import * as summary from '../../src/i18n/summary';
import * as trust from '../../src/i18n/trust';
import { BUNDLE_PATH } from '../support/gas';

const SOURCES: Record<string, unknown> = Object.assign(
  {},
  agreement,
  archive,
  dashboard,
  delivery,
  enModule,
  forms,
  privacy,
  quota,
  readers,
  report,
  schedule,
  summary,
  trust,
);
const FILE = readFileSync(join(BUNDLE_PATH, '..', 'English.html'), 'utf8');
const SETUP = readFileSync(join(BUNDLE_PATH, '..', 'Setup.html'), 'utf8');
const DATA = JSON.parse(FILE) as Record<string, Record<string, unknown>>;
const SAMPLES: unknown[] = ['Ab', '', 0, 1, 2, 5, 11, 21];

/** Every [path, moved value] of one object's data, leaves only. */
function leaves(data: unknown, path: string[] = []): Array<[string[], unknown]> {
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && !('$' in data))
    return Object.entries(data).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [[path, data]];
}

/** The property names a template reads off each argument. */
function keysRead(parts: unknown, into: Map<number, Set<string>> = new Map()) {
  if (Array.isArray(parts)) parts.forEach((p) => keysRead(p, into));
  else if (typeof parts === 'object' && parts !== null) {
    const o = parts as { p?: number; k?: string; c?: unknown; t?: unknown; f?: unknown };
    if (o.p !== undefined && o.k !== undefined) {
      if (!into.has(o.p)) into.set(o.p, new Set());
      into.get(o.p)!.add(o.k);
    }
    for (const inner of [o.c, o.t, o.f]) if (inner !== undefined) keysRead(inner, into);
  }
  return into;
}

const at = (object: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], object);

describe('the English messages file', () => {
  it('is read once and gives back every moved string and template as src/i18n wrote it', () => {
    const copies: Record<string, unknown> = {};
    for (const name of Object.keys(DATA)) {
      expect(SOURCES[name]).toBeDefined();
      copies[name] = {};
      awaitEnglish(name, copies[name] as object);
    }
    const reads: string[] = [];
    readDataWith((file) => {
      reads.push(file);
      return file === 'English' ? FILE : SETUP;
    });
    completeEnglish();
    completeEnglish();
    expect(reads).toEqual(['English']);

    let templates = 0;
    let strings = 0;
    for (const [name, data] of Object.entries(DATA))
      for (const [path, moved] of leaves(data)) {
        const original = at(SOURCES[name], path);
        const compiled = at(copies[name], path);
        const where = `${name}.${path.join('.')}`;
        if (typeof original !== 'function') {
          expect([where, compiled]).toEqual([where, original]);
          strings += 1;
          continue;
        }
        templates += 1;
        const keys = keysRead((moved as { $: unknown }).$);
        for (let i = 0; i < SAMPLES.length; i++) {
          const args = Array.from({ length: Math.max(original.length, 1) }, (_, j) => {
            const sample = SAMPLES[(i + j) % SAMPLES.length];
            const props = keys.get(j);
            return props ? Object.fromEntries([...props].map((k) => [k, sample])) : sample;
          });
          expect([where, (compiled as (...a: unknown[]) => string)(...args)]).toEqual([
            where,
            (original as (...a: unknown[]) => string)(...args),
          ]);
        }
      }
    expect(strings).toBeGreaterThan(300);
    expect(templates).toBeGreaterThan(150);
  });

  it('gives back the texts only setup uses, in place of the getters the bundle keeps', () => {
    const paths = Object.keys(JSON.parse(SETUP) as Record<string, unknown>);
    expect(paths).toEqual(expect.arrayContaining(['ru.settingDescriptions', 'formsRu.help']));
    const sources: Record<string, unknown> = { ...SOURCES, ru: ruModule.ru };
    for (const path of paths) {
      const [name, ...rest] = path.split('.');
      expect([path, setupText(path)]).toEqual([path, at(sources[name!], rest)]);
    }
  });
});
