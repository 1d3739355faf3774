// A part of a component made a Svelte root of its own, hydrated in a task after the page's. Rule: Svelte hydrates a
// root in one task, so a large part (the map's 177 outlines) is hydrated apart and the page answers meanwhile.
// Hazard: the island sees only the context and props given when it is created (props by getters); its host element
// belongs to the component, what is inside to the island. Use only where docs/performance.md shows it pays.
import { getAllContexts, getContext, hydrate, mount, unmount, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { yieldToMain } from '../../lib/schedule/yield-to-main';

/** The context key under which the build's prerender collects the islands of the page it renders. */
export const ISLANDS = Symbol('islands');

export interface IslandRender {
  id: string;
  component: Component<Record<string, unknown>>;
  props: Record<string, unknown>;
  context: Map<unknown, unknown>;
}

/**
 * Call while the component is created; put the result on the host: `<div data-island="id" {@attach result}></div>`,
 * the host empty in the template. An HTML element: Svelte listens for focus events on a root's element, and Chromium
 * makes an SVG element with focus listeners a tab stop. `props` may be getters, so the island follows the
 * component's state.
 *
 * At build time the island is rendered on its own and written into its host (src/prerender/render-page.ts), so the
 * page shows it before any code runs, and the component's hydration walks past it. In the browser it is hydrated
 * where it was prerendered, in a task of its own; otherwise it is mounted before the next frame, so no frame shows
 * its host empty.
 */
export function island<P extends Record<string, unknown>>(id: string, component: Component<P>, props: P): Attachment<Element> {
  const context = getAllContexts();
  getContext<IslandRender[] | undefined>(ISLANDS)?.push({ id, component: component as Component<Record<string, unknown>>, props, context });
  return (host) => {
    let instance: Record<string, unknown> | undefined;
    let live = true;
    const prerendered = isPrerendered(host);
    const start = () => {
      if (!live) return;
      const options = { target: host, props, context };
      instance = prerendered ? hydrate(component, options) : mount(component, options);
    };
    if (prerendered) void yieldToMain().then(start);
    else queueMicrotask(start);
    return () => {
      live = false;
      if (instance) void unmount(instance);
    };
  };
}

/** A root Svelte rendered on the server begins with its hydration mark, `<!--[-->`. */
function isPrerendered(host: Element): boolean {
  return [...host.childNodes].some((n) => n.nodeType === Node.COMMENT_NODE && (n as Comment).data === '[');
}

/**
 * Writes each island's own page into its host, in a page rendered with `ISLANDS` in its context. Throws when a host is
 * missing, so a page is never built with an island its code would mount a second time.
 */
export function fillIslands(body: string, islands: IslandRender[], render: (island: IslandRender) => string): string {
  return islands.reduce((page, it) => {
    const host = new RegExp(`(<([a-z][a-z0-9-]*)\\b[^>]*\\sdata-island="${it.id}"[^>]*>)(</\\2>)`);
    if (!host.test(page)) throw new Error(`The page has no empty element with data-island="${it.id}" for its island.`);
    return page.replace(host, (_, open: string, _tag: string, close: string) => open + render(it) + close);
  }, body);
}
