// Mounts the keyboard help (fetched on demand by help-key.ts) at the end of the page, one at a time, and removes it
// when it closes, giving focus back to where it was.
import { mount, unmount } from 'svelte';
import type { Locale } from '../../lib/i18n/languages';
import { loadHelpWords } from '../../lib/help/load';
import KeyboardHelp from './KeyboardHelp.svelte';
import './dialog.css';

let shown: ReturnType<typeof mount> | null = null;

export async function openKeyboardHelp(locale: Locale, returnTo: HTMLElement | null): Promise<void> {
  if (shown) return;
  shown = {};
  try {
    const words = await loadHelpWords(locale);
    const close = () => {
      const app = shown;
      shown = null;
      if (app) void unmount(app);
      returnTo?.focus();
    };
    shown = mount(KeyboardHelp, { target: document.body, props: { words, onclose: close } });
  } catch (error) {
    shown = null;
    throw error;
  }
}
