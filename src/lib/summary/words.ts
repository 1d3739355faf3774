// The summaries' sentences, one module per language, loaded on demand: neither language is part of the page's first
// load (tests/unit/size-budget.test.ts), and a French visit fetches only the French sentences.
import type { Locale } from '../i18n/languages';
import type { FiguresSummaryInput, MapSummaryInput, Summary, TimelineSummaryInput } from './types';

export interface SummaryWords {
  /** The disclosure under each view that shows its summary. */
  inWords: string;
  map(input: MapSummaryInput): Summary;
  timeline(input: TimelineSummaryInput): Summary;
  figures(input: FiguresSummaryInput): Summary;
}

const loaders: Record<Locale, () => Promise<SummaryWords>> = {
  en: () => import('./en').then((module) => module.en),
  fr: () => import('./fr').then((module) => module.fr),
};

export function loadSummaryWords(locale: Locale): Promise<SummaryWords> {
  return loaders[locale]();
}
