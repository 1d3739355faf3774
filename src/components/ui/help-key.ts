// The keyboard help's door, on the first load: which key press asks for it, and the call that fetches and opens it.
// Kept this small because the page's first load has almost no room (tests/unit/size-budget.test.ts).
import type { Locale } from '../../lib/i18n/languages';

/** "?" asks for the help, unless the reader is typing it into a field or holds a modifier other than Shift. */
export function isHelpKey(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.defaultPrevented && !typing;
}

/** Opens the help in `locale`; focus goes back to where it is now when the help closes. */
export function openHelp(locale: Locale): void {
  const returnTo = document.activeElement;
  void import('./keyboard-help').then((module) => module.openKeyboardHelp(locale, returnTo instanceof HTMLElement ? returnTo : null));
}
