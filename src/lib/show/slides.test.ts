import { describe, expect, it } from 'vitest';
import type { Milestone, Region, Statistic } from '../schema/datasets';
import { parseShow } from '../schema/show';
import { buildShow, inTimeOrder, NO_SCOPE, startIndex, type ShowInput } from './slides';

const src = [{ seed: 's.txt', quote: 'q' }];
const ms = (id: string, year: number, extra: Partial<Milestone> = {}): Milestone =>
  ({ id, year, yearCertainty: 'stated', title: `T ${id}`, detail: `D ${id}`, category: 'policy', countries: [], sources: src, ...extra }) as Milestone;
const region = (id: string, countries: string[]): Region => ({ id, name: `R ${id}`, countries, sources: src }) as Region;
const stat = (id: string, value: number): Statistic => ({ id, label: id, value, qualifier: '', format: 'count', asOf: 2023, sources: src }) as Statistic;

const milestones = [ms('late', 2022, { countries: ['CV'] }), ms('early', 2004), ms('mid-b', 2010, { date: '2010-09' }), ms('mid-a', 2010, { date: '2010-02', category: 'research' }), ms('abidjan', 2023, { countries: ['NG', 'GH'] })];
const regions = [region('west-africa', ['CV', 'GH', 'NG']), region('see', ['RS', 'AL'])];
const statistics = [stat('projects', 90), stat('countries', 65)];
const base: ShowInput = { milestones, regions, statistics, plan: null, scope: NO_SCOPE, address: 'https://example.org/atp/' };
const keys = (input: Partial<ShowInput> = {}) => buildShow({ ...base, ...input }).slides.map((s) => s.key);
const known = { milestones: new Set(milestones.map((m) => m.id)), regions: new Set(regions.map((r) => r.id)), figures: new Set(statistics.map((s) => s.id)) };

describe('the show built from the milestones', () => {
  it('opens on the title, steps through the milestones in time order, closes on figures and "find out more"', () => {
    expect(keys()).toEqual(['title', 'milestone:early', 'milestone:mid-a', 'milestone:mid-b', 'milestone:late', 'milestone:abidjan', 'figures', 'more']);
  });
  it('keeps the file order for milestones of the same year and no date', () => {
    expect(inTimeOrder([ms('b', 2010), ms('a', 2010)]).map((m) => m.id)).toEqual(['b', 'a']);
  });
  it.each([
    { id: 'late', countries: ['CV'], programmeWide: false },
    { id: 'abidjan', countries: ['NG', 'GH'], programmeWide: false },
    { id: 'early', countries: ['AL', 'CV', 'GH', 'NG', 'RS'], programmeWide: true },
  ])('outlines $id: $countries', ({ id, countries, programmeWide }) => {
    const slide = buildShow(base).slides.find((s) => s.key === `milestone:${id}`);
    expect(slide).toMatchObject({ kind: 'milestone', countries, programmeWide });
  });
  it('puts the stated figures on the title and figures slides, and the address on the last', () => {
    const { slides } = buildShow(base);
    expect(slides[0]).toMatchObject({ kind: 'title', figures: statistics });
    expect(slides.at(-2)).toMatchObject({ kind: 'figures', figures: statistics });
    expect(slides.at(-1)).toEqual({ kind: 'more', key: 'more', address: 'https://example.org/atp/' });
  });
  it('adds a slide per region after the milestones when asked', () => {
    expect(keys({ regionSlides: true }).slice(-4)).toEqual(['region:west-africa', 'region:see', 'figures', 'more']);
  });
  it('is a title, figures and closing slide when there are no milestones', () => {
    expect(keys({ milestones: [] })).toEqual(['title', 'figures', 'more']);
  });
});

