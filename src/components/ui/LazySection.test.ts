import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import LazyContent from '../../../tests/harness/LazyContent.svelte';
import LazyView from '../../../tests/harness/LazyView.svelte';
import { toggle } from '../../../tests/harness/toggle.svelte';
import LazySection from './LazySection.svelte';

type Loaded = { default: Component };

/** A code load the test settles by hand, counting how often it was asked for. */
function controlledLoad() {
  const calls: { resolve: (m: Loaded) => void; reject: (e: Error) => void }[] = [];
  const load = () => new Promise<Loaded>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

function show(props: { load: () => Promise<Loaded>; start: boolean; ready?: boolean; eager?: boolean }) {
  return render(Harness, { props: { component: LazySection, props: { id: 'timeline', heading: 'Twenty years of milestones', bodyClass: 'timeline-body', ...props } } });
}

/** IntersectionObserver as the test says: `enter()` brings every observed placeholder within the observer's margin. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly options: IntersectionObserverInit | undefined;
  private readonly callback: IntersectionObserverCallback;
  private targets: Element[] = [];
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    this.callback = callback;
    this.options = options;
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets = [];
  }
  static enter() {
    for (const o of FakeObserver.all) o.callback(o.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry), o as unknown as IntersectionObserver);
  }
}

/** Lets the load's promise chain (then, finally) and Svelte's effects run. */
async function settle() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('LazySection', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('keeps the heading and a sized placeholder until the code is asked for', async () => {
    const { load, calls } = controlledLoad();
    show({ load, start: false });
    expect(screen.getByRole('heading', { level: 2, name: 'Twenty years of milestones' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading… Twenty years of milestones');
    expect(document.querySelector('#timeline .timeline-body')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(0);
  });

  it('fetches once the page has settled, but draws the view only when the visitor comes near it', async () => {
    const { load, calls } = controlledLoad();
    show({ load, start: true });
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ default: LazyContent as Component });
    await settle();
    await vi.advanceTimersByTimeAsync(5000);
    expect(screen.queryByText('The loaded view')).toBeNull();
    // Drawn a little before it is on screen, so a scroll finds it drawn.
    expect(FakeObserver.all[0]!.options?.rootMargin).toBe('0px 0px 200px 0px');
    FakeObserver.enter();
    await settle();
    expect(screen.getByText('The loaded view')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('coming near before the code has arrived draws the view as soon as it arrives', async () => {
    const { load, calls } = controlledLoad();
    show({ load, start: false });
    FakeObserver.enter();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ default: LazyContent as Component });
    await settle();
    expect(screen.getByText('The loaded view')).toBeInTheDocument();
  });

  it('keeps the placeholder while the view’s files are still on their way, and draws the view whole when they arrive', async () => {
    vi.useRealTimers();
    const { load, calls } = controlledLoad();
    const files = toggle(false);
    render(Harness, { props: { component: LazySection, props: { id: 'timeline', heading: 'Twenty years of milestones', bodyClass: 'timeline-body', load, start: true }, live: () => ({ ready: files.value }) } });
    calls[0]!.resolve({ default: LazyView as Component });
    await settle();
    // Near the screen and the keyboard on the placeholder's button: the code is in, the files are not.
    FakeObserver.enter();
    await userEvent.tab();
    await settle();
    expect(screen.queryByRole('button', { name: 'First control' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Loading… Twenty years of milestones');
    expect(document.querySelector('#timeline .timeline-body.placeholder')).not.toBeNull();
    // The files arrive: the view takes the placeholder's place, and the keyboard goes on into it.
    files.set(true);
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'First control' })).toHaveFocus());
    expect(document.querySelector('.placeholder')).toBeNull();
  });

  it('stays drawn when a file it reads is pending again (French texts loading after a switch)', async () => {
    const { load, calls } = controlledLoad();
    const files = toggle(true);
    render(Harness, { props: { component: LazySection, props: { id: 'timeline', heading: 'Twenty years of milestones', bodyClass: 'timeline-body', load, start: true, eager: true }, live: () => ({ ready: files.value }) } });
    calls[0]!.resolve({ default: LazyContent as Component });
    await settle();
    expect(screen.getByText('The loaded view')).toBeInTheDocument();
    files.set(false);
    await settle();
    expect(screen.getByText('The loaded view')).toBeInTheDocument();
    expect(document.querySelector('.placeholder')).toBeNull();
  });

  it('the keyboard that went on past the placeholder is not pulled back when the view is drawn', async () => {
    vi.useRealTimers();
    const { load, calls } = controlledLoad();
    const files = toggle(false);
    const after = document.createElement('button');
    after.textContent = 'Further down';
    render(Harness, { props: { component: LazySection, props: { id: 'timeline', heading: 'Twenty years of milestones', bodyClass: 'timeline-body', load, start: true }, live: () => ({ ready: files.value }) } });
    document.body.append(after);
    onTestFinished(() => after.remove());
    calls[0]!.resolve({ default: LazyView as Component });
    await settle();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Show this section' })).toHaveFocus();
    await userEvent.tab();
    expect(after).toHaveFocus();
    files.set(true);
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'First control' })).toBeInTheDocument());
    await settle();
    expect(after).toHaveFocus();
  });

  it('loads and draws at once when the address asks for the view', async () => {
    const { load, calls } = controlledLoad();
    show({ load, start: false, eager: true });
    expect(calls).toHaveLength(1);
    calls[0]!.resolve({ default: LazyContent as Component });
    await settle();
    expect(screen.getByText('The loaded view')).toBeInTheDocument();
  });

  it('the keyboard reaches the placeholder, and goes on to the first control of the view drawn in its place', async () => {
    vi.useRealTimers();
    const { load, calls } = controlledLoad();
    show({ load, start: true });
    calls[0]!.resolve({ default: LazyView as Component });
    await settle();
    // The placeholder's one control: Tab reaches it, and focusing it draws the view in its place.
    expect(screen.getByRole('button', { name: 'Show this section' })).toBeInTheDocument();
    await userEvent.tab();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'First control' })).toHaveFocus());
  });

  it('draws the view before the page is printed, if its code is in', async () => {
    const { load, calls } = controlledLoad();
    show({ load, start: true });
    calls[0]!.resolve({ default: LazyContent as Component });
    await settle();
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText('The loaded view')).toBeInTheDocument();
  });

  it('a print asked for before the code is in draws the view when it arrives', async () => {
    const { load, calls } = controlledLoad();
    show({ load, start: true });
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.queryByText('The loaded view')).toBeNull();
    calls[0]!.resolve({ default: LazyContent as Component });
    await settle();
    expect(calls).toHaveLength(1);
    expect(screen.getByText('The loaded view')).toBeInTheDocument();
  });

  it('says the view could not be loaded, and Retry asks again', async () => {
    vi.useRealTimers();
    const { load, calls } = controlledLoad();
    show({ load, start: false, eager: true });
    calls[0]!.reject(new Error('Failed to fetch dynamically imported module'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This view could not be loaded.');
    expect(alert).toHaveTextContent('Its program file did not arrive: check the connection, then retry.');
    expect(screen.queryByRole('button', { name: 'Show this section' })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(calls).toHaveLength(2);
    calls[1]!.resolve({ default: LazyContent as Component });
    await vi.waitFor(() => expect(screen.getByText('The loaded view')).toBeInTheDocument());
  });
});
