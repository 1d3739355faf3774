// Mounts the Share dialog (fetched on demand when the header's Share button is pressed) at the end of the page, one
// at a time, and removes it when it closes, giving focus back to the button. Its code and styles stay off the first
// load (1.7 KB gzip). Nothing here may import a state module at run time (see components/summary/in-words.ts).
import { mount, unmount } from 'svelte';
import type { I18n } from '../../state/i18n.svelte';
import ShareDialog, { type SharedMap } from './ShareDialog.svelte';
import '../ui/dialog.css';

let shown: ReturnType<typeof mount> | null = null;

/** `shared`: the map's state and model, for its picture and alt text (absent where the page has no map). */
export function openShareDialog(i18n: I18n, returnTo: HTMLElement | null, shared?: SharedMap): void {
  if (shown) return;
  const close = () => {
    const app = shown;
    shown = null;
    if (app) void unmount(app);
    returnTo?.focus();
  };
  shown = mount(ShareDialog, { target: document.body, props: { i18n, shared, onclose: close } });
}