describe('the scope', () => {
  it.each([
    { scope: NO_SCOPE, expected: null },
    { scope: { region: 'west-africa', hidden: [] }, expected: { region: 'west-africa', milestones: 2, total: 5 } },
    { scope: { region: null, hidden: ['research' as const] }, expected: { region: null, milestones: 4, total: 5 } },
    // An unknown region (a stale address) limits nothing rather than emptying the show.
    { scope: { region: 'atlantis', hidden: [] }, expected: null },
  ])('$scope.region / $scope.hidden → $expected', ({ scope, expected }) => {
    const show = buildShow({ ...base, scope });
    if (expected === null) return expect(show.scope).toBeNull();
    expect({ region: show.scope?.region?.id ?? null, milestones: show.scope?.milestones, total: show.scope?.total }).toEqual(expected);
    expect(show.slides.filter((s) => s.kind === 'milestone')).toHaveLength(expected.milestones);
  });
  it('West Africa keeps only the milestones that concern its countries', () => {
    expect(keys({ scope: { region: 'west-africa', hidden: [] } })).toEqual(['title', 'milestone:late', 'milestone:abidjan', 'figures', 'more']);
  });
});

describe('the show from show.json', () => {
  const plan = (json: unknown) => {
    const { show, problems } = parseShow(json, known);
    expect(problems).toEqual([]);
    return show;
  };
  it('follows the file\'s order, with notes, regions and figures sharing one slide', () => {
    const p = plan({ title: 'Twenty years', slides: [{ milestone: 'late', notes: 'Say hello' }, { region: 'see' }, { milestone: 'early' }, { figure: 'countries' }, { figure: 'projects' }] });
    const { slides } = buildShow({ ...base, plan: p });
    expect(slides.map((s) => s.key)).toEqual(['title', 'milestone:late', 'region:see', 'milestone:early', 'figures:countries', 'more']);
    expect(slides[0]).toMatchObject({ title: 'Twenty years' });
    expect(slides[1]?.notes).toBe('Say hello');
    expect(slides[4]).toMatchObject({ kind: 'figures', figures: [statistics[1], statistics[0]] });
  });
  it('adds the closing figures slide when the file lists none', () => {
    expect(keys({ plan: plan({ slides: [{ milestone: 'late' }] }) })).toEqual(['title', 'milestone:late', 'figures', 'more']);
  });
  it('states its scope against the milestones it lists', () => {
    const show = buildShow({ ...base, plan: plan({ slides: [{ milestone: 'late' }, { milestone: 'early' }] }), scope: { region: 'west-africa', hidden: [] } });
    expect(show.scope).toMatchObject({ milestones: 1, total: 2 });
  });
  it.each([
    { json: { slides: [{ milestone: 'nope' }] }, expected: 'show.json → slide 1 → milestone: expected the id of a record in milestones.json, found "nope", which no record in milestones.json has' },
    { json: { slides: [{ milestone: 'late' }, { region: 'atlantis' }] }, expected: 'show.json → slide 2 → region: expected the id of a record in regions.json, found "atlantis", which no record in regions.json has' },
    { json: { slides: [{ figure: 'staff' }] }, expected: 'show.json → slide 1 → figure: expected the id of a record in statistics.json, found "staff", which no record in statistics.json has' },
    { json: { slides: [{ milestone: 'late', region: 'see' }] }, expected: 'show.json → slide 1 → (whole slide): expected exactly one of "milestone", "region" or "figure" with an id' },
    { json: { slides: [] }, expected: 'show.json → (whole file) → slides: expected at least one slide' },
    { json: [{ milestone: 'late' }], expected: 'show.json → (whole file) → (top level)' },
    { json: { slides: [{ milestone: 'late', notes: '' }] }, expected: 'show.json → slide 1 → notes: expected a non-empty text' },
  ])('names the problem: $expected', ({ json, expected }) => {
    const { show, problems } = parseShow(json, known);
    expect(show).toBeNull();
    expect(problems.map((p) => `${p.file} → ${p.record} → ${p.field}: expected ${p.expected}`).join('\n') + problems.map((p) => `, found ${p.found}`).join('')).toContain(expected);
  });
});

describe('startIndex', () => {
  const { slides } = buildShow(base);
  it.each([
    { id: null, expected: 0 },
    { id: 'mid-b', expected: 3 },
    { id: 'unknown', expected: 0 },
  ])('$id → $expected', ({ id, expected }) => expect(startIndex(slides, id)).toBe(expected));
});
