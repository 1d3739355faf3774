import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import { fixtureProjects, fixtureRegions } from '../../../tests/harness/map-fixtures';
import { regionFigures } from '../../lib/figures/dataset-figures';
import { regionColours } from '../../lib/scales/region-colours';
import type { Statistic } from '../../lib/schema/datasets';
import RegionCoverage from './RegionCoverage.svelte';
import StatCounter from './StatCounter.svelte';

const stat: Statistic = {
  id: 'trainings',
  label: 'Trainings and workshops',
  value: 1400,
  qualifier: '+',
  format: 'count',
  asOf: 2022,
  sources: [{ seed: '003_5313141ccfe75a71.txt', quote: '400+ Trainings and workshops' }],
};

/** Media queries: reduced motion as asked; print as `printing` says at the time it is read. */
function stubMotion(reduce: boolean, printing = { on: false }) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === 'print' ? printing.on : reduce && query.includes('reduce');
    },
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
}

afterEach(() => vi.unstubAllGlobals());

describe('StatCounter', () => {
  it('shows the final value at once under reduced motion', () => {
    stubMotion(true);
    render(Harness, { props: { component: StatCounter, props: { stat } } });
    expect(screen.getAllByText('1,400+')).toHaveLength(2);
    expect(screen.getByText('Trainings and workshops')).toBeInTheDocument();
    expect(screen.getByText(/as of 2022/)).toHaveTextContent('Source: 400+ Trainings and workshops');
  });

  it('shows its final value until seen, then counts up; screen readers only ever get the final value', () => {
    stubMotion(false);
    let intersect: (() => void) | undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          intersect = () => callback([{ isIntersecting: true }]);
        }
        observe() {}
        disconnect() {}
      },
    );
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const now = vi.spyOn(performance, 'now').mockReturnValue(0);

    render(Harness, { props: { component: StatCounter, props: { stat } } });
    const visible = () => document.querySelector('.value [aria-hidden="true"]')?.textContent;
    const spoken = () => document.querySelector('.value .visually-hidden')?.textContent;
    // Not seen yet (or printed before it was): the final value, never "0+".
    expect(visible()).toBe('1,400+');
    intersect!();
    flushSync();
    expect(visible()).toBe('0+');
    frames.shift()!(500);
    flushSync();
    expect(visible()).toBe('1,225+');
    expect(spoken()).toBe('1,400+');
    frames.shift()!(1000);
    flushSync();
    expect(visible()).toBe('1,400+');
    expect(frames).toHaveLength(0);
    now.mockRestore();
  });

  it('shows the final value when printed, even in the middle of counting up', () => {
    const printing = { on: false };
    stubMotion(false, printing);
    let intersect: (() => void) | undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          intersect = () => callback([{ isIntersecting: true }]);
        }
        observe() {}
        disconnect() {}
      },
    );
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    const now = vi.spyOn(performance, 'now').mockReturnValue(0);
    render(Harness, { props: { component: StatCounter, props: { stat } } });
    const visible = () => document.querySelector('.value [aria-hidden="true"]')?.textContent;
    intersect!();
    frames.shift()!(200);
    flushSync();
    expect(visible()).not.toBe('1,400+');
    window.dispatchEvent(new Event('beforeprint'));
    flushSync();
    expect(visible()).toBe('1,400+');
    // Seen while printing (the print layout puts it on the page): it does not start counting.
    printing.on = true;
    intersect!();
    flushSync();
    expect(visible()).toBe('1,400+');
    now.mockRestore();
  });

  it('never counts a year up', () => {
    stubMotion(false);
    render(Harness, { props: { component: StatCounter, props: { stat: { ...stat, value: 2002, qualifier: '', format: 'year' } } } });
    expect(screen.getAllByText('2002')).toHaveLength(2);
  });
});

describe('RegionCoverage', () => {
  it('lists each region’s figures and offers to show it on the map', async () => {
    const onshow = vi.fn();
    const rows = regionFigures(fixtureProjects, fixtureRegions);
    render(Harness, { props: { component: RegionCoverage, props: { rows, chosen: 'silk-routes-central-asia', colours: regionColours(fixtureRegions.map((r) => r.id)), onshow } } });
    const wa = screen.getByRole('row', { name: /West Africa/ });
    expect(within(wa).getAllByRole('cell').map((c) => c.textContent?.trim())).toEqual(['2', '3', '2010', 'Show']);
    expect(screen.getByRole('row', { name: /Silk Routes/ })).toHaveTextContent('shown on the map');
    await userEvent.click(within(wa).getByRole('button', { name: 'Show West Africa (ECOWAS) on the map' }));
    expect(onshow).toHaveBeenCalledWith('west-africa');
  });

  it('offers no way to show a region where the page has no map (the figures embedded alone)', () => {
    const rows = regionFigures(fixtureProjects, fixtureRegions);
    render(Harness, { props: { component: RegionCoverage, props: { rows, chosen: null, colours: regionColours(fixtureRegions.map((r) => r.id)) } } });
    const wa = screen.getByRole('row', { name: /West Africa/ });
    expect(within(wa).getAllByRole('cell').map((c) => c.textContent?.trim())).toEqual(['2', '3', '2010']);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getAllByRole('columnheader')).toHaveLength(4);
  });
});
