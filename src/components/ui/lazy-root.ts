// A component mounted into its host element once its code has arrived: for a part of a view that is not in its first
// screen (the map's table view). Hazard: the loaded component must not import a module of src/state/ (pass the state
// as props; types only), or the bundler splits the page's own code (tests/unit/size-budget.test.ts).
import { mount, unmount, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';

export function lazyRoot<P extends Record<string, unknown>>(load: () => Promise<Component<P>>, props: P, failed: () => string): Attachment<HTMLElement> {
  return (target) => {
    let root: Record<string, unknown> | undefined;
    let live = true;
    load().then(
      (component) => {
        if (live) root = mount(component, { target, props });
      },
      () => {
        // Offline with a stale cache, or a deploy in between: say so rather than show nothing.
        if (live) target.textContent = failed();
      },
    );
    return () => {
      live = false;
      if (root) void unmount(root);
      target.textContent = '';
    };
  };
}
