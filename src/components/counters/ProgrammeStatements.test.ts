import { render, screen, waitFor, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import { programmeSpec, regionsSpec } from '../../lib/schema/datasets';
import { parseRecords } from '../../lib/schema/parse';
import ProgrammeStatements from './ProgrammeStatements.svelte';

const load = <T extends { id: string }>(spec: { file: string; schema: Parameters<typeof parseRecords<T>>[1] }) =>
  parseRecords(spec.file, spec.schema, JSON.parse(readFileSync(`tests/fixtures/valid/${spec.file}`, 'utf8'))).records;
const statements = load(programmeSpec);
const regions = load(regionsSpec);

const group = (name: string) => screen.getByRole('heading', { level: 4, name }).parentElement!;

afterEach(() => history.replaceState(null, '', '/'));

describe('ProgrammeStatements', () => {
  it('lists the pillars, the components and the stated regions, each group with its source quote once', () => {
    render(Harness, { props: { component: ProgrammeStatements, props: { statements, regions } } });
    expect(screen.getByRole('heading', { level: 3, name: 'How the programme describes its work' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Pillars of its approach', 'Thematic components', 'Where it says it works']);

    const pillars = group('Pillars of its approach');
    expect(within(pillars).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual(['Policy and Research']);
    expect(within(pillars).getByText('three pillar approach of Policy and Research')).toBeInTheDocument();

    const components = group('Thematic components');
    expect(within(components).getByRole('listitem')).toHaveTextContent('Operational Support Capacity building and technical assistance to all stakeholders.');

    // One quote for the two regions that share it: shown under the group, not under each.
    const where = group('Where it says it works');
    expect(within(where).getAllByText('to West and East Africa')).toHaveLength(1);
    const [west, east] = within(where).getAllByRole('listitem');
    expect(west).toHaveTextContent('West Africa On the map: West Africa (ECOWAS)');
    expect(east).toHaveTextContent('East Africa No documented project in this app’s sources');
    // The fixture's map regions that no stated region names.
    expect(where).toHaveTextContent('the map also has Silk Routes and Central Asia, South-East Europe and the Western Balkans.');
  });

  it('shows the French texts, the quotes kept in English and marked as such', async () => {
    history.replaceState(null, '', '/?lang=fr');
    render(Harness, { props: { component: ProgrammeStatements, props: { statements, regions } } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Comment le programme décrit son action'), { timeout: 15_000 });
    expect(screen.getByText('Politiques et recherche')).toBeInTheDocument();
    expect(screen.getByText('Afrique de l’Est').closest('li')).toHaveTextContent('Aucun projet documenté dans les sources de cette application');
    expect(screen.getByText('to West and East Africa')).toHaveAttribute('lang', 'en');
  });

  it('shows nothing but its heading when the file has no records', () => {
    render(Harness, { props: { component: ProgrammeStatements, props: { statements: [], regions } } });
    expect(screen.queryAllByRole('heading', { level: 4 })).toEqual([]);
  });
});
