import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import IslandHost from '../../../tests/harness/IslandHost.svelte';
import { fillIslands, type IslandRender } from './island';

const it_ = (id: string): IslandRender => ({ id, component: (() => {}) as unknown as Component<Record<string, unknown>>, props: {}, context: new Map() });

describe('fillIslands', () => {
  it("writes each island's page into its empty host, and leaves the rest of the page as it was", () => {
    const page = '<div class="a"><div class="picture moving" data-island="picture"></div><my-list data-island="list"></my-list></div>';
    const filled = fillIslands(page, [it_('picture'), it_('list')], ({ id }) => `<!--[--><p>${id}</p><!--]-->`);
    expect(filled).toBe('<div class="a"><div class="picture moving" data-island="picture"><!--[--><p>picture</p><!--]--></div><my-list data-island="list"><!--[--><p>list</p><!--]--></my-list></div>');
  });

  it('names the island whose host is missing, rather than building a page without it', () => {
    expect(() => fillIslands('<div></div>', [it_('shapes')], () => '')).toThrow('data-island="shapes"');
  });

  it('refuses a host that already has content: the island would be written beside it, and mounted twice', () => {
    expect(() => fillIslands('<div data-island="shapes"><p>old</p></div>', [it_('shapes')], () => '<p>new</p>')).toThrow('data-island="shapes"');
  });
});

describe('island', () => {
  it('mounts into its empty host, with the host’s context, and follows its props', async () => {
    const { rerender } = render(IslandHost, { props: { greeting: 'Hello' } });
    const host = screen.getByTestId('host');
    expect(host).toBeEmptyDOMElement();
    expect(await screen.findByText('Hello from the host: 0')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(host).toHaveTextContent('Hello from the host: 1');
    await rerender({ greeting: 'Bonjour' });
    expect(host).toHaveTextContent('Bonjour from the host: 1');
  });

  it('passes a click inside it to its own handler and then to the host’s', async () => {
    const picked: string[] = [];
    render(IslandHost, { props: { greeting: 'Hello', onpicked: (what: string) => picked.push(what) } });
    await userEvent.click(await screen.findByRole('button', { name: 'Pick' }));
    expect(picked).toEqual(['island', 'host']);
  });

  it('mounts nothing when its host goes before the island’s turn', async () => {
    const { unmount } = render(IslandHost, { props: { greeting: 'Hello' } });
    const host = screen.getByTestId('host');
    unmount();
    // The island's turn is a microtask (no prerendered page here): one queued after it runs after it.
    await new Promise<void>((r) => queueMicrotask(r));
    expect(host).toBeEmptyDOMElement();
  });

  it('removes what it mounted when its host goes', async () => {
    const { unmount } = render(IslandHost, { props: { greeting: 'Hello' } });
    const host = screen.getByTestId('host');
    await screen.findByText('Hello from the host: 0');
    unmount();
    expect(host).toBeEmptyDOMElement();
  });
});
