/**
 * Conditional formatting of a sheet, as Google documents it:
 * - SpreadsheetApp.newConditionalFormatRule(), SpreadsheetApp.InterpolationType:
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 * - ConditionalFormatRuleBuilder: https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 * - ConditionalFormatRule, BooleanCondition, GradientCondition:
 *   https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule
 *   https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition
 *   https://developers.google.com/apps-script/reference/spreadsheet/gradient-condition
 * - Sheet.getConditionalFormatRules(), setConditionalFormatRules(rules) (replaces every rule),
 *   clearConditionalFormatRules(): https://developers.google.com/apps-script/reference/spreadsheet/sheet
 *
 * A rule holds one condition: a boolean criterion with its format, or a gradient (min, mid, max
 * points). Not documented, so refused rather than guessed: building a rule without ranges,
 * without a condition, with both kinds, or a boolean rule without any format; setting rules whose
 * ranges lie on another sheet. Formats are recorded, never drawn.
 */
import { badSignature, fail, GasObject } from './core';
import type { FakeRange, FakeSheet } from './spreadsheet-app';

/** SpreadsheetApp.InterpolationType. */
export const INTERPOLATION_TYPES = Object.freeze({
  NUMBER: 'NUMBER',
  PERCENT: 'PERCENT',
  PERCENTILE: 'PERCENTILE',
  MIN: 'MIN',
  MAX: 'MAX',
});

interface GradientPoint {
  color: string;
  type: string | null;
  value: string;
}

interface RuleState {
  ranges: FakeRange[];
  criteria: { type: string; values: unknown[] } | null;
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean };
  gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | null;
}

const copyState = (s: RuleState): RuleState => ({
  ranges: [...s.ranges],
  criteria: s.criteria && { type: s.criteria.type, values: [...s.criteria.values] },
  format: { ...s.format },
  gradient: s.gradient && { ...s.gradient },
});

const isRange = (v: unknown): v is FakeRange => v instanceof GasObject && v._gasName === 'Range';
const INTERPOLATION: ReadonlySet<string> = new Set(Object.values(INTERPOLATION_TYPES));

/** SpreadsheetApp.newConditionalFormatRule(). */
export class FakeConditionalFormatRuleBuilder extends GasObject {
  constructor(readonly _state: RuleState = emptyRule()) {
    super('ConditionalFormatRuleBuilder');
  }

  private when(type: string, values: unknown[]): FakeConditionalFormatRuleBuilder {
    this._state.criteria = { type, values };
    return this;
  }
  private number(method: string, n: unknown): number {
    if (typeof n !== 'number') badSignature(`ConditionalFormatRuleBuilder.${method}`, [n]);
    return n;
  }
  private point(
    method: string,
    which: 'min' | 'mid' | 'max',
    color: unknown,
    type: unknown,
    value: unknown,
  ): FakeConditionalFormatRuleBuilder {
    if (typeof color !== 'string' || typeof value !== 'string' || !INTERPOLATION.has(String(type)))
      badSignature(`ConditionalFormatRuleBuilder.${method}`, [color, type, value]);
    this._state.gradient = {
      ...this._state.gradient,
      [which]: { color, type: String(type), value },
    };
    return this;
  }

