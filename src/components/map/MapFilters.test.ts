import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WITH_CERTAINTY } from '../../../tests/harness/extra-dimension';
import MapHarness from '../../../tests/harness/MapHarness.svelte';
import { fixtureProjects } from '../../../tests/harness/map-fixtures';
import type { UrlPort } from '../../lib/url/port';
import type { MapState } from '../../state/map.svelte';
import MapFilters from './MapFilters.svelte';

function fakeUrl(initial = ''): UrlPort & { current: () => string } {
  let search = initial;
  return { search: () => search, push: (s) => (search = s), replace: (s) => (search = s), current: () => search };
}

describe('MapFilters', () => {
  it('shows one labelled select per dimension, with the data’s choices, and sets the filter and the address', async () => {
    const url = fakeUrl();
    let map: MapState | undefined;
    render(MapHarness, { props: { component: MapFilters, url, onstate: (m: MapState) => (map = m) } });
    // Folded at first: the form loads when the disclosure opens.
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    await userEvent.click(screen.getByText('Filters'));
    expect((await screen.findAllByRole('combobox')).map((s) => s.closest('label')?.querySelector('span')?.textContent)).toEqual(['Region', 'Theme', 'Kind', 'Donor', 'From year', 'To year']);
    expect(screen.getAllByRole('combobox').map((s) => s.closest('label')?.querySelector('span')?.textContent)).toEqual(['Region', 'Theme', 'Kind', 'Donor', 'From year', 'To year']);
    const donor = screen.getByRole('combobox', { name: 'Donor' });
    expect([...donor.querySelectorAll('option')].map((o) => o.textContent)).toContain('Germany');
    await userEvent.selectOptions(donor, 'Germany');
    expect(map!.filters.donor).toBe('Germany');
    expect(url.current()).toBe('?donor=Germany');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 3 projects and actions in 3 countries.');
  });

  it('with a filter on, says how many of the projects shown name no country, so the map cannot show them', async () => {
    const global = { ...fixtureProjects[0]!, id: 'global-study', countries: [], donors: ['Germany'] };
    const url = fakeUrl();
    let map: MapState | undefined;
    render(MapHarness, { props: { component: MapFilters, url, projects: [...fixtureProjects, global], onstate: (m: MapState) => (map = m) } });
    // Unfiltered the first screen stays short: the counts alone.
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 4 projects and actions in 6 countries.');
    expect(screen.getByRole('status')).not.toHaveTextContent('no country');
    map!.setFilter('donor', 'Germany');
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 4 projects and actions in 3 countries. 1 project names no country and is not on the map.'));
  });

  it('shows a dimension added to the table, and filters by it', async () => {
    const url = fakeUrl();
    let map: MapState | undefined;
    render(MapHarness, { props: { component: MapFilters, dimensions: WITH_CERTAINTY, url, onstate: (m: MapState) => (map = m) } });
    await userEvent.click(screen.getByText('Filters'));
    const added = await screen.findByRole('combobox', { name: 'Years' });
    await userEvent.selectOptions(added, 'stated');
    expect((map!.filters as Record<string, unknown>)['certainty']).toBe('stated');
    expect(url.current()).toBe('?certainty=stated');
  });
});
