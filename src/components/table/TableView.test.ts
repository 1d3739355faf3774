import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { fakeUrl } from '../../../tests/harness/fake-url';
import { fixtureProjects, fixtureRegions } from '../../../tests/harness/map-fixtures';
import { officesSpec, type Project } from '../../lib/schema/datasets';
import { parseRecords } from '../../lib/schema/parse';
import type { Datasets } from '../../state/datasets.svelte';
import { I18n } from '../../state/i18n.svelte';
import { MapModel } from '../../state/map-model.svelte';
import { MapState } from '../../state/map.svelte';
import TableView from './TableView.svelte';

const offices = parseRecords('offices.json', officesSpec.schema, JSON.parse(readFileSync('tests/fixtures/valid/offices.json', 'utf8'))).records;
/** A related ICMPD project in West Africa: listed apart, never counted. */
const related = { ...fixtureProjects[0]!, id: 'sbs-ghana', name: 'SBS fixture', title: 'Border security fixture', scope: 'related', countries: ['GM'] } as Project;

function setup(search = '?view=table&tab=projects') {
  const url = fakeUrl(search);
  const i18n = new I18n({ url: url.port });
  const query = (records: unknown[]) => ({ data: { records, problems: [] }, isPending: false });
  const data = {
    projects: query([...fixtureProjects, related]),
    regions: query(fixtureRegions),
    milestones: query([]),
    statistics: query([]),
    offices: query(offices),
    atlas: { data: [], isPending: false },
  } as unknown as Datasets;
  const map = new MapState(url.port);
  render(TableView, { props: { i18n, map, model: new MapModel(data, map, i18n) } });
  return { map, url };
}

const tab = (name: string) => within(screen.getByRole('group', { name: 'Table of' })).getByRole('button', { name });
const programmeTable = () => screen.getByRole('table', { name: /Projects and actions \(follows the filters\)/ });
const names = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((th) => th.querySelector('.name')?.textContent);

// The first render loads the components' code: on a busy 2-core machine it took over the default 5 s.
describe('the table view', { timeout: 20_000 }, () => {
  it('lists the projects with kind, countries, donors and years in words, and counts them', () => {
    setup();
    expect(tab('Projects')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('3 of 3 projects and actions')).toBeInTheDocument();
    const table = programmeTable();
    expect(names(table)).toEqual(['Kosovo fixture', 'OCWAR-T', 'PROTECT']);
    const ocwar = within(table).getByRole('row', { name: /OCWAR-T/ });
    // Each cell carries its column's name for the narrow screens' cards, hidden from screen readers (the header says it).
    const value = (cell: HTMLElement) => cell.textContent!.replace(cell.querySelector('.label[aria-hidden="true"]')!.textContent!, '');
    expect(within(ocwar).getAllByRole('cell').map(value)).toEqual([
      'Project',
      'Cabo Verde, Gambia, Nigeria',
      'European Union; Germany',
      '2022 (years inferred)',
    ]);
    expect(within(table).getByRole('row', { name: /PROTECT/ })).toHaveTextContent('not stated');
    expect(within(programmeTable()).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts by years with the header’s button, both ways, undated last', async () => {
    setup();
    const years = within(programmeTable()).getByRole('columnheader', { name: /Years/ });
    await userEvent.click(within(years).getByRole('button'));
    expect(years).toHaveAttribute('aria-sort', 'ascending');
    expect(names(programmeTable())).toEqual(['Kosovo fixture', 'OCWAR-T', 'PROTECT']);
    await userEvent.click(within(years).getByRole('button'));
    expect(years).toHaveAttribute('aria-sort', 'descending');
    expect(names(programmeTable())).toEqual(['OCWAR-T', 'Kosovo fixture', 'PROTECT']);
    expect(within(programmeTable()).getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'none');
  });

  it('follows the map’s filters and lists related projects apart', () => {
    const { map } = setup();
    const relatedTable = screen.getByRole('table', { name: 'Related ICMPD projects' });
    expect(names(relatedTable)).toEqual(['SBS fixture']);
    expect(names(programmeTable())).not.toContain('SBS fixture');
    flushSync(() => map.setFilter('region', 'silk-routes-central-asia'));
    expect(names(programmeTable())).toEqual(['PROTECT']);
    expect(screen.getByText('1 of 3 projects and actions')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Related ICMPD projects' })).not.toBeInTheDocument();
  });

  it('switches tabs with the keyboard and keeps the tab in the address', async () => {
    const { url } = setup('?view=table');
    expect(screen.getByRole('table', { name: /per country/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /ICMPD offices where the programme’s team works/ })).toHaveTextContent('Vienna');
    tab('Projects').focus();
    await userEvent.keyboard('{Enter}');
    expect(programmeTable()).toBeInTheDocument();
    expect(url.history.at(-1)).toBe('?view=table&tab=projects');
    await userEvent.click(tab('Countries'));
    expect(url.history.at(-1)).toBe('?view=table');
  });
});
