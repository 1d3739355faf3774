// The words of the figures view's list of the programme's statements (ProgrammeStatements.svelte), in each interface
// language. Kept out of the interface catalogues (src/lib/i18n/en.ts is part of the first load) because only the
// figures view shows them, and it loads on demand: both languages ride in its chunk (as lib/summary/words.ts does
// for the summaries). Hazard: a new interface language needs its words here too (the type asks for every locale).
import type { Locale } from '../i18n/languages';
import type { StatementKind } from '../schema/programme-statement';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

export interface StatementWords {
  heading: string;
  note: string;
  group: Record<StatementKind, string>;
  onMap: (regions: string) => string;
  noProject: string;
  /** Below the stated regions: the map's regions are another list; `unnamed` lists those this one does not name. */
  mapRegions: (unnamed: string) => string;
}

export const STATEMENT_WORDS: Record<Locale, StatementWords> = {
  en: {
    heading: 'How the programme describes its work',
    note: 'In its own words, from its web page and factsheet: like the totals, what it states, not what this app counts.',
    group: { pillar: 'Pillars of its approach', component: 'Thematic components', region: 'Where it says it works' },
    onMap: (regions) => `On the map: ${regions}`,
    noProject: 'No documented project in this app’s sources',
    mapRegions: (unnamed) => `The map’s regions are this app’s own grouping of the documented projects, not this list${unnamed ? `; the map also has ${unnamed}` : ''}.`,
  },
  fr: {
    heading: 'Comment le programme décrit son action',
    note: `Dans ses propres mots, tirés de sa page web et de sa fiche d’information${NBSP}: comme les totaux, ce qu’il déclare, non ce que compte cette application.`,
    group: { pillar: 'Piliers de son approche', component: 'Composantes thématiques', region: 'Où il dit travailler' },
    onMap: (regions) => `Sur la carte${NBSP}: ${regions}`,
    noProject: 'Aucun projet documenté dans les sources de cette application',
    mapRegions: (unnamed) =>
      `Les régions de la carte sont un regroupement propre à cette application des projets documentés, distinct de cette liste${unnamed ? `${NNBSP}; la carte compte aussi${NBSP}: ${unnamed}` : ''}.`,
  },
};
