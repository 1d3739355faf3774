// Where the keyboard lands in a part of the page that was just drawn in place of what it had reached.

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The first element inside `root` that Tab would reach: enabled, not tabindex -1, and shown. */
export function firstTabbable(root: Element | null): HTMLElement | null {
  if (!root) return null;
  for (const el of root.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert], [hidden]')) continue;
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) continue;
    return el;
  }
  return null;
}
