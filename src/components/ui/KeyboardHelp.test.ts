// The keyboard help: "?" or the button opens it in the interface language; Esc closes it and focus goes back.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import Harness from '../../../tests/harness/Harness.svelte';
import KeyboardHelpButton from './KeyboardHelpButton.svelte';

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

describe('KeyboardHelpButton', () => {
  it('opens the list of keys from its button, and Esc gives focus back to the button', async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: KeyboardHelpButton, props: {} } });
    const button = screen.getByRole('button', { name: 'Keyboard keys' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard keys' });
    expect(dialog).toHaveTextContent('Map (a country focused)');
    expect(dialog).toHaveTextContent('Leave the presentation');
    expect(screen.getAllByText('Page Down').length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveFocus();
  });

  it('opens on "?" without a button (an embed), but not while typing in a field', async () => {
    const user = userEvent.setup();
    render(Harness, { props: { component: KeyboardHelpButton, props: { button: false } } });
    expect(screen.queryByRole('button')).toBeNull();
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    field.remove();
    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keyboard keys' })).toBeInTheDocument();
  });
});
