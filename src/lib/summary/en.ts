// The summaries in English. Sentences follow the first two levels of Lundgard & Satyanarayan's model of chart
// description: what the view encodes, then its extremes and distribution.
import { formatInteger } from '../format/integer';
import { busiestYears, countriesPerRegion, milestoneSpan, perCategory, topCountries } from './facts';
import { counted, joined } from './plural';
import type { FilterDescription, StatedFigure } from './types';
import type { SummaryWords } from './words';

const L = 'en';
const num = (n: number) => formatInteger(n, L);
const projects = (n: number) => counted(L, n, 'documented project or action', 'documented projects and actions');
const countries = (n: number) => counted(L, n, 'country', 'countries');
const milestones = (n: number) => counted(L, n, 'milestone', 'milestones');
const FILTER_NAMES: Record<FilterDescription['key'], string> = { region: 'region', donor: 'donor', theme: 'theme', kind: 'type', years: 'years' };
const filtersPhrase = (filters: FilterDescription[]) => `Filtered to ${joined(L, filters.map((f) => `${FILTER_NAMES[f.key]} ${f.value}`))}`;
const figure = (s: StatedFigure) => (s.format === 'year' ? String(s.value) : `${num(s.value)}${s.qualifier}`);
const years = (from: number, to: number) => (from === to ? `in ${from}` : `from ${from} to ${to}`);
export const NO_MATCH = 'No documented project matches these filters.';

export const en: SummaryWords = {
  inWords: 'In words',
  map(input) {
    const title = 'World map: documented projects and actions per country';
    const filtered = input.filters.length > 0;
    const n = input.countries.length;
    const out: string[] = [];
    if (filtered) out.push(`${filtersPhrase(input.filters)}.`);
    if (input.projects === 0) {
      out.push(NO_MATCH);
    } else {
      out.push(
        filtered
          ? `${num(input.projects)} of ${projects(input.total)}, in ${countries(n)}.`
          : `World map of ${projects(input.projects)} in ${countries(n)}, coloured by the number of projects.`,
      );
      const top = topCountries(input.countries);
      if (n === 1) out.push(`Only ${top[0]!.name} (${num(top[0]!.count)}).`);
      else if (n > 1) out.push(`Most: ${joined(L, top.map((c) => `${c.name} (${num(c.count)})`))}.`);
      const regions = countriesPerRegion(input.countries);
      if (regions.length > 1) out.push(`Countries per region: ${regions.map((r) => `${r.name} ${num(r.count)}`).join(', ')}.`);
      if (input.countriesWithout > 0) {
        const have = input.countriesWithout === 1 ? 'has' : 'have';
        out.push(`${countries(input.countriesWithout)} ${have} ${filtered ? 'none of these' : 'no documented project'}.`);
      }
    }
    const zoom = input.zoom;
    if (zoom !== null) {
      const where = zoom.region === null ? 'The view is zoomed in' : `The view is zoomed to ${zoom.region}`;
      out.push(`${where}: ${counted(L, zoom.inView, 'country', 'countries')} with projects in sight.`);
    }
    return { title, description: out.join(' ') };
  },

  timeline(input) {
    const title = 'Timeline of the programme’s milestones';
    const out: string[] = [];
    if (input.scope !== null) out.push(`Only the milestones concerning ${input.scope}.`);
    if (input.hidden.length > 0) out.push(`Hidden: ${joined(L, input.hidden)}.`);
    const span = milestoneSpan(input.milestones);
    if (span === null) {
      out.push('No milestone matches these filters.');
      return { title, description: out.join(' ') };
    }
    out.push(`Timeline of ${milestones(input.milestones.length)} ${years(...span)}.`);
    const categories = perCategory(input);
    if (categories.length > 1) out.push(`By category: ${categories.map((c) => `${c.name} ${num(c.count)}`).join(', ')}.`);
    const busiest = busiestYears(input.milestones);
    if (busiest.length > 0) out.push(`Busiest ${busiest.length === 1 ? 'year' : 'years'}: ${joined(L, busiest.map((y) => `${y.year} (${num(y.count)})`))}.`);
    if (input.view !== null && input.inView !== null) out.push(`Showing ${years(...input.view)}: ${milestones(input.inView)}.`);
    return { title, description: out.join(' ') };
  },

  figures(input) {
    const title = 'The programme in figures';
    const out: string[] = [];
    if (input.stated.length > 0) {
      const when = input.statedYear === null ? '' : ` (${input.statedYear})`;
      out.push(`The programme’s stated totals${when}: ${input.stated.map((s) => `${s.label} ${figure(s)}`).join('; ')}.`);
    }
    const d = input.documented;
    if (input.filters.length > 0) out.push(`${filtersPhrase(input.filters)}.`);
    if (d.projects === 0 && input.filters.length > 0) out.push(NO_MATCH);
    else out.push(`Documented in this app: ${projects(d.projects)} in ${countries(d.countries)} and ${counted(L, d.regions, 'region', 'regions')}; ${milestones(d.milestones)}.`);
    return { title, description: out.join(' ') };
  },
};
