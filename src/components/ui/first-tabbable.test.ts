import { describe, expect, it } from 'vitest';
import { firstTabbable } from './first-tabbable';

function tree(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('firstTabbable', () => {
  it('skips what Tab skips: tabindex -1, disabled, hidden and inert parts', () => {
    const root = tree(`
      <h2 tabindex="-1">Heading</h2>
      <button disabled>Disabled</button>
      <div hidden><button>In hidden</button></div>
      <div inert><a href="#x">In inert</a></div>
      <a>No href</a>
      <select aria-label="Theme"></select>
      <button>After</button>`);
    expect(firstTabbable(root)?.getAttribute('aria-label')).toBe('Theme');
  });

  it('is null for nothing to reach, or no root', () => {
    expect(firstTabbable(tree('<p>Text only</p>'))).toBeNull();
    expect(firstTabbable(null)).toBeNull();
  });
});