  setRanges(ranges: unknown): FakeConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges) || !ranges.every(isRange))
      badSignature('ConditionalFormatRuleBuilder.setRanges', [ranges]);
    this._state.ranges = [...ranges];
    return this;
  }
  getRanges(): FakeRange[] {
    return [...this._state.ranges];
  }
  whenNumberGreaterThan(n: unknown): FakeConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN', [this.number('whenNumberGreaterThan', n)]);
  }
  whenNumberGreaterThanOrEqualTo(n: unknown): FakeConditionalFormatRuleBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      this.number('whenNumberGreaterThanOrEqualTo', n),
    ]);
  }
  whenNumberLessThan(n: unknown): FakeConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN', [this.number('whenNumberLessThan', n)]);
  }
  whenNumberLessThanOrEqualTo(n: unknown): FakeConditionalFormatRuleBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [
      this.number('whenNumberLessThanOrEqualTo', n),
    ]);
  }
  whenNumberEqualTo(n: unknown): FakeConditionalFormatRuleBuilder {
    return this.when('NUMBER_EQUAL_TO', [this.number('whenNumberEqualTo', n)]);
  }
  whenNumberBetween(a: unknown, b: unknown): FakeConditionalFormatRuleBuilder {
    return this.when('NUMBER_BETWEEN', [
      this.number('whenNumberBetween', a),
      this.number('whenNumberBetween', b),
    ]);
  }
  whenCellEmpty(): FakeConditionalFormatRuleBuilder {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): FakeConditionalFormatRuleBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenTextEqualTo(text: unknown): FakeConditionalFormatRuleBuilder {
    return this.when('TEXT_EQUAL_TO', [String(text)]);
  }
  whenTextContains(text: unknown): FakeConditionalFormatRuleBuilder {
    return this.when('TEXT_CONTAINS', [String(text)]);
  }
  whenFormulaSatisfied(formula: unknown): FakeConditionalFormatRuleBuilder {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }
  setBackground(color: unknown): FakeConditionalFormatRuleBuilder {
    if (color === null) delete this._state.format.background;
    else if (typeof color === 'string') this._state.format.background = color;
    else badSignature('ConditionalFormatRuleBuilder.setBackground', [color]);
    return this;
  }
  setFontColor(color: unknown): FakeConditionalFormatRuleBuilder {
    if (color === null) delete this._state.format.fontColor;
    else if (typeof color === 'string') this._state.format.fontColor = color;
    else badSignature('ConditionalFormatRuleBuilder.setFontColor', [color]);
    return this;
  }
  setBold(bold: unknown): FakeConditionalFormatRuleBuilder {
    if (bold === null) delete this._state.format.bold;
    else if (typeof bold === 'boolean') this._state.format.bold = bold;
    else badSignature('ConditionalFormatRuleBuilder.setBold', [bold]);
    return this;
  }
  setItalic(italic: unknown): FakeConditionalFormatRuleBuilder {
    if (italic === null) delete this._state.format.italic;
    else if (typeof italic === 'boolean') this._state.format.italic = italic;
    else badSignature('ConditionalFormatRuleBuilder.setItalic', [italic]);
    return this;
  }
  setGradientMinpointWithValue(
    color: unknown,
    type: unknown,
    value: unknown,
  ): FakeConditionalFormatRuleBuilder {
    return this.point('setGradientMinpointWithValue', 'min', color, type, value);
  }
  setGradientMidpointWithValue(
    color: unknown,
    type: unknown,
    value: unknown,
  ): FakeConditionalFormatRuleBuilder {
    return this.point('setGradientMidpointWithValue', 'mid', color, type, value);
  }
  setGradientMaxpointWithValue(
    color: unknown,
    type: unknown,
    value: unknown,
  ): FakeConditionalFormatRuleBuilder {
    return this.point('setGradientMaxpointWithValue', 'max', color, type, value);
  }
  /** Docs: clears the minpoint value and uses the range's minimum instead. */
  setGradientMinpoint(color: unknown): FakeConditionalFormatRuleBuilder {
    return this.point('setGradientMinpoint', 'min', color, 'MIN', '');
  }
  /** Docs: clears the maxpoint value and uses the range's maximum instead. */
  setGradientMaxpoint(color: unknown): FakeConditionalFormatRuleBuilder {
    return this.point('setGradientMaxpoint', 'max', color, 'MAX', '');
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    return this._state.criteria ? new FakeBooleanCondition(this._state) : null;
  }
  getGradientCondition(): FakeGradientCondition | null {
    return this._state.gradient ? new FakeGradientCondition(this._state.gradient) : null;
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(copyState(this._state));
  }
  build(): FakeConditionalFormatRule {
    const s = this._state;
    const refuse = (why: string): never =>
      fail(`${why} (the fake refuses: Google does not document this case).`);
    if (s.ranges.length === 0) refuse('The rule has no range');
    if (s.criteria === null && s.gradient === null) refuse('The rule has no condition');
    if (s.criteria !== null && s.gradient !== null)
      refuse('The rule has both a condition and a gradient');
    if (s.gradient !== null && (!s.gradient.min || !s.gradient.max))
      refuse('The gradient lacks its minpoint or maxpoint');
    if (s.criteria !== null && Object.keys(s.format).length === 0) refuse('The rule has no format');
    return new FakeConditionalFormatRule(copyState(s));
  }
}

