/**
 * Which forms the add-on made, kept in ONE document property (`distant.forms`): per form its id,
 * published URL, the id of its response sheet (a sheet id survives the school renaming the sheet),
 * how many times it was linked, and for the request form a pre-filled link template. No names or answers: those stay in the spreadsheet.
 */
import * as z from 'zod/mini';
import { normalizeWord } from '../../domain/cells';
import { FORM_KINDS, type FormKind } from '../../domain/forms';
import { ALL_NAMES } from '../../i18n';
import type { Store } from '../../ports/store';

/** The document property holding the registry. */
export const FORMS_PROPERTY = 'distant.forms';

const recordSchema = z.object({
  formId: z.string(),
  url: z.string(),
  sheetId: z.number(),
  /** Times the form was linked to the spreadsheet; each link starts a new response sheet. */
  links: z.number(),
  /** The request form's pre-filled link template (domain/forms `PREFILL_TOKENS`), made at setup. */
  prefill: z.optional(z.string()),
  /** The response sheet's name as last seen (setup, a response): where the sweep reads it. */
  sheetName: z.optional(z.string()),
  /**
   * The first row of the response sheet the hourly sweep answers for: 2 for a sheet the add-on
   * linked; for one an older version linked, the row after those already there when the sweep
   * first looked (their triggers handled them).
   */
  since: z.optional(z.number()),
  /**
   * Who made the form: a form that cannot be opened by someone else was not shared with them,
   * not deleted, and is not made a second time (docs/decisions.md, «Forms shared with the admins»).
   */
  owner: z.optional(z.string()),
});

/** One form of the registry. */
export type FormRecord = z.infer<typeof recordSchema>;
/** Every form the add-on made, by kind. */
export type FormRegistry = Partial<Record<FormKind, FormRecord>>;

/** Reads the registry; a missing or damaged value is an empty one (setup makes the forms again). */
export function loadRegistry(store: Store): FormRegistry {
  const raw = store.get(FORMS_PROPERTY);
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  const registry: FormRegistry = {};
  if (typeof parsed !== 'object' || parsed === null) return registry;
  for (const kind of FORM_KINDS) {
    const record = recordSchema.safeParse((parsed as Record<string, unknown>)[kind]);
    if (record.success) registry[kind] = record.data;
  }
  return registry;
}

/** Writes the registry in one property write. */
export function saveRegistry(store: Store, registry: FormRegistry): void {
  store.set(FORMS_PROPERTY, JSON.stringify(registry));
}

/**
 * The prefix of request IDs from the response sheet of the n-th link: «R-5», then «R2-5» after
 * the form was linked again — a new response sheet counts its rows from 2 again, and the IDs
 * of requests already on «Заявки» must not come back.
 */
export function requestPrefix(record: FormRecord | undefined): string {
  return record === undefined || record.links <= 1 ? 'R' : `R${record.links}`;
}

/** The form a response sheet belongs to: by its id in the registry, else by its name. */
export function formOfSheet(
  registry: FormRegistry,
  sheetId: number | undefined,
  sheetName: string,
): { readonly kind: FormKind; readonly record: FormRecord | undefined } | undefined {
  for (const kind of FORM_KINDS) {
    const record = registry[kind];
    if (record !== undefined && sheetId !== undefined && record.sheetId === sheetId)
      return { kind, record };
  }
  // Without the registry (a copied spreadsheet, a lost property) the sheet's name still tells,
  // «Опрос родителей» or «Опрос родителей (2)» alike; the ID prefix then starts afresh.
  const name = normalizeWord(sheetName).replace(/ \(\d+\)$/, '');
  for (const kind of FORM_KINDS) {
    if (ALL_NAMES.some((s) => normalizeWord(s.forms.forms[kind].sheet) === name))
      return { kind, record: sheetId === undefined ? registry[kind] : undefined };
  }
  return undefined;
}
