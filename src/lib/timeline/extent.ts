// The timeline's span and where each milestone sits on it, in decimal years (2010.5 = mid-2010).
import { scaleLinear, type ScaleLinear } from 'd3';
import type { Milestone } from '../schema/milestone';
import { FIRST_YEAR, LAST_YEAR } from '../schema/vocab';

/** The whole story: from 1 January 2002 to the end of 2023. */
export const SPAN: readonly [number, number] = [FIRST_YEAR, LAST_YEAR + 1];
export const SPAN_YEARS = SPAN[1] - SPAN[0];
/** Zooming in stops when one year fills the view. */
export const MIN_VIEW_YEARS = 1;

export type TimeScale = ScaleLinear<number, number>;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A milestone's position in decimal years. A year alone sits mid-year, a month mid-month, a day on that day:
 * the mark stands for the period the seeds name, so a bare year is not drawn as 1 January.
 */
export function timeOf(m: Pick<Milestone, 'year' | 'date'>): number {
  const parts = (m.date ?? '').split('-').map(Number);
  const [, month, day] = parts;
  if (month === undefined) return m.year + 0.5;
  const leap = m.year % 4 === 0 && (m.year % 100 !== 0 || m.year % 400 === 0);
  const days = DAYS_IN_MONTH.map((d, i) => (i === 1 && leap ? 29 : d));
  const daysInYear = leap ? 366 : 365;
  const before = days.slice(0, month - 1).reduce((a, b) => a + b, 0);
  const inMonth = day === undefined ? (days[month - 1] ?? 30) / 2 : day - 0.5;
  return m.year + (before + inMonth) / daysInYear;
}

/** Milestones in the order they happened; the file's order breaks ties (curators list a year's items in story order). */
export function inTimeOrder<T extends Pick<Milestone, 'year' | 'date'>>(milestones: readonly T[]): T[] {
  return milestones
    .map((m, index) => ({ m, index, t: timeOf(m) }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map(({ m }) => m);
}

/** The base scale: the whole span across [left, right] px. Zooming never changes it; it makes rescaled copies. */
export function baseScale(left: number, right: number): TimeScale {
  return scaleLinear().domain(SPAN).range([left, Math.max(left + 1, right)]);
}
