// The timeline's span and where each milestone sits on it, in decimal years (2010.5 = mid-2010).
import type { Milestone } from '../schema/milestone';
import { FIRST_YEAR, LAST_YEAR } from '../schema/vocab';

/** The whole story: from 1 January 2002 to the end of 2023. */
export const SPAN: readonly [number, number] = [FIRST_YEAR, LAST_YEAR + 1];
export const SPAN_YEARS = SPAN[1] - SPAN[0];
/** Zooming in stops when one year fills the view. */
export const MIN_VIEW_YEARS = 1;

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

/**
 * Where in time a milestone may be drawn when labels need room: anywhere in its year when only the year is known,
 * in its month when only the month is, on its day when the day is. Kept a little inside the year, off its boundary line.
 */
export function timeBand(m: Pick<Milestone, 'year' | 'date'>): [number, number] {
  const parts = (m.date ?? '').split('-');
  if (parts.length >= 3) {
    const t = timeOf(m);
    return [t, t];
  }
  if (parts.length === 2) {
    const month = Number(parts[1]);
    const start = timeOf({ year: m.year, date: `${m.year}-${parts[1]}-01` });
    const end = month === 12 ? m.year + 1 : timeOf({ year: m.year, date: `${m.year}-${String(month + 1).padStart(2, '0')}-01` });
    return [start, Math.min(end, m.year + 0.97)];
  }
  return [m.year + 0.04, m.year + 0.96];
}

/** Milestones in the order they happened; the file's order breaks ties (curators list a year's items in story order). */
export function inTimeOrder<T extends Pick<Milestone, 'year' | 'date'>>(milestones: readonly T[]): T[] {
  return milestones
    .map((m, index) => ({ m, index, t: timeOf(m) }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map(({ m }) => m);
}
