// The summaries of the three views, in both languages, on small fixed inputs: each row is an input and its sentence.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { busiestYears, countriesPerRegion, topCountries } from './facts';
import { fr } from './fr';
import { counted, joined } from './plural';
import type { FiguresSummaryInput, MapSummaryInput, TimelineSummaryInput } from './types';
import { loadSummaryWords } from './words';

/** The sentences with their no-break spaces read as spaces, so the rows stay legible; the spaces are tested apart. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const WEST = 'West Africa (ECOWAS)';
const SILK = 'Silk Routes';
const world: MapSummaryInput = {
  projects: 22,
  total: 22,
  countries: [
    { name: 'Ghana', count: 3, region: WEST },
    { name: 'Nigeria', count: 4, region: WEST },
    { name: 'Cabo Verde', count: 3, region: WEST },
    { name: 'Senegal', count: 1, region: WEST },
    { name: 'Iraq', count: 2, region: SILK },
    { name: 'Austria', count: 1, region: null },
  ],
  countriesWithout: 171,
  filters: [],
  zoom: null,
};
const donorEu: MapSummaryInput = {
  projects: 2,
  total: 22,
  countries: [
    { name: 'Ghana', count: 1, region: WEST },
    { name: 'Nigeria', count: 2, region: WEST },
  ],
  countriesWithout: 175,
  filters: [{ key: 'donor', value: 'European Union' }],
  zoom: { region: WEST, inView: 2 },
};
const oneCountry: MapSummaryInput = { ...donorEu, projects: 1, countries: [{ name: 'Mali', count: 1, region: WEST }], countriesWithout: 1, zoom: { region: null, inView: 1 } };
const empty: MapSummaryInput = { ...donorEu, projects: 0, countries: [], countriesWithout: 177, filters: [...donorEu.filters, { key: 'years', value: '2003' }], zoom: null };

describe('map summary', () => {
  it.each([
    {
      name: 'whole world, en',
      words: en,
      input: world,
      expected:
        'World map of 22 documented projects and actions in 6 countries, coloured by the number of projects. Most: Nigeria (4), Cabo Verde (3), and Ghana (3). Countries per region: West Africa (ECOWAS) 4, Silk Routes 1. 171 countries have no documented project.',
    },
    {
      name: 'whole world, fr',
      words: fr,
      input: world,
      expected:
        'Carte du monde de 22 projets et actions documentés dans 6 pays, colorée selon le nombre de projets. En tête : Nigeria (4), Cabo Verde (3) et Ghana (3). Pays par région : West Africa (ECOWAS) 4, Silk Routes 1. 171 pays n’ont aucun projet documenté.',
    },
    {
      name: 'a donor, zoomed, en',
      words: en,
      input: donorEu,
      expected:
        'Filtered to donor European Union. 2 of 22 documented projects and actions, in 2 countries. Most: Nigeria (2) and Ghana (1). 175 countries have none of these. The view is zoomed to West Africa (ECOWAS): 2 countries with projects in sight.',
    },
    {
      name: 'a donor, zoomed, fr',
      words: fr,
      input: donorEu,
      expected:
        'Filtres : donateur European Union. 2 projets et actions documentés sur 22, dans 2 pays. En tête : Nigeria (2) et Ghana (1). 175 pays n’en ont aucun. Vue agrandie sur une région : West Africa (ECOWAS), 2 pays avec des projets en vue.',
    },
    {
      name: 'singular, en',
      words: en,
      input: oneCountry,
      expected: 'Filtered to donor European Union. 1 of 22 documented projects and actions, in 1 country. Only Mali (1). 1 country has none of these. The view is zoomed in: 1 country with projects in sight.',
    },
    {
      name: 'singular, fr (0 and 1 take the singular)',
      words: fr,
      input: oneCountry,
      expected: 'Filtres : donateur European Union. 1 projet ou action documenté sur 22, dans 1 pays. Un seul pays : Mali (1). 1 pays n’en a aucun. Vue agrandie : 1 pays avec des projets en vue.',
    },
    {
      name: 'nothing matches, en',
      words: en,
      input: empty,
      expected: 'Filtered to donor European Union and years 2003. No documented project matches these filters.',
    },
    {
      name: 'nothing matches, fr',
      words: fr,
      input: empty,
      expected: 'Filtres : donateur European Union et années 2003. Aucun projet documenté ne correspond à ces filtres.',
    },
  ])('$name', ({ words, input, expected }) => {
    expect(plain(words.map(input).description)).toBe(expected);
  });

  it('gives each view a short title', () => {
    expect(en.map(world).title).toBe('World map: documented projects and actions per country');
    expect(plain(fr.map(world).title)).toBe('Carte du monde : projets et actions documentés par pays');
  });

  it('keeps French numbers on their nouns and puts a no-break space before the colon', () => {
    const text = fr.map(world).description;
    expect(text).toContain('6\u00a0pays');
    expect(text).toContain('En tête\u00a0:');
    expect(fr.map({ ...world, countriesWithout: 1400 }).description).toContain('1\u202f400\u00a0pays');
  });
});

const milestoneRows = (rows: [number, string][]) => rows.map(([year, category]) => ({ year, category }));
const timeline: TimelineSummaryInput = {
  milestones: milestoneRows([
    [2002, 'policy'],
    [2005, 'research'],
    [2005, 'policy'],
    [2010, 'policy'],
    [2010, 'research'],
    [2010, 'programme'],
    [2023, 'programme'],
  ]),
  categories: ['policy', 'capacity building', 'research', 'programme'],
  view: null,
  inView: null,
  scope: null,
  hidden: [],
};

describe('timeline summary', () => {
  it.each([
    {
      name: 'whole span, en',
      words: en,
      input: timeline,
      expected: 'Timeline of 7 milestones from 2002 to 2023. By category: policy 3, research 2, programme 2. Busiest years: 2010 (3) and 2005 (2).',
    },
    {
      name: 'whole span, fr',
      words: fr,
      input: timeline,
      expected: 'Chronologie de 7 jalons de 2002 à 2023. Par catégorie : policy 3, research 2, programme 2. Années les plus chargées : 2010 (3) et 2005 (2).',
    },
    {
      name: 'zoomed and scoped, en',
      words: en,
      input: { ...timeline, view: [2004, 2011] as [number, number], inView: 5, scope: 'Mali', hidden: ['capacity building', 'research'] },
      expected:
        'Only the milestones concerning Mali. Hidden: capacity building and research. Timeline of 7 milestones from 2002 to 2023. By category: policy 3, research 2, programme 2. Busiest years: 2010 (3) and 2005 (2). Showing from 2004 to 2011: 5 milestones.',
    },
    {
      name: 'one milestone, fr',
      words: fr,
      input: { ...timeline, milestones: milestoneRows([[2005, 'policy']]), view: [2005, 2005] as [number, number], inView: 1 },
      expected: 'Chronologie de 1 jalon en 2005. Affichage en 2005 : 1 jalon.',
    },
    { name: 'none, en', words: en, input: { ...timeline, milestones: [], hidden: ['policy'] }, expected: 'Hidden: policy. No milestone matches these filters.' },
    { name: 'none, fr', words: fr, input: { ...timeline, milestones: [], scope: 'Mali' }, expected: 'Seuls les jalons qui concernent ce choix : Mali. Aucun jalon ne correspond à ces filtres.' },
  ])('$name', ({ words, input, expected }) => {
    expect(plain(words.timeline(input).description)).toBe(expected);
  });
});

const figures: FiguresSummaryInput = {
  stated: [
    { label: 'Established', value: 2002, qualifier: '' as const, format: 'year' as const },
    { label: 'Countries', value: 65, qualifier: '+' as const, format: 'count' as const },
    { label: 'Trainings', value: 1400, qualifier: '' as const, format: 'count' as const },
  ],
  statedYear: 2022,
  documented: { projects: 22, countries: 32, regions: 5, milestones: 35 },
  filters: [],
};

describe('figures summary', () => {
  it.each([
    {
      name: 'stated beside documented, en',
      words: en,
      input: figures,
      expected:
        'The programme’s stated totals (2022): Established 2002; Countries 65+; Trainings 1,400. Documented in this app: 22 documented projects and actions in 32 countries and 5 regions; 35 milestones.',
    },
    {
      name: 'stated beside documented, fr',
      words: fr,
      input: figures,
      expected:
        'Totaux annoncés par le programme (2022) : Established 2002 ; Countries 65+ ; Trainings 1 400. Documenté dans cette application : 22 projets et actions dans 32 pays et 5 régions ; 35 jalons.',
    },
    {
      name: 'filtered to nothing, en',
      words: en,
      input: { ...figures, stated: [], documented: { projects: 0, countries: 0, regions: 0, milestones: 35 }, filters: [{ key: 'region' as const, value: 'Europe' }] },
      expected: 'Filtered to region Europe. No documented project matches these filters.',
    },
    {
      name: 'one of each, no year, fr',
      words: fr,
      input: { ...figures, statedYear: null, stated: [{ label: 'Pays', value: 1, qualifier: '' as const, format: 'count' as const }], documented: { projects: 1, countries: 1, regions: 1, milestones: 0 } },
      expected: 'Totaux annoncés par le programme : Pays 1. Documenté dans cette application : 1 projet ou action dans 1 pays et 1 région ; 0 jalon.',
    },
  ])('$name', ({ words, input, expected }) => {
    expect(plain(words.figures(input).description)).toBe(expected);
  });
});

describe('facts', () => {
  it('ranks countries by count, then name, and keeps three', () => {
    expect(topCountries(world.countries).map((c) => c.name)).toEqual(['Nigeria', 'Cabo Verde', 'Ghana']);
  });
  it('counts countries per region, leaving out countries outside every region', () => {
    expect(countriesPerRegion(world.countries)).toEqual([
      { name: WEST, count: 4 },
      { name: SILK, count: 1 },
    ]);
  });
  it('names only years with more than one milestone as busy', () => {
    expect(busiestYears(milestoneRows([[2002, 'a'], [2003, 'a']]))).toEqual([]);
  });
});

describe('plurals and lists', () => {
  it.each([
    { locale: 'en', n: 0, expected: '0 countries' },
    { locale: 'en', n: 1, expected: '1 country' },
    { locale: 'fr', n: 0, expected: '0 projet' },
    { locale: 'fr', n: 1, expected: '1 projet' },
    { locale: 'fr', n: 3, expected: '3 projets' },
  ])('$locale $n', ({ locale, n, expected }) => {
    const [one, other] = locale === 'en' ? ['country', 'countries'] : ['projet', 'projets'];
    expect(plain(counted(locale, n, one, other))).toBe(expected);
  });
  it.each([
    { locale: 'fr', items: ['Ghana', 'Nigéria'], expected: 'Ghana et Nigéria' },
    { locale: 'fr', items: ['A', 'B', 'C'], expected: 'A, B et C' },
    { locale: 'en', items: ['Ghana', 'Nigeria'], expected: 'Ghana and Nigeria' },
    { locale: 'en', items: ['Ghana'], expected: 'Ghana' },
  ])('$locale list of $items.length', ({ locale, items, expected }) => {
    expect(joined(locale, items)).toBe(expected);
  });
  // The two languages' own paths write what Intl writes; another language is Intl's.
  it.each(['en', 'fr', 'de', 'es'])('%s: the same words as Intl for counts 0–200 and lists of 0–5', (locale) => {
    const rules = new Intl.PluralRules(locale);
    for (let n = 0; n <= 200; n++) expect(plain(counted(locale, n, 'ONE', 'OTHER')), `${n}`).toBe(plain(`${n.toLocaleString(locale)} ${rules.select(n) === 'one' ? 'ONE' : 'OTHER'}`));
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    const names = ['Ghana', 'Côte d’Ivoire', 'Nigeria, Federal Republic of', 'Mali', 'Cabo Verde'];
    for (let k = 0; k <= names.length; k++) expect(joined(locale, names.slice(0, k))).toBe(list.format(names.slice(0, k)));
  });
});

describe('loading', () => {
  it('loads each language’s sentences on demand', async () => {
    expect(await loadSummaryWords('en')).toBe(en);
    expect(await loadSummaryWords('fr')).toBe(fr);
  });
});
