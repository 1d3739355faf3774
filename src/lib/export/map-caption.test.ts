import { describe, expect, it } from 'vitest';
import { shareMessages as enCatalogue } from '../i18n/en/share';
import { shareMessages as frCatalogue } from '../i18n/fr/share';
import { captionScope, listingRows, mapCaption, type CaptionInput } from './map-caption';
import { exportWords } from './words';

const en = { ...exportWords('en'), exportNoFilters: enCatalogue.exportNoFilters };
const fr = { ...exportWords('fr'), exportNoFilters: frCatalogue.exportNoFilters };

const westAfrica = [
  { region: 'West Africa (ECOWAS)', projects: ['ocwar-t', 'prospect'] },
  { region: 'West Africa (ECOWAS)', projects: ['ocwar-t'] },
];
const base: CaptionInput = { region: null, zoomed: false, countries: westAfrica, total: 22, kept: 22, filters: '' };

describe('an exported map says what it shows', () => {
  it.each([
    { input: base, scope: 'The whole world' },
    { input: { ...base, region: 'West Africa (ECOWAS)' }, scope: 'West Africa (ECOWAS)' },
    // Zoomed in on one region's countries: that region, though no filter chose it.
    { input: { ...base, zoomed: true }, scope: 'West Africa (ECOWAS)' },
    { input: { ...base, zoomed: true, countries: [...westAfrica, { region: 'South America', projects: ['tj'] }] }, scope: 'Part of the map' },
    { input: { ...base, zoomed: true, countries: [{ region: null, projects: ['x'] }] }, scope: 'Part of the map' },
  ])('scope: $scope', ({ input, scope }) => {
    expect(captionScope(input, en)).toBe(scope);
  });

  it('counts each project in the frame once when zoomed in, and says the filters', () => {
    expect(mapCaption({ ...base, zoomed: true, region: 'West Africa (ECOWAS)', filters: 'Region: West Africa (ECOWAS) · Donor: European Union' }, en)).toEqual({
      title: 'West Africa (ECOWAS) — 2 of 22 projects and actions',
      summary: 'Filtered to Region: West Africa (ECOWAS) · Donor: European Union. 2 countries with documented projects in this view',
    });
    expect(mapCaption({ ...base, zoomed: true, countries: [] }, en)).toEqual({ title: 'Part of the map — 0 of 22 projects and actions', summary: 'All projects and actions, all years. 0 countries with documented projects in this view' });
  });

  it('counts what the filters keep when not zoomed in, projects without a country to draw included', () => {
    expect(mapCaption({ ...base, kept: 20 }, en).title).toBe('The whole world — 20 of 22 projects and actions');
    expect(mapCaption({ ...base, region: 'West Africa (ECOWAS)', kept: 5 }, en).title).toBe('West Africa (ECOWAS) — 5 of 22 projects and actions');
  });

  it('in French', () => {
    expect(mapCaption({ ...base, zoomed: true, region: 'Afrique de l’Ouest (CEDEAO)', filters: 'Région : Afrique de l’Ouest (CEDEAO)' }, fr)).toEqual({
      title: 'Afrique de l’Ouest (CEDEAO) — 2 sur 22 projets et actions',
      summary: 'Filtres\u00a0: Région : Afrique de l’Ouest (CEDEAO). 2\u00a0pays avec des projets documentés dans cette vue',
    });
    expect(captionScope({ ...base, zoomed: true, countries: [] }, fr)).toBe('Détail de la carte');
  });

  it('lists each country with its count and its projects', () => {
    expect(listingRows([{ name: 'Nigeria', projects: ['OCWAR-T', 'PROSPECT'] }, { name: 'Cabo Verde', projects: ['OBSERVE-CV'] }])).toEqual([
      { label: 'Nigeria (2)', detail: 'OCWAR-T, PROSPECT' },
      { label: 'Cabo Verde (1)', detail: 'OBSERVE-CV' },
    ]);
  });
});
