import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import { describe, expect, it } from 'vitest';
import IslandHost from '../../../tests/harness/IslandHost.svelte';
import { fillIslands, type IslandRender } from './island';

const it_ = (id: string): IslandRender => ({ id, component: (() => {}) as unknown as Component<Record<string, unknown>>, props: {}, context: new Map() });

describe('fillIslands', () => {
  it("writes each island's page into its empty host, and leaves the rest of the page as it was", () => {
    const page = '<div class="a"><g transform="scale(1)" data-island="shapes"></g><div data-island="list"></div></div>';
    const filled = fillIslands(page, [it_('shapes'), it_('list')], ({ id }) => `<!--[--><p>${id}</p><!--]-->`);
    expect(filled).toBe('<div class="a"><g transform="scale(1)" data-island="shapes"><!--[--><p>shapes</p><!--]--></g><div data-island="list"><!--[--><p>list</p><!--]--></div></div>');
  });

  it('names the island whose host is missing, rather than building a page without it', () => {
    expect(() => fillIslands('<div></div>', [it_('shapes')], () => '')).toThrow('data-island="shapes"');
  });
});

describe('island', () => {
  it('mounts into its host in a later task, with the host’s context, and follows its props', async () => {
    const { rerender } = render(IslandHost, { props: { greeting: 'Hello' } });
    const host = screen.getByTestId('host');
    expect(host).toBeEmptyDOMElement();
    expect(await screen.findByText('Hello from the host: 0')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'More' }));
    expect(host).toHaveTextContent('Hello from the host: 1');
    await rerender({ greeting: 'Bonjour' });
    expect(host).toHaveTextContent('Bonjour from the host: 1');
  });

  it('removes what it mounted when its host goes', async () => {
    const { unmount } = render(IslandHost, { props: { greeting: 'Hello' } });
    const host = screen.getByTestId('host');
    await screen.findByText('Hello from the host: 0');
    unmount();
    expect(host).toBeEmptyDOMElement();
  });
});
