import { describe, expect, it } from 'vitest';
import type { ProgrammeStatement, Region } from '../schema/datasets';
import { groupStatements, mapRegionsOf, ownSources, regionsNotStated } from './programme-statements';

const PAGE = '001_ec46e6b90d367560.txt';
const FACTS = '003_5313141ccfe75a71.txt';
const pillarsQuote = { seed: PAGE, quote: 'three pillar approach of Policy and Research, Capacity Building and Dialogues and Partnership' };
const reach = { seed: FACTS, quote: 'ATP extends from South-East Europe and the EU, to West and East Africa' };

const statement = (id: string, kind: ProgrammeStatement['kind'], sources = [pillarsQuote], mapRegions: string[] = []): ProgrammeStatement => ({ id, kind, name: id, mapRegions, sources });
const region = (id: string): Region => ({ id, name: id, countries: ['NG'], namedBy: 'sources', sources: [reach] });

describe('groupStatements', () => {
  it('groups by kind in the fixed order, keeping the file order inside a group, and drops empty groups', () => {
    const groups = groupStatements([statement('west-africa', 'region', [reach]), statement('policy', 'pillar'), statement('capacity', 'pillar')]);
    expect(groups.map((g) => [g.kind, g.statements.map((s) => s.id)])).toEqual([
      ['pillar', ['policy', 'capacity']],
      ['region', ['west-africa']],
    ]);
  });

  it.each([
    { name: 'one sentence names them all', sources: [[pillarsQuote], [pillarsQuote]], shared: [pillarsQuote] },
    { name: 'a record adds its own quote', sources: [[pillarsQuote, { seed: PAGE, quote: 'Capacity Building' }], [pillarsQuote]], shared: [pillarsQuote] },
    { name: 'nothing in common', sources: [[pillarsQuote], [reach]], shared: [] },
    { name: 'same words from another document are not the same source', sources: [[pillarsQuote], [{ seed: FACTS, quote: pillarsQuote.quote }]], shared: [] },
  ])('shares the sources every record cites: $name', ({ sources, shared }) => {
    const [group] = groupStatements(sources.map((s, i) => statement(`p${i}`, 'pillar', s)));
    expect(group?.shared).toEqual(shared);
  });

  it("shows a record's own sources apart from the group's", () => {
    const extra = { seed: FACTS, quote: 'Western Balkans and Türkiye' };
    const records = [statement('see', 'region', [reach, extra]), statement('eu', 'region', [reach])];
    const [group] = groupStatements(records);
    expect(ownSources(records[0]!, group!)).toEqual([extra]);
    expect(ownSources(records[1]!, group!)).toEqual([]);
  });

  it('does not repeat a quote that the name, description or note already gives, whatever its letters’ case', () => {
    const printed = [{ seed: FACTS, quote: 'Policy Development' }, { seed: FACTS, quote: 'SUPPORT TO STATES TO DEVELOP' }, { seed: FACTS, quote: 'CONTRIBUTE WITH HANDS-ON EXPERTISE' }];
    const record = { ...statement('policy-development', 'component', [reach, ...printed]), name: 'Policy Development', description: 'Support to states to develop policies.' };
    const [group] = groupStatements([record]);
    expect(ownSources(record, { ...group!, shared: [reach] })).toEqual([printed[2]]);
  });
});

describe('the stated regions against the map', () => {
  const regions = [region('west-africa'), region('eu'), region('eastern-europe')];
  const records = [statement('west', 'region', [reach], ['west-africa']), statement('east-africa', 'region', [reach]), statement('eu', 'region', [reach], ['eu', 'gone'])];

  it('names the map regions that no stated region names', () => {
    expect(regionsNotStated(records, regions).map((r) => r.id)).toEqual(['eastern-europe']);
    expect(regionsNotStated([], regions).map((r) => r.id)).toEqual(['west-africa', 'eu', 'eastern-europe']);
  });

  it('finds the map regions of a stated region, none for an area without documented work, skipping unknown ids', () => {
    expect(records.map((r) => mapRegionsOf(r, regions).map((g) => g.id))).toEqual([['west-africa'], [], ['eu']]);
  });
});