function emptyRule(): RuleState {
  return { ranges: [], criteria: null, format: {}, gradient: null };
}

/** A built rule. */
export class FakeConditionalFormatRule extends GasObject {
  constructor(readonly _state: RuleState) {
    super('ConditionalFormatRule');
  }
  getRanges(): FakeRange[] {
    return [...this._state.ranges];
  }
  getBooleanCondition(): FakeBooleanCondition | null {
    return this._state.criteria ? new FakeBooleanCondition(this._state) : null;
  }
  getGradientCondition(): FakeGradientCondition | null {
    return this._state.gradient ? new FakeGradientCondition(this._state.gradient) : null;
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(copyState(this._state));
  }
}

/** A rule's boolean criterion and its format. */
export class FakeBooleanCondition extends GasObject {
  constructor(private readonly rule: RuleState) {
    super('BooleanCondition');
  }
  getCriteriaType(): string {
    return this.rule.criteria?.type ?? '';
  }
  getCriteriaValues(): unknown[] {
    return [...(this.rule.criteria?.values ?? [])];
  }
  getBackground(): string | null {
    return this.rule.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.rule.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.rule.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.rule.format.italic ?? null;
  }
}

/** A rule's gradient: three points, each a colour, an interpolation type and a value. */
export class FakeGradientCondition extends GasObject {
  constructor(private readonly gradient: NonNullable<RuleState['gradient']>) {
    super('GradientCondition');
  }
  getMinColor(): string {
    return this.gradient.min?.color ?? '';
  }
  getMinType(): string | null {
    return this.gradient.min?.type ?? null;
  }
  getMinValue(): string {
    return this.gradient.min?.value ?? '';
  }
  getMidColor(): string {
    return this.gradient.mid?.color ?? '';
  }
  getMidType(): string | null {
    return this.gradient.mid?.type ?? null;
  }
  getMidValue(): string {
    return this.gradient.mid?.value ?? '';
  }
  getMaxColor(): string {
    return this.gradient.max?.color ?? '';
  }
  getMaxType(): string | null {
    return this.gradient.max?.type ?? null;
  }
  getMaxValue(): string {
    return this.gradient.max?.value ?? '';
  }
}

/** A rule as tests read it. */
export interface RuleRecord {
  readonly ranges: string[];
  readonly criteria: { type: string; values: unknown[] } | null;
  readonly format: Record<string, unknown>;
  readonly gradient: Record<string, GradientPoint> | null;
}

/** The conditional format rules of one sheet (the FakeSheet hooks delegate here). */
export class SheetRules {
  private rules: FakeConditionalFormatRule[] = [];

  constructor(private readonly sheet: FakeSheet) {}

  get(): FakeConditionalFormatRule[] {
    return [...this.rules];
  }

  set(rules: unknown): void {
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof FakeConditionalFormatRule))
      badSignature('Sheet.setConditionalFormatRules', [rules]);
    const list = rules;
    if (list.some((r) => r._state.ranges.some((range) => range._sheet !== this.sheet)))
      fail('A rule has a range on another sheet (the fake refuses: not documented).');
    this.rules = [...list];
  }

  clear(): void {
    this.rules = [];
  }

  /** Test helper: the rules as plain data, ranges in A1 notation (uncounted). */
  records(): RuleRecord[] {
    return this.rules.map((r) => ({
      ranges: r._state.ranges.map((range) => range.getA1Notation()),
      criteria: r._state.criteria,
      format: { ...r._state.format },
      gradient: r._state.gradient,
    }));
  }
}
