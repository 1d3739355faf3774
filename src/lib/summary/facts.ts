// The language-neutral part of each summary: which countries lead, how the regions share the countries, which years
// are busiest. Ties are broken by name (then year), so the same data always give the same sentence.
import { compareText } from '../format/text-order';
import type { CountryCount, TimelineSummaryInput } from './types';

/** How many leaders a sentence names: more is a list nobody keeps in mind when heard. */
export const LEADERS = 3;

export interface Ranked {
  name: string;
  count: number;
}

/** Names in the summaries' languages' order (English and French share it), without building a collator. */
const byCountThenName = (a: Ranked, b: Ranked) => b.count - a.count || compareText(a.name, b.name);

export function topCountries(countries: CountryCount[], n = LEADERS): Ranked[] {
  return countries.map(({ name, count }) => ({ name, count })).sort(byCountThenName).slice(0, n);
}

/** Countries per region, most first; countries outside every region are left out (they are few and named elsewhere). */
export function countriesPerRegion(countries: CountryCount[]): Ranked[] {
  const tally = new Map<string, number>();
  for (const c of countries) if (c.region !== null) tally.set(c.region, (tally.get(c.region) ?? 0) + 1);
  return [...tally].map(([name, count]) => ({ name, count })).sort(byCountThenName);
}

export function milestoneSpan(milestones: TimelineSummaryInput['milestones']): [number, number] | null {
  if (milestones.length === 0) return null;
  const years = milestones.map((m) => m.year);
  return [Math.min(...years), Math.max(...years)];
}

/** Each category with its count, in the given order; categories with none are left out. */
export function perCategory(input: TimelineSummaryInput): Ranked[] {
  return input.categories
    .map((name) => ({ name, count: input.milestones.filter((m) => m.category === name).length }))
    .filter((c) => c.count > 0);
}

/** The busiest years, most milestones first, then earliest; only years with more than one milestone count as busy. */
export function busiestYears(milestones: TimelineSummaryInput['milestones'], n = LEADERS): { year: number; count: number }[] {
  const tally = new Map<number, number>();
  for (const m of milestones) tally.set(m.year, (tally.get(m.year) ?? 0) + 1);
  return [...tally]
    .map(([year, count]) => ({ year, count }))
    .filter((y) => y.count > 1)
    .sort((a, b) => b.count - a.count || a.year - b.year)
    .slice(0, n);
}
