// The keyboard help: opens in the language asked for, one at a time; Esc closes it and focus goes back. And which key
// presses ask for it.
import { screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { isHelpKey } from './help-key';
import { openKeyboardHelp } from './keyboard-help';

/**
 * jsdom has no modal dialogs: this stands in for the browser's showModal, close and Esc-to-close, so the component's
 * part (opening, closing, giving focus back) is what is tested. The e2e test (help.spec.ts) presses Esc in Chromium.
 */
beforeAll(() => {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  proto.showModal = function (this: HTMLDialogElement) {
    this.open = true;
    this.querySelector<HTMLElement>('button')?.focus();
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') document.querySelectorAll('dialog[open]').forEach((d) => (d as HTMLDialogElement).close());
  });
});

describe('keyboard help', () => {
  it('opens the list of keys in the language asked for, and Esc gives focus back to where it was', async () => {
    const user = userEvent.setup();
    const opener = document.body.appendChild(document.createElement('button'));
    opener.focus();
    await openKeyboardHelp('en', opener);
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard keys' });
    expect(dialog).toHaveTextContent('Map (a country focused)');
    expect(dialog).toHaveTextContent('Leave full screen, then the presentation');
    expect(within(dialog).getAllByText('Page Down').length).toBeGreaterThan(0);
    await openKeyboardHelp('en', opener);
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(opener).toHaveFocus();
    opener.remove();
  });

  it('speaks French, and its Close button closes it', async () => {
    const user = userEvent.setup();
    await openKeyboardHelp('fr', null);
    const dialog = await screen.findByRole('dialog', { name: 'Touches du clavier' });
    expect(dialog).toHaveTextContent('Quitter le plein écran, puis la présentation');
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('isHelpKey', () => {
  const press = (init: KeyboardEventInit, target: HTMLElement = document.body) => {
    const event = new KeyboardEvent('keydown', { ...init, bubbles: true });
    Object.defineProperty(event, 'target', { value: target });
    return isHelpKey(event);
  };
  it.each([
    { name: '"?"', init: { key: '?', shiftKey: true }, target: undefined, expected: true },
    { name: 'another key', init: { key: '/' }, target: undefined, expected: false },
    { name: '"?" with Ctrl', init: { key: '?', ctrlKey: true }, target: undefined, expected: false },
    { name: '"?" typed in a field', init: { key: '?' }, target: document.createElement('input'), expected: false },
    { name: '"?" in a list box', init: { key: '?' }, target: document.createElement('select'), expected: false },
  ])('$name: $expected', ({ init, target, expected }) => {
    expect(press(init, target)).toBe(expected);
  });
});
