// The overview strip's ticks: one path per category, not one element per milestone (4,000 elements at 100× data
// made the strip a large share of the timeline's first layout).
import type { Milestone } from '../schema/milestone';
import type { MilestoneCategory } from '../schema/vocab';
import { CATEGORIES } from './categories';
import { timeOf } from './extent';

export interface TickPath {
  category: MilestoneCategory;
  /** A vertical stroke from `top` to `bottom` at each of the category's milestones. */
  d: string;
}

/** Ticks at x(time) for each milestone, grouped by category in the legend's order; categories with none are left out. */
export function tickPaths(milestones: readonly Milestone[], x: (time: number) => number, top: number, bottom: number): TickPath[] {
  const parts = new Map<MilestoneCategory, string[]>();
  for (const m of milestones) {
    const at = Math.round(x(timeOf(m)) * 10) / 10;
    let list = parts.get(m.category);
    if (!list) parts.set(m.category, (list = []));
    list.push(`M${at} ${top}V${bottom}`);
  }
  return CATEGORIES.filter((c) => parts.has(c)).map((category) => ({ category, d: parts.get(category)!.join('') }));
}
