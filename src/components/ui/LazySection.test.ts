import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import LazyContent from '../../../tests/harness/LazyContent.svelte';
import LazySection from './LazySection.svelte';

type Loaded = { default: Component };

/** A code load the test settles by hand, counting how often it was asked for. */
function controlledLoad() {
  const calls: { resolve: (m: Loaded) => void; reject: (e: Error) => void }[] = [];
  const load = () => new Promise<Loaded>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

function show(props: { load: () => Promise<Loaded>; start: boolean; eager?: boolean }) {
  return render(Harness, { props: { component: LazySection, props: { id: 'timeline', heading: 'Twenty years of milestones', bodyClass: 'timeline-body', ...props } } });
}

describe('LazySection', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => vi.useRealTimers());

  it('keeps the heading and a sized placeholder until the code is asked for', async () => {
    const { load, calls } = controlledLoad();
    show({ load, start: false });
    expect(screen.getByRole('heading', { level: 2, name: 'Twenty years of milestones' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading… Twenty years of milestones');
    expect(document.querySelector('#timeline .timeline-body')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(0);
  });

  it('fetches once the page has settled, and shows the view when the browser is idle', async () => {
    const { load, calls } = controlledLoad();
    show({ load, start: true });
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ default: LazyContent as Component });
    await Promise.resolve();
    await Promise.resolve();
    expect(screen.queryByText('The loaded view')).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(screen.getByText('The loaded view')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('loads at once when the address asks for the view', () => {
    const { load, calls } = controlledLoad();
    show({ load, start: false, eager: true });
    expect(calls).toHaveLength(1);
  });

  it('says the view could not be loaded, and Retry asks again', async () => {
    vi.useRealTimers();
    const { load, calls } = controlledLoad();
    show({ load, start: false, eager: true });
    calls[0]!.reject(new Error('Failed to fetch dynamically imported module'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This view could not be loaded.');
    expect(alert).toHaveTextContent('Its program file did not arrive: check the connection, then retry.');
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(calls).toHaveLength(2);
    calls[1]!.resolve({ default: LazyContent as Component });
    await vi.waitFor(() => expect(screen.getByText('The loaded view')).toBeInTheDocument());
  });
});
