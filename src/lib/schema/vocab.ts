// The closed vocabularies of the datasets. Adding a value here is the only way to add a kind, theme or category.
export const PROJECT_KINDS = ['project', 'study', 'network', 'training', 'event', 'publication'] as const;
export const THEMES = ['policy', 'capacity-building', 'research', 'partnership'] as const;
export const MILESTONE_CATEGORIES = ['policy', 'capacity-building', 'research', 'partnership', 'programme'] as const;
/** How sure the seeds make us of a year: said outright, reasoned from the layout or other seeds, or a guess. */
export const CERTAINTIES = ['stated', 'inferred', 'uncertain'] as const;

export type ProjectKind = (typeof PROJECT_KINDS)[number];
export type Theme = (typeof THEMES)[number];
export type MilestoneCategory = (typeof MILESTONE_CATEGORIES)[number];
export type Certainty = (typeof CERTAINTIES)[number];

/** The span of the programme the product tells; years outside it are a typo. */
export const FIRST_YEAR = 2002;
export const LAST_YEAR = 2023;
