import { describe, expect, it } from 'vitest';
import { escapeStep, SHOW_KEYS, showAction } from './keys';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => showAction({ key, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('the show key map', () => {
  it.each([
    ['PageDown', 'next'], ['ArrowRight', 'next'], ['ArrowDown', 'next'], [' ', 'next'],
    ['PageUp', 'previous'], ['ArrowLeft', 'previous'], ['ArrowUp', 'previous'],
    ['Home', 'first'], ['End', 'last'],
    ['b', 'blank'], ['B', 'blank'], ['.', 'blank'],
    ['f', 'fullscreen'], ['F', 'fullscreen'], ['Escape', 'escape'],
    ['x', null], ['Tab', null],
  ])('%j → %s', (key, action) => expect(press(key)).toBe(action));
  it('leaves browser shortcuts alone', () => {
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('.', { metaKey: true })).toBeNull();
  });
  it('gives each key one action, and each row words in both languages', () => {
    const keys = SHOW_KEYS.flatMap((r) => r.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of SHOW_KEYS) for (const lang of ['en', 'fr'] as const) expect(row.shown[lang] && row.does[lang]).toBeTruthy();
  });
  it.each([
    { fullscreen: true, expected: 'leave-fullscreen' },
    { fullscreen: false, expected: 'leave-show' },
  ])('Esc in full screen $fullscreen → $expected', ({ fullscreen, expected }) => expect(escapeStep(fullscreen)).toBe(expected));
});
