import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import type { Milestone } from '../../lib/schema/milestone';
import TimelineList from './TimelineList.svelte';

const milestone = (id: string, year: number, date?: string): Milestone =>
  ({ id, year, date, yearCertainty: date ? 'stated' : 'approximate', category: 'policy', title: `Title ${id}`, detail: '', countries: [], sources: [] }) as unknown as Milestone;
const milestones = [milestone('a', 2002), milestone('b', 2018, '2018-07-30'), ...Array.from({ length: 14 }, (_, i) => milestone(`c${i}`, 2020))];

/** The list is drawn on a phone only: matchMedia answers as a phone (or not) would. */
function screenIs(phone: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: phone && query.includes('max-width'), media: query, addEventListener() {}, removeEventListener() {} }));
}

function setup(view: [number, number], onopen = vi.fn()) {
  render(Harness, { props: { component: TimelineList, props: { milestones, view, openId: null, onopen } } });
  return { onopen };
}

afterEach(() => vi.unstubAllGlobals());

describe('TimelineList', () => {
  it('lists the milestones in view by date and title, twelve then one button for the rest', async () => {
    screenIs(true);
    const user = userEvent.setup();
    setup([2002, 2024]);
    expect(screen.getByRole('heading', { name: 'In 2002–2023: 16 milestones' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(12);
    // Its name, as a screen reader says it: the date, the title and the category in words.
    expect(screen.getByText('30 July 2018').closest('button')).toHaveTextContent(/^30 July 2018\s*Title b, Policy$/);
    await user.click(screen.getByText('Show 4 more milestones'));
    expect(screen.getAllByRole('listitem')).toHaveLength(16);
    expect(screen.getByText('Title c10').closest('button')).toHaveFocus();
  }, 15_000);

  it('follows the view, says when it holds none, and opens a card', async () => {
    screenIs(true);
    const user = userEvent.setup();
    const { onopen } = setup([2018, 2019]);
    expect(screen.getByRole('heading', { name: 'In 2018: 1 milestone' })).toBeInTheDocument();
    await user.click(screen.getByText('Title b'));
    expect(onopen).toHaveBeenCalledWith('b');
  });

  it('says so when no milestone is in view', () => {
    screenIs(true);
    setup([2005, 2006]);
    expect(screen.getByText('No milestone in these years. Zoom out or go to another year.')).toBeInTheDocument();
  });

  it('is not drawn on a wider screen', () => {
    screenIs(false);
    setup([2002, 2024]);
    expect(screen.queryByRole('list')).toBeNull();
  });
});
