// Les résumés en français, chargés à la demande. Mêmes phrases que en.ts ; typographie de ../i18n/fr/typography.ts.
// Les noms tirés des données (pays, régions) viennent après un deux-points ou entre parenthèses, jamais après un
// article (« le Sénégal », « l’Union européenne ») : voir src/lib/i18n/README.md.
import { formatInteger } from '../format/integer';
import { NBSP, NNBSP } from '../i18n/fr/typography';
import { busiestYears, countriesPerRegion, milestoneSpan, perCategory, topCountries } from './facts';
import { counted, joined } from './plural';
import type { FilterDescription, StatedFigure } from './types';
import type { SummaryWords } from './words';

const L = 'fr';
const num = (n: number) => formatInteger(n, L);
const projects = (n: number) => counted(L, n, 'projet ou action documenté', 'projets et actions documentés');
const countries = (n: number) => counted(L, n, 'pays', 'pays');
const milestones = (n: number) => counted(L, n, 'jalon', 'jalons');
const FILTER_NAMES: Record<FilterDescription['key'], string> = { region: 'région', donor: 'donateur', theme: 'thème', kind: 'type', years: 'années' };
const filtersPhrase = (filters: FilterDescription[]) => `Filtres${NBSP}: ${joined(L, filters.map((f) => `${FILTER_NAMES[f.key]} ${f.value}`))}`;
const figure = (s: StatedFigure) => (s.format === 'year' ? String(s.value) : `${num(s.value)}${s.qualifier}`);
const years = (from: number, to: number) => (from === to ? `en ${from}` : `de ${from} à ${to}`);
export const NO_MATCH = 'Aucun projet documenté ne correspond à ces filtres.';

export const fr: SummaryWords = {
  inWords: 'En quelques mots',
  map(input) {
    const title = `Carte du monde${NBSP}: projets et actions documentés par pays`;
    const filtered = input.filters.length > 0;
    const n = input.countries.length;
    const out: string[] = [];
    if (filtered) out.push(`${filtersPhrase(input.filters)}.`);
    if (input.projects === 0) {
      out.push(NO_MATCH);
    } else {
      out.push(
        filtered
          ? `${projects(input.projects)} sur ${num(input.total)}, dans ${countries(n)}.`
          : `Carte du monde de ${projects(input.projects)} dans ${countries(n)}, colorée selon le nombre de projets.`,
      );
      const top = topCountries(input.countries);
      if (n === 1) out.push(`Un seul pays${NBSP}: ${top[0]!.name} (${num(top[0]!.count)}).`);
      else if (n > 1) out.push(`En tête${NBSP}: ${joined(L, top.map((c) => `${c.name} (${num(c.count)})`))}.`);
      const regions = countriesPerRegion(input.countries);
      if (regions.length > 1) out.push(`Pays par région${NBSP}: ${regions.map((r) => `${r.name} ${num(r.count)}`).join(', ')}.`);
      if (input.countriesWithout > 0) {
        const one = input.countriesWithout < 2;
        const verb = filtered ? (one ? 'n’en a aucun' : 'n’en ont aucun') : one ? 'n’a aucun projet documenté' : 'n’ont aucun projet documenté';
        out.push(`${countries(input.countriesWithout)} ${verb}.`);
      }
    }
    const zoom = input.zoom;
    if (zoom !== null) {
      const where = zoom.region === null ? 'Vue agrandie' : `Vue agrandie sur une région${NBSP}: ${zoom.region}`;
      out.push(`${where}${zoom.region === null ? `${NBSP}:` : ','} ${counted(L, zoom.inView, 'pays', 'pays')} avec des projets en vue.`);
    }
    return { title, description: out.join(' ') };
  },

  timeline(input) {
    const title = 'Chronologie des jalons du programme';
    const out: string[] = [];
    if (input.scope !== null) out.push(`Seuls les jalons qui concernent ce choix${NBSP}: ${input.scope}.`);
    if (input.hidden.length > 0) out.push(`Masqués${NBSP}: ${joined(L, input.hidden)}.`);
    const span = milestoneSpan(input.milestones);
    if (span === null) {
      out.push('Aucun jalon ne correspond à ces filtres.');
      return { title, description: out.join(' ') };
    }
    out.push(`Chronologie de ${milestones(input.milestones.length)} ${years(...span)}.`);
    const categories = perCategory(input);
    if (categories.length > 1) out.push(`Par catégorie${NBSP}: ${categories.map((c) => `${c.name} ${num(c.count)}`).join(', ')}.`);
    const busiest = busiestYears(input.milestones);
    if (busiest.length > 0) {
      const label = busiest.length === 1 ? 'Année la plus chargée' : 'Années les plus chargées';
      out.push(`${label}${NBSP}: ${joined(L, busiest.map((y) => `${y.year} (${num(y.count)})`))}.`);
    }
    if (input.view !== null && input.inView !== null) out.push(`Affichage ${years(...input.view)}${NBSP}: ${milestones(input.inView)}.`);
    return { title, description: out.join(' ') };
  },

  figures(input) {
    const title = 'Le programme en chiffres';
    const out: string[] = [];
    if (input.stated.length > 0) {
      const when = input.statedYear === null ? '' : ` (${input.statedYear})`;
      out.push(`Totaux annoncés par le programme${when}${NBSP}: ${input.stated.map((s) => `${s.label} ${figure(s)}`).join(`${NNBSP}; `)}.`);
    }
    const d = input.documented;
    if (input.filters.length > 0) out.push(`${filtersPhrase(input.filters)}.`);
    if (d.projects === 0 && input.filters.length > 0) out.push(NO_MATCH);
    else
      out.push(
        `Documenté dans cette application${NBSP}: ${counted(L, d.projects, 'projet ou action', 'projets et actions')} dans ${countries(d.countries)} et ${counted(L, d.regions, 'région', 'régions')}${NNBSP}; ${milestones(d.milestones)}.`,
      );
    return { title, description: out.join(' ') };
  },
};
