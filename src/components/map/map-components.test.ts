import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import { fixtureMilestones, fixtureProjects, fixtureRegions } from '../../../tests/harness/map-fixtures';
import { summariseCountries } from '../../lib/projects/country-summary';
import { projectsByCountry } from '../../lib/projects/filter';
import { binLabel, countBins, NO_DATA_COLOUR } from '../../lib/scales/bins';
import { I18n } from '../../state/i18n.svelte';
import CountryPanel from './CountryPanel.svelte';
import CountryTable from './CountryTable.svelte';
import MapLegend from './MapLegend.svelte';
import MapTooltip from './MapTooltip.svelte';

const summaries = summariseCountries(projectsByCountry(fixtureProjects), fixtureRegions, 'en');
const nigeria = summaries.find((s) => s.code === 'NG')!;

describe('MapTooltip', () => {
  it('names the country, its count, its region and its first projects', () => {
    render(Harness, { props: { component: MapTooltip, props: { summary: nigeria, pointer: { x: 10, y: 10 }, frame: { width: 800, height: 400 } } } });
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Nigeria');
    expect(tip).toHaveTextContent('2 projects and actions · West Africa (ECOWAS)');
    expect(within(tip).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['OCWAR-T', 'Kosovo fixture']);
  });
});

describe('MapLegend', () => {
  it('shows one entry per bin, the no-project style and the marker', () => {
    const legend = [...countBins(8).map((b) => ({ label: binLabel(b), colour: b.colour })), { label: 'No documented project', colour: NO_DATA_COLOUR }, { label: 'Small state (marker)', colour: '#000', shape: 'circle' as const }];
    render(Harness, { props: { component: MapLegend, props: { title: 'Projects and actions per country', items: legend } } });
    const items = screen.getAllByRole('listitem').map((li) => li.textContent?.trim());
    expect(items).toEqual(['1', '2', '3', '4–5', '6–8', 'No documented project', 'Small state (marker)']);
    expect(screen.getByText('Projects and actions per country')).toBeInTheDocument();
  });
});

describe('CountryPanel', () => {
  it('lists the projects with kind, years, donors, summary and sources, and the milestones', async () => {
    const onclose = vi.fn();
    render(Harness, {
      props: {
        component: CountryPanel,
        props: { name: 'Nigeria', projects: nigeria.projects, milestones: fixtureMilestones, region: nigeria.region, onclose },
      },
    });
    const panel = screen.getByRole('region', { name: 'Nigeria' });
    expect(within(panel).getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toContain('Organised Crime: West African Response to Trafficking');
    expect(panel).toHaveTextContent('Years: 2022 (years inferred)');
    expect(panel).toHaveTextContent('Years: 2010–2012');
    expect(panel).toHaveTextContent('Funded by: European Union, Germany');
    expect(panel).toHaveTextContent('funded by the European Union and the German government');
    expect(panel).toHaveTextContent('2010 (year approximate): NATC SEE Secretariat');
    expect(within(panel).getByRole('link', { name: 'ICMPD' })).toHaveAttribute('href', 'https://www.icmpd.org/');
    // Focus comes once the update is in (CountryPanel's focusOnOpen).
    await vi.waitFor(() => expect(screen.getByRole('heading', { name: 'Nigeria' })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    expect(onclose).toHaveBeenCalledTimes(1);
    await userEvent.click(within(panel).getByRole('button', { name: 'Close Nigeria' }));
    expect(onclose).toHaveBeenCalledTimes(2);
  });
});

describe('CountryTable', () => {
  it('has one row per country with the same counts as the map summaries, and sorts', async () => {
    render(Harness, { props: { component: CountryTable, props: { i18n: new I18n(), summaries, distinct: fixtureProjects.length, onopen: vi.fn() } } });
    const rows = () =>
      screen
        .getAllByRole('row')
        .slice(1, -1)
        .map((r) => [within(r).getByRole('rowheader').textContent, r.querySelector('td.num')?.textContent]);
    expect(Object.fromEntries(rows())).toEqual(Object.fromEntries(summaries.map((s) => [s.name, String(s.count)])));
    await userEvent.click(screen.getByRole('button', { name: /Projects and actions/ }));
    expect(rows()[0]).toEqual(['Nigeria', '2']);
    expect(screen.getByRole('columnheader', { name: /Projects and actions/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('row', { name: /Total of distinct projects/ })).toHaveTextContent('3');
  });
});
