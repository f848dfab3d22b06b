/**
 * Satisfaction from a form's response sheet («Опрос родителей», «Опрос учащихся»). The forms are
 * the school's to change, so questions are not known by name: a question on a 1–5 scale is a
 * column whose every answer is a whole number from 1 to 5. Pure: it takes the sheet's cells.
 */
import type { LocalDate } from './calendar';
import { type Cell, cellText, type Grid, isBlank, isBlankRow, normalizeWord } from './cells';
import { isFailure, type ParseContext, parseDate } from './parse';

/** One 1–5 question's answers. */
export interface SurveyQuestion {
  /** The column's header: the question as the form asks it. */
  readonly question: string;
  readonly n: number;
  /** Mean to hundredths. */
  readonly mean: number;
  /** Share of answers 4 or 5, 0–1. */
  readonly satisfied: number;
}

/** A survey's results up to the end of the reported week. */
export interface SurveySummary {
  /** False when the response sheet does not exist: the report says "no data". */
  readonly found: boolean;
  /** People who answered: distinct e-mails when the form collects them, else responses. */
  readonly respondents: number;
  /** Respondents whose answer is dated in the reported week. */
  readonly thisWeek: number;
  /** Respondents per active pupil; undefined without active pupils. */
  readonly responseRate: number | undefined;
  /** True when respondents were counted by e-mail. */
  readonly byEmail: boolean;
  readonly questions: readonly SurveyQuestion[];
  /** Every 1–5 answer of every question pooled; undefined when there is none. */
  readonly overall: Omit<SurveyQuestion, 'question'> | undefined;
}

/** What a survey summary is computed from. */
export interface SurveyInput {
  /** The response sheet (row 0 = headers), or null when the sheet is absent. */
  readonly grid: Grid | null;
  readonly activePupils: number;
  /** The reported week, Monday … Sunday: later answers are left out, answers in it counted apart. */
  readonly dates: readonly LocalDate[];
  readonly ctx: ParseContext;
}

// Google Forms' own columns and what schools add around them; matched on the whole header.
const TIMESTAMP = /^(отметка времени|timestamp|дата|date|время|time)$/;
const EMAIL = /^(адрес электронной почты|электронная почта|эл\. почта|почта|e-?mail( address)?)$/;
const NOT_QUESTIONS = new Set(['класс', 'class', 'id', 'id ученика', 'pupil id', 'номер', 'no']);

/** A 1–5 answer: a whole number, as a number or as its digit. */
function scaleValue(cell: Cell | undefined): number | undefined {
  if (typeof cell === 'number')
    return Number.isInteger(cell) && cell >= 1 && cell <= 5 ? cell : undefined;
  const text = cellText(cell);
  return /^[1-5]$/.test(text) ? Number(text) : undefined;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function figuresOf(values: readonly number[]): Omit<SurveyQuestion, 'question'> | undefined {
  if (values.length === 0) return undefined;
  const sum = values.reduce((a, b) => a + b, 0);
  return {
    n: values.length,
    mean: round2(sum / values.length),
    satisfied: values.filter((v) => v >= 4).length / values.length,
  };
}

/** Summarises one survey; an absent sheet gives `found: false` and zeros, never an error. */
export function summarizeSurvey(input: SurveyInput): SurveySummary {
  const { grid, activePupils } = input;
  const rate = (respondents: number): number | undefined =>
    activePupils > 0 ? respondents / activePupils : undefined;
  if (grid === null) {
    return {
      found: false,
      respondents: 0,
      thisWeek: 0,
      responseRate: rate(0),
      byEmail: false,
      questions: [],
      overall: undefined,
    };
  }
  const header = (grid[0] ?? []).map((h) => cellText(h));
  const folded = header.map((h) => normalizeWord(h));
  const all = grid.slice(1).filter((row) => !isBlankRow(row));
  const timeColumn = folded.findIndex((h) => TIMESTAMP.test(h));
  const emailColumn = folded.findIndex((h) => EMAIL.test(h));

  const weekDays = new Set(input.dates);
  const lastDay = input.dates[input.dates.length - 1] ?? '';
  const dateOf = (row: readonly Cell[]): LocalDate | undefined => {
    if (timeColumn < 0) return undefined;
    const parsed = parseDate(row[timeColumn], input.ctx);
    return isFailure(parsed) ? undefined : parsed;
  };
  // A report on a past week must not count answers given after it; undated answers count.
  const rows = all.filter((row) => {
    const date = dateOf(row);
    return date === undefined || date <= lastDay;
  });

  const respondentsOf = (list: readonly (readonly Cell[])[]): number => {
    if (emailColumn < 0) return list.length;
    const emails = new Set<string>();
    let anonymous = 0;
    for (const row of list) {
      const email = cellText(row[emailColumn]).toLowerCase();
      if (email === '') anonymous++;
      else emails.add(email);
    }
    return emails.size + anonymous;
  };

  const questions: SurveyQuestion[] = [];
  const pooled: number[] = [];
  header.forEach((question, c) => {
    if (c === timeColumn || c === emailColumn || question === '') return;
    if (NOT_QUESTIONS.has(folded[c] ?? '')) return;
    // The column's kind is decided on every answer ever given, not only this week's.
    const answers = all.map((row) => row[c]).filter((cell) => !isBlank(cell));
    if (answers.length === 0 || answers.some((cell) => scaleValue(cell) === undefined)) return;
    const values = rows
      .map((row) => row[c])
      .filter((cell) => !isBlank(cell))
      .map((cell) => scaleValue(cell)!);
    pooled.push(...values);
    const figures = figuresOf(values);
    questions.push(figures ? { question, ...figures } : { question, n: 0, mean: 0, satisfied: 0 });
  });

  const respondents = respondentsOf(rows);
  return {
    found: true,
    respondents,
    thisWeek: respondentsOf(
      rows.filter((row) => {
        const date = dateOf(row);
        return date !== undefined && weekDays.has(date);
      }),
    ),
    responseRate: rate(respondents),
    byEmail: emailColumn >= 0,
    questions,
    overall: figuresOf(pooled),
  };
}
