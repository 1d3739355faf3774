// Every catalogue has every English key, with the same shape, and every message function gives a real sentence.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type Messages } from './en';
import { fr } from './fr';
import { TRANSLATION_LOCALES } from './languages';
import { loadMessages } from './catalogues';

type FunctionKeys<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];
type Fn = (...args: unknown[]) => unknown;

/**
 * Arguments for each message function. Typed against the English catalogue, so a new function key cannot be added
 * without a row here (a type error in `npm run check`), and the rows' types follow the signatures.
 */
const SAMPLES: { [K in FunctionKeys<Messages>]: Parameters<Messages[K]>[] } = {
  badRecordsNotice: [[1, 'projects.json'], [3, 'projects.json']],
  projectsCount: [[1, 1], [3, 22]],
  badItemsNotice: [[1, 'projects.json'], [3, 'projects.json']],
  dataKeptBroken: [['projects.json']],
  dataKeptUnavailable: [['projects.json', 500]],
  projectsAndActions: [[0], [1], [2], [1400]],
  mapCountryLabel: [['Sénégal', 1, 'Afrique de l’Ouest'], ['Kosovo', 3, undefined]],
  mapNoProjectCountry: [['Mali']],
  mapTooltipMore: [[1], [4]],
  panelShowMore: [[25, 2975], [3, 3]],
  filterYearActive: [[2010]],
  panelPeriod: [[2010, null], [2016, 2017], [2013, 2013]],
  panelDocumentedIn: [['2022'], ['2018, 2021']],
  mapOfficeName: [['Vienna', 'Austria']],
  statedTeam: [[2022, 11, 4, 'Vienna, Skopje, Abuja, Praia']],
  filterSummary: [[1, 1, 1], [5, 22, 9]],
  filterUndatedHidden: [[1], [2]],
  filterNoRegionProjects: [[1], [2]],
  filtersToggle: [[0], [2]],
  mapScope: [['90+', '65+']],
  donorNotStated: [[17]],
  donorHiddenNote: [[1], [17]],
  panelCloseNamed: [['Nigeria']],
  tableSortBy: [['Pays']],
  statedNote: [[2022]],
  statedAsOf: [[2022]],
  documentedSentence: [['All', 1, 1, null], ['West Africa', 12, 9, 2005]],
  regionsShow: [['Union européenne']],
  storyScope: [['Mali', 3, 35]],
  storyScopeEmpty: [['Mali']],
  storyHighlight: [['A milestone']],
  timelineViewing: [['2005', '2005'], ['2005', '2010']],
  timelineCluster: [[1], [3]],
  timelineShowing: [[1, 1], [5, 35]],
  timelineMilestoneName: [['June 2022', 'A title', 'Policy', false], ['2005', 'A title', 'Research', true]],
  legendCount: [[3]],
  legendFolded: [[0], [1], [2]],
  timelineInView: [['2005', '2005', 1], ['2005', '2010', 3]],
  timelineInViewMore: [[1], [29]],
  cardCloseLabel: [['A title']],
  urlUnknownMilestone: [['natc-see']],
  urlIgnored: [['present', 'abc']],
  embedFrameTitle: [['Map']],
  exportDone: [['atp-map.png']],
  exportYears: [['2005', '2005'], ['2005', '2010']],
  exportTimelineHidden: [['Research']],
  exportMade: [['2 June 2022', 'https://example.org/?lang=fr']],
};

const CATALOGUES: Record<string, Messages> = { fr };

/** Key paths and the kind of value at each: records and lists are walked, functions and strings are leaves. */
function shape(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'object' && value !== null) {
    out.set(path || '(root)', Array.isArray(value) ? `list of ${value.length}` : 'record');
    for (const [key, item] of Object.entries(value)) for (const [p, kind] of shape(item, path ? `${path}.${key}` : key)) out.set(p, kind);
  } else {
    out.set(path, typeof value === 'function' ? `function of ${(value as Fn).length}` : typeof value);
  }
  return out;
}

function viewsOf(locale: string): string[] {
  // A path, not new URL(`./${…}`, import.meta.url): Vite would rewrite that into an asset glob.
  return readdirSync(join(import.meta.dirname, locale))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'typography.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
}

describe('catalogue completeness', () => {
  it('has a catalogue and a loader for every translation language', async () => {
    for (const locale of TRANSLATION_LOCALES) {
      expect(Object.keys(CATALOGUES)).toContain(locale);
      expect(await loadMessages(locale)).toBe(CATALOGUES[locale]);
    }
  });

  for (const [locale, messages] of Object.entries(CATALOGUES)) describe(locale, () => {
    it('has the same view files as English', () => {
      expect(viewsOf(locale)).toEqual(viewsOf('en'));
    });

    it.each(viewsOf('en'))('%s.ts has every English key, with the same shape', async (view) => {
      const name = `${view}Messages`;
      const english = ((await import(`./en/${view}.ts`)) as Record<string, unknown>)[name];
      const translated = ((await import(`./${locale}/${view}.ts`)) as Record<string, unknown>)[name];
      expect(english, `en/${view}.ts exports ${name}`).toBeDefined();
      expect(translated, `${locale}/${view}.ts exports ${name}`).toBeDefined();
      expect(Object.fromEntries(shape(translated))).toEqual(Object.fromEntries(shape(english)));
    });

    it('joins every key of en.ts, with the same shape', () => {
      const missing = [...shape(en).keys()].filter((k) => !shape(messages).has(k));
      expect(missing, `keys missing from ${locale}.ts`).toEqual([]);
      expect(Object.fromEntries(shape(messages))).toEqual(Object.fromEntries(shape(en)));
    });

    it.each(Object.entries(SAMPLES))('%s(…) returns a sentence for every sample', (key, rows) => {
      for (const args of rows as unknown[][]) {
        for (const [name, catalogue] of [['en', en], [locale, messages]] as const) {
          const text = ((catalogue as unknown as Record<string, Fn>)[key] as Fn)(...args);
          expect(typeof text, `${name}.${key}`).toBe('string');
          expect((text as string).trim(), `${name}.${key}(${JSON.stringify(args)})`).not.toBe('');
          expect(text, `${name}.${key}(${JSON.stringify(args)})`).not.toMatch(/undefined|NaN|\[object /);
        }
      }
    });

    it('has a sample for every function', () => {
      const functions = Object.entries(en).filter(([, value]) => typeof value === 'function').map(([key]) => key);
      expect(functions.sort()).toEqual(Object.keys(SAMPLES).sort());
    });
  });
});

/** Every string a catalogue holds, and what its functions give for the samples. */
function texts(messages: Messages): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (typeof value === 'function') for (const args of (SAMPLES as Record<string, unknown[][]>)[path] ?? []) out.push([`${path}(…)`, (value as Fn)(...args) as string]);
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(messages, '');
  return out;
}

describe('French typography', () => {
  const french = texts(fr);

  it.each([
    { rule: 'no ordinary space before : ; ! ? (a no-break one keeps the sign on the line)', bad: / [:;!?]/ },
    { rule: 'a no-break space before a colon that follows a word', bad: /\p{L}[:;!?](\s|$)/u },
    { rule: 'typographic apostrophes (’), not straight ones', bad: /'/ },
    { rule: 'guillemets « » rather than straight or English quotes', bad: /["“”]/ },
    { rule: 'a no-break space inside « »', bad: /«[^\u00a0\u202f]|[^\u00a0\u202f]»/ },
    { rule: 'the ellipsis character, not three dots', bad: /\.\.\./ },
  ])('$rule', ({ bad }) => {
    expect(french.filter(([, text]) => bad.test(text))).toEqual([]);
  });

  it('agrees in number: 0 and 1 singular, 2 and more plural, numbers grouped the French way', () => {
    expect(fr.projectsAndActions(0)).toBe('0\u00a0projet ou action');
    expect(fr.projectsAndActions(1)).toBe('1\u00a0projet ou action');
    expect(fr.projectsAndActions(2)).toBe('2\u00a0projets et actions');
    expect(fr.projectsAndActions(1400)).toBe('1\u202f400\u00a0projets et actions');
    expect(fr.filterUndatedHidden(1)).toBe('1\u00a0projet n’a aucune année documentée et est masqué par le filtre des années.');
    expect(fr.filterUndatedHidden(3)).toBe('3\u00a0projets n’ont aucune année documentée et sont masqués par le filtre des années.');
    expect(fr.timelineCluster(1)).toBe('1\u00a0autre jalon ici\u00a0: zoomez pour le voir');
    expect(fr.timelineCluster(2)).toBe('2\u00a0autres jalons ici\u00a0: zoomez pour les voir');
  });

  it('uses the programme’s French vocabulary', () => {
    expect(fr.appIntro).toContain('traite des êtres humains');
    expect(fr.pageTitle).toContain('Programme de lutte contre la traite (ATP) de l’ICMPD');
    expect(fr.documentedProjects).toBe('Projets et actions');
  });
});
